"""Numbers with a symbol or shape that says what they are: phones, scores, ranges, %, money,
units, fractions, ordinals, model names."""

from __future__ import annotations

import re
from functools import lru_cache
from math import gcd

from briefing.speech.context import is_oblique, previous_word
from briefing.speech.lexicon import Lexicon
from briefing.speech.numbers import (
    SCALE_PLURALS,
    SCALE_WORDS,
    SCALES,
    Noun,
    cardinal,
    count,
    counted,
    decimal,
    fraction,
    scaled_decimal,
)

NUMBER = r"\d+(?:\.\d+)?"
_FRACTION_SIGNS = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4),
                   "⅕": (1, 5), "⅛": (1, 8)}  # fmt: skip
_VULGAR = re.compile(r"(\d+)?\s*([½⅓⅔¼¾⅕⅛])")
_WORD_PREFIX = re.compile(r"^[وفبل]?(?:ال)?")
_SLASH_FRACTION = re.compile(r"(?<![\d./])(\d)/(\d{1,2})(?![\d/]|\.\d)")

DOLLAR = Noun("دولار", "دولاران", "دولارات", "دولارًا")
EURO = Noun("يورو", "يورو", "يورو", "يورو")
POUND = Noun("جنيه", "جنيهان", "جنيهات", "جنيهًا")
RIYAL = Noun("ريال", "ريالان", "ريالات", "ريالًا")
DIRHAM = Noun("درهم", "درهمان", "دراهم", "درهمًا")
DINAR = Noun("دينار", "ديناران", "دنانير", "دينارًا")
YEN = Noun("ين", "ينان", "ينات", "ينًا")
LIRA = Noun("ليرة", "ليرتان", "ليرات", "ليرة", feminine=True)
US_DOLLAR = Noun("دولار أمريكي", "دولاران أمريكيان", "دولارات أمريكية", "دولارًا أمريكيًا")
STERLING = Noun("جنيه إسترليني", "جنيهان إسترلينيان", "جنيهات إسترلينية", "جنيهًا إسترلينيًا")
# Signs and the short forms Arab sites write after an amount (ر.س: ريال سعودي…); the
# country is not said, as newsreaders do once the story has named it.
_CURRENCY_SIGNS = {"$": DOLLAR, "€": EURO, "£": STERLING, "¥": YEN, "ر.س": RIYAL, "ر.ق": RIYAL,
                   "ر.ع": RIYAL, "ر.ي": RIYAL, "د.إ": DIRHAM, "د.م": DIRHAM, "د.ك": DINAR,
                   "د.ب": DINAR, "د.أ": US_DOLLAR, "د.ع": DINAR, "د.ج": DINAR, "د.ت": DINAR,
                   "د.ل": DINAR, "ج.م": POUND, "ج.س": POUND, "ل.ل": LIRA, "ل.س": LIRA}  # fmt: skip
_SIGN = "|".join(map(re.escape, sorted(_CURRENCY_SIGNS, key=len, reverse=True)))
_SCALE_WORD = r"(?:\s+(ألف|مليون|مليار|تريليون|آلاف|ملايين|مليارات|تريليونات))?"
# A short form's own final dot before what the price is for (50 د.أ. للبرميل) is no stop.
_CURRENCY = re.compile(
    rf"(?:({_SIGN})\s*({NUMBER}){_SCALE_WORD}|({NUMBER}){_SCALE_WORD}\s*({_SIGN}))"
    r"(?![\w])(?:\.(?=\s+ل))?"
)
# د.أ is the US dollar (دولار أمريكي) in the Gulf's and Egypt's news, Jordan's dinar in
# Jordan's: the story says which.
_JORDAN = re.compile("أردن|الأردني|عمّان")
# A unit written out before a slash and the hour: "كيلومترا/ساعة" is في الساعة.
_PER_HOUR = re.compile(
    r"(?<=\d\s)((?:كيلو)?(?:مترا|متر|مترات|أمتار)|ميلا|ميل|أميال)\s*/\s*(?:ال)?(?:ساعة|سا|س)(?![\w])"
)
# A space between the degree sign and its scale is free: 45 ° م، 30° C.
_DEGREE_APART = re.compile(r"[°º]\s+(?=[مC](?![\w]))")
# ... and the word written after the sign says it already: 23° درجة مئوية (درجة درجة).
_DEGREE_WORD = re.compile(r"(?<=\d)\s*[°º](?=\s*درج)")


