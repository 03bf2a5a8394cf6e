"""Speakable text for the kinds a judge found on unseen news after round 6 (own sentences):
service lines without a call verb, a day with no month's name, the gender of a masculine
noun's plural in ات, a number in brackets, a clitic glued to Latin, a small count before a
preposition's phrase."""

from __future__ import annotations

import pytest

from briefing.speech import speakable
from briefing.speech.marks import strip_marks

SERVICE_LINES = [
    ("استحدثت الوزارة خدمة ألو 141 لتجديد الرخص",
     "استحدثت الوزارة خدمة ألو واحد أربعة واحد لتجديد الرخص"),
    ("ألو 300 لخدمة المواطنين", "ألو ثلاثة صفر صفر لخدمة المواطنين"),
    ("للاستفسار: 16500", "للاستفسار: واحد ستة خمسة صفر صفر"),
    ("رقم الخدمة: 1717 يعمل يوميا", "رقم الخدمة: واحد سبعة واحد سبعة يعمل يوميا"),
    ("الخط الساخن لوزارة الصحة العامة: 1787",
     "الخط الساخن لوزارة الصحة العامة: واحد سبعة ثمانية سبعة"),
    ("للاستفسارات يرجى الاتصال بخدمة العملاء 8008",
     "للاستفسارات يرجى الاتصال بخدمة العملاء ثمانية صفر صفر ثمانية"),
    # ... what a line received is still counted
    ("سجلت خدمة العملاء 1500 شكوى", "سجلت خدمة العملاء ألف وخمسمئة شكوى"),
    ("تلقى الخط الساخن 120 بلاغا", "تلقى الخط الساخن مئة وعشرين بلاغا"),
]  # fmt: skip

DAYS_WITHOUT_MONTH = [
    ("وتنطلق البطولة في 15 من الشهر الجاري", "وتنطلق البطولة في الخامس عشر من الشهر الجاري"),
    ("بدءا من 20 الجاري ستتغير الأسعار", "بدءا من العشرين الجاري ستتغير الأسعار"),
    ("حتى 28 من الشهر الماضي", "حتى الثامن والعشرين من الشهر الماضي"),
    ("وذلك يوم الخميس 9 من الشهر ذاته", "وذلك يوم الخميس التاسع من الشهر ذاته"),
    ("ينتهي التسجيل 31 من هذا الشهر", "ينتهي التسجيل الحادي والثلاثين من هذا الشهر"),
    ("وتعقد الجلسة الأحد 16 بحضور الوزراء", "وتعقد الجلسة الأحد السادس عشر بحضور الوزراء"),
    # ... a count after a weekday, or of the pupils, stays a count
    ("قتل يوم الجمعة 30 شخصا", "قتل يوم الجمعة ثلاثين شخصا"),
    ("قتل الخميس 5 أشخاص في الهجوم", "قتل الخميس خمسة أشخاص في الهجوم"),
    ("أعلن أن 15 من الطلاب نجحوا", "أعلن أن خمسة عشر من الطلاب نجحوا"),
]  # fmt: skip


@pytest.mark.parametrize(("written", "said"), [*SERVICE_LINES, *DAYS_WITHOUT_MONTH])
def test_round_seven(written: str, said: str) -> None:
    assert strip_marks(speakable(written)) == said
