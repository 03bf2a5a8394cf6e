"""Speakable text for the kinds two judges of a third new speech set found (own sentences): a
Latin letter typed into an Arabic word; a flight's capitalised letters; a part of a definite
plural; a gold coin's price; a clock typed without its colon; Tunisia's م د and أ د; a
currency sign after an amount in words; ألف mistyped آلف."""

from __future__ import annotations

import pytest

from briefing.speech import speakable

CASES = [
    # A Latin letter slipped into an Arabic word goes, or glues back the letter it cut off
    ("أعلنت الوزارة الخطة الدراسhية الجديدة", "أعلنت الوزارة الخطة الدراسية الجديدة"),
    ("خصصت الحكومة المبلغ للدعم الاجتماع hي", "خصصت الحكومة المبلغ للدعم الاجتماعي"),
    # ... but a Latin letter standing for itself is read
    ("شاهد الجمهور فيلم X الجديد", "شاهد الجمهور فيلم إِكْسْ الجديد"),
    # A flight's two letters, capitalised as pages type them, are spelled
    ("أقلعت الرحلة Sv123 من جدة", "أقلعت الرحلة إِسْ فِي مئة وثلاثة وعشرين من جدة"),
    # A part of a definite plural takes its gender
    ("ارتفعت أسهم 134 من الشركات المدرجة", "ارتفعت أسهم مئة وأربع وثلاثين من الشركات المدرجة"),
    ("تأهلت 25 من اللاعبات", "تأهلت خمس وعشرين من اللاعبات"),
    ("تأهل 25 من اللاعبين", "تأهل خمسة وعشرون من اللاعبين"),
    # A gold coin is priced in thousands of its currency, not at a rate
    (
        "استقر سعر الجنيه الذهب عند 38,560 جنيه أمس",
        "استقر سعر الجنيه الذهب عند ثمانية وثلاثين ألفًا وخمسمئة وستين جنيه أمس",
    ),
    # An hour and its minutes typed without the colon, after الساعة and before the daypart
    ("يبدأ العرض الساعة 845 مساء", "يبدأ العرض الساعة الثامنة وخمس وأربعين دقيقة مساء"),
    ("قطع الساعة 845 كيلومترا", "قطع الساعة ثمانمئة وخمسة وأربعين كيلومترا"),
    # Tunisia's million and thousand dinars in two letters
    ("بلغ العجز 3215 م د هذا العام", "بلغ العجز ثلاثة آلاف ومئتين وخمسة عشر مليون دينار هذا العام"),
    ("بكلفة 250 أ د", "بكلفة مئتين وخمسين ألف دينار"),
    ("ركض 400 م دون توقف", "ركض أربعمئة متر دون توقف"),
    # A currency sign after an amount in words, and ألف mistyped آلف
    (
        "أصبح 100 دولار يساوي مليون وثلاثمئة ألف ل.س.",
        "أصبح مئة دولار يساوي مليون وثلاثمئة ألف ليرة.",
    ),
    ("تجاوز السعر 12 آلف ل.س للدولار", "تجاوز السعر اثني عشر ألف ليرة للدولار"),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_round_seventeen(text: str, spoken: str) -> None:
    assert speakable(text) == spoken
