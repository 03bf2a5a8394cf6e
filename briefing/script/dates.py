"""Dates said in words: 'الأحد التاسع والعشرين من نوفمبر عام ألفين وستة وعشرين'.

The words come from the speech stage's verbalizer and month names; the day and the year
are in the genitive (oblique), the case a date takes after 'يوم' and 'عام'.
"""

from __future__ import annotations

import datetime as dt

from briefing.speech.numbers import cardinal, ordinal
from briefing.text import GREGORIAN, WEEKDAYS


def arabic_date(day: dt.date) -> str:
    """'الأحد 29 نوفمبر 2026': the written date, for titles and artwork."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {GREGORIAN[day.month - 1]} {day.year}"


def date_in_words(day: dt.date) -> str:
    """'الأحد التاسع والعشرين من نوفمبر عام ألفين وستة وعشرين' (no digits left to read)."""
    return (
        f"{WEEKDAYS[day.weekday()]} {ordinal(day.day, oblique=True)} من "
        f"{GREGORIAN[day.month - 1]} عام {cardinal(day.year, oblique=True)}"
    )


def story_count(count: int) -> str:
    """'خبر واحد', 'خبران', 'ثلاثة أخبار', 'أحد عشر خبرا': the noun follows the number."""
    if count == 1:
        return "خبر واحد"
    if count == 2:
        return "خبران"
    noun = "أخبار" if 3 <= count <= 10 else "خبر" if count % 100 == 0 else "خبرا"
    return f"{cardinal(count)} {noun}"
