"""Diacritics for engines that cannot guess Arabic short vowels (espeak-ng)."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.text import split_sentences

# The int8 model is bundled with text2tashkeel (no download) and fast on a CPU.
MODEL = "rawi-v2-int8"
_MARKS = re.compile("[\u064b-\u0652]")


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
        mine if _MARKS.search(mine) else theirs
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


# A word's last vowel marks (shadda stays: it doubles a consonant, it is no case ending).
_FINAL_VOWELS = re.compile("[\u064b-\u0650\u0652]*(\u0651?)[\u064b-\u0650\u0652]*$")
_TANWEEN_ALEF = re.compile("\u064bا$|ا\u064b$")  # كتابًا: paused, the tanween goes, the alef stays
_PAUSE = re.compile(r"^(.*?)([،,.؛;:!?؟…»\"”)]+)$")


def _paused(word: str) -> str:
    if _TANWEEN_ALEF.search(word):
        return _TANWEEN_ALEF.sub("ا", word)
    return _FINAL_VOWELS.sub(r"\1", word, count=1)


def _case_endings_dropped(text: str, everywhere: bool) -> str:
    words = text.split(" ")
    out = []
    for index, token in enumerate(words):
        match = _PAUSE.match(token)
        word, mark = (match.group(1), match.group(2)) if match else (token, "")
        if everywhere or mark or index == len(words) - 1:
            word = _paused(word)
        out.append(word + mark)
    return " ".join(out)


def pausal_forms(text: str) -> str:
    """Newsreaders' pausal forms: no case ending on the last word before a pause
    (punctuation or the end), as in الوزيرْ، for الوزيرُ،."""
    return _case_endings_dropped(text, everywhere=False)


def without_case_endings(text: str) -> str:
    """No case ending on any word (every word read as if before a pause)."""
    return _case_endings_dropped(text, everywhere=True)
