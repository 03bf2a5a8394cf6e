"""Diacritics for engines that cannot guess Arabic short vowels (espeak-ng)."""

from __future__ import annotations

from functools import lru_cache

from briefing.text import TASHKEEL_MARK, split_sentences

# The int8 model is bundled with text2tashkeel (no download) and fast on a CPU.
MODEL = "rawi-v2-int8"


@lru_cache(maxsize=1)
def _diacritizer():  # type: ignore[no-untyped-def]
    from text2tashkeel import Diacritizer

    return Diacritizer(MODEL)


def keep_given_marks(source: str, diacritized: str) -> str:
    """Words that came vowelled (lexicon entries) keep their own marks, not the model's."""
    given, predicted = source.split(), diacritized.split()
    if len(given) != len(predicted):
        return diacritized
    return " ".join(
        mine if TASHKEEL_MARK.search(mine) else theirs
        for mine, theirs in zip(given, predicted, strict=True)
    )


def add_tashkeel(text: str) -> str:
    """Diacritize sentence by sentence (the model is trained on single sentences)."""
    if not text.strip():
        return text
    diacritize = _diacritizer()
    return " ".join(
        keep_given_marks(sentence, diacritize(sentence)) for sentence in split_sentences(text)
    )
