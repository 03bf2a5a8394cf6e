"""Speakable text for the kinds the judges found on unseen news after round 13 (own
sentences): the number before a broken plural of a feminine singular that no list holds; the
rank after a noun in ة that carries a pronoun."""

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
    # A noun in ة with a pronoun ("دورته", its ة written ت) ranks in the feminine
    ("افتتح المهرجان في دورته الـ25 أمس", "افتتح المهرجان في دورته الخامسة والعشرين أمس"),
    ("تقام البطولة في نسختها الـ12", "تقام البطولة في نسختها الثانية عشرة"),
    ("يخوض الفريق موسمه الـ3 في الدوري", "يخوض الفريق موسمه الثالث في الدوري"),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_round_fourteen(text: str, spoken: str) -> None:
    assert speakable(text) == spoken
