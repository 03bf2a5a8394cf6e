"""Speakable text for the kinds two judges of a fourth new speech set found (own sentences):
dashes around an aside are no minus; a round thousand's groups reversed; English's m and k
after an amount; إناث counts as feminine."""

from __future__ import annotations

import pytest

from briefing.speech import speakable

CASES = [
    ("بلغت الصادرات 40 مليار درهم -4 مليارات دولار- العام الماضي",
     "بلغت الصادرات أربعين مليار درهم، أربعة مليارات دولار- العام الماضي"),
    ("انخفضت الحرارة إلى -3 درجات", "انخفضت الحرارة إلى سالب ثلاث درجات"),
    ("ضبطت الجمارك 000 150 قرص", "ضبطت الجمارك مئة وخمسين ألف قرص"),
    ("تجاوز عدد المشاهدات 1.5m مشاهدة", "تجاوز عدد المشاهدات مليون ونصف المليون مشاهدة"),
    ("حصد المقطع 40k إعجاب", "حصد المقطع أربعين ألف إعجاب"),
    ("يضم الفريق 6 إناث و4 ذكور", "يضم الفريق ست إناث وأربعة ذكور"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_round_eighteen(text: str, spoken: str) -> None:
    assert speakable(text) == spoken


ERAS = [
    # A dotted abbreviation's own last dot is no full stop, and a dash between two years with
    # their era is a range
    ("حكمت الأسرة (1550 ق.م. - 1070 ق.م.) مصر",
     "حكمت الأسرة، من ألف وخمسمئة وخمسين قبل الميلاد إلى ألف وسبعين قبل الميلاد، مصر"),
    ("ازدهرت بين 700 ق.م - 500 ق.م", "ازدهرت بين سبعمئة قبل الميلاد وخمسمئة قبل الميلاد"),
    ("بنيت عام 300 ق.م.", "بنيت عام ثلاثمئة قبل الميلاد."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spoken"), ERAS)
def test_eras(text: str, spoken: str) -> None:
    assert speakable(text) == spoken
