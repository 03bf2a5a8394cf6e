"""Word lists written as one string of space-separated words, as Arabic reads best."""

from __future__ import annotations


def word_list(text: str) -> list[str]:
    return text.split()
