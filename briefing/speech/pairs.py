"""Two numbers joined by a dash or a slash: a score, a range, a range of percentages.

"4-2" after تغلب is a score (أربعة مقابل اثنين), "10-15 شخصا" a range (من عشرة إلى خمسة
عشر), "2020-2025" years: the words before the pair decide, not the digits alone.
"""

from __future__ import annotations

import re

from briefing.speech.cleanup import MODEL_NAMES, prefix_before
from briefing.speech.context import (
    after_year_word,
    counted_noun,
    is_feminine,
    is_oblique,
    is_plural,
    is_year,
    last_sentence,
    previous_word,
)
from briefing.speech.lexicon import Lexicon
from briefing.speech.numbers import Noun, form_after, ordinal
from briefing.speech.quantities import NUMBER, plain, unit_next

_SIGN = "[%٪]"
# 20-30%, 20% - 30%, %20-30, ٪20–30: the sign may stand before or after either number.
_PERCENT_RANGE = re.compile(
    rf"(?<![\d.])(?:{_SIGN}\s*)?({NUMBER})\s*{_SIGN}?\s*[-–]\s*(?:{_SIGN}\s*)?({NUMBER})\s*{_SIGN}"
    rf"|{_SIGN}\s*({NUMBER})\s*[-–]\s*({NUMBER})(?!\d|\.\d)"
)
_PERCENT = re.compile(rf"{_SIGN}\s*({NUMBER})|({NUMBER})\s*{_SIGN}")
_GOALS = r"(?:\d{1,2}|صفر)"
_PAIR = re.compile(rf"(?<![\d.:/])({_GOALS})\s*([-–/])\s*({_GOALS})(?![\d:/]|\.\d)")
_RANGE = re.compile(
    rf"(?<![\d./:])({NUMBER})\s*[-–]\s*({NUMBER})(?![\d/:]|\.\d)(?:\s*(هـ|ه|م)(?![\w]))?"
)
# Words that make a pair of small numbers a result: the verbs of a match and its nouns.
_MATCH_WORDS = frozenset(("فاز", "يفوز", "تفوز", "فوز", "الفوز", "تغلب", "يتغلب", "تتغلب",
                          "خسر", "يخسر", "تخسر", "خسارة", "الخسارة", "هزم", "يهزم", "هزيمة",
                          "تعادل", "يتعادل", "التعادل", "سحق", "اكتسح", "أسقط", "تفوق",
                          "بنتيجة", "النتيجة", "نتيجة", "بهدف", "بهدفين", "أهداف", "الشوط",
                          "المباراة", "مباراة", "مباراته", "مباراتها", "اللقاء", "لقاء",
                          "ودية", "الودية", "النهائي", "نهائي", "الديربي", "ضربات",
                          "الترجيح", "تأخره", "تأخرها", "متأخرا", "متأخرًا", "متقدما",
                          "متقدمًا"))  # fmt: skip
_PREPOSITIONS = frozenset(("من", "إلى", "الى", "الي", "في", "على", "عن", "حتى", "نحو", "حوالي"))
_CONTEXT_WORDS = 10
_MOST_GOALS = 9


def _sentence_before(text: str, start: int) -> list[str]:
    before = last_sentence(text[:start])
    return before.split()[-_CONTEXT_WORDS:]


def about_a_match(text: str, start: int) -> bool:
    words = _sentence_before(text, start)
    return any(word.strip("،,:«»\"") in _MATCH_WORDS or
               word.strip("،,:«»\"").removeprefix("و").removeprefix("ف") in _MATCH_WORDS
               for word in words)  # fmt: skip


# A forecast's highs and lows, "العظمى والصغرى … 14 - 6": a range that goes down (it was read
# as a result, أربعة عشر مقابل ستة), its numbers those of the degrees (درجة) it leaves unsaid.
_TEMPERATURES = re.compile(r"الحرارة|العظمى|الصغرى|درجات? مئوية")


def _about_temperatures(text: str, start: int) -> bool:
    return _TEMPERATURES.search(last_sentence(text[:start])) is not None


def _range_words(low: str, high: str, before: str, feminine: bool = False) -> str:
    return range_joined(plain(low, True, feminine), plain(high, True, feminine), before)


