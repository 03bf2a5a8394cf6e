"""What the offline engine receives, for the kinds a judge found after round 4 (own
sentences; the models' outputs are given, so the rules are tested without them)."""

from __future__ import annotations

import pytest

from briefing.speech.tashkeel import nisba_adverb, only_marks, pausal_forms


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("يَوْمِيًا", "يَوْمِيًّا"),
        ("وَشَهْرِيًا", "وَشَهْرِيًّا"),
        ("حَالِيًا", "حَالِيًّا"),
        ("مَدَنِيًا", "مَدَنِيًّا"),
        ("مِيلَادِيًا", "مِيلَادِيًّا"),
        ("مَحَلِّيًا", "مَحَلِّيًّا"),
        ("نِهَائِيًا", "نِهَائِيًّا"),
        # ... the ي of a participle or a verbal noun of a defective verb is single
        ("دَاعِيًا", "دَاعِيًا"),
        ("ثَانِيًا", "ثَانِيًا"),
        ("مُبْدِيًا", "مُبْدِيًا"),
        ("مُتَحَدِّيًا", "مُتَحَدِّيًا"),
        ("تَحَدِّيًا", "تَحَدِّيًا"),
        # ... and a name with no tanween, or a plural in ايا, is no adverb
        ("كِينِيَا", "كِينِيَا"),
        ("ضَحَايَا", "ضَحَايَا"),
    ],
)
def test_a_nisba_adverb_doubles_its_ya(model: str, expected: str) -> None:
    assert nisba_adverb(model) == expected


def test_the_adverb_is_doubled_in_a_sentence_and_paused_with_its_shadda() -> None:
    vowelled = only_marks(
        "يعمل المخبز يوميا", "يَعْمَلُ الْمَخْبَزُ يَوْمِيًا", checks=["يَعْمَلُ الْمَخْبَزُ يَوْمِيًا"] * 2
    )
    assert vowelled == "يَعْمَلُ الْمَخْبَزُ يَوْمِيًّا"
    assert pausal_forms(vowelled) == "يَعْمَلُ الْمَخْبَزُ يَوْمِيّا"
