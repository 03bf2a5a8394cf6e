"""Speakable text for the kinds the judges found on unseen news after round 11 (own
sentences): a season's two years written the wrong way round, a range after الي, a later
score that starts with nought, a word stretched with tatweel and repeated letters, a comma-
grouped lira rate, an English ordinal date, a fraction sign after its own word, and the
number of a list whose counted noun is left out."""

from __future__ import annotations

import pytest

from briefing.speech import speakable

CASES = [
    # 1. A season's two years, mirrored by a right-to-left editor: still two years, a break
    ("في موسم 2021/2020 تراجع الفريق", "في موسم ألفين وواحد وعشرين، ألفين وعشرين تراجع الفريق"),
    ("خلال موسم 2016-2015 فاز باللقب", "خلال موسم ألفين وستة عشر، ألفين وخمسة عشر فاز باللقب"),
    # ... as the years in order already were; two years apart are no season
    ("في موسم 2020/2021 فاز", "في موسم ألفين وعشرين، ألفين وواحد وعشرين فاز"),
    ("بين عامي 2016-2015 تغير", "بين عامي ألفين وستة عشر وألفين وخمسة عشر تغير"),
    # 2. A range after الي (ya for alef maqsura) takes no من of its own
    ("يرتفع العجز الي 4-4.5 مليار", "يرتفع العجز الي أربعة إلى أربعة فاصلة خمسة مليار"),
    # 3. A later 0-N that counts nothing, once a result was read, is the same match's score
    (
        "فاز النادي 3-1 على ضيفه. وكان الضيف قد أنهى الشوط الأول 0-1 لصالحه",
        "فاز النادي ثلاثة مقابل واحد على ضيفه. وكان الضيف قد أنهى الشوط الأول صفر مقابل واحد"
        " لصالحه",
    ),
    ("عاد الفريق في النتيجة بعد تأخره 0-2", "عاد الفريق في النتيجة بعد تأخره صفر مقابل اثنين"),
    # ... but an age range after a result is still a range
    (
        "فاز النادي 3-1. وتقبل الأكاديمية الأطفال 0-9 سنوات",
        "فاز النادي ثلاثة مقابل واحد. وتقبل الأكاديمية الأطفال من صفر إلى تسع سنوات",
    ),
    # 4. A word stretched: tatweel with a stray space or hyphen between, a letter repeated
    ("أعلن النادي سفــ ـ-ررر المدرب", "أعلن النادي سفر المدرب"),
    ("كان الفوز رائعًااااا", "كان الفوز رائعًا"),
    ("أعلن عن نجـــ ـ-ااح الخطة", "أعلن عن نجاح الخطة"),
    # ... while a prefix written apart with its tatweel stays a prefix
    ("وقال لـ «الصحيفة» إنه", "وقال للصحيفة إنه"),
    # 5. A comma-grouped rate in lira to the dollar: thousands (the Levant's lira)
    ("بسعر صرف 14,750 ليرة للدولار", "بسعر صرف أربعة عشر ألفًا وسبعمئة وخمسين ليرة للدولار"),
    # ... not the Turkish lira's, a decimal as before
    (
        "بسعر صرف 34,250 ليرة تركية للدولار",
        "بسعر صرف أربع وثلاثين فاصلة مئتين وخمسين ليرة تركية للدولار",
    ),
    # 6. An English ordinal date, day first or month first
    ("صدر القرار في 5th, March 2023", "صدر القرار في الخامس من مارس ألفين وثلاثة وعشرين"),
    ("يبدأ المعرض يوم 21st, October", "يبدأ المعرض يوم الحادي والعشرين من أكتوبر"),
    ("أعلن في August 2nd, 2022 أنه", "أعلن في الثاني من أغسطس ألفين واثنين وعشرين أنه"),
    # ... but a capitalised month-like word with a bare number after it is no date
    ("May 4 times", "ميْ أربعة تايمزْ"),
    # 7. A fraction sign after its own word shows the figure: said once
    ("أنفق نصف ½ الميزانية", "أنفق نصف الميزانية"),
    ("تراجع بمقدار الثلث ⅓ تقريبا", "تراجع بمقدار الثلث تقريبا"),
    ("أضاف 3½ كيلو", "أضاف ثلاثة ونصف كيلو"),
    # 8. The number of a list whose noun is left out takes the gender of the listed noun
    (
        "منها 6 حوادث مرورية قاتلة و14 طفيفة",
        "منها ستة حوادث مرورية قاتلة وأربعة عشر طفيفة",
    ),
    # ... but a noun of its own after the number still decides
    ("منها 6 حوادث قاتلة و14 إصابة", "منها ستة حوادث قاتلة وأربع عشرة إصابة"),
    # The English part of the day after a time, in Arabic (it was spelled بي إم)
    ("يفتح المعرض من 9:00 AM إلى 5:00 PM", "يفتح المعرض من التاسعة صباحًا إلى الخامسة مساءً"),
    ("تنطلق المباراة 9pm بتوقيت مكة", "تنطلق المباراة التاسعة مساءً بتوقيت مكة"),
    ("الساعة 11 a.m. بتوقيت غرينتش", "الساعة الحادية عشرة صباحًا بتوقيت غرينتش"),
    # ... once only before an Arabic one, and never a name's letters without a time
    ("يبدأ البث 7:15 PM مساء الجمعة", "يبدأ البث السابعة والربع مساء الجمعة"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_news_round_twelve(text: str, expected: str) -> None:
    assert speakable(text) == expected
