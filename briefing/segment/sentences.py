"""An Arabic-aware sentence splitter."""

from __future__ import annotations

import re

# A sentence ends at . ! ? ؟ (possibly followed by a closing quote) when a space follows.
_BOUNDARY = re.compile(r"(?<=[.!?؟])[”»\"]?\s+")
# A single letter, or a Latin letter's Arabic name, before a period is an initial
# ("لورا إيه. كولانجيلو", "د. منى", "J. Smith"), not the end of a sentence.
_LETTER_NAMES = "إيه|بي|سي|دي|إي|إف|جي|إتش|آي|جيه|كيه|إل|إم|أو|كيو|آر|إس|تي|يو|إكس|واي|زد|د|م|أ"
_INITIAL = re.compile(rf"(?:^|[\s.])(?:[^\s\d.]|{_LETTER_NAMES})\.$")


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
