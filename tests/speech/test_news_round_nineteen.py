"""Speakable text for the kinds a judge of a fifth new speech set found (own sentences): a
count after a weekday is no day of the month; a slash between two small numbers that make no
written fraction is read as said (على), not as two bare numbers."""

from __future__ import annotations

import pytest

from briefing.speech import speakable

CASES = [
    # Any indefinite word after the number makes it a count, listed plural or not.
    ("افتتح المحافظ يوم الاثنين 5 مصانع للنسيج", "افتتح المحافظ يوم الاثنين خمسة مصانع للنسيج"),
    ("وزار الوفد الخميس 3 دول", "وزار الوفد الخميس ثلاث دول"),
    ("وصل يوم السبت 20 لاعبا", "وصل يوم السبت عشرين لاعبا"),
    # ... a date's own words, a stop or a preposition keep it the day of the month.
    ("وذلك يوم الأحد 16 الماضي", "وذلك يوم الأحد السادس عشر الماضي"),
    ("عقد اللقاء الخميس 9 في مقر البلدية", "عقد اللقاء الخميس التاسع في مقر البلدية"),
    ("يبدأ التسجيل الثلاثاء 14، ويستمر أسبوعا", "يبدأ التسجيل الثلاثاء الرابع عشر، ويستمر أسبوعا"),
    # A slash: a reduced fraction is a fraction, anything else a tally or a result.
    ("وانتهت المواجهة 3/3.", "وانتهت المواجهة ثلاثة على ثلاثة."),
    ("سجل المهاجم 2/4 من محاولاته", "سجل المهاجم اثنان على أربعة من محاولاته"),
    ("أنجزت الشركة 3/4 الأعمال", "أنجزت الشركة ثلاثة أرباع الأعمال"),
    ("بلغت نسبة الإشغال 1/2.", "بلغت نسبة الإشغال نصف."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_round_nineteen(text: str, spoken: str) -> None:
    assert speakable(text) == spoken
