"""What the offline engine receives, for a kind a judge of a fifth new speech set found (own
sentence; the models' output is given, so it runs without them): وَدَعَا (and called), not the
dual's farewell the models may give it."""

from __future__ import annotations

import pytest

from tests.speech.agreed import agreed


@pytest.mark.parametrize(
    ("source", "model", "expected"),
    [
        ("ودعا المجلس إلى الحوار", "وَدَّعَا الْمَجْلِسُ إِلَى الْحِوَارِ", "وَدَعَا الْمَجْلِس إِلَى الْحِوَار"),
    ],
)  # fmt: skip
def test_engine_round_nineteen(source: str, model: str, expected: str) -> None:
    assert agreed(source, model) == expected
