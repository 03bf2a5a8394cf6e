"""Dates as said aloud: الرابع والعشرين من يونيو حزيران ألفين وخمسة وعشرين."""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefing.speech.context import (
    _LIKELY_YEARS,
    after_year_word,
    counted_form,
    counted_noun,
    is_oblique,
    next_word,
    previous_word,
)
from briefing.speech.lexicon import Lexicon
from briefing.speech.numbers import cardinal, ordinal
from briefing.text import (
    GREGORIAN,
    HIJRI,
    HIJRI_IN_ORDER,
    HIJRI_WITHOUT_ARTICLE,
    LEVANTINE,
    MAGHREB,
    WEEKDAYS,
)
from briefing.text import GREGORIAN_VARIANTS as _VARIANTS

# Levantine months as sites type them without their hamza (3 اذار), said as they are named.
_HAMZA_LESS = {"اذار": "آذار", "ايار": "أيار", "ايلول": "أيلول"}
# ... and the two-word ones without their article (3 تشرين أول: it said ثلاثة تشرين أول).
_LEVANTINE_WITHOUT_ARTICLE = {
    f"{first} {second}": f"{first} ال{said}"
    for first in ("تشرين", "كانون")
    for second, said in (("أول", "أول"), ("اول", "أول"), ("ثاني", "ثاني"))
}
_WITHOUT_ARTICLE = {**HIJRI_WITHOUT_ARTICLE, **_LEVANTINE_WITHOUT_ARTICLE}
_MONTH_NAMES = sorted(
    {*GREGORIAN, *_VARIANTS, *LEVANTINE, *_HAMZA_LESS, *MAGHREB, *HIJRI, *_WITHOUT_ARTICLE},
    key=len,
    reverse=True,
)
_MONTH = "(?:" + "|".join(map(re.escape, _MONTH_NAMES)) + ")"
_SOLAR_NAMES = sorted(
    {*GREGORIAN, *_VARIANTS, *LEVANTINE, *_HAMZA_LESS, *_LEVANTINE_WITHOUT_ARTICLE, *MAGHREB},
    key=len,
    reverse=True,
)
_SOLAR = "(?:" + "|".join(map(re.escape, _SOLAR_NAMES)) + ")"
_END = r"(?![\w])"
# "يونيو/حزيران", "يونيو / حزيران", "آب (أغسطس)", "آب - أغسطس": both names, no symbol.
_DUAL_MONTH = re.compile(rf"({_SOLAR})\s*(?:/|\(|-|–)\s*({_SOLAR})(?:\s*\))?")
# The mark after a year (هـ، م): read through the lexicon's [abbreviations.after_year].
_ERA_MARK = r"(?:\s*([\u0621-\u064a]{1,2})" + _END + ")?"
# "8 يوليو" and "8 من يوليو" alike.
_OF = r"(?:من\s+)?"
_DAY_MONTH = re.compile(rf"(?<![\d.])(\d{{1,2}})\s+{_OF}({_MONTH}(?:\s+{_SOLAR})?)"
                        rf"(?:\s*[,،]?\s+(\d{{3,4}}){_ERA_MARK})?{_END}")  # fmt: skip
