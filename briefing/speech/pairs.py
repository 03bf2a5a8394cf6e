"""Two numbers joined by a dash or a slash: a score, a range, a range of percentages.

"4-2" after تغلب is a score (أربعة مقابل اثنين), "10-15 شخصا" a range (من عشرة إلى خمسة
عشر), "2020-2025" years: the words before the pair decide, not the digits alone.
"""

from __future__ import annotations

import re

from briefing.speech.cleanup import prefix_before
from briefing.speech.context import counted_noun, is_feminine, is_oblique, previous_word
from briefing.speech.lexicon import Lexicon
from briefing.speech.quantities import NUMBER, plain

_SIGN = "[%٪]"
# 20-30%, 20% - 30%, %20-30, ٪20–30: the sign may stand before or after either number.
_PERCENT_RANGE = re.compile(
    rf"(?<![\d.])(?:{_SIGN}\s*)?({NUMBER})\s*{_SIGN}?\s*[-–]\s*(?:{_SIGN}\s*)?({NUMBER})\s*{_SIGN}"
    rf"|{_SIGN}\s*({NUMBER})\s*[-–]\s*({NUMBER})(?![\d.])"
)
_PERCENT = re.compile(rf"{_SIGN}\s*({NUMBER})|({NUMBER})\s*{_SIGN}")
_GOALS = r"(?:\d{1,2}|صفر)"
_PAIR = re.compile(rf"(?<![\d.:/])({_GOALS})\s*([-–/])\s*({_GOALS})(?![\d:/]|\.\d)")
_RANGE = re.compile(rf"(?<![\d./:])({NUMBER})\s*[-–]\s*({NUMBER})(?![\d./:])")
# Words that make a pair of small numbers a result: the verbs of a match and its nouns.
_MATCH_WORDS = frozenset(("فاز", "يفوز", "تفوز", "فوز", "الفوز", "تغلب", "يتغلب", "تتغلب",
                          "خسر", "يخسر", "تخسر", "خسارة", "الخسارة", "هزم", "يهزم", "هزيمة",
                          "تعادل", "يتعادل", "التعادل", "سحق", "اكتسح", "أسقط", "تفوق",
                          "بنتيجة", "النتيجة", "نتيجة", "بهدف", "بهدفين", "أهداف", "الشوط",
                          "المباراة", "مباراة", "مباراته", "مباراتها", "اللقاء", "لقاء",
                          "ودية", "الودية", "النهائي", "نهائي", "الديربي", "ضربات",
                          "الترجيح"))  # fmt: skip
_PREPOSITIONS = frozenset(("من", "إلى", "الى", "في", "على", "عن", "حتى", "نحو", "حوالي"))
_SENTENCE_END = re.compile(r"[.!؟?\n]")
_CONTEXT_WORDS = 10


def _sentence_before(text: str, start: int) -> list[str]:
    before = _SENTENCE_END.split(text[:start])[-1]
    return before.split()[-_CONTEXT_WORDS:]


def _about_a_match(text: str, start: int) -> bool:
    words = _sentence_before(text, start)
    return any(word.strip("،,:«»\"") in _MATCH_WORDS or
               word.strip("،,:«»\"").removeprefix("و").removeprefix("ف") in _MATCH_WORDS
               for word in words)  # fmt: skip


def _range_words(low: str, high: str, before: str, feminine: bool = False) -> str:
    """من … إلى …; … و… after بين (بين 2015-2020, بين عامي 2015-2020); … إلى … after a
    preposition (إلى ست إلى ثماني ساعات) or after من itself."""
    word = previous_word(before)
    two_back = previous_word(before.rstrip()[: before.rstrip().rfind(" ") + 1])
    low_words, high_words = plain(low, True, feminine), plain(high, True, feminine)
    if "بين" in (word.removeprefix("و"), two_back.removeprefix("و")):
        return f"{low_words} و{high_words}"
    if word.removeprefix("و") in _PREPOSITIONS or prefix_before(before):
        return f"{low_words} إلى {high_words}"
    return f"من {low_words} إلى {high_words}"


def percentages(text: str) -> str:
    """Always the number, then بالمئة: %35, ٪8, 35%, and ranges 20-30%."""

    def percent_range(match: re.Match[str]) -> str:
        low, high = (match.group(1), match.group(2)) if match.group(1) else match.groups()[2:]
        return f"{_range_words(low, high, match.string[: match.start()])} بالمئة"

    def percent(match: re.Match[str]) -> str:
        oblique = is_oblique(match.string[: match.start()])
        return f"{plain(match.group(1) or match.group(2), oblique)} بالمئة"

    return _PERCENT.sub(percent, _PERCENT_RANGE.sub(percent_range, text))


def _goals(number: str) -> str:
    return "0" if number == "صفر" else number


def scores(text: str) -> str:
    """A result, أربعة مقابل اثنين: two small numbers after the words of a match (فاز، تعادل،
    بنتيجة…), or a dash pair that cannot be a range because it does not go up (3 - 1, 0-0)."""

    def read(match: re.Match[str]) -> str:
        first, mark, second = match.groups()
        home, away = int(_goals(first)), int(_goals(second))
        about_a_match = _about_a_match(match.string, match.start())
        if not about_a_match and (mark == "/" or home < away):
            return match.group(0)  # a range, a date, a fraction: read elsewhere
        oblique = is_oblique(match.string[: match.start()])
        return f"{plain(str(home), oblique)} مقابل {plain(str(away), True)}"

    return _PAIR.sub(read, text)


def ranges(text: str, lexicon: Lexicon) -> str:
    """10-15 شخصا → من عشرة إلى خمسة عشر شخصا; the counted noun gives the gender."""

    def read(match: re.Match[str]) -> str:
        noun = counted_noun(match.string[match.end() :])
        feminine = bool(noun) and "." not in match.group(0) and is_feminine(noun, lexicon)
        before = match.string[: match.start()]
        return _range_words(match.group(1), match.group(2), before, feminine)

    return _RANGE.sub(read, text)
