"""An amount written in words and then again in digits, in parentheses: said once.

Contracts, fines and official notices spell a sum and repeat it in figures ("غرامة قدرها
خمسمئة دينار (500)", "ثلاثة آلاف (3000) طالب"); read aloud, the figures would say it twice.
The figures go only when the words just before them (a noun of up to two words between)
spell exactly that number; any other number in parentheses is read as written.
"""

from __future__ import annotations

import re
from itertools import product

from briefing.speech.marks import strip_marks
from briefing.speech.numbers import cardinal, round_before_noun

# (500), (3,000 دينار) or (500 ألف): digits, and a scale word or a noun after them.
_FIGURES = re.compile(r"\s*\(\s*(\d+)(?:\s+([\u0621-\u064a]+))?\s*\)")
_HAMZA_ALEF = str.maketrans("أإآ", "ااا")
_SCALE_VALUES = {"ألف": 10**3, "مليون": 10**6, "مليار": 10**9}
_NOUN_WORDS = 2  # دينار، دولار أمريكي: the noun of the amount may stand between


def _plain(words: str) -> str:
    """Spellings compared as a reader hears them: مائة is مئة, و is joined, no marks."""
    words = strip_marks(words).translate(_HAMZA_ALEF).replace("مائة", "مئة")
    return " ".join(re.sub(r"(?<!\S)و\s+", "و", words).split())


def _spellings(n: int) -> set[str]:
    """The ways news writes `n` in words: either gender, either case, in construct."""
    genders_and_cases = product((False, True), repeat=2)
    forms = {cardinal(n, feminine, oblique) for feminine, oblique in genders_and_cases}
    forms |= {form for oblique in (False, True) if (form := round_before_noun(n, oblique))}
    forms |= {form[:-1] for form in forms if form.endswith(("تين", "تان", "ين", "ان"))}
    return {_plain(form) for form in forms}


def _noun_after_words(before: str, n: int) -> list[str] | None:
    """The noun words between the spelled `n` that `before` ends on and the figures ([] for
    none); None when `before` does not end on `n` in words."""
    words = _plain(before).split()
    spellings = _spellings(n)
    longest = max(len(form.split()) for form in spellings)
    for skipped in range(_NOUN_WORDS + 1):
        end = len(words) - skipped
        starts = range(max(0, end - longest), end)
        if any(" ".join(words[start:end]) in spellings for start in starts):
            return words[end:]
    return None


def repeated_amounts(text: str) -> str:
    """'خمسمئة دينار (500)' → 'خمسمئة دينار': the figures after their own words go, and
    with them a scale word or the amount's noun repeated inside (25 ألف، 2000 دينار)."""

    def read(match: re.Match[str]) -> str:
        digits, word = match.groups()
        scale = _SCALE_VALUES.get(word or "")
        nouns = _noun_after_words(match.string[: match.start()], int(digits) * (scale or 1))
        if nouns is None or (word and not scale and _plain(word) not in nouns):
            return match.group(0)
        return ""

    return _FIGURES.sub(read, text)