# The year noun between a preposition and a range (من عام 1978-1984), and its dual, which
# names the two years themselves (خلال عامي 1978-1984).
_A_YEAR = frozenset(("عام", "العام", "سنة", "السنة"))
_TWO_YEARS = frozenset(("عامي", "سنتي"))
# ... and the hour's (من الساعة 9-11 صباحا)
_NOUNS_OF_A_RANGE = _A_YEAR | frozenset(("الساعة",))


def range_joined(low_words: str, high_words: str, before: str) -> str:
    """من … إلى …; … و… after بين (بين 2015-2020, بين عامي 2015-2020); … إلى … after a
    preposition (إلى ست إلى ثماني ساعات) or after من itself."""
    word = previous_word(before)
    two_back = previous_word(before.rstrip()[: before.rstrip().rfind(" ") + 1])
    if "بين" in (word.removeprefix("و"), two_back.removeprefix("و")) or word in _TWO_YEARS:
        return f"{low_words} و{high_words}"
    if word.removeprefix("و") in _PREPOSITIONS or prefix_before(before):
        return f"{low_words} إلى {high_words}"
    if word in _NOUNS_OF_A_RANGE and two_back.removeprefix("و") in _PREPOSITIONS:
        return f"{low_words} إلى {high_words}"  # من عام 1978-1984: it said من عام من …
    return f"من {low_words} إلى {high_words}"


# A season or fiscal year written as two consecutive years (2023/2024، 1439/1440هـ): two
# years, said with a pause between, never run together as if one long number.
# A dash between them as well (موسم 2023-2024: it said من ألفين وثلاثة وعشرين إلى…), unless
# the words before ask for a range (بين 2023-2024، من 2023-2024).
_CONSECUTIVE_YEARS = re.compile(r"(?<![\d/.-])(\d{4})\s*([/–-])\s*(\d{4})(?![\d/-]|\.\d)")
_RANGE_WORDS = frozenset(("بين", "من", "الفترة", "فترة"))
# ... and the second year by its last two digits (2019/20): the same pair, written out (a speech
# set's judge heard ألفين وتسعة عشر عشرين).
_SHORT_SECOND_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(\s*[/–-]\s*)(\d\d)(?![\d/-]|\.\d)")


def _whole_second_year(match: re.Match[str]) -> str:
    first, second = int(match.group(1)), int(match.group(3))
    if (first + 1) % 100 != second:
        return match.group(0)
    return f"{match.group(1)}{match.group(2)}{first + 1}"


_ERA_AFTER = re.compile(r"^\s*(?:هـ|ه|م)(?![\w])")


def _gregorian_and_hijri(first: int, second: int) -> bool:
    """One year in each calendar, the same year (2022-1443، 1445/2024): a pair, never a
    range (it said من ألفين واثنين وعشرين إلى ألف وأربعمئة …)."""
    hijri, gregorian = sorted((first, second))
    return 1300 <= hijri < 1600 and abs(gregorian - (hijri * 0.970229 + 621.5643)) < 1.5


def consecutive_years(text: str) -> str:
    def read(match: re.Match[str]) -> str:
        first, second = int(match.group(1)), int(match.group(3))
        before, after = match.string[: match.start()], match.string[match.end() :]
        # ... unless the pair counts something (من 1440-2020 حالة), where no word or era
        # mark says years are meant
        dated = match.group(2) == "/" or is_year(first, before) or _ERA_AFTER.match(after)
        if _gregorian_and_hijri(first, second) and (dated or not counted_noun(after)):
            return f"{match.group(1)}، {match.group(3)}"
        # A season is written either way round (2018/2019, and mirrored 2019/2018): a year
        # that runs backwards to the one before it is the same pair, never a range.
        low = min(first, second)
        if abs(second - first) != 1 or not (1300 <= low < 1600 or 1900 <= low < 2100):
            return match.group(0)
        before = match.string[: match.start()].rstrip()
        words = [previous_word(before), previous_word(before[: before.rfind(" ") + 1])]
        ranged = any(word.removeprefix("و") in _RANGE_WORDS for word in words)  # بين عامي
        if match.group(2) != "/" and ranged:
            return match.group(0)
        return f"{match.group(1)}، {match.group(3)}"

    text = _SHORT_SECOND_YEAR.sub(_whole_second_year, text)
    return _CONSECUTIVE_YEARS.sub(read, text)


