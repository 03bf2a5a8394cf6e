"""What the offline engine receives, for the kinds the judges found after round 13 (own
sentences; the models' outputs are given, so it runs without them): a particle in alef after
a number is no counted noun."""

from __future__ import annotations

import pytest

from tests.speech.agreed import agreed


@pytest.mark.parametrize(
    ("source", "model", "expected"),
    [
        # A particle after the tens is no counted noun: no tanween of ours on it
        ("رفع القرار ثمانين بما فيها المدارس", "رَفَعَ الْقَرَارُ ثَمَانِينَ بِمَا فِيهَا الْمَدَارِسَ",
         "رَفَع الْقَرَار ثَمَانِين بِمَا فِيهَا الْمَدَارِس"),
        ("وصل عشرين كما قال الوزير", "وَصَلَ عِشْرِينَ كَمَا قَالَ الْوَزِيرُ",
         "وَصَل عِشْرِين كَمَا قَال الْوَزِير"),
        # ... while a counted noun keeps it
        ("شارك اثنان وعشرون لاعبا", "شَارَكَ اثْنَانِ وَعِشْرُونَ لَاعِبًا", "شَارَك اثْنَان وَعِشْرُون لَاعِبًا"),
    ],
)  # fmt: skip
def test_engine_round_fourteen(source: str, model: str, expected: str) -> None:
    assert agreed(source, model) == expected
