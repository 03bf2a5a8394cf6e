"""Numbers with a symbol or shape that says what they are: phones, scores, ranges, %, money,
units, fractions, ordinals, model names."""

from __future__ import annotations

import re

from briefing.speech.context import is_oblique
from briefing.speech.numbers import (
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
_SLASH_FRACTION = re.compile(r"(?<![\d./])(\d)/(\d{1,2})(?![\d./])")

DOLLAR = Noun("دولار", "دولاران", "دولارات", "دولارًا")
EURO = Noun("يورو", "يورو", "يورو", "يورو")
POUND = Noun("جنيه", "جنيهان", "جنيهات", "جنيهًا")
RIYAL = Noun("ريال", "ريالان", "ريالات", "ريالًا")
DIRHAM = Noun("درهم", "درهمان", "دراهم", "درهمًا")
DINAR = Noun("دينار", "ديناران", "دنانير", "دينارًا")
YEN = Noun("ين", "ينان", "ينات", "ينًا")
LIRA = Noun("ليرة", "ليرتان", "ليرات", "ليرة", feminine=True)
STERLING = Noun("جنيه إسترليني", "جنيهان إسترلينيان", "جنيهات إسترلينية", "جنيهًا إسترلينيًا")
# Signs and the short forms Arab sites write after an amount (ر.س: ريال سعودي…); the
# country is not said, as newsreaders do once the story has named it.
_CURRENCY_SIGNS = {"$": DOLLAR, "€": EURO, "£": STERLING, "¥": YEN, "ر.س": RIYAL, "ر.ق": RIYAL,
                   "ر.ع": RIYAL, "ر.ي": RIYAL, "د.إ": DIRHAM, "د.م": DIRHAM, "د.ك": DINAR,
                   "د.ب": DINAR, "د.أ": DINAR, "د.ع": DINAR, "د.ج": DINAR, "د.ت": DINAR,
                   "د.ل": DINAR, "ج.م": POUND, "ج.س": POUND, "ل.ل": LIRA, "ل.س": LIRA}  # fmt: skip
METRE = Noun("متر", "متران", "أمتار", "مترًا")
KILOMETRE = Noun("كيلومتر", "كيلومتران", "كيلومترات", "كيلومترًا")
PER_HOUR = Noun("كيلومتر في الساعة", "كيلومتران في الساعة", "كيلومترات في الساعة",
                "كيلومترًا في الساعة")  # fmt: skip
# Speeds as the Maghreb and the Gulf write them: كم/س، كلم/س، كم/سا، كم/ساعة.
_SPEEDS = {f"{km}/{hour}": PER_HOUR for km in ("كم", "كلم") for hour in ("س", "سا", "ساعة")}
_UNITS = {
    **_SPEEDS,
    "كم²": Noun("كيلومتر مربع", "كيلومتران مربعان", "كيلومترات مربعة", "كيلومترًا مربعًا"),
    "م²": Noun("متر مربع", "متران مربعان", "أمتار مربعة", "مترًا مربعًا"),
    "م³": Noun("متر مكعب", "متران مكعبان", "أمتار مكعبة", "مترًا مكعبًا"),
    "كم": KILOMETRE,
    "كلم": KILOMETRE,
    "km": KILOMETRE,
    "كلغ": Noun("كيلوغرام", "كيلوغرامان", "كيلوغرامات", "كيلوغرامًا"),
    "كغ": Noun("كيلوغرام", "كيلوغرامان", "كيلوغرامات", "كيلوغرامًا"),
    "كجم": Noun("كيلوغرام", "كيلوغرامان", "كيلوغرامات", "كيلوغرامًا"),
    "kg": Noun("كيلوغرام", "كيلوغرامان", "كيلوغرامات", "كيلوغرامًا"),
    "غ": Noun("غرام", "غرامان", "غرامات", "غرامًا"),
    "سم": Noun("سنتيمتر", "سنتيمتران", "سنتيمترات", "سنتيمترًا"),
    "مم": Noun("مليمتر", "مليمتران", "مليمترات", "مليمترًا"),
    "ملم": Noun("مليمتر", "مليمتران", "مليمترات", "مليمترًا"),
    "ملغ": Noun("مليغرام", "مليغرامان", "مليغرامات", "مليغرامًا"),
    "م": METRE,
    "°م": Noun("درجة مئوية", "درجتان مئويتان", "درجات مئوية", "درجة مئوية", feminine=True),
    "°C": Noun("درجة مئوية", "درجتان مئويتان", "درجات مئوية", "درجة مئوية", feminine=True),
    "°": Noun("درجة", "درجتان", "درجات", "درجة", feminine=True),
}  # fmt: skip
_SIGN = "|".join(map(re.escape, sorted(_CURRENCY_SIGNS, key=len, reverse=True)))
_UNIT = "|".join(map(re.escape, sorted(_UNITS, key=len, reverse=True)))
_SCALE_WORD = r"(?:\s+(ألف|مليون|مليار|تريليون|آلاف|ملايين|مليارات|تريليونات))?"
_CURRENCY = re.compile(
    rf"(?:({_SIGN})\s*({NUMBER}){_SCALE_WORD}|({NUMBER}){_SCALE_WORD}\s*({_SIGN}))(?![\w])"
)
_UNIT_AFTER = re.compile(rf"(?<![\d.])({NUMBER})\s*({_UNIT})(?![\w²³])")


def _amount(number: str, noun: Noun, oblique: bool) -> str:
    whole, _, fraction_digits = number.partition(".")
    if fraction_digits.strip("0") or len(whole) > 12:
        return f"{decimal(whole, fraction_digits, noun.feminine, oblique)} {noun.singular}"
    return counted(int(whole), noun, oblique)


def plain(number: str, oblique: bool = False, feminine: bool = False) -> str:
    whole, _, fraction_digits = number.partition(".")
    return decimal(whole, fraction_digits, feminine, oblique)


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
            return f"{plain(number, oblique)} {scale} {noun.singular}"
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
