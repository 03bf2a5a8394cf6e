"""An Arabic-aware sentence splitter."""

from __future__ import annotations

import re

# A sentence ends at . ! ? ؟ (possibly followed by closing quotes) when a space follows.
# ".." and "..." are a pause inside a sentence in Arabic news, not its end.
_BOUNDARY = re.compile(r"(?<![.])(?:[.!?؟]|[!?؟]\.)(?![.])[”»\"')]*\s+")
# A single letter, or a Latin letter's Arabic name, before a period is an initial
# ("لورا إيه. كولانجيلو", "د. منى", "بي. بي", "J. Smith"), not the end of a sentence.
_LETTER_NAMES = "إيه|بي|سي|دي|إي|إف|جي|إتش|آي|جيه|كيه|إل|إم|أو|كيو|آر|إس|تي|يو|إكس|واي|زد|د|م|أ"
_INITIAL = re.compile(rf"(?:^|[\s.])[وفبل]?(?:[^\s\d.]|{_LETTER_NAMES})\.$")
_OPENERS = {"«": "»", "“": "”"}


def _inside_quote(text: str) -> bool:
    """Whether a « » or “ ” quotation is still open at the end of text."""
    depth = 0
    for char in text:
        if char in _OPENERS:
            depth += 1
        elif char in _OPENERS.values() and depth:
            depth -= 1
    return depth > 0


def split_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        piece = text[start : match.start() + 1]
        if _INITIAL.search(piece) or _inside_quote(text[start : match.start()]):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences
