"""Speakable text for the kinds the judges found on unseen news after round 12 (own
sentences): a time of day to the second, a military time and a range of times; codes to
dial; the dual of a unit written out; a fuel's grade; the second of two years; dots and a
comma in one number; a year in each calendar."""

from __future__ import annotations

import pytest

from briefing.speech import speakable

CASES = [
    # 1. A time of day to the second after آخر تحديث or الساعة, or before a time zone
    (
        "آخر تحديث 14:05:33 بتوقيت غرينتش",
        "آخر تحديث الرابعة عشرة وخمس دقائق وثلاث وثلاثين ثانية بتوقيت غرينتش",
    ),
    ("تحديث: 09:12:45", "تحديث: التاسعة واثنتا عشرة دقيقة وخمس وأربعون ثانية"),
    ("هبطت الطائرة 23:10:00 بتوقيت مكة", "هبطت الطائرة الثالثة والعشرين وعشر دقائق بتوقيت مكة"),
    # ... while a race's time is still a duration
    ("أنهى السباق في 2:05:30", "أنهى السباق في ساعتين وخمس دقائق وثلاثين ثانية"),
    # A military time, where a word says it is a time; bare, it stays digit by digit
    ("تبدأ الجلسة الساعة 0830 صباحا", "تبدأ الجلسة الساعة الثامنة والنصف صباحا"),
    ("أقلعت الرحلة 1400 بتوقيت غرينتش", "أقلعت الرحلة الرابعة عشرة بتوقيت غرينتش"),
    ("يصل القطار 0615 مساء", "يصل القطار السادسة والربع مساء"),
    ("سجلت الشحنة برمز 0830", "سجلت الشحنة برمز صفر ثمانية ثلاثة صفر"),
    ("وصل عام 1998 بتوقيت", "وصل عام ألف وتسعمئة وثمانية وتسعين بتوقيت"),
    # A range of times: its إلى said (or و after بين), من added when missing
    ("تفتح المكاتب من 9:00-17:00 يوميا", "تفتح المكاتب من التاسعة إلى السابعة عشرة يوميا"),
    ("الدوام 8:30 - 14:30", "الدوام من الثامنة والنصف إلى الرابعة عشرة والنصف"),
    ("يتوقف البث بين 1:00-3:00", "يتوقف البث بين الواحدة والثالثة"),
    # 10. A year in each calendar is a pair, not a range
    (
        "صدر في عام 2022-1443 كتاب",
        "صدر في عام ألفين واثنين وعشرين، ألف وأربعمئة وثلاثة وأربعين كتاب",
    ),
    (
        "في 2024-1446هـ بدأ",
        "في ألفين وأربعة وعشرين، ألف وأربعمئة وستة وأربعين للهجرة بدأ",
    ),
    ("العام الدراسي 1445/2024", "العام الدراسي ألف وأربعمئة وخمسة وأربعين، ألفين وأربعة وعشرين"),
    # ... but two counts that happen to fit stay a range
    ("سجلت من 1440-2020 حالة", "سجلت من ألف وأربعمئة وأربعين إلى ألفين وعشرين حالة"),
    # 2. Codes to dial: a USSD code and a country's code digit by digit
    ("يمكن طلب #567* للاشتراك", "يمكن طلب خمسة ستة سبعة للاشتراك"),
    ("أرسل الكود *123# لمعرفة الرصيد", "أرسل الكود واحد اثنان ثلاثة لمعرفة الرصيد"),
    ("اطلب *100*5# للتعبئة", "اطلب واحد صفر صفر، خمسة للتعبئة"),
    ("مفتاح الأردن الدولي +962", "مفتاح الأردن الدولي زائد تسعة ستة اثنان"),
    ("الرمز (+20) لمصر", "الرمز، زائد اثنان صفر، لمصر"),
    ("رمز السعودية 00966", "رمز السعودية صفر صفر تسعة ستة ستة"),
    # ... while a plus before a rise is a rise, and a word after # a hashtag
    ("ارتفع المؤشر +3 نقاط", "ارتفع المؤشر زائد ثلاث نقاط"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_news_round_thirteen(text: str, expected: str) -> None:
    assert speakable(text) == expected
