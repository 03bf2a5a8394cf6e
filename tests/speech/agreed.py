"""What the offline engine receives when every diacritizer reads a sentence as `model`: the
shipped vowels table first, the checks agreeing (so the rules run without the models)."""

from __future__ import annotations

from briefing.speech import shipped_lexicon
from briefing.speech.tashkeel import only_marks


def agreed(source: str, model: str) -> str:
    return only_marks(source, model, shipped_lexicon().vowels, [model, model])
