"""Case endings dropped before pauses (pausal forms), for the offline engine."""

from __future__ import annotations

import pytest

from briefing.speech.tashkeel import pausal_forms, without_case_endings


@pytest.mark.parametrize(
    ("vowelled", "paused"),
    [
        ("قَالَ الْوَزِيرُ", "قَالَ الْوَزِير"),  # the end of the text is a pause
        ("الْمَشْرُوعُ كَبِيرٌ، وَاسِعٌ", "الْمَشْرُوعُ كَبِير، وَاسِع"),  # so is a comma
        ("اشْتَرَى كِتَابًا.", "اشْتَرَى كِتَابا."),  # tanween on alef: the alef stays
        ("وَصَلَتِ الطَّائِرَةُ؟", "وَصَلَتِ الطَّائِرَة؟"),
        ("قَالَ إِنَّ", "قَالَ إِنّ"),  # a final shadda stays, only its vowel goes
        ("«نَعَمْ»", "«نَعَم»"),  # a final sukun reads the same as none
    ],
)
def test_pausal_forms(vowelled: str, paused: str) -> None:
    assert pausal_forms(vowelled) == paused


def test_without_case_endings_pauses_every_word() -> None:
    assert without_case_endings("قَالَ الْوَزِيرُ إِنَّ") == "قَال الْوَزِير إِنّ"
