"""Stops typed without their space: a space after them outside quotations, never inside."""

from __future__ import annotations

import pytest

from briefing.ingest import parse_article
from briefing.segment import segment
from briefing.segment.spacing import spaced_stops

STOPS = [
    ("أعلن الوزير النتائج.وقال إنها جيدة", "أعلن الوزير النتائج. وقال إنها جيدة"),
    ('وصفها بأنها "خطوة كبيرة".وأضاف', 'وصفها بأنها "خطوة كبيرة". وأضاف'),
    ("قالت الطبيبة «إنها مستقرة».وتابعت", "قالت الطبيبة «إنها مستقرة». وتابعت"),
    # inside a quotation the text stays as written
    ('قال "الفريق جاهز.وسنفوز" أمس', 'قال "الفريق جاهز.وسنفوز" أمس'),
    # an abbreviation of one or two letters, a number, a Latin address: no stop glued
    ("استقبل د.محمد المرضى", "استقبل د.محمد المرضى"),
    ("صادرات ج.م.ع زادت", "صادرات ج.م.ع زادت"),
    ("بلغت 3.5 مليون", "بلغت 3.5 مليون"),
    ("على موقع example.com أمس", "على موقع example.com أمس"),
    # commas and semicolons too (inside a quotation, still nothing)
    ("قال سامر، مدرب الفريق،أن اللاعبين جاهزون", "قال سامر، مدرب الفريق، أن اللاعبين جاهزون"),
    ("وأكد المدير؛وأضاف", "وأكد المدير؛ وأضاف"),
    ("قالت «نعم،سنأتي» أمس", "قالت «نعم،سنأتي» أمس"),
]


@pytest.mark.parametrize(("line", "spaced"), STOPS)
def test_stops(line: str, spaced: str) -> None:
    assert spaced_stops(line) == spaced


def test_a_stop_glued_after_a_straight_quote_ends_the_sentence_and_keeps_the_speaker() -> None:
    text = (
        "الحكومة تنفي الاتهامات\n"
        'وقال المتحدث باسم الحكومة سامي العلي، في بيان، إن "التقارير عارية عن الصحة تماما".'
        'وأضاف أن هذه الاتهامات "تنشر بشكل متعمد ومغرض".\n'
    )
    story = segment(parse_article(text.encode(), "x.txt"))
    assert story.summary[0].endswith('"التقارير عارية عن الصحة تماما".')
    assert [(q.text, q.speaker) for q in story.quotes] == [
        ("التقارير عارية عن الصحة تماما", "سامي العلي"),
        ("تنشر بشكل متعمد ومغرض", "سامي العلي"),
    ]
