"""Diacritics for engines that cannot guess Arabic short vowels (espeak-ng)."""

from __future__ import annotations

from functools import lru_cache

from briefing.segment.sentences import split_sentences

# The int8 model is bundled with text2tashkeel (no download) and fast on a CPU.
MODEL = "rawi-v2-int8"


@lru_cache(maxsize=1)
def _diacritizer():  # type: ignore[no-untyped-def]
    from text2tashkeel import Diacritizer

    return Diacritizer(MODEL)


def add_tashkeel(text: str) -> str:
    """Diacritize sentence by sentence (the model is trained on single sentences)."""
    if not text.strip():
        return text
    diacritize = _diacritizer()
    return " ".join(diacritize(sentence) for sentence in split_sentences(text))
