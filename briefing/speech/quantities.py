"""Numbers with a symbol or shape that says what they are: phones, scores, ranges, %, money,
units, fractions, ordinals, model names."""

from __future__ import annotations

import re

from briefing.speech.context import is_feminine, is_oblique, previous_word
from briefing.speech.lexicon import Lexicon
from briefing.speech.numbers import (
    SCALES,
    Noun,
    cardinal,
    count,
    counted,
    decimal,
    digits_one_by_one,
    fraction,
    ordinal,
    scaled_decimal,
)

NUMBER = r"\d+(?:\.\d+)?"
_PHONE = re.compile(
    r"(?<![\w.])(?:\+\d[\d\s-]{6,}\d|0\d{7,}|0\d{1,3}[\s-]\d{3,4}[\s-]?\d{3,4}|\d{13,})(?![\w.])"
)
_MODEL = re.compile(r"(?<![A-Za-z\d])([A-Za-z]+)(?:[\s-]?)(\d+)(?![\d.]|[\s-]\d)")
_SCORE = re.compile(r"(?<![\d.:/])(\d{1,2}) [-–] (\d{1,2})(?!\d|\.\d|[:/])")
_RANGE = re.compile(rf"(?<![\d./:])({NUMBER})\s*[-–]\s*({NUMBER})(?![\d./:])")
_PERCENT = re.compile(rf"%\s*({NUMBER})|({NUMBER})\s*[%٪]")
_FRACTION_SIGNS = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4),
                   "⅕": (1, 5), "⅛": (1, 8)}  # fmt: skip
_VULGAR = re.compile(r"(\d+)?\s*([½⅓⅔¼¾⅕⅛])")
_SLASH_FRACTION = re.compile(r"(?<![\d./])(\d)/(\d{1,2})(?![\d./])")
_ORDINAL = re.compile(r"(?<!\S)(ال\ue000 |و?(?:القرن|الدورة|النسخة|المرتبة|المركز)\s+)(\d{1,3})\b")

DOLLAR = Noun("دولار", "دولاران", "دولارات", "دولارًا")
EURO = Noun("يورو", "يورو", "يورو", "يورو")
POUND = Noun("جنيه", "جنيهان", "جنيهات", "جنيهًا")
RIYAL = Noun("ريال", "ريالان", "ريالات", "ريالًا")
DIRHAM = Noun("درهم", "درهمان", "دراهم", "درهمًا")
DINAR = Noun("دينار", "ديناران", "دنانير", "دينارًا")
YEN = Noun("ين", "ينان", "ينات", "ينًا")
_CURRENCY_SIGNS = {"$": DOLLAR, "€": EURO, "£": POUND, "¥": YEN, "ر.س": RIYAL, "ر.ق": RIYAL,
                   "د.إ": DIRHAM, "د.ك": DINAR, "ج.م": POUND}  # fmt: skip
_UNITS = {
    "كم²": Noun("كيلومتر مربع", "كيلومتران مربعان", "كيلومترات مربعة", "كيلومترًا مربعًا"),
    "م²": Noun("متر مربع", "متران مربعان", "أمتار مربعة", "مترًا مربعًا"),
    "م³": Noun("متر مكعب", "متران مكعبان", "أمتار مكعبة", "مترًا مكعبًا"),
    "كم/س": Noun("كيلومتر في الساعة", "كيلومتران في الساعة", "كيلومترات في الساعة",
                  "كيلومترًا في الساعة"),
    "كم": Noun("كيلومتر", "كيلومتران", "كيلومترات", "كيلومترًا"),
    "km": Noun("كيلومتر", "كيلومتران", "كيلومترات", "كيلومترًا"),
    "كلغ": Noun("كيلوغرام", "كيلوغرامان", "كيلوغرامات", "كيلوغرامًا"),
    "كغ": Noun("كيلوغرام", "كيلوغرامان", "كيلوغرامات", "كيلوغرامًا"),
    "كجم": Noun("كيلوغرام", "كيلوغرامان", "كيلوغرامات", "كيلوغرامًا"),
    "kg": Noun("كيلوغرام", "كيلوغرامان", "كيلوغرامات", "كيلوغرامًا"),
    "غ": Noun("غرام", "غرامان", "غرامات", "غرامًا"),
    "سم": Noun("سنتيمتر", "سنتيمتران", "سنتيمترات", "سنتيمترًا"),
    "مم": Noun("مليمتر", "مليمتران", "مليمترات", "مليمترًا"),
    "م": Noun("متر", "متران", "أمتار", "مترًا"),
    "°م": Noun("درجة مئوية", "درجتان مئويتان", "درجات مئوية", "درجة مئوية", feminine=True),
    "°C": Noun("درجة مئوية", "درجتان مئويتان", "درجات مئوية", "درجة مئوية", feminine=True),
    "°": Noun("درجة", "درجتان", "درجات", "درجة", feminine=True),
}  # fmt: skip
_SIGN = "|".join(map(re.escape, sorted(_CURRENCY_SIGNS, key=len, reverse=True)))
_UNIT = "|".join(map(re.escape, sorted(_UNITS, key=len, reverse=True)))
_SCALE_WORD = r"(?:\s+(ألف|مليون|مليار|آلاف|ملايين|مليارات))?"
_CURRENCY = re.compile(
    rf"(?:({_SIGN})\s*({NUMBER}){_SCALE_WORD}|({NUMBER}){_SCALE_WORD}\s*({_SIGN}))(?![\w])"
)
_UNIT_AFTER = re.compile(rf"(?<![\d.])({NUMBER})\s*({_UNIT})(?![\w²³])")