# "17 - 23 شوال", "من 5 إلى 9 مايو", "من 11 الى 17 مارس" (the hamza left off, as sites
# type it: the first day was said أحد عشر): a range of days before its month.
# ... and with the words that say "until" (من 1 ولغاية 15 آب، وحتى، إلى غاية), kept as written.
_UNTIL = r"[-–]|و?(?:لغاية|حتى)|(?:إلى|الى)(?:\s+غاية)?"
_DAY_RANGE = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\s*({_UNTIL}|و\ue000?)\s*"
    rf"(?=\d{{1,2}}\s+{_OF}{_MONTH}{_END})"
)
# "(9 جانفي - 6 فيفري)", "من 4 مارس 2024 - 9 أبريل": a dash between two whole dates is إلى (a
# speech set's judge heard only a pause).
_DATE_RANGE = re.compile(
    rf"(?<![\d.])(\d{{1,2}}\s+{_OF}{_MONTH}(?:\s+\d{{4}})?)\s*[-–]\s*"
    rf"(?=\d{{1,2}}\s+{_OF}{_MONTH}{_END})"
)
# "للفترة من (1-31 آب)", "من ( 1 - 15 ) آب": the brackets after من go, or the من is said
# twice (من، من الأول…).
_BRACKETED_RANGE_AFTER_FROM = re.compile(
    rf"(?<!\S)(من)\s*\(\s*(\d{{1,2}}\s*[-–]\s*\d{{1,2}})(\s+{_MONTH}(?:\s+\d{{4}})?)?\s*\)"
    rf"(?(3)|(?=\s+{_MONTH}{_END}))"
)
# "7 / رجب / 1445 هـ": a day, a month's name and a year between slashes (it said سبعة رجب),
# or a day and the name alone (1/كانون الثاني: it said واحد كانون الثاني).
_SLASHED_MONTH_NAME = re.compile(
    rf"(?=\d)(?<![\d./])(\d{{1,2}})\s*/\s*({_MONTH}){_END}(?:\s*/\s*(\d{{3,4}}))?"
)
_MONTH_YEAR = re.compile(rf"({_MONTH})\s+(\d{{3,4}}){_ERA_MARK}(?!\d|\.\d)")
# ... not the end of a range (1445-1446هـ: the range reads the mark, pairs.py)
_YEAR_ERA = re.compile(
    r"(?<![\d.])(?<!\d[-–])(?<!\d [-–] )(\d{3,4})\s*([\u0621-\u064a]{1,2})" + _END
)
# "م" is also metres (400 م): after a bare number it is the era only when a word before
# says a year is meant (عام 1420 م، منذ 1990 م).
_METRES = "م"
# 24/6/2025, 24.06.2025, 2025-06-24, 1446/3/12 هـ, 23/5/1434هـ (the mark read as an era).
_NUMERIC_DATE = re.compile(
    r"(?<![\d./-])(?:(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})"
    r"|(?P<iso_year>\d{4})(?P<iso_sep>[/.-])(?P<iso_month>\d{1,2})(?P=iso_sep)(?P<iso_day>\d{1,2}))"
    r"(?![\d/-]|\.\d)(?:\s*(?P<era>هـ|ه|م)" + _END + ")?"
)
# "3 / 9 / 2022": a date typed with spaces around its slashes (never so around dots or dashes:
# "3 - 1" is a score).
_SPACED_SLASHES = re.compile(
    r"(?<![\d./-])(?:(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})|(\d{4})\s*/\s*(\d{1,2})\s*/\s*(\d{1,2}))"
    r"(?![\d/-]|\.\d)"
)
# "12-7- 1440هـ": a dashed date with a space on one side of a dash, its year of four digits
# (a score has no third number; it was read اثني عشر مقابل سبعة).
_SPACED_DASHES = re.compile(
    r"(?=\d)(?<![\d./-])(\d{1,2})\s*-\s*(\d{1,2})\s*-\s*(\d{4})(?![\d/-]|\.\d)"
)
# Years that are Hijri without a mark: the Gregorian years of news are 19xx and 20xx.
_HIJRI_YEARS = range(1300, 1501)


_HAMZA_LESS_WORD = re.compile(
    r"(?<![\u0621-\u064a])([وفبل]?)(" + "|".join(_HAMZA_LESS) + r")(?![\u0621-\u064a])"
)


_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december")  # fmt: skip
_ENGLISH_MONTH = "(" + "|".join(m[:3] + f"(?:{m[3:]})?" for m in _ENGLISH_MONTHS) + r")\.?"
# A day (its English ordinal ending, a comma, "of" optional) and an English month after
# it, or the month first (June 3rd, 2024): the Arabic date the later steps read.
_ENGLISH_DAY_MONTH = re.compile(
    rf"(?<![\w.])(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?:of\s+)?{_ENGLISH_MONTH}(?![a-z])(?:,?\s+(\d{{4}}))?",
    re.IGNORECASE,
)
# Month first only capitalised and with an ordinal ending or a year (never "may 3 times").
_CAPITALISED_MONTH = (
    "(" + "|".join(m[0].upper() + m[1:3] + f"(?:{m[3:]})?" for m in _ENGLISH_MONTHS) + r")\.?"
)
_ENGLISH_MONTH_DAY = re.compile(
    rf"(?<![\w.]){_CAPITALISED_MONTH}\s+(\d{{1,2}})(?:(?:st|nd|rd|th)(?![\w])(?:,?\s+(\d{{4}}))?|,?\s+(\d{{4}}))"
)