# "كم / ساعة", "كلم/الساعة": the slash of a short form may have spaces, the hour its article.
_PER = re.compile(r"\s*/\s*(?:ال)?")


def _short_form(short: str) -> str:
    return "".join(_PER.pattern if piece == "/" else re.escape(piece) for piece in
                   re.split("(/)", short))  # fmt: skip


@lru_cache(maxsize=8)
def _unit_after(shorts: frozenset[str]) -> re.Pattern[str]:
    """A number and the short form after it, longest forms first (كم/س before كم)."""
    alternatives = "|".join(map(_short_form, sorted(shorts, key=len, reverse=True)))
    return re.compile(rf"(?<![\d.])({NUMBER})\s*({alternatives})(?![\w²³/])")


def _unit(written: str, lexicon: Lexicon) -> Noun:
    return lexicon.units[_PER.sub("/", written)]


def unit_next(after: str, lexicon: Lexicon) -> tuple[Noun, int] | None:
    """The unit of the [units] table that `after` opens with, and how long it is written
    (for a range: 5-10 كلم, whose unit follows its second number)."""
    if not lexicon.units:
        return None
    match = _unit_after(frozenset(lexicon.units)).match("0" + after)
    return (_unit(match.group(2), lexicon), match.end() - 1) if match else None


def _amount(number: str, noun: Noun, oblique: bool) -> str:
    whole, _, fraction_digits = number.partition(".")
    if fraction_digits.strip("0") or len(whole) > 12:
        return f"{decimal(whole, fraction_digits, noun.feminine, oblique)} {noun.singular}"
    return counted(int(whole), noun, oblique)


def plain(number: str, oblique: bool = False, feminine: bool = False) -> str:
    whole, _, fraction_digits = number.partition(".")
    return decimal(whole, fraction_digits, feminine, oblique)


# Tunisia's "م د" / "م.د" (مليون دينار) and "أ د" (ألف دينار) after an amount: the scale and
# the currency in two letters ("6629 م د" was read as metres and a letter).
_SCALED_DINARS = re.compile(r"(?<=\d)\s*([مأ])\s?\.?\s?د(?![\w.])")
_DINAR_SCALES = {"م": "مليون دينار", "أ": "ألف دينار"}
# A sign after an amount said in words ("مليون وأربعمئة ألف ل.س"): the currency's name.
_SIGN_AFTER_SCALE = re.compile(rf"(?<![\w])({SCALE_WORDS}|{SCALE_PLURALS})\s+({_SIGN})(?![\w])")


def currencies(text: str) -> str:
    text = _SCALED_DINARS.sub(lambda m: " " + _DINAR_SCALES[m.group(1)], text)
    text = _SIGN_AFTER_SCALE.sub(
        lambda m: f"{m.group(1)} {_CURRENCY_SIGNS[m.group(2)].singular}", text
    )

    def read(match: re.Match[str]) -> str:
        sign_first, number_first, scale_first, number_last, scale_last, sign_last = match.groups()
        sign = sign_first or sign_last
        noun = DINAR if sign == "د.أ" and _JORDAN.search(match.string) else _CURRENCY_SIGNS[sign]
        number, scale = (number_first, scale_first) if sign_first else (number_last, scale_last)
        oblique = is_oblique(match.string[: match.start()])
        if scale in SCALES and "." not in number:
            return f"{count(int(number), SCALES[scale], oblique, construct=True)} {noun.singular}"
        if scale in SCALES and int(number.partition(".")[0]) < 1000:
            whole, _, fraction_digits = number.partition(".")
            words = scaled_decimal(whole, fraction_digits, SCALES[scale], oblique, construct=True)
            return f"{words} {noun.singular}"
        if scale:
            return f"{plain(number, oblique)} {scale} {noun.singular}"
        return _amount(number, noun, oblique)

    return _CURRENCY.sub(read, text)


