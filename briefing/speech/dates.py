"""Dates and times as said aloud: الرابع والعشرين من يونيو حزيران ألفين وخمسة وعشرين."""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefing.speech.context import after_year_word, is_oblique
from briefing.speech.lexicon import Lexicon
from briefing.speech.numbers import Noun, cardinal, counted, ordinal
from briefing.text import GREGORIAN, HIJRI, LEVANTINE, MAGHREB
from briefing.text import GREGORIAN_VARIANTS as _VARIANTS

_MONTH_NAMES = sorted({*GREGORIAN, *_VARIANTS, *LEVANTINE, *MAGHREB, *HIJRI}, key=len, reverse=True)
_MONTH = "(?:" + "|".join(map(re.escape, _MONTH_NAMES)) + ")"
_SOLAR = "(?:" + "|".join(map(re.escape, sorted({*GREGORIAN, *_VARIANTS, *LEVANTINE, *MAGHREB},
                                                 key=len, reverse=True))) + ")"  # fmt: skip
_END = r"(?![\w])"
# "يونيو/حزيران", "يونيو / حزيران", "آب (أغسطس)", "آب - أغسطس": both names, no symbol.
_DUAL_MONTH = re.compile(rf"({_SOLAR})\s*(?:/|\(|-|–)\s*({_SOLAR})(?:\s*\))?")
# The mark after a year (هـ، م): read through the lexicon's [abbreviations.after_year].
_ERA_MARK = r"(?:\s*([\u0621-\u064a]{1,2})" + _END + ")?"
_DAY_MONTH = re.compile(rf"(?<![\d.])(\d{{1,2}})\s+({_MONTH}(?:\s+{_SOLAR})?)"
                        rf"(?:\s*[,،]?\s+(\d{{3,4}}){_ERA_MARK})?{_END}")  # fmt: skip
# "17 - 23 شوال", "من 5 إلى 9 مايو": a range of days before its month.
_DAY_RANGE = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\s*([-–]|إلى|حتى|و\ue000?)\s*(?=\d{{1,2}}\s+{_MONTH}{_END})"
)
_MONTH_YEAR = re.compile(rf"({_MONTH})\s+(\d{{3,4}}){_ERA_MARK}(?![\d.])")
_YEAR_ERA = re.compile(r"(?<![\d.])(\d{3,4})\s*([\u0621-\u064a]{1,2})" + _END)
# "م" is also metres (400 م): after a bare number it is the era only when a word before
# says a year is meant (عام 1420 م، منذ 1990 م).
_METRES = "م"
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


def _day_range(match: re.Match[str]) -> str:
    day = ordinal(int(match.group(1)), oblique=True)
    if match.group(2).startswith("و"):  # 19 و20 مايو
        return f"{day} و"
    lead = "" if match.string[: match.start()].rstrip().endswith("من") else "من "
    return f"{lead}{day} إلى "


def _year_era(match: re.Match[str], eras: Mapping[str, str]) -> str:
    digits, era = match.groups()
    year_meant = after_year_word(match.string[: match.start()])
    if era not in eras or (era == _METRES and not year_meant):
        return match.group(0)
    return _year(digits, era, eras).strip()


def day_month_year(text: str, lexicon: Lexicon) -> str:
    eras = lexicon.eras
    text = _DAY_RANGE.sub(_day_range, text)
    text = _DAY_MONTH.sub(lambda m: _day_month(m, eras), text)
    text = _MONTH_YEAR.sub(lambda m: f"{m.group(1)}{_year(m.group(2), m.group(3), eras)}", text)
    return _YEAR_ERA.sub(lambda m: _year_era(m, eras), text)


def _numeric_date(match: re.Match[str]) -> str:
    day, _, month, year, iso_year, iso_month, iso_day = match.groups()
    if iso_year:
        day, month, year = iso_day, iso_month, iso_year
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return match.group(0)
    oblique = is_oblique(match.string[: match.start()])
    month_name = GREGORIAN[int(month) - 1]
    return f"{ordinal(int(day), oblique=oblique)} من {month_name}{_year(year, None, {})}"


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
