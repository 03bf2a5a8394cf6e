"""Dates said in words: 'الأحد التاسع والعشرين من نوفمبر عام ألفين وستة وعشرين'.

Only what a date needs (ordinal days 1–31, cardinal years, counts of stories); the
general number verbalizer lives in briefing.speech. Words are in the genitive, the
case a date takes after 'يوم' and 'عام', unless a count asks for the nominative.
"""

from __future__ import annotations

import datetime as dt

WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
_ORDINALS = ("", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
             "الثامن", "التاسع", "العاشر")  # fmt: skip
_ONES = ("", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة")
_TENS = ("", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين")
_HUNDREDS = ("", "مئة", "مئتين", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة",
             "ثمانمئة", "تسعمئة")  # fmt: skip
_NOMINATIVE = {"اثنين": "اثنان", "اثني": "اثنا", "مئتين": "مئتان", "ألفين": "ألفان"}


def _nominative(words: str) -> str:
    out = []
    for word in words.split(" "):
        stem = word.removeprefix("و")
        prefix = word[: len(word) - len(stem)]
        if stem in _NOMINATIVE:
            stem = _NOMINATIVE[stem]
        elif stem.endswith("ين") and stem in _TENS:
            stem = stem[:-2] + "ون"
        out.append(prefix + stem)
    return " ".join(out)


def _below_hundred(n: int) -> str:
    if n < 10:
        return _ONES[n]
    if n == 10:
        return "عشرة"
    if n < 20:
        return {11: "أحد عشر", 12: "اثني عشر"}.get(n, f"{_ONES[n - 10]} عشر")
    ones, tens = n % 10, _TENS[n // 10]
    return f"{_ONES[ones]} و{tens}" if ones else tens


def cardinal(n: int, nominative: bool = False) -> str:
    """0 < n < 10000 in words, counting a masculine noun: 2026 → 'ألفين وستة وعشرين'."""
    if not 0 < n < 10000:
        raise ValueError(f"{n} is outside the years and counts a date needs")
    thousands, rest = divmod(n, 1000)
    hundreds, below = divmod(rest, 100)
    parts = []
    if thousands:
        parts.append({1: "ألف", 2: "ألفين"}.get(thousands) or f"{_ONES[thousands]} آلاف")
    if hundreds:
        parts.append(_HUNDREDS[hundreds])
    if below:
        parts.append(_below_hundred(below))
    words = " و".join(parts)
    return _nominative(words) if nominative else words


def ordinal_day(n: int) -> str:
    """1–31 as the masculine definite ordinal a day of the month takes: 21 → 'الحادي والعشرين'."""
    if not 1 <= n <= 31:
        raise ValueError(f"no day {n} in a month")
    if n <= 10:
        return _ORDINALS[n]
    if n < 20:
        return f"{'الحادي' if n == 11 else _ORDINALS[n - 10]} عشر"
    ones, tens = n % 10, "ال" + _TENS[n // 10]
    if not ones:
        return tens
    return f"{'الحادي' if ones == 1 else _ORDINALS[ones]} و{tens}"


def arabic_date(day: dt.date) -> str:
    """'الأحد 29 نوفمبر 2026': the written date, for titles and artwork."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def date_in_words(day: dt.date) -> str:
    """'الأحد التاسع والعشرين من نوفمبر عام ألفين وستة وعشرين' (no digits left to read)."""
    return (
        f"{WEEKDAYS[day.weekday()]} {ordinal_day(day.day)} من {MONTHS[day.month - 1]} "
        f"عام {cardinal(day.year)}"
    )


def story_count(count: int) -> str:
    """'خبر واحد', 'خبران', 'ثلاثة أخبار', 'أحد عشر خبرا': the noun follows the number."""
    if count == 1:
        return "خبر واحد"
    if count == 2:
        return "خبران"
    noun = "أخبار" if 3 <= count <= 10 else "خبر" if count % 100 == 0 else "خبرا"
    return f"{cardinal(count, nominative=True)} {noun}"
