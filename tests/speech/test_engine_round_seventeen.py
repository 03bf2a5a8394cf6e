"""What the offline engine receives, for the kinds the judges of two new speech sets found
(own sentences; the models' outputs are given, so it runs without them): no tanween of ours on
a counted word with a pronoun or before a definite word; the genitive of a counted حالة as
pages type it without the hamza; two news words the models misread."""

from __future__ import annotations

import pytest

from tests.speech.agreed import agreed


@pytest.mark.parametrize(
    ("source", "model", "expected"),
    [
        # A word with a pronoun after the tens is possessed, never what is counted
        ("قطع ستة عشر مسارها", "قَطَعَ سِتَّةَ عَشَرَ مَسَارَهَا", "قَطَع سِتَّةَ عَشَرَ مَسَارَهَا"),
        # ... nor one before a definite word: it is in construct with it
        ("رست عشرين قبالة الساحل", "رَسَتْ عِشْرِينَ قُبَالَةَ السَّاحِلِ",
         "رَسَت عِشْرِين قُبَالَة السَّاحِل"),
        # The genitive of a counted حالة without its hamza: the head in construct
        ("سجلت عشرين حالة اصابة", "سَجَّلَتْ عِشْرِينَ حَالَةَ اصَابَةٍ",
         "سجلت عِشْرِين حَالَةَ اصَابَةٍ"),
        # ... while a counted noun keeps our tanween
        ("سجلت عشرين شركة", "سَجَّلَتْ عِشْرِينَ شَرِكَةً", "سجلت عِشْرِين شَرِكَةً"),
        # Under (بِمُوجِبِ) and an area (مَسَاحَة), whatever the models say
        ("صدر بموجب القانون", "صَدَرَ بِمُوجَبِ الْقَانُونِ", "صَدَر بِمُوجِبِ الْقَانُون"),
        ("على مساحة واسعة", "عَلَى مِسَاحَةٍ وَاسِعَةٍ", "عَلَى مَسَاحَة وَاسِعَة"),
    ],
)  # fmt: skip
def test_engine_round_seventeen(source: str, model: str, expected: str) -> None:
    assert agreed(source, model) == expected
