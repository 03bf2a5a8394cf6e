"""An amount written in words and then again in digits, in parentheses: said once.

Contracts, fines and official notices spell a sum and repeat it in figures ("غرامة قدرها
خمسمئة دينار (500)", "ثلاثة آلاف (3000) طالب"); read aloud, the figures would say it twice.
The figures go only when the words just before them (a noun of up to two words between)
spell exactly that number; any other number in parentheses is read as written.
"""

from __future__ import annotations

import re
from itertools import product

from briefing.speech.context import counted_noun, next_word, previous_word
from briefing.speech.marks import strip_marks
from briefing.speech.numbers import cardinal, round_before_noun
from briefing.speech.ordinals import NUMBERED

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


# "(5) أشخاص", "بلغت الخسائر (300) مليون", "المادة (3) من": a number in brackets before what
# it counts, or after a noun that numbers things, is read as if unbracketed (the brackets were
# read as two pauses around a number that lost its noun: أصيب، خمسة، أشخاص). Any other
# stays an aside (خمسمئة دينار (600) للمحامي), and "(2020-2025)", "(5 أشخاص)" are other shapes.
_BRACKETED_NUMBER = re.compile(r"(\s*)\(\s*(\d+(?:[.,]\d+)*)\s*\)")

_NEXT_BRACKET = re.compile(r"\s*(?:و|أو)\s*\(\s*\d")


def bracketed_numbers(text: str) -> str:
    """'(5) أشخاص' → '5 أشخاص', 'المادة (3)' → 'المادة 3'."""

    def unbracketed(match: re.Match[str]) -> str:
        space, number = match.groups()
        before, after = match.string[: match.start()], match.string[match.end() :]
        if _NEXT_BRACKET.match(after):
            return match.group(0)  # (112) و(997): a list of bracketed numbers, no count
        noun = counted_noun(after)
        counts = bool(noun) and not noun.startswith(("ال", "لل", "بال", "وال"))
        counts = counts or next_word(after) == "من"  # (5) من المصابين: a part of them
        numbers = previous_word(before).removeprefix("و").removeprefix("ب") in NUMBERED
        if not (counts or numbers):
            return match.group(0)
        lead = space or (" " if before and not before[-1].isspace() else "")
        tail = " " if after and not after[0].isspace() else ""
        return f"{lead}{number}{tail}"

    return _BRACKETED_NUMBER.sub(unbracketed, text)
