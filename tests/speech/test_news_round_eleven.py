"""Speakable text for the kinds the judges found on unseen news after round 10 (own
sentences): a Levantine month typed without its article, a range of days after ما بين,
the Maghreb's abbreviations of the hour and minutes, a reference's number and its year
joined by a slash, and three words glued into one."""

from __future__ import annotations

import pytest

from briefing.speech import speakable

CASES = [
    # 1. A day before a Levantine month of two words written without its article
    ("افتتح المعرض في 3 تشرين أول الماضي", "افتتح المعرض في الثالث من تشرين الأول الماضي"),
    ("ولد في 15 كانون اول 1980", "ولد في الخامس عشر من كانون الأول ألف وتسعمئة وثمانين"),
    (
        "تنتهي المهلة في 30 تشرين ثاني / نوفمبر 2025",
        "تنتهي المهلة في الثلاثين من تشرين الثاني نوفمبر ألفين وخمسة وعشرين",
    ),
    ("عاد الوفد يوم 2 كانون ثاني/يناير", "عاد الوفد يوم الثاني من كانون الثاني يناير"),
    ("تمتد الدورة من 4 إلى 9 تشرين أول", "تمتد الدورة من الرابع إلى التاسع من تشرين الأول"),
    # ... the months with their article and their pairs stay as they were
    ("وصل في 7 آذار 2024", "وصل في السابع من آذار ألفين وأربعة وعشرين"),
    ("في 12 أيار/مايو المقبل", "في الثاني عشر من أيار مايو المقبل"),
    ("في 4 ربيع أول", "في الرابع من ربيع الأول"),
    # 2. A range of days after ما بين or بين: no من of its own
    ("تنظم الدورة ما بين 3 إلى 5 ماي", "تنظم الدورة ما بين الثالث إلى الخامس من ماي"),
    ("تقام الأيام بين 10 الى 14 نيسان", "تقام الأيام بين العاشر إلى الرابع عشر من نيسان"),
    # ... which a range without one still gets
    ("تتواصل الحملة 6 - 11 آب", "تتواصل الحملة من السادس إلى الحادي عشر من آب"),
    # 3. سا for the hour and د for its minutes
    ("يبدأ البث على الساعة 14سا و05د", "يبدأ البث على الساعة الرابعة عشرة وخمس دقائق"),
    ("تنطلق القافلة على الساعة 9 سا و 20 د", "تنطلق القافلة على الساعة التاسعة وعشرين دقيقة"),
    ("يفتح المكتب على الساعة 8سا", "يفتح المكتب على الساعة الثامنة"),
    ("وصل القطار على 11سا15د صباحا", "وصل القطار على الحادية عشرة والربع صباحا"),
    # 4. A reference's number and its year joined by a slash: لسنة between them
    ("صدر القانون رقم 17 /2019 أمس", "صدر القانون رقم سبعة عشر لسنة ألفين وتسعة عشر أمس"),
    ("بموجب المرسوم رقم 45/2021", "بموجب المرسوم رقم خمسة وأربعين لسنة ألفين وواحد وعشرين"),
    ("في الدعوى رقم (8) / 2023", "في الدعوى رقم ثمانية لسنة ألفين وثلاثة وعشرين"),
    ("وبرقم 9/2024 صدر التعميم", "وبرقم تسعة لسنة ألفين وأربعة وعشرين صدر التعميم"),
    # ... a fraction stays a fraction
    ("حصل على 1/2 الأصوات", "حصل على نصف الأصوات"),
    # 5. Three words glued into one: each ة inside ends a word
    ("زار الولاياتالمتحدةالأمريكية", "زار الولايات المتحدة الأمريكية"),
    ("وصل إلى المملكةالعربيةالسعودية", "وصل إلى المملكة العربية السعودية"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_news_round_eleven(text: str, expected: str) -> None:
    assert speakable(text) == expected