def percentages(text: str) -> str:
    """Always the number, then بالمئة: %35, ٪8, 35%, and ranges 20-30%."""

    def percent_range(match: re.Match[str]) -> str:
        low, high = (match.group(1), match.group(2)) if match.group(1) else match.groups()[2:]
        return f"{_range_words(low, high, match.string[: match.start()])} بالمئة"

    def percent(match: re.Match[str]) -> str:
        before = match.string[: match.start()]
        oblique = is_oblique(before)
        apart = " " if before[-1:].isalpha() else ""  # من% 6.2: the sign glued to من
        return f"{apart}{plain(match.group(1) or match.group(2), oblique)} بالمئة"

    return _PERCENT.sub(percent, _PERCENT_RANGE.sub(percent_range, text))


def _goals(number: str) -> str:
    return "0" if number == "صفر" else number


def _counts_something(after: str) -> bool:
    """A plural follows (2-3 أسابيع, 3-4 مباريات): what a range counts. A team does not
    (الأهلي 2-3 الزمالك, ريال مدريد 1-2 برشلونة): names are singular."""
    return is_plural(counted_noun(after))


def scores(text: str, sports: bool = False) -> str:
    """A result, أربعة مقابل اثنين: two small numbers after the words of a match (فاز، تعادل،
    بنتيجة…), or a dash pair that cannot be a range because it does not go up (3 - 1, 0-0);
    in a sports story, any dash pair that counts nothing (الأهلي 2-3 الزمالك)."""

    results_read = False

    def read(match: re.Match[str]) -> str:
        nonlocal results_read
        first, mark, second = match.groups()
        home, away = int(_goals(first)), int(_goals(second))
        in_a_match = about_a_match(match.string, match.start())
        counts_nothing = not _counts_something(match.string[match.end() :])
        same_match = results_read and home == 0 and away <= _MOST_GOALS
        a_result = (sports or same_match) and mark != "/" and counts_nothing
        # ... and once a result was read, a later 0-1 that counts nothing is the same match's
        # score (judged set 10: «0-1» beside «2-1» was من صفر إلى واحد); 0-14 سنة is an age.
        if not (in_a_match or a_result) and (mark == "/" or home < away):
            return match.group(0)  # a range, a date, a fraction: read elsewhere
        if not in_a_match and _about_temperatures(match.string, match.start()):
            return match.group(0)  # the day's high and low
        results_read = True
        oblique = is_oblique(match.string[: match.start()])
        return f"{plain(str(home), oblique)} مقابل {plain(str(away), True)}"

    def spaced(match: re.Match[str]) -> str:
        # "بنتيجة 0 1": a result whose dash was lost; only where the words of a match say
        # so (it said صفر واحد, and 0 1 أمام lost its 1 to أمام واحد)
        if not about_a_match(match.string, match.start()):
            return match.group(0)
        if _counts_something(match.string[match.end() :]):
            return match.group(0)
        return read(match)

    text = _PAIR.sub(read, text)
    return _SPACED_PAIR.sub(spaced, text) if " " in text else text


# Two goals with only a space between.
_SPACED_PAIR = re.compile(r"(?<![\d.:/,،\-–])(\d)( )(\d)(?![\d:/,،\-–]|\.\d)")


# 90+2, 4+90, 45+1: minutes of stoppage time after the end of a half (or of extra time).
_STOPPAGE = re.compile(r"(?<![\d.:/+])(\d{1,3})\s*\+\s*(\d{1,3})(?![\d:/+]|\.\d)")
_HALF_ENDS = {45: " للشوط الأول", 90: "", 105: " للشوط الإضافي الأول", 120: " للشوط الإضافي الثاني"}
_MOST_STOPPAGE = 20
_HALF_NAMED = re.compile(r"\s*(?:من|في)\s+(?:ال)?شوط")  # ... 45+2 من الشوط الأول
_MINUTE_WORD = re.compile(r"(?:^|\s)[وفب]?(?:ال)?دقيقة\s*$")


