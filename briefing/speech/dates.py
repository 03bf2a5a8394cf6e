"""Dates and times as said aloud: الرابع والعشرين من يونيو حزيران ألفين وخمسة وعشرين."""

from __future__ import annotations

import re

from briefing.speech.context import is_oblique
from briefing.speech.numbers import Noun, cardinal, counted, ordinal
from briefing.text import GREGORIAN, HIJRI, LEVANTINE
from briefing.text import GREGORIAN_VARIANTS as _VARIANTS

_MONTH_NAMES = sorted({*GREGORIAN, *_VARIANTS, *LEVANTINE, *HIJRI}, key=len, reverse=True)
_MONTH = "(?:" + "|".join(map(re.escape, _MONTH_NAMES)) + ")"
_SOLAR = "(?:" + "|".join(map(re.escape, sorted({*GREGORIAN, *_VARIANTS, *LEVANTINE},
                                                 key=len, reverse=True))) + ")"  # fmt: skip
_END = r"(?![\w])"
# "يونيو/حزيران", "يونيو / حزيران", "آب (أغسطس)", "آب - أغسطس": both names, no symbol.
_DUAL_MONTH = re.compile(rf"({_SOLAR})\s*(?:/|\(|-|–)\s*({_SOLAR})(?:\s*\))?")
_ERA = {"هـ": "للهجرة", "ه": "للهجرة", "م": "للميلاد"}
_ERA_MARK = r"(?:\s*(هـ|ه|م)" + _END + ")?"
_DAY_MONTH = re.compile(rf"(?<![\d.])(\d{{1,2}})\s+({_MONTH}(?:\s+{_SOLAR})?)"
                        rf"(?:\s*[,،]?\s+(\d{{3,4}}){_ERA_MARK})?{_END}")  # fmt: skip
_MONTH_YEAR = re.compile(rf"({_MONTH})\s+(\d{{3,4}}){_ERA_MARK}(?![\d.])")
_YEAR_ERA = re.compile(r"(?<![\d.])(\d{3,4})\s*(هـ|ه|م)" + _END)
_NUMERIC_DATE = re.compile(
    r"(?<![\d./-])(?:(\d{1,2})([/.-])(\d{1,2})\2(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\d./-])"
)
_TIME = re.compile(r"(?<![\d:.])([01]?\d|2[0-4]):([0-5]\d)(?![\d:])(?:\s*(ص|م)" + _END + ")?")
_DAYPART = {"ص": "صباحًا", "م": "مساءً"}
MINUTE = Noun("دقيقة", "دقيقتان", "دقائق", "دقيقة", feminine=True)


def dual_months(text: str) -> str:
    return _DUAL_MONTH.sub(r"\1 \2", text)


def _after_from(month: str) -> str:
    """ذو الحجة after من is ذي الحجة."""
    return month.replace("ذو ", "ذي ")


def _year(digits: str | None, era: str | None) -> str:
    if not digits:
        return ""
    words = f" {cardinal(int(digits), oblique=True)}"
    return words + (f" {_ERA[era]}" if era else "")


def _day_month(match: re.Match[str]) -> str:
    day, month, year, era = match.groups()
    if not 1 <= int(day) <= 31:
        return match.group(0)
    oblique = is_oblique(match.string[: match.start()])
    return f"{ordinal(int(day), oblique=oblique)} من {_after_from(month)}{_year(year, era)}"


def day_month_year(text: str) -> str:
    text = _DAY_MONTH.sub(_day_month, text)
    text = _MONTH_YEAR.sub(lambda m: f"{m.group(1)}{_year(m.group(2), m.group(3))}", text)
    return _YEAR_ERA.sub(lambda m: _year(m.group(1), m.group(2)).strip(), text)


def _numeric_date(match: re.Match[str]) -> str:
    day, _, month, year, iso_year, iso_month, iso_day = match.groups()
    if iso_year:
        day, month, year = iso_day, iso_month, iso_year
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return match.group(0)
    oblique = is_oblique(match.string[: match.start()])
    return f"{ordinal(int(day), oblique=oblique)} من {GREGORIAN[int(month) - 1]}{_year(year, None)}"


def numeric_dates(text: str) -> str:
    """24/6/2025, 24.06.2025 and 2025-06-24."""
    return _NUMERIC_DATE.sub(_numeric_date, text)


def _time(match: re.Match[str]) -> str:
    hour, minute, daypart = int(match.group(1)), int(match.group(2)), match.group(3)
    hour = hour or 24
    words = "الواحدة" if hour == 1 else ordinal(hour, feminine=True, oblique=True)
    if minute == 15:
        words += " والربع"
    elif minute == 30:
        words += " والنصف"
    elif minute:
        words += f" و{counted(minute, MINUTE)}"
    return words + (f" {_DAYPART[daypart]}" if daypart else "")


def times(text: str) -> str:
    """11:06 → الحادية عشرة وست دقائق; 9:30 م → التاسعة والنصف مساءً."""
    return _TIME.sub(_time, text)
