"""Speakable text for the kinds the judges of two new speech sets found (own sentences): a
count after a weekday is no day of the month; a slash between two small numbers that make no
written fraction is read as said (على); a number at a sentence's end is read as it is inside
one; a scorer's minutes in brackets; a possessed rank behind a preposition; units of measure
however spelt; a comma in an amount of a currency that trades in thousands; initials."""

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

# The stop after a number hid it from the readers that look past it for a decimal.
SENTENCE_END = [
    ("حل الفريق في المركز 4.", "حل الفريق في المركز الرابع."),
    ("أحرز هدفه في الدقيقة 31.", "أحرز هدفه في الدقيقة الحادية والثلاثين."),
    ("صدر القرار في 12/5/2024.", "صدر القرار في الثاني عشر من مايو ألفين وأربعة وعشرين."),
    ("وتقام المباراة يوم 9/4.", "وتقام المباراة يوم التاسع من أبريل."),
    ("وسجل الثاني في الدقيقة 45+2.",
     "وسجل الثاني في الدقيقة الثانية من الوقت بدل الضائع للشوط الأول."),
    ("تبلغ مساحتها 30 كم2.", "تبلغ مساحتها ثلاثين كيلومترًا مربعًا."),
    ("وتراجع التضخم بنسبة 3ر2.", "وتراجع التضخم بنسبة اثنين فاصلة ثلاثة."),
    ("وتعقد الجلسة الخميس 18.", "وتعقد الجلسة الخميس الثامن عشر."),
    # ... while a decimal after the stop is still one number
    ("في المركز 2.5 نقطة", "في المركز اثنتين فاصلة خمسة نقطة"),
]  # fmt: skip

# A scorer's minutes in brackets, in a sentence about goals or a match; a count in brackets
# after a place stays a count.
MINUTES = [
    ("وسجل الهدف الأول نادر سليم (17).", "وسجل الهدف الأول نادر سليم في الدقيقة السابعة عشرة."),
    ("وأحرز هدفي الفريق رامي (8 و66).",
     "وأحرز هدفي الفريق رامي في الدقيقتين الثامنة والسادسة والستين."),
    ("وأضاف الثالث زميله في الدقيقة (70).", "وأضاف الثالث زميله في الدقيقة السبعين."),
    ("حقق هاتريك شادي (5، 41 و89).",
     "حقق هاتريك شادي في الدقائق الخامسة والحادية والأربعين والتاسعة والثمانين."),
    ("سجلت الوزارة حالات في حمص (14) وحلب (9).",
     "سجلت الوزارة حالات في حمص أربعة عشر وحلب، تسعة."),
    ("وسجل للفريق باسم (40).", "وسجل للفريق باسم، أربعين."),
]  # fmt: skip

OTHERS = [
    # a rank noun with its pronoun behind a preposition, the word after it no counted noun
    ("يحتفل المهرجان بدورته ال30 بمشاركة واسعة", "يحتفل المهرجان بدورته الثلاثين بمشاركة واسعة"),
    ("تحتفي الجائزة بنسختها ال11 بحضور الوزير", "تحتفي الجائزة بنسختها الحادية عشرة بحضور الوزير"),
    # units of measure as pages spell them are masculine
    ("وقع الحادث على بعد 6 كيلوميترات من القرية", "وقع الحادث على بعد ستة كيلوميترات من القرية"),
    ("بلغت الأمطار 7 ميليمترات", "بلغت الأمطار سبعة ميليمترات"),
    # a currency that trades in thousands to the dollar: the comma groups thousands
    ("وبلغ سعر الدولار أمام الدينار العراقي 148,500 دينار",
     "وبلغ سعر الدولار أمام الدينار العراقي مئة وثمانية وأربعين ألفًا وخمسمئة دينار"),
    ("وارتفع الدولار إلى 3,250 دينار أردني",
     "وارتفع الدولار إلى ثلاثة فاصلة مئتين وخمسين دينار أردني"),
    # initials spelt by their letters' names; a listed chain and a currency's letters are theirs
    ("وأدين المتهمان “ر.ك” و“ف.ص.ع”", "وأدين المتهمان راء كاف وفاء صاد عين"),
    ("وقدم المخرج ح. ن. السالم فيلمه", "وقدم المخرج حاء نون السالم فيلمه"),
    ("وحاضر أ.د. كمال يونس", "وحاضر الأستاذ الدكتور كمال يونس"),
    ("بلغ الراتب 900 د.ك", "بلغ الراتب تسعمئة دينار"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spoken"), SENTENCE_END + MINUTES + OTHERS)
def test_kinds_of_two_sets(text: str, spoken: str) -> None:
    assert speakable(text) == spoken


def test_a_scorers_verb_makes_a_minute_in_a_sports_story_only() -> None:
    text = "وسجل للفريق باسم (40)."
    assert speakable(text, category="رياضة") == "وسجل للفريق باسم في الدقيقة الأربعين."


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_round_nineteen(text: str, spoken: str) -> None:
    assert speakable(text) == spoken