# The Maghreb's match notation after a scorer: (د 64), (د:42), (د 90+2), (د 57 ض ج): the minute,
# and ض ج (ضربة جزاء) a penalty. Said as a newsreader does: في الدقيقة الرابعة والستين من
# ضربة جزاء (the digits are read by stoppage_time and ordinals, after الدقيقة).
_MATCH_NOTE = re.compile(r"\(\s*د\s*[:.]?\s*(\d{1,3}(?:\s*\+\s*\d{1,2})?)\s*(ض\s*\.?\s*ج\.?)?\s*\)")


# ... and the bare minutes most pages print after a scorer's name: "فلان (23)", "فلان (12 و45)",
# "فلان (90+2)", in a sentence about goals or a match (a count in brackets after a place,
# "جدة (12)", has neither: it stays a number).
_SCORER_MINUTES = re.compile(
    r"(?<=[\u0621-\u064a])\s*\(\s*(\d{1,3}(?:\s*\+\s*\d{1,2})?"
    r"(?:\s*(?:[،,]\s*و?|و)\s*\d{1,3}(?:\s*\+\s*\d{1,2})?)*)\s*\)(?=\s*(?:$|[.،,؛:]|و|ثم\s))"
)
# Goals: their nouns, and in a sports story the verbs that score them (elsewhere "سجل المؤشر
# ارتفاعا في بورصة دبي (120)" records a figure).
_GOAL_NOUNS = re.compile(
    r"(?<!\S)[وفب]?(?:ال)?(?:هدف|أهداف|هدفي|هدفا|هدفين|هدفان|هدفه|هدفها|ثنائية|هاتريك)(?!\S)"
)
_SCORING = re.compile(r"(?<!\S)[وف]?(?:ي?سجل|سجله|سجلها|ي?حرز|أحرز|أحرزه|أحرزها)(?!\S)")
_MINUTES_APART = re.compile(r"\s*(?:[،,]\s*و?|و)\s*")
# The minute's own noun before the brackets: "في الدقيقة (53)", "في الدقيقتين (80، و90)".
_MINUTE_NOUN = re.compile(r"(?<!\S)[وفب]?(?:ال)?(?:دقيقة|دقيقتين|دقائق)\s*$")
_LAST_MINUTE = 120


def match_notes(text: str, sports: bool = False) -> str:
    """'(د 64 ض ج)' → 'في الدقيقة 64 من ضربة جزاء', '(د 12)' → 'في الدقيقة 12'; after a
    scorer, '(23)' → 'في الدقيقة 23', '(12 و45)' → 'في الدقيقتين 12 و45'."""

    def read(match: re.Match[str]) -> str:
        minute, penalty = match.groups()
        penalty_words = " من ضربة جزاء" if penalty else ""
        return f"في الدقيقة {minute}{penalty_words}"

    def scorer(match: re.Match[str]) -> str:
        minutes = _MINUTES_APART.split(match.group(1))
        if _MINUTE_NOUN.search(match.string, 0, match.start()):
            return f" {' و'.join(minutes)}"  # the noun is there: only the brackets go
        sentence = " ".join(_sentence_before(match.string, match.start()))
        about_goals = _GOAL_NOUNS.search(sentence) or (sports and _SCORING.search(sentence))
        if not (about_goals or about_a_match(match.string, match.start())):
            return match.group(0)
        if any(int(minute.split("+")[0]) > _LAST_MINUTE for minute in minutes):
            return match.group(0)
        noun = {1: "الدقيقة", 2: "الدقيقتين"}.get(len(minutes), "الدقائق")
        return f" في {noun} {' و'.join(minutes)}"

    text = _MATCH_NOTE.sub(read, text)
    return _SCORER_MINUTES.sub(scorer, text) if "(" in text else text


