"""Speakable text for the kinds the judges of a sixth new speech set found (own sentences): a
tatweel between two numbers is their dash; a forecast's highs and lows are a range, in the
degrees' gender; a comma before a scale word is a decimal; a rank after الـ and a rank's
adverb goes on the ranking before it; gold's karat is masculine; a currency glued to the next
word; a stray point before a decimal; hours about a spaced colon."""

from __future__ import annotations

import pytest

from briefing.speech import speakable

CASES = [
    ("فاز الفريق على ضيفه 2ـ1 مساء أمس", "فاز الفريق على ضيفه اثنين مقابل واحد مساء أمس"),
    ("موسم 2024ـ 2025", "موسم ألفين وأربعة وعشرين، ألفين وخمسة وعشرين"),
    # the day's high and low: a range that goes down, in degrees (درجة), said or not
    ("تتراوح درجات الحرارة بين 31 - 19 درجة مئوية، وفي الجبال 22 - 11.",
     "تتراوح درجات الحرارة بين إحدى وثلاثين وتسع عشرة درجة مئوية، وفي الجبال من اثنتين"
     " وعشرين إلى إحدى عشرة."),
    # ... and a result stays a result
    ("فاز الفريق 3 - 1 رغم الحرارة المرتفعة", "فاز الفريق ثلاثة مقابل واحد رغم الحرارة المرتفعة"),
    # a comma and three digits before a scale word: a decimal, as with a point
    ("بلغ عدد السكان 45,320 مليون نسمة",
     "بلغ عدد السكان خمسة وأربعين مليونًا وثلاثمئة وعشرين ألف نسمة"),
    ("بلغ الإنتاج 1,250 طنا", "بلغ الإنتاج ألف ومئتين وخمسين طنا"),
    # a rank's adverb after الـ: the ranking a rank noun before it named
    ("حلت الجامعة في المرتبة الثانية عربيا والـ 40 عالميا",
     "حلت الجامعة في المرتبة الثانية عربيا والأربعين عالميا"),
    ("جاء المنتخب في المركز الأول قاريا والـ 12 دوليا",
     "جاء المنتخب في المركز الأول قاريا والثاني عشر دوليا"),
    ("خلال الأيام الخمسة والـ 7 الأخيرة", "خلال الأيام الخمسة والسبع الأخيرة"),
    # gold's karat, alone or in a list, is masculine whatever follows
    ("سعر الذهب عيار 21 لغايات البيع", "سعر الذهب عيار واحد وعشرين لغايات البيع"),
    ("سعر الذهب عياري 24 و18 لغايات الشراء",
     "سعر الذهب عياري أربعة وعشرين وثمانية عشر لغايات الشراء"),
    # a currency glued to the next word by a lost space
    ("بلغ السعر 42.5 دينارلجهة البيع", "بلغ السعر اثنين وأربعين فاصلة خمسة دينار لجهة البيع"),
    # a stray point before a decimal
    ("ارتفع السعر إلى .38.4 دينارا", "ارتفع السعر إلى ثمانية وثلاثين فاصلة أربعة دينارا"),
    # after الساعة, a spaced colon: an hour and its minutes, or a range of whole hours
    ("ضباب من الساعة 3 : 8 صباحا", "ضباب من الساعة الثالثة إلى الثامنة صباحا"),
    ("يبدأ العرض الساعة 9 : 15 مساء", "يبدأ العرض الساعة التاسعة والربع مساء"),
    # two hours before the part of the day: a range of times, unless a match's result
    ("تفتح المكاتب من 8 - 2 ظهرا", "تفتح المكاتب من الثامنة إلى الثانية ظهرا"),
    ("الزيارة من الساعة 4-6 مساء", "الزيارة من الساعة الرابعة إلى السادسة مساء"),
    ("فاز الفريق على ضيفه 2-1 مساء أمس", "فاز الفريق على ضيفه اثنين مقابل واحد مساء أمس"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_round_twenty(text: str, spoken: str) -> None:
    assert speakable(text) == spoken
