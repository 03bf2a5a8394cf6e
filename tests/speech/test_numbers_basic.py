from __future__ import annotations

import pytest

from briefing.speech.numbers import cardinal, digits_one_by_one

CASES = [
    (0, "صفر"),
    (1, "واحد"),
    (2, "اثنان"),
    (10, "عشرة"),
    (11, "أحد عشر"),
    (12, "اثنا عشر"),
    (21, "واحد وعشرون"),
    (100, "مئة"),
    (200, "مئتان"),
    (305, "ثلاثمئة وخمسة"),
    (1000, "ألف"),
    (1500, "ألف وخمسمئة"),
    (2000, "ألفان"),
    (3000, "ثلاثة آلاف"),
    (11000, "أحد عشر ألفًا"),
    (100000, "مئة ألف"),
    (2025, "ألفان وخمسة وعشرون"),
    (1_000_000, "مليون"),
    (2_500_000, "مليونان وخمسمئة ألف"),
    (12_000_000_000, "اثنا عشر مليارًا"),
    (-3, "سالب ثلاثة"),
]


@pytest.mark.parametrize(("number", "words"), CASES)
def test_cardinal(number: int, words: str) -> None:
    assert cardinal(number) == words


def test_beyond_the_largest_quantity_digits_are_read_one_by_one() -> None:
    assert cardinal(10**12) == "واحد " + " ".join(["صفر"] * 12)


def test_digit_by_digit() -> None:
    assert digits_one_by_one("0501") == "صفر خمسة صفر واحد"