def stoppage_time(text: str) -> str:
    """الدقيقة 90+2 (or 2+90) → الدقيقة الثانية من الوقت بدل الضائع, as sports news says it;
    45+1 is the first half's. Any other sum is left to the symbols (زائد)."""

    def read(match: re.Match[str]) -> str:
        first, second = int(match.group(1)), int(match.group(2))
        end, extra = (first, second) if first in _HALF_ENDS else (second, first)
        if end not in _HALF_ENDS or not 1 <= extra <= _MOST_STOPPAGE or extra in _HALF_ENDS:
            return match.group(0)
        minute = ordinal(extra, feminine=True, oblique=True)
        before = match.string[: match.start()]
        lead = "" if _MINUTE_WORD.search(before) else "الدقيقة "
        half = "" if _HALF_NAMED.match(match.string[match.end() :]) else _HALF_ENDS[end]
        return f"{lead}{minute} من الوقت بدل الضائع{half}"

    return _STOPPAGE.sub(read, text)


_METRE = Noun("متر", "متران", "أمتار", "مترًا")


def _era(low: str, high: str, mark: str | None, before: str, lexicon: Lexicon) -> str:
    """The era after a range of years (1445-1446هـ → للهجرة); م only after years, after
    other numbers it is metres (100-200 م → من مئة إلى مئتي متر)."""
    if mark not in lexicon.eras:
        return f" {mark}" if mark else ""
    years = min(int(float(low)), int(float(high))) >= 1000 or after_year_word(before)
    if mark == "م" and not years:
        metre = lexicon.units.get("م", _METRE)
        return f" {form_after(max(int(float(high)), 3), metre)}"
    return f" {lexicon.eras[mark]}"


_BEHIND_A_PREPOSITION = re.compile("^(?:[وف]?لل|[وف]?[بك]ال)")


# "(800 ق.م. - 650 ق.م.)", its eras said by now: two years with their era, a dash between
# (a judge heard only a pause): من … إلى ….
_ERA = r"\s+((?:قبل|بعد) الميلاد)"
_ERA_RANGE = re.compile(rf"(?<![\d.])(\d{{1,4}}){_ERA}\s*[-–]\s*(\d{{1,4}}){_ERA}")


def _era_range(match: re.Match[str]) -> str:
    low, low_era, high, high_era = match.groups()
    before = match.string[: match.start()]
    return range_joined(f"{plain(low, True)} {low_era}", f"{plain(high, True)} {high_era}", before)


def ranges(text: str, lexicon: Lexicon) -> str:
    """10-15 شخصا → من عشرة إلى خمسة عشر شخصا; the counted noun gives the gender; a unit
    after the range agrees with its second number (5-10 كلم → … إلى عشرة كيلومترات)."""
    if "الميلاد" in text:
        text = _ERA_RANGE.sub(_era_range, text)
    pieces: list[str] = []
    done = 0
    for match in _RANGE.finditer(text):
        if match.start() < done:
            continue
        low, high, mark = match.groups()
        after = text[match.end() :]
        unit = unit_next(after, lexicon) if not mark else None
        noun = counted_noun(after)
        if _BEHIND_A_PREPOSITION.match(noun):
            noun = ""  # خطة 2021-2025 للتنمية: a phrase after the range, not what it counts
        feminine = unit[0].feminine if unit else bool(noun) and is_feminine(noun, lexicon)
        before = text[: match.start()]
        counts_its_own = bool(noun) and is_plural(noun)
        if not unit and not counts_its_own and _about_temperatures(text, match.start()):
            feminine = True  # "وفي المرتفعات 12 - 4، وفي …": degrees
        if previous_word(before) in MODEL_NAMES and not mark:
            # بوينغ 787-9: a model and its variant, said apart (من سبعمئة … إلى تسع)
            pieces += [text[done : match.start()], f"{plain(low, True)}، {plain(high, True)}"]
            done = match.end()
            continue
        words = _range_words(low, high, before, feminine and "." not in match.group(0))
        era = _era(low, high, mark, before, lexicon)
        if (noun or era) and words.endswith("مئتين"):
            words = words[:-1]  # مئتي شخص، مئتي متر: in construct before the noun
        end = match.end()
        if unit:  # the unit's short form is read here, in the form the second number takes
            measured = unit[0].singular if "." in high else form_after(max(int(high), 3), unit[0])
            words, end = f"{words} {measured}", end + unit[1]
        pieces += [text[done : match.start()], words + era]
        done = end
    return "".join(pieces) + text[done:]
