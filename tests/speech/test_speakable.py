from __future__ import annotations

import re

import pytest

from briefing.speech import speakable
from briefing.speech.chunks import chunk

DIGITS = re.compile(r"[0-9٠-٩۰-۹]")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أرسلت 1500 جندي", "أرسلت ألف وخمسمئة جندي"),
        ("عام ٢٠٢٥", "عام ألفين وخمسة وعشرين"),
        ("بنسبة %4.5", "بنسبة أربعة فاصلة خمسة بالمئة"),
        ("الأخـــبار", "الأخبار"),
        ("قال: “مرحبا”!!!", "قال: مرحبا!"),
        ("زوروا https://example.org/x الآن", "زوروا الآن"),
    ],
)
def test_speakable(text: str, expected: str) -> None:
    assert speakable(text) == expected


def test_no_digits_left() -> None:
    text = "في 12 مايو 2024 سجل 3 لاعبين 17 هدفا بنسبة 45% و ١٢٣ متابع"
    assert not DIGITS.search(speakable(text))


def test_chunks_respect_the_limit_and_words() -> None:
    text = speakable(
        "وقال الوزير إن الحكومة ستواصل العمل؟ وأضاف أن الخطة جاهزة؛ وستعلن قريبا، " * 5
    )
    pieces = chunk(text, 100)
    assert all(len(piece) <= 100 for piece in pieces)
    assert " ".join(pieces).split() == text.split()


def test_chunks_prefer_sentence_ends() -> None:
    pieces = chunk("جملة أولى قصيرة؟ جملة ثانية أطول قليلا من الأولى.", 30)
    assert pieces[0] == "جملة أولى قصيرة؟"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال الوزير “الوضع مستقر تماما في كل المناطق”.",
            "وقال الوزير، الوضع مستقر تماما في كل المناطق.",
        ),
        ("وأضاف «سنواصل العمل حتى آخر يوم من العام».", "وأضاف، سنواصل العمل حتى آخر يوم من العام."),
        (
            "وقال: «نحن مستعدون لكل الاحتمالات القادمة».",
            "وقال: نحن مستعدون لكل الاحتمالات القادمة.",
        ),
        ("افتتحت محطة “واحة الشمس” للطاقة.", "افتتحت محطة واحة الشمس للطاقة."),
        ("ونقلت وكالة «رويترز» عن مصادر مطلعة.", "ونقلت وكالة رويترز عن مصادر مطلعة."),
    ],
)
def test_a_pause_where_quoted_speech_opens_not_before_a_quoted_name(
    text: str, expected: str
) -> None:
    assert speakable(text) == expected