def _arabic_date(day: str, month: str, year: str | None) -> str:
    name = GREGORIAN[[m[:3] for m in _ENGLISH_MONTHS].index(month[:3].lower())]
    return f"{int(day)} {name}" + (f" {year}" if year else "")


def english_dates(text: str) -> str:
    """«3rd, June 2024» and «June 3rd, 2024» → «3 يونيو 2024»: said الثالث من يونيو."""
    if not re.search("[A-Za-z]", text):
        return text
    text = _ENGLISH_DAY_MONTH.sub(lambda m: _arabic_date(m[1], m[2], m[3]), text)
    return _ENGLISH_MONTH_DAY.sub(
        lambda m: _arabic_date(m[2], m[1], m[3] or m[4]) if 1 <= int(m[2]) <= 31 else m[0], text
    )


def dual_months(text: str) -> str:
    """Both names of a month said once, without a symbol between (يونيو/حزيران); a
    Levantine name typed without its hamza is said with it (اذار → آذار)."""
    if any(name in text for name in _HAMZA_LESS):
        text = _HAMZA_LESS_WORD.sub(lambda m: m.group(1) + _HAMZA_LESS[m.group(2)], text)
    return _DUAL_MONTH.sub(r"\1 \2", text)


def _after_from(month: str) -> str:
    """ذو الحجة after من is ذي الحجة; ربيع أول is said ربيع الأول, تشرين أول تشرين الأول."""
    month = _HAMZA_LESS.get(month, month)
    name = " ".join(month.split()[:2])  # the first of two names (تشرين ثاني نوفمبر)
    if name in _WITHOUT_ARTICLE:
        month = _WITHOUT_ARTICLE[name] + month[len(name) :]
    return month.replace("ذو ", "ذي ")


def _year(digits: str | None, era: str | None, eras: Mapping[str, str]) -> str:
    """The year in words, and its era mark read (or kept: a word that is no era)."""
    if not digits:
        return ""
    words = f" {cardinal(int(digits), oblique=True)}"
    return words + (f" {eras.get(era, era)}" if era else "")


def _day_month(match: re.Match[str], eras: Mapping[str, str]) -> str:
    day, month, year, era = match.groups()
    if not 1 <= int(day) <= 31:
        return match.group(0)
    oblique = is_oblique(match.string[: match.start()])
    return f"{ordinal(int(day), oblique=oblique)} من {_after_from(month)}{_year(year, era, eras)}"


def _until(written: str) -> str:
    """The word between a range's days as said: a dash is إلى, الى has its hamza."""
    return "إلى" if written in "-–" else written.replace("الى", "إلى")


def _date_range(match: re.Match[str]) -> str:
    before = previous_word(match.string[: match.start()])
    if before.removeprefix("و") == "بين":
        return f"{match.group(1)} و"
    return f"{'' if before == 'من' else 'من '}{match.group(1)} إلى "


def _day_range(match: re.Match[str]) -> str:
    day = ordinal(int(match.group(1)), oblique=True)
    until = match.group(2)
    if until.startswith("و") and not until.startswith(("ول", "وح")):  # 19 و20 مايو
        return f"{day} و"
    # ... a من only where no word opens the range (ما بين 3 إلى 5 ماي: ما بين من الثالث)
    opened = previous_word(match.string[: match.start()]) in ("من", "بين", "وبين")
    lead = "" if opened else "من "
    return f"{lead}{day} {_until(until)} "


# Words before a number that measure a length: "بارتفاع 1990 م" is metres, even in the
# range of years.
_MEASURES = frozenset(("ارتفاع", "طول", "عمق", "عرض", "مسافة", "بعد", "مساحة", "سباق",
                       "مسافته", "طوله", "عمقه", "ارتفاعه"))  # fmt: skip


def _year_era(match: re.Match[str], eras: Mapping[str, str]) -> str:
    digits, era = match.groups()
    before = match.string[: match.start()]
    # (1950م - 2010م), بين 2010م و2015م: a year of news with its era mark, unless a length
    # is measured (على بعد 2000 م)
    year_meant = (after_year_word(before) or int(digits) in _LIKELY_YEARS) and not _measured(before)
    if era not in eras or (era == _METRES and not year_meant):
        return match.group(0)
    return _year(digits, era, eras).strip()


def _measured(before: str) -> bool:
    word = previous_word(before)
    return any(word == lead + measure for lead in ("", "ب", "ل", "و") for measure in _MEASURES)


