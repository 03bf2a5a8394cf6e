"""Times of day as a newsreader says them: the hour as a feminine ordinal (الساعة), the
minutes counted: 11:06 → الحادية عشرة وست دقائق; 9:30 م → التاسعة والنصف مساءً; الساعة 7
مساءً → الساعة السابعة مساءً."""

from __future__ import annotations

import re

from briefing.speech.context import is_oblique
from briefing.speech.numbers import Noun, counted, ordinal
from briefing.text import GLUE

MINUTE = Noun("دقيقة", "دقيقتان", "دقائق", "دقيقة", feminine=True)
_END = r"(?![\w])"
# The abbreviations after a time (11:30 ص، 9 م) and the words for the part of the day.
_DAYPART_MARKS = {"ص": "صباحًا", "م": "مساءً"}
_DAYPART_WORDS = (
    r"(?:صباح|مساء|ظهر|عصر|فجر|ليل)(?:ًا|اً|ا|ً|اء)?"
    r"|(?:ال|بعد ال|قبل ال)(?:صباح|مساء|ظهر|عصر|فجر|ليل)"
)
_MARK = r"(?:\s*(?P<mark>ص|م)" + _END + ")?"
_HOUR = r"(?P<hour>[01]?\d|2[0-4])"
_MINUTE = r"(?P<minute>[0-5]\d)"
# 11:06, 23:59; the hour may stand alone when a word says it is one (الساعة 7، 7 مساءً).
_CLOCK = re.compile(rf"(?<![\d:.,]){_HOUR}:{_MINUTE}(?![\d:])" + _MARK)
_AFTER_HOUR_WORD = re.compile(
    rf"(?<=الساعة )(?:ال{GLUE}?\s*)?{_HOUR}(?:[.:]{_MINUTE})?(?![\d:.,]|[.,]\d)" + _MARK
)
_BEFORE_DAYPART = re.compile(
    rf"(?<![\d:.,]){_HOUR}(?:[.:]{_MINUTE})?(?=\s+(?:{_DAYPART_WORDS}){_END})"
)


def clock_time(hour: int, minute: int = 0, oblique: bool = True) -> str:
    """The hour as a feminine ordinal (الواحدة for one), its minutes counted after و."""
    hour = hour or 24
    words = "الواحدة" if hour == 1 else ordinal(hour, feminine=True, oblique=True)
    if minute == 15:
        return words + " والربع"
    if minute == 30:
        return words + " والنصف"
    if minute:
        return words + f" و{counted(minute, MINUTE, oblique)}"
    return words


def _read(match: re.Match[str]) -> str:
    found = match.groupdict()
    hour, minute, daypart = int(found["hour"]), int(found["minute"] or 0), found.get("mark")
    if hour == 0 and found["minute"] is None:
        return match.group(0)  # "الساعة 0" is no time anyone says
    words = clock_time(hour, minute, is_oblique(match.string[: match.start()]))
    return words + (f" {_DAYPART_MARKS[daypart]}" if daypart else "")


def times(text: str) -> str:
    """11:06, 9:30 م, الساعة 7, الساعة 8.30 مساء, 7 مساءً: times of day in words."""
    text = _CLOCK.sub(_read, text)
    text = _AFTER_HOUR_WORD.sub(_read, text)
    return _BEFORE_DAYPART.sub(_read, text)
