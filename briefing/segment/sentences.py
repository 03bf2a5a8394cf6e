"""An Arabic-aware sentence splitter."""

from __future__ import annotations

import re

# A sentence ends at . ! ? ؟ (possibly followed by a closing quote) when a space follows.
_BOUNDARY = re.compile(r"(?<=[.!?؟])[”»\"]?\s+")
# A short run of letters before a single period is an initial or abbreviation
# ("لورا إيه. كولانجيلو", "J. Smith"), not the end of a sentence.
_INITIAL = re.compile(r"(?:^|\s)[^\s\d.]{1,3}\.$")


def split_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _INITIAL.search(text[start : match.start()]):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences
