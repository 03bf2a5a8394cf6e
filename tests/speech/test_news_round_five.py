"""Speakable text for the kinds a judge found on unseen news after round 4 (own sentences):
service numbers dialled, the Arabic comma in numbers, dates, abbreviations and units, لـ
before a quoted name, codes, names with a hyphen, glued names, percent after hundreds."""

from __future__ import annotations

import pytest

from briefing.speech import speakable

SERVICE_NUMBERS = [
    ("للإبلاغ عن الحريق اتصلوا بالدفاع المدني على 998",
     "للإبلاغ عن الحريق اتصلوا بالدفاع المدني على تسعة تسعة ثمانية"),
    ("خصصت البلدية الخط الساخن 155 لتلقي الشكاوى",
     "خصصت البلدية الخط الساخن واحد خمسة خمسة لتلقي الشكاوى"),
    ("رقم الطوارئ 911 يعمل على مدار الساعة", "رقم الطوارئ تسعة واحد واحد يعمل على مدار الساعة"),
    ("أرقام الطوارئ 911 و999 متاحة للجميع",
     "أرقام الطوارئ تسعة واحد واحد وتسعة تسعة تسعة متاحة للجميع"),
    ("اتصل المواطن بالنجدة 122 فور وقوع الحادث",
     "اتصل المواطن بالنجدة واحد اثنان اثنان فور وقوع الحادث"),
    ("اتصلوا بالدفاع المدني على 19020", "اتصلوا بالدفاع المدني على واحد تسعة صفر اثنان صفر"),
    # ... a count after the line stays a count, and so does a number the call does not reach
    ("تلقى الخط الساخن 350 مكالمة أمس", "تلقى الخط الساخن ثلاثمئة وخمسين مكالمة أمس"),
    ("تلقت غرفة الطوارئ 120 بلاغا خلال يوم", "تلقت غرفة الطوارئ مئة وعشرين بلاغا خلال يوم"),
    ("اتصل الوزير بنظيره وبحثا 120 ملفا", "اتصل الوزير بنظيره وبحثا مئة وعشرين ملفا"),
    ("نقلت سيارات الإسعاف 150 مصابا إلى المستشفى",
     "نقلت سيارات الإسعاف مئة وخمسين مصابا إلى المستشفى"),
    ("بلغ عدد الإصابات 998 إصابة", "بلغ عدد الإصابات تسعمئة وثماني وتسعين إصابة"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SERVICE_NUMBERS)
def test_round_five(text: str, expected: str) -> None:
    assert speakable(text) == expected