def day_month_year(text: str, lexicon: Lexicon) -> str:
    eras = lexicon.eras
    if "/" in text:
        text = _SLASHED_MONTH_NAME.sub(  # 7 / رجب / 1445 هـ
            lambda m: " ".join(part for part in m.groups() if part), text
        )
    if "(" in text:
        text = _BRACKETED_RANGE_AFTER_FROM.sub(
            lambda m: " ".join(part.strip() for part in m.groups() if part), text
        )
    if "-" in text or "–" in text:
        text = _DATE_RANGE.sub(_date_range, text)
    text = _DAY_RANGE.sub(_day_range, text)
    text = _DAY_MONTH.sub(lambda m: _day_month(m, eras), text)
    text = _MONTH_YEAR.sub(lambda m: f"{m.group(1)}{_year(m.group(2), m.group(3), eras)}", text)
    return _YEAR_ERA.sub(lambda m: _year_era(m, eras), text)


def _numeric_date(match: re.Match[str], eras: Mapping[str, str]) -> str:
    found = match.groupdict()
    day, month, year = (found[key] or found["iso_" + key] for key in ("day", "month", "year"))
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return match.group(0)
    hijri = found["era"] in ("هـ", "ه") or int(year) in _HIJRI_YEARS
    month_name = _after_from((HIJRI_IN_ORDER if hijri else GREGORIAN)[int(month) - 1])
    oblique = is_oblique(match.string[: match.start()])
    return f"{ordinal(int(day), oblique=oblique)} من {month_name}{_year(year, found['era'], eras)}"


# "من 1/8 الى 15/8": two days and months without a year, after من and between the words of
# a range, are dates (1/8 was read ثمن, a fraction), where one of them can be no proper
# fraction (15/8) or a word of time comes before (للفترة من 1/4 الى 3/4; ارتفع من 1/4 الى
# 3/4 is fractions).
_TIME_BEFORE = re.compile(
    r"(?:الفترة|للفترة|المدة|للمدة|يوم|أيام|تاريخ|بتاريخ|اعتبارا|ابتداء|بدءا|تمتد|يمتد"
    r"|تستمر|يستمر|العطلة|الدوام)(?:\s+\S+){0,2}\s+من\s*$"
)
_DAY_MONTH_RANGE = re.compile(
    rf"(?<=من )(\d{{1,2}})/(\d{{1,2}})\s*({_UNTIL})\s*"
    r"(\d{1,2})/(\d{1,2})(?![\d/]|\.\d)"
)


def _day_month_range(match: re.Match[str]) -> str:
    first_day, first_month, until, last_day, last_month = match.groups()
    days, months = (int(first_day), int(last_day)), (int(first_month), int(last_month))
    if not all(1 <= day <= 31 for day in days) or not all(1 <= month <= 12 for month in months):
        return match.group(0)
    improper = any(day >= month for day, month in zip(days, months, strict=True))
    if not improper and not _TIME_BEFORE.search(match.string[: match.start()]):
        return match.group(0)
    first, last = (
        f"{ordinal(day, oblique=True)} من {GREGORIAN[month - 1]}"
        for day, month in zip(days, months, strict=True)
    )
    return f"{first} {_until(until)} {last}"


_WEEKDAY = "|".join((*WEEKDAYS, "الإثنين"))
# "يوم 15/3", "الأحد 15/3", "بتاريخ 15/3": a day and a month with no year, after a word
# that says a date follows (in a sports story it was a score: خمسة عشر مقابل ثلاثة).
_DAY_SLASH_MONTH = re.compile(
    rf"(?<!\S)((?:[وفب]?(?:يوم|اليوم|تاريخ|بتاريخ|التاريخ|الموافق)|[وفب]?(?:{_WEEKDAY}))\s+)"
    r"([1-9]|0[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])(?![\d/-]|\.\d)"
)


def _day_slash_month(match: re.Match[str]) -> str:
    day, month = int(match.group(2)), int(match.group(3))
    return f"{match.group(1)}{ordinal(day, oblique=True)} من {GREGORIAN[month - 1]}"


