"""What the offline engine receives, for kinds judges of two new speech sets found (own
sentences; the models' output is given, so it runs without them): وَدَعَا (and called), not the
dual's farewell the models may give it; الْمَسَاحَة as مَسَاحَة."""

from __future__ import annotations

import pytest

from tests.speech.agreed import agreed


@pytest.mark.parametrize(
    ("source", "model", "expected"),
    [
        ("ودعا المجلس إلى الحوار", "وَدَّعَا الْمَجْلِسُ إِلَى الْحِوَارِ", "وَدَعَا الْمَجْلِس إِلَى الْحِوَار"),
        # the area with its article, as without it (a judge of a sixth set heard المِساحة)
        ("زادت المساحة المزروعة", "زَادَتِ الْمِسَاحَةُ الْمَزْرُوعَةُ", "زَادَت الْمَسَاحَة الْمَزْرُوعَة"),
    ],
)  # fmt: skip
def test_engine_round_nineteen(source: str, model: str, expected: str) -> None:
    assert agreed(source, model) == expected
