"""Speakable text for the kinds a judge found on unseen news after round 7 (own sentences):
emergency lines, an article set apart from its number, the ordinal after للمرة, a clock time
with its minutes' noun written, dates with slashes around a month's name or a spaced dash,
a season's years joined by a tatweel, Greenwich time, the Maghreb's match notation."""

from __future__ import annotations

import pytest

from briefing.speech import speakable

CASES = [
    # Emergency lines: dialled after على، رقم، وهو and in a list of brackets
    ("للإبلاغ عن الحريق اتصلوا فورا على 998", "للإبلاغ عن الحريق اتصلوا فورا على تسعة تسعة ثمانية"),
    ("يمكن طلب الشرطة على رقم 911 مجانا", "يمكن طلب الشرطة على رقم تسعة واحد واحد مجانا"),
    (
        "خصصت البلدية رقما موحدا وهو 137 للشكاوى",
        "خصصت البلدية رقما موحدا وهو واحد ثلاثة سبعة للشكاوى",
    ),
    (
        "ومن الأرقام المهمة (112) و(997) و(999)",
        "ومن الأرقام المهمة، واحد واحد اثنان، وتسعة تسعة سبعة، وتسعة تسعة تسعة،",
    ),
    # ... never a count, a vote or a year
    ("حصل المرشح على 998 صوتا", "حصل المرشح على تسعمئة وثمانية وتسعين صوتا"),
    ("قتل 112 شخصا في الفيضانات", "قتل مئة واثني عشر شخصا في الفيضانات"),
    ("بلغ عدد المشاركين 150، وهو رقم قياسي", "بلغ عدد المشاركين مئة وخمسين، وهو رقم قياسي"),
    # The article written apart from its number, with or without a tatweel
    ("احتل المنتخب المركز ال 14 عالميا", "احتل المنتخب المركز الرابع عشر عالميا"),
    ("جاء في المرتبة ال 6", "جاء في المرتبة السادسة"),
    ("تنتهي المهلة في الـ 20 من الشهر الجاري", "تنتهي المهلة في العشرين من الشهر الجاري"),
    ("اعتبارا من الـ 28 من ديسمبر", "اعتبارا من الثامن والعشرين من ديسمبر"),
    ("خلال ال 72 ساعة المقبلة", "خلال الاثنتين والسبعين ساعة المقبلة"),
    # The ordinal after للمرة
    ("يفوز النادي بالكأس للمرة 11 في تاريخه", "يفوز النادي بالكأس للمرة الحادية عشرة في تاريخه"),
    ("ارتفعت الأسعار للمرة 4 هذا العام", "ارتفعت الأسعار للمرة الرابعة هذا العام"),
    # A clock time with its minutes' noun written after it: said once
    ("أقلعت الطائرة في حدود 6:35 دقيقة", "أقلعت الطائرة في حدود السادسة وخمس وثلاثين دقيقة"),
    # A day, the month's name and the year between slashes; a dashed date spaced on one side
    (
        "صدر القرار يوم 14 / شعبان / 1446 هـ",
        "صدر القرار يوم الرابع عشر من شعبان ألف وأربعمئة وستة وأربعين للهجرة",
    ),
    (
        "ويمتد العقد حتى 3-11- 1447هـ",
        "ويمتد العقد حتى الثالث من ذي القعدة ألف وأربعمئة وسبعة وأربعين للهجرة",
    ),
    # ... while a spaced score stays a score
    ("فاز الفريق 3 - 1 على ضيفه", "فاز الفريق ثلاثة مقابل واحد على ضيفه"),
    # A season's two years joined by a tatweel
    (
        "تألق اللاعب في موسم 2021ـ 2022",
        "تألق اللاعب في موسم ألفين وواحد وعشرين، ألفين واثنين وعشرين",
    ),
    # Greenwich time, and the Maghreb's match notation
    ("تبدأ المباراة عند الساعة 19:00 ت.غ", "تبدأ المباراة عند الساعة التاسعة عشرة بتوقيت غرينتش"),
    (
        "أحرز المهاجم هدف الفوز (د 71 ض ج)",
        "أحرز المهاجم هدف الفوز في الدقيقة الحادية والسبعين من ضربة جزاء",
    ),
    ("وعادل البديل النتيجة (د 38)", "وعادل البديل النتيجة في الدقيقة الثامنة والثلاثين"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_news_round_eight(text: str, expected: str) -> None:
    assert speakable(text) == expected