# "20 فلساً/لتر", "(15) قرشاً/كيلو": the slash between an amount and what it is for is
# "per", said لل (it was dropped: فلسًا لتر); كم/ساعة has its own reading (_PER_HOUR).
_PER_WHAT = {"لتر": "لتر", "ليتر": "لتر", "كيلو": "كيلو", "كيلوغرام": "كيلوغرام", "كغ": "كيلوغرام",
             "كغم": "كيلوغرام", "كلغ": "كيلوغرام", "كجم": "كيلوغرام", "غرام": "غرام", "غ": "غرام",
             "طن": "طن", "برميل": "برميل", "متر": "متر", "م": "متر", "غالون": "غالون",
             "قدم": "قدم", "سهم": "سهم"}  # fmt: skip
# ... and before a time, في (850 دينار/شهر → في الشهر).
_PER_TIME = frozenset(("شهر", "يوم", "سنة", "عام", "أسبوع", "ساعة", "ليلة"))
_PER_SLASH = re.compile(
    r"(?<=\d)(\)?\s*[\u0621-\u064a]+[\u064b-\u0652]*)\s*/\s*(?:ال)?("
    + "|".join(sorted({*_PER_WHAT, *_PER_TIME}, key=len, reverse=True))
    + r")(?![\w/])"
)


def per_slash(text: str) -> str:
    """20 فلساً/لتر → 20 فلساً للتر: a price for each unit."""
    if "/" not in text:
        return text

    def per(match: re.Match[str]) -> str:
        if match.group(2) in _PER_TIME:
            return f"{match.group(1)} في ال{match.group(2)}"
        what = _PER_WHAT[match.group(2)]
        # ل + اللتر is written للتر: the article's lam merges with the word's own
        return f"{match.group(1)} {'ل' if what.startswith('ل') else 'لل'}{what}"

    return _PER_SLASH.sub(per, text)


def units(text: str, lexicon: Lexicon) -> str:
    """A number and the unit the lexicon's [units] table names after it: 120 كم/س → مئة
    وعشرين كيلومترًا في الساعة, 3X → ثلاث مرات, 45 °م → خمس وأربعين درجة مئوية."""
    if not lexicon.units:
        return text

    def read(match: re.Match[str]) -> str:
        oblique = is_oblique(match.string[: match.start()])
        return _amount(match.group(1), _unit(match.group(2), lexicon), oblique)

    text = _DEGREE_APART.sub("°", _DEGREE_WORD.sub("", text))
    text = _unit_after(frozenset(lexicon.units)).sub(read, text)
    return _PER_HOUR.sub(r"\1 في الساعة", text)


def _names_itself(before: str, words: str) -> bool:
    """The sign comes after its own word (ربع ¼, والنصف ½): it only shows the figure."""
    prior = previous_word(before)
    return bool(prior) and prior[_WORD_PREFIX.match(prior).end() :] == words


def fractions(text: str) -> str:
    def vulgar(match: re.Match[str]) -> str:
        words = fraction(*_FRACTION_SIGNS[match.group(2)]) or ""
        if not match.group(1) and _names_itself(match.string[: match.start()], words):
            return " "
        return f" {cardinal(int(match.group(1)))} و{words} " if match.group(1) else f" {words} "

    def slashed(match: re.Match[str]) -> str:
        numerator, denominator = int(match.group(1)), int(match.group(2))
        oblique = is_oblique(match.string[: match.start()])  # من 2/3: من ثلثين
        words = fraction(numerator, denominator, oblique)
        if words and gcd(numerator, denominator) == 1:
            return words
        # 3/3, 2/4, 6/6: no written fraction (one is reduced) but a tally or a score; read the
        # slash as it is said, على (it was read as two bare numbers, ثلاثة ثلاثة).
        return f"{cardinal(numerator)} على {cardinal(denominator)}"

    return _SLASH_FRACTION.sub(slashed, _VULGAR.sub(vulgar, text))
