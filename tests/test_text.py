"""The shared text facts: every stage strips the same invisible characters and knows the
same month names."""

from __future__ import annotations

from briefing.ingest.text import clean_line
from briefing.segment.structure import is_dateline
from briefing.speech.cleanup import strip_invisible
from briefing.text import split_sentences

ARABIC_LETTER_MARK = "\u061c"


def test_ingest_and_speech_strip_the_same_invisible_characters() -> None:
    text = f"قال{ARABIC_LETTER_MARK} الوزير\u200f اليوم\u2067"
    assert strip_invisible(text) == clean_line(text) == "قال الوزير اليوم"


def test_a_dateline_with_a_variant_month_spelling_is_recognised() -> None:
    assert is_dateline("القاهرة 24 يونيه 2025")
    assert not is_dateline("القاهرة تستضيف المؤتمر")


def test_the_sentence_splitter_keeps_initials_and_open_quotes() -> None:
    assert split_sentences("قال د. منى «انتهى. الأمر» اليوم. ثم غادر.") == [
        "قال د. منى «انتهى. الأمر» اليوم.",
        "ثم غادر.",
    ]
