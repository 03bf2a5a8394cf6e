"""The shared text facts: every stage strips the same invisible characters and knows the
same month names."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("text", "sentences"),
    [  # a stop after a space, glued to the next sentence's first word (set R1 kind L2)
        (
            "بات يفكر في ترك منصبه .وأوضح أن لقاء سينظم.",
            ["بات يفكر في ترك منصبه .", "وأوضح أن لقاء سينظم."],
        ),
        ("وصل الوفد صباح اليوم !ثم غادر.", ["وصل الوفد صباح اليوم !", "ثم غادر."]),
        # an initial after a space, and a decimal, stay inside the sentence
        ("قال د .منى إن الخطة جاهزة.", ["قال د .منى إن الخطة جاهزة."]),
        ("بلغ النمو 3 .5 في المئة.", ["بلغ النمو 3 .5 في المئة."]),
    ],
)
def test_a_stop_after_a_space_glued_to_the_next_word_ends_a_sentence(
    text: str, sentences: list[str]
) -> None:
    assert split_sentences(text) == sentences


def test_arabic_is_letters_for_ingest_and_segment_alike(tmp_path) -> None:
    """An article whose only Arabic was digits passed ingest, lost every line in segment, and
    the build exited 2 blaming the engine ("silence ... for ''")."""
    from briefing.text import has_arabic
    from tests.cli_runner import invoke
    from tests.conftest import tone_edge

    assert has_arabic("قال") and not has_arabic("١٢٣ ٤٥٦ ، ؟")
    digits = tmp_path / "digits.txt"
    digits.write_text("١٢٣ ٤٥٦\n٧٨٩ ٠١٢ ٣٤٥\n", encoding="utf-8")
    result = invoke("build", digits, "-o", tmp_path / "out", obj=tone_edge())
    assert result.exit_code == 1
    assert result.stderr == f"briefing: error: {digits}: no Arabic text found\n"


@pytest.mark.parametrize(
    ("text", "sentences"),
    [  # a Latin letter's name ends a sentence when one opens after it on و or ف
        (
            "أطلقت الشركة شبكة بتقنية فايف جي. وقالت إن الخدمة مجانية.",
            ["أطلقت الشركة شبكة بتقنية فايف جي.", "وقالت إن الخدمة مجانية."],
        ),
        (
            "عرض المصنع سيارة الطراز إكس. فاجتذبت الزوار.",
            ["عرض المصنع سيارة الطراز إكس.", "فاجتذبت الزوار."],
        ),
        # ... and stays an initial before a name, a W-name too, or another letter
        ("قال جورج دبليو. بوش إن الحرب انتهت.", ["قال جورج دبليو. بوش إن الحرب انتهت."]),
        ("قال مايكل جي. ويلسون إن الخطة جاهزة.", ["قال مايكل جي. ويلسون إن الخطة جاهزة."]),
        ("بثت بي. بي. سي. التقرير.", ["بثت بي. بي. سي. التقرير."]),
    ],
)
def test_a_letter_names_stop_ends_a_sentence_only_before_one(
    text: str, sentences: list[str]
) -> None:
    assert split_sentences(text) == sentences
