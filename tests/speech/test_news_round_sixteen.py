"""Speakable text for the kinds two judges of a new speech set found (own sentences): a clock's
minutes after its colon are no list item; a decimal comma before four digits or more; a
season's second year by two digits; a dash between two whole dates; an accusative's alef on a
listed feminine; hectares; the Maghreb's أورو in a rate; a list of three-decimal measures."""

from __future__ import annotations

import pytest

from briefing.speech import speakable

CASES = [
    # A clock in brackets: its minutes after the colon are not a list's ordinal
    (
        "انطلقت الرحلة عند الساعة (06:25) بتوقيت مكة",
        "انطلقت الرحلة عند الساعة، السادسة وخمس وعشرين دقيقة، بتوقيت مكة",
    ),
    ("يفتح المتحف من (9:30) صباحا", "يفتح المتحف من، التاسعة والنصف، صباحا"),
    ("وأهم المطالب: 1- رفع الأجور", "وأهم المطالب: أولًا، رفع الأجور"),
    # A comma before four digits or more with no noun it counts is a decimal comma
    (
        "ارتفع الجنيه من 1,2471 إلى 1,2503 أمس",
        "ارتفع الجنيه من واحد فاصلة ألفين وأربعمئة وواحد وسبعين"
        " إلى واحد فاصلة ألفين وخمسمئة وثلاثة أمس",
    ),
    # ... before a noun it counts it is still a misplaced separator
    ("أصيب 1,2345 شخصا", "أصيب اثنا عشر ألفًا وثلاثمئة وخمسة وأربعون شخصا"),
    # A season's second year by its last two digits
    (
        "توج بلقب الدوري في موسم 2015/16 مع ناديه",
        "توج بلقب الدوري في موسم ألفين وخمسة عشر، ألفين وستة عشر مع ناديه",
    ),
    # ... but two digits that do not follow the year are left as written
    ("سجل الفريق 2015/25", "سجل الفريق ألفين وخمسة عشر خمسة وعشرين"),
    # A dash between two whole dates is إلى, or و after بين
    (
        "يقام المعرض (12 مارس - 20 أبريل) في العاصمة",
        "يقام المعرض، من الثاني عشر من مارس إلى العشرين من أبريل، في العاصمة",
    ),
    ("تمتد الدورة بين 3 ماي - 8 يونيو", "تمتد الدورة بين الثالث من ماي والثامن من يونيو"),
    # A listed feminine with its accusative alef (دارًا), hectares masculine
    ("شاركت 1035 دارًا في المعرض", "شاركت ألف وخمس وثلاثون دارًا في المعرض"),
    ("زرع المزارعون 8 هكتارات", "زرع المزارعون ثمانية هكتارات"),
    # A rate against the Maghreb's أورو keeps its three decimals
    (
        "بلغ سعر الصرف أمس 3.285 دينار للأورو",
        "بلغ سعر الصرف أمس ثلاثة فاصلة مئتين وخمسة وثمانين دينار للأورو",
    ),
    (
        "سجل الدينار 3.285 دينار للأورو الواحد",
        "سجل الدينار ثلاثة فاصلة مئتين وخمسة وثمانين دينار للأورو الواحد",
    ),
    # An amount inside a list of three-decimal measures, its own unit left out
    (
        "حجزت الجمارك 2.415 كلغ ذهب و1.060 فضة و3.275 كلغ نحاس",
        "حجزت الجمارك اثنين فاصلة أربعمئة وخمسة عشر كيلوغرام ذهب وواحدة فاصلة صفر ستين فضة "
        "وثلاثة فاصلة مئتين وخمسة وسبعين كيلوغرام نحاس",
    ),
    # ... and not one at the list's end, nor a whole thousand
    (
        "حجزت الجمارك 2.415 كلغ ذهب و1.060 حبة",
        "حجزت الجمارك اثنين فاصلة أربعمئة وخمسة عشر كيلوغرام ذهب وألف وستين حبة",
    ),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_round_sixteen(text: str, spoken: str) -> None:
    assert speakable(text) == spoken
