"""The marks written on Arabic letters (tashkeel), one definition for every reader that
looks through them: the numbers' context, the repeated amounts, the article, the tashkeel."""

from __future__ import annotations

import re

MARKS = "\u064b-\u0652\u0670"  # tanween, short vowels, shadda, sukun, dagger alef
MARK = re.compile(f"[{MARKS}]")

# Each mark by name, for the readers that tell one from another.
FATHATAN, DAMMATAN, KASRATAN = "\u064b", "\u064c", "\u064d"
FATHA, DAMMA, KASRA, SHADDA, SUKUN = "\u064e", "\u064f", "\u0650", "\u0651", "\u0652"
TANWEEN = frozenset((FATHATAN, DAMMATAN, KASRATAN))


def strip_marks(text: str) -> str:
    return MARK.sub("", text)
