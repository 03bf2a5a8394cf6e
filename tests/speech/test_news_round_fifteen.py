"""Speakable text for the kinds the last judge of a speech set found (own sentences): a decimal
before a scale in the accusative; a dotted thousands group in brackets before its noun; a year
range that ends the sentence; a year noun between a preposition and a range."""

from __future__ import annotations

import pytest

from briefing.speech import speakable

CASES = [
    # A scale in the accusative (مليونا) is still the scale: 9.125 million, not 9,125 millions
    ("تراجعت المبيعات إلى 9.125 مليونا", "تراجعت المبيعات إلى تسعة ملايين ومئة وخمسة وعشرين ألفًا"),
    ("صعد الإنتاج إلى 14.6 مليونا", "صعد الإنتاج إلى أربعة عشر مليونًا وستمئة ألف"),
    ("سجلت الشركة 40.25 مليارا", "سجلت الشركة أربعين مليارًا وربع المليار"),
    # ... and the accusative the page wrote ends the number: no construct with what follows
    ("بلغت الحصيلة 17 مليونًا في العام الماضي", "بلغت الحصيلة سبعة عشر مليونًا في العام الماضي"),
    ("بلغ عدد الحجاج 15 ألف حاج", "بلغ عدد الحجاج خمسة عشر ألف حاج"),
    # A dotted group of three digits in brackets before a count is thousands, as without them
    ("استقبل المعرض (18.430) زائرا", "استقبل المعرض ثمانية عشر ألفًا وأربعمئة وثلاثين زائرا"),
    ("شارك في الحملة (12.250) متطوعا", "شارك في الحملة اثنا عشر ألفًا ومئتان وخمسون متطوعا"),
    # ... but a measure in brackets keeps its decimal, and a percent is no count
    (
        "ضبطت الشرطة (14.500) كيلو من المخدرات",
        "ضبطت الشرطة أربعة عشر فاصلة خمسمئة كيلو من المخدرات",
    ),
    (
        "ارتفع المؤشر بنسبة (2.125) في المئة",
        "ارتفع المؤشر بنسبة، اثنين فاصلة مئة وخمسة وعشرين، في المئة",
    ),
    # A year range before the full stop is a range (its final stop is no decimal point)
    (
        "تولى رئاسة النادي في الفترة 1962-1971.",
        "تولى رئاسة النادي في الفترة من ألف وتسعمئة واثنين وستين إلى ألف وتسعمئة وواحد وسبعين.",
    ),
    (
        "عاش في المنفى 1990-1995.",
        "عاش في المنفى من ألف وتسعمئة وتسعين إلى ألف وتسعمئة وخمسة وتسعين.",
    ),
    # ... after a preposition and a year noun the preposition opens it (not من عام من …)
    (
        "عمل مدرسا من عام 1966-1974 في القرية",
        "عمل مدرسا من عام ألف وتسعمئة وستة وستين إلى ألف وتسعمئة وأربعة وسبعين في القرية",
    ),
    # ... and the dual names the two years themselves
    ("خلال عامي 2011-2013 توقف المشروع", "خلال عامي ألفين وأحد عشر وألفين وثلاثة عشر توقف المشروع"),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_round_fifteen(text: str, spoken: str) -> None:
    assert speakable(text) == spoken
