"""The marks written on Arabic letters (tashkeel), one definition for every reader that
looks through them: the numbers' context, the repeated amounts, the article, the tashkeel."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

MARKS = "\u064b-\u0652\u0670"  # tanween, short vowels, shadda, sukun, dagger alef
MARK = re.compile(f"[{MARKS}]")

# Each mark by name, for the readers that tell one from another.
FATHATAN, DAMMATAN, KASRATAN = "\u064b", "\u064c", "\u064d"
FATHA, DAMMA, KASRA, SHADDA, SUKUN = "\u064e", "\u064f", "\u0650", "\u0651", "\u0652"
TANWEEN = frozenset((FATHATAN, DAMMATAN, KASRATAN))


def strip_marks(text: str) -> str:
    return MARK.sub("", text)


_LETTER_AND_MARKS = re.compile(f"([^{MARKS}])([{MARKS}]*)")


def mark_units(text: str) -> list[tuple[str, str]]:
    """Each base character of `text` (letter, space, sign) with the marks written after it."""
    return _LETTER_AND_MARKS.findall(text)


def letter_units(word: str) -> list[list[str]]:
    """The same as [letter, marks] pairs that a reader may change in place."""
    return [[letter, marks] for letter, marks in mark_units(word)]


def joined(units: Iterable[Sequence[str]]) -> str:
    """The text of `mark_units` or `letter_units`, put back together."""
    return "".join(letter + marks for letter, marks in units)
