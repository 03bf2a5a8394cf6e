"""Cut speakable text into pieces an engine accepts, at natural boundaries."""

from __future__ import annotations

import re

# Strongest boundary first: sentence ends, then clause marks, then any space.
_BOUNDARIES = (r"(?<=[.!?؟])\s+", r"(?<=[؛;:])\s+", r"(?<=[،,])\s+", r"\s+")


def chunk(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters (a single longer word stays whole)."""
    text = text.strip()
    if len(text) <= limit:
        return [text] if text else []
    return _split(text, limit, 0)


def _split(text: str, limit: int, level: int) -> list[str]:
    if len(text) <= limit or level == len(_BOUNDARIES):
        return [text]
    pieces: list[str] = []
    current = ""
    for part in re.split(_BOUNDARIES[level], text):
        candidate = f"{current} {part}" if current else part
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        if len(part) <= limit:
            current = part
        else:
            pieces.extend(_split(part, limit, level + 1))
            current = ""
    if current:
        pieces.append(current)
    return pieces
