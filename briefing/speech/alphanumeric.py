"""Latin mixed with digits, the way Arabic newsreaders say it: model names and codes
(F-35A → إف خمسة وثلاثين إيه، SM-S721B → إس إم إس سبعة اثنان واحد بي، iPhone 15 → آيفون
خمسة عشر), generations and resolutions in English (4G → فور جي، 8K → إيت كيه) and units
glued to a number (3nm → ثلاثة نانومتر، 8GB → ثمانية غيغابايت، 1080p → ألف وثمانين بي).

The digits become Arabic words here; the letters are spelled here when they are a code's
(SM, S, B) and left to the Latin reader when they are a word (iPhone, Galaxy, neo)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefing.speech.context import is_oblique, next_word
from briefing.speech.latin import spell
from briefing.speech.lexicon import Lexicon
from briefing.speech.numbers import cardinal, digits_one_by_one
from briefing.speech.particles import NOT_NOUNS
from briefing.speech.quantities import plain

_ENGLISH_NUMBERS = ("", "ون", "تو", "ثري", "فور", "فايف", "سيكس", "سفن", "إيت", "ناين", "تن",
                    "إليفن", "تولف", "ثيرتين", "فورتين", "فيفتين", "سيكستين", "سفنتين",
                    "إيتين", "نايتين", "توينتي")  # fmt: skip
# A Roman numeral after a Latin name is part of the English name, said in English like the
# name itself (F-35 Lightning II → لايتنينغ تو، Final Fantasy VII → فاينال فانتاسي سفن), as 4G is
# فور جي. Two letters or more: a lone I, V or X is a word or a letter (Windows X? the X app).
_ROMAN = re.compile(r"(?<=[A-Za-z] )(X{0,2}(?:IX|IV|V?I{0,3}))(?![\w])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# OPEC+, Disney+, آبل+، أوبك+: "plus" (a service's or a group's name), not the sign's زائد.
_PLUS = re.compile(r"(?<=[A-Za-z\u0621-\u064a])\+(?![\d\w])")
# Units written in Latin after a number: loanwords that do not change with the count.
_LATIN_UNITS = {
    "nm": "نانومتر", "mm": "مليمتر", "cm": "سنتيمتر", "KB": "كيلوبايت", "MB": "ميغابايت",
    "GB": "غيغابايت", "TB": "تيرابايت", "Hz": "هرتز", "kHz": "كيلوهرتز", "MHz": "ميغاهرتز",
    "GHz": "غيغاهرتز", "mAh": "ميلي أمبير", "MP": "ميغابكسل", "W": "واط", "kW": "كيلوواط",
    "MW": "ميغاواط", "GW": "غيغاواط", "kWh": "كيلوواط ساعة", "MWh": "ميغاواط ساعة",
    "fps": "إطارًا في الثانية", "Mbps": "ميغابت في الثانية", "Gbps": "غيغابت في الثانية",
    "p": "بِي", "mph": "ميلًا في الساعة",
}  # fmt: skip
_UNIT = "|".join(sorted(map(re.escape, _LATIN_UNITS), key=len, reverse=True))
# "3nm", "8 GB", "2.5GHz": a space is allowed before units of two letters or more.
_NUMBER_UNIT = re.compile(
    rf"(?<![\w.])(\d+(?:\.\d+)?)(?:({_UNIT})|\s({_UNIT})(?<=\w\w))(?![A-Za-z\d])"
)
# "3X", "10x": so many times (the lexicon's [units] reads it: ثلاث مرات), not a code.
_TIMES = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?([xX])(?![A-Za-z\d])")
# "4G", "5G", "8K", "3D": a digit and one or two capitals, said in English.
_GENERATION = re.compile(r"(?<![\w.])(10|[1-9])([A-Z]{1,2})(?![A-Za-z\d])")
# "2.5m شخص", "12k متابع": English's million and thousand after an amount, before what it
# counts (a judge heard اثنين فاصلة خمسةإيمْ); not before a particle ("قفز 2.5m في": metres).
_MAGNITUDES = {"m": "مليون", "k": "ألف"}
_MAGNITUDE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)([mk])(?=\s+[\u0621-\u064a])")


def _magnitude(match: re.Match[str]) -> str:
    if next_word(match.string[match.end() :]) in NOT_NOUNS:
        return match.group(0)
    return f"{match.group(1)} {_MAGNITUDES[match.group(2)]}"


# A code: letters and digits in one token, dashes allowed inside (F-35A, SM-S721B, H1N1).
_CODE = re.compile(
    r"(?<![\w.-])(?=[A-Za-z\d-]*\d)(?=[A-Za-z\d-]*[A-Za-z])[A-Za-z\d]+(?:-[A-Za-z\d]+)*"
    r"(?![\w]|[.,]\d)"
)
# A name and its number apart: "iPhone 15", "Moto 360", "Windows 11".
_NAME_NUMBER = re.compile(r"(?<![A-Za-z\d])([A-Za-z]+) (\d+)(?![\d.,]|[\s-]\d)")
_PART = re.compile(r"[A-Za-z]+|\d+")
_SPELLED = 3  # letters in a code up to this many are initials (SM, S, B); longer, a word


def _initials(part: str) -> bool:
    """Letters of a code that are said one by one: SM, S, B, and two capitalised as pages
    type a flight's (Ms729, Qr512: a judge heard ميز); not neo, nm, Pro."""
    capitalised = len(part) == 2 and part[0].isupper()
    return (
        part.isalpha()
        and len(part) <= _SPELLED
        and (part.isupper() or len(part) == 1 or capitalised)
    )


def _leading_zero(digits: str) -> bool:
    """KT0052, Flight 007: the zeros are said, so the digits are read one by one."""
    return len(digits) > 1 and digits.startswith("0")


def _code(token: str, oblique: bool, latin: Mapping[str, str]) -> str:
    """A code part by part: the lexicon's words (COP28 → كوب ثمانية وعشرين), initials
    spelled, other words left, numbers read; three digits or more between initials (S721B)
    one by one, since no one counts them, and so are digits with a leading zero."""
    parts = _PART.findall(token)
    words: list[str] = []
    for index, part in enumerate(parts):
        if index and part.isdigit() and parts[index - 1].isdigit():
            # A320-214, B737-800: the model and its variant, two numbers heard apart (they
            # ran together as ثلاثمئة وعشرين مئتين وأربعة عشر)
            words[-1] += "،"
        if not part.isdigit():
            known = latin.get(part.casefold()) if len(parts) > 1 else None
            words.append(known or (spell(part) if _initials(part) else part))
            continue
        inside = 0 < index < len(parts) - 1
        between_initials = inside and _initials(parts[index - 1]) and _initials(parts[index + 1])
        if (between_initials and len(part) > 2) or _leading_zero(part):
            words.append(digits_one_by_one(part))
        else:
            words.append(cardinal(int(part), oblique=oblique))
    return " ".join(words)


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[letter] for letter in numeral]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def roman(match: re.Match[str]) -> str:
    numeral = match.group(1)
    if len(numeral) < 2 or not 1 <= _roman_value(numeral) < len(_ENGLISH_NUMBERS):
        return numeral
    return _ENGLISH_NUMBERS[_roman_value(numeral)]


def alphanumeric(text: str, lexicon: Lexicon | None = None) -> str:
    def unit(match: re.Match[str]) -> str:
        number, glued, spaced = match.groups()
        oblique = is_oblique(match.string[: match.start()])
        return f"{plain(number, oblique)} {_LATIN_UNITS[glued or spaced]}"

    def generation(match: re.Match[str]) -> str:
        return f"{_ENGLISH_NUMBERS[int(match.group(1))]} {spell(match.group(2))}"

    def code(match: re.Match[str]) -> str:
        latin = lexicon.latin if lexicon else {}
        return _code(match.group(0), is_oblique(match.string[: match.start()]), latin)

    def name_number(match: re.Match[str]) -> str:
        oblique = is_oblique(match.string[: match.start()])
        digits = match.group(2)
        if _leading_zero(digits):
            return f"{match.group(1)} {digits_one_by_one(digits)}"
        return f"{match.group(1)} {cardinal(int(digits), oblique=oblique)}"

    text = _PLUS.sub(" بلس", _ROMAN.sub(roman, text))
    text = _NUMBER_UNIT.sub(unit, _TIMES.sub(r"\1 \2", text))
    text = _GENERATION.sub(generation, text)
    text = _MAGNITUDE.sub(_magnitude, text)
    text = _CODE.sub(code, text)
    return _NAME_NUMBER.sub(name_number, text)