def numeric_dates(text: str, lexicon: Lexicon) -> str:
    """24/6/2025, 24.06.2025, 2025-06-24 and 24 / 6 / 2025; 23/5/1434هـ and 1446/3/12 هـ
    with Hijri months."""
    text = _SPACED_SLASHES.sub(lambda m: "/".join(part for part in m.groups() if part), text)
    if "/" in text:
        text = _DAY_MONTH_RANGE.sub(_day_month_range, text)
        text = _DAY_SLASH_MONTH.sub(_day_slash_month, text)
    if "-" in text:
        text = _SPACED_DASHES.sub(r"\1-\2-\3", text)
    return _NUMERIC_DATE.sub(lambda m: _numeric_date(m, lexicon.eras), text)


# A day of the month whose name is not written: "في 15 من الشهر الجاري", "بدءا من 20
# الجاري", "يوم 3 من هذا الشهر" — an ordinal, as with a month's name (it said خمسة عشر).
_THIS_MONTH = (
    r"(?:من\s+)?(?:(?:هذا\s+)?الشهر(?:\s+(?:الجاري|الحالي|المقبل|القادم|الماضي|المنصرم"
    r"|السابق|المنقضي|ذاته|نفسه))?(?![\w])|(?:الجاري|الحالي)(?![\w]))"
)
_DAY_OF_THIS_MONTH = re.compile(
    rf"(?<![\d.,/-])([1-9]|[12]\d|3[01])(?!\d|[.,]\d)(?=\s+{_THIS_MONTH})"
)
# ... and after the name of a weekday: "الأحد 16", "يوم الخميس 9" (not "الجمعة 30 قتيلا").
_DAY_AFTER_WEEKDAY = re.compile(
    rf"(?<!\S)((?:[وفب]|يوم\s+|ويوم\s+)?(?:{_WEEKDAY})\s+)([1-9]|[12]\d|3[01])(?!\d|[.,]\d)"
)


_NO_LEXICON = Lexicon()


def _unprefixed_word(word: str) -> bool:
    """A word with no article and no prefix (مصانع، دول): what a number counts; one with a
    preposition or و glued on (بحضور، وسط) goes on the sentence after a date."""
    return bool(word) and not word.startswith("ال") and word[0] not in "وفبلك"


# What a forecast measures after its weekday (اليوم الاثنين 23 درجة): a quantity, no date.
_MEASURED_AFTER_A_DAY = frozenset(("درجة", "درجات", "مئوية", "ملم", "مم", "مليمتر", "كلم",
                                   "كم", "متر", "مترا", "سم", "بالمئة", "بالمائة"))  # fmt: skip


def days_without_month(text: str) -> str:
    """The day of a month left unnamed (الشهر الجاري، الجاري) or after its weekday: ordinal."""

    def of_this_month(match: re.Match[str]) -> str:
        oblique = is_oblique(match.string[: match.start()])
        return ordinal(int(match.group(1)), oblique=oblique)

    def after_weekday(match: re.Match[str]) -> str:
        after = match.string[match.end() :]
        noun = counted_noun(after)
        counted = counted_form(noun, int(match.group(2)), _NO_LEXICON)
        if counted or _unprefixed_word(noun) or next_word(after) in _MEASURED_AFTER_A_DAY:
            # الجمعة 30 قتيلا، الاثنين 5 مصانع، الاثنين 23 درجة: a counted form, or any word
            # with neither article nor prefix, makes the number a count (a broken plural is
            # rarely listed: "الاثنين 5 مصانع" was read الخامس). A date read as a cardinal is
            # still heard as a date; a count read as an ordinal says something else.
            return match.group(0)
        return match.group(1) + ordinal(int(match.group(2)), oblique=True)

    text = _DAY_OF_THIS_MONTH.sub(of_this_month, text)
    return _DAY_AFTER_WEEKDAY.sub(after_weekday, text)


# "قانون رقم 17 /2019", "القرار 45/2021": a reference's number and its year, said with
# لسنة between them (it said سبعة عشر ألفين وتسعة عشر, one run-on figure).
_REFERENCE_YEAR = re.compile(
    r"(?<![\w])([وف]?[بل]?(?:ال)?رقم)\s*\(?\s*(\d{1,5})\s*\)?\s*/\s*((?:19|20)\d\d)"
    r"(?![\d/.,]|[.,]\d)"
)


def reference_years(text: str) -> str:
    """A numbered reference and its year: رقم 17/2019 → رقم 17 لسنة 2019."""
    return _REFERENCE_YEAR.sub(r"\1 \2 لسنة \3", text) if "/" in text else text
