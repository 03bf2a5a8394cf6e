"""Cardinal numbers as Modern Standard Arabic words (masculine, nominative).

num2words and pyarabic both get Arabic wrong in places (200, 21, detached و),
so the verbalizer is our own.
"""

from __future__ import annotations

_ONES = ("صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة")
_TEENS = {
    10: "عشرة",
    11: "أحد عشر",
    12: "اثنا عشر",
    13: "ثلاثة عشر",
    14: "أربعة عشر",
    15: "خمسة عشر",
    16: "ستة عشر",
    17: "سبعة عشر",
    18: "ثمانية عشر",
    19: "تسعة عشر",
}
_TENS = ("", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون")
_HUNDREDS = (
    "",
    "مئة",
    "مئتان",
    "ثلاثمئة",
    "أربعمئة",
    "خمسمئة",
    "ستمئة",
    "سبعمئة",
    "ثمانمئة",
    "تسعمئة",
)
# (value, singular, dual, plural for 3-10, accusative singular for 11-99)
_SCALES = (
    (10**9, "مليار", "ملياران", "مليارات", "مليارًا"),
    (10**6, "مليون", "مليونان", "ملايين", "مليونًا"),
    (10**3, "ألف", "ألفان", "آلاف", "ألفًا"),
)
_AND = "و"


def _below_hundred(n: int) -> str:
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n]
    tens, ones = divmod(n, 10)
    if ones == 0:
        return _TENS[tens]
    return f"{_ONES[ones]} {_AND}{_TENS[tens]}"


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [_HUNDREDS[hundreds]] if hundreds else []
    if rest:
        parts.append(_below_hundred(rest))
    return f" {_AND}".join(parts)


def _scaled(count: int, singular: str, dual: str, plural: str, accusative: str) -> str:
    if count == 1:
        return singular
    if count == 2:
        return dual
    if 3 <= count <= 10:
        return f"{_below_thousand(count)} {plural}"
    if count % 100 in range(11, 100):
        return f"{_below_thousand(count)} {accusative}"
    return f"{_below_thousand(count)} {singular}"


def cardinal(n: int) -> str:
    """`n` in words: "ثلاثة آلاف وخمسمئة", "سالب اثنان"."""
    if n < 0:
        return f"سالب {cardinal(-n)}"
    if n < 1000:
        return _below_thousand(n) if n else _ONES[0]
    if n >= 10**12:
        raise ValueError(f"{n} is too large to read as a quantity")
    parts: list[str] = []
    rest = n
    for value, singular, dual, plural, accusative in _SCALES:
        count, rest = divmod(rest, value)
        if count:
            parts.append(_scaled(count, singular, dual, plural, accusative))
    if rest:
        parts.append(_below_thousand(rest))
    return f" {_AND}".join(parts)


def digits_one_by_one(digits: str) -> str:
    """An identifier (phone number, long code) read digit by digit."""
    return " ".join(_ONES[int(d)] for d in digits)