def _amount(number: str, noun: Noun, oblique: bool) -> str:
    whole, _, fraction_digits = number.partition(".")
    if fraction_digits.strip("0") or len(whole) > 12:
        return f"{decimal(whole, fraction_digits, noun.feminine, oblique)} {noun.singular}"
    return counted(int(whole), noun, oblique)


def phone_numbers(text: str) -> str:
    return _PHONE.sub(lambda m: f" {digits_one_by_one(m.group(0))} ", text)


def model_names(text: str) -> str:
    """'Moto 360', 'F-16', 'A320': the number is part of a name, read plainly."""
    return _MODEL.sub(lambda m: f"{m.group(1)} {cardinal(int(m.group(2)))}", text)


def _plain(number: str, oblique: bool = False, feminine: bool = False) -> str:
    whole, _, fraction_digits = number.partition(".")
    return decimal(whole, fraction_digits, feminine, oblique)


def scores(text: str) -> str:
    """'3 - 1' (spaced dash, small numbers) → ثلاثة مقابل واحد."""
    return _SCORE.sub(lambda m: f"{_plain(m.group(1))} مقابل {_plain(m.group(2))}", text)


def _range(match: re.Match[str]) -> str:
    before = match.string[: match.start()]
    word = previous_word(before)
    low, high = _plain(match.group(1), True), _plain(match.group(2), True)
    two_back = previous_word(before.rstrip()[: before.rstrip().rfind(" ") + 1])
    if "بين" in (word.lstrip("و"), two_back.lstrip("و")):  # بين 2015-2020, بين عامي 2015-2020
        return f"{low} و{high}"
    if word in ("من", "ومن"):
        return f"{low} إلى {high}"
    return f"من {low} إلى {high}"


def ranges(text: str) -> str:
    return _RANGE.sub(_range, text)


def percentages(text: str) -> str:
    def read(match: re.Match[str]) -> str:
        oblique = is_oblique(match.string[: match.start()])
        return f"{_plain(match.group(1) or match.group(2), oblique)} بالمئة"

    return _PERCENT.sub(read, text)


def currencies(text: str) -> str:
    def read(match: re.Match[str]) -> str:
        sign_first, number_first, scale_first, number_last, scale_last, sign_last = match.groups()
        noun = _CURRENCY_SIGNS[sign_first or sign_last]
        number, scale = (number_first, scale_first) if sign_first else (number_last, scale_last)
        oblique = is_oblique(match.string[: match.start()])
        if scale in SCALES and "." not in number:
            return f"{count(int(number), SCALES[scale], oblique, construct=True)} {noun.singular}"
        if scale in SCALES and int(number.partition(".")[0]) < 1000:
            whole, _, fraction_digits = number.partition(".")
            words = scaled_decimal(whole, fraction_digits, SCALES[scale], oblique, construct=True)
            return f"{words} {noun.singular}"
        if scale:
            return f"{_plain(number, oblique)} {scale} {noun.singular}"
        return _amount(number, noun, oblique)

    return _CURRENCY.sub(read, text)


def units(text: str) -> str:
    def read(match: re.Match[str]) -> str:
        oblique = is_oblique(match.string[: match.start()])
        return _amount(match.group(1), _UNITS[match.group(2)], oblique)

    return _UNIT_AFTER.sub(read, text)


def fractions(text: str) -> str:
    def vulgar(match: re.Match[str]) -> str:
        words = fraction(*_FRACTION_SIGNS[match.group(2)]) or ""
        return f" {cardinal(int(match.group(1)))} و{words} " if match.group(1) else f" {words} "

    def slashed(match: re.Match[str]) -> str:
        return fraction(int(match.group(1)), int(match.group(2))) or match.group(0)

    return _SLASH_FRACTION.sub(slashed, _VULGAR.sub(vulgar, text))


def ordinals(text: str, lexicon: Lexicon) -> str:
    """'القرن 21' → القرن الحادي والعشرين; 'المرة الـ3' → المرة الثالثة."""

    def read(match: re.Match[str]) -> str:
        lead, number = match.groups()
        before = match.string[: match.start()]
        keep = "" if lead.startswith("ال\ue000") else lead
        feminine = is_feminine(previous_word(before), lexicon) if not keep else False
        feminine = feminine or keep.strip().lstrip("و") in ("الدورة", "النسخة", "المرتبة")
        return f"{keep}{ordinal(int(number), feminine, oblique=True)}"

    return _ORDINAL.sub(read, text)
