"""Speakable text for the kinds the judges found on unseen news after round 13 (own
sentences): the number before a broken plural of a feminine singular that no list holds."""

from __future__ import annotations

import pytest

from briefing.speech import speakable

CASES = [
    # A broken plural of the shape فعائل is a feminine singular's (هزيمة → هزائم): the
    # number takes the masculine form, before it and after a glued preposition alike
    ("مني الفريق بـ5 هزائم", "مني الفريق بخمس هزائم"),
    ("تعرض الفريق لـ8 هزائم متتالية", "تعرض الفريق لثماني هزائم متتالية"),
    ("وقعت 3 مصائب في أسبوع", "وقعت ثلاث مصائب في أسبوع"),
    # ... while a masculine singular's plural keeps the feminine form
    ("حقق الفريق 3 انتصارات", "حقق الفريق ثلاثة انتصارات"),
    ("غاب 7 أسابيع", "غاب سبعة أسابيع"),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_round_fourteen(text: str, spoken: str) -> None:
    assert speakable(text) == spoken
