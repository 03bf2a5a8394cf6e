"""Headline quotes as outlets of many countries write them: "فلان: «…»" with the speaker
named (or described) before the colon, resolved against the body; a colon with no marks is
no quote. Original sentences."""

from __future__ import annotations

from briefing.model import Article
from briefing.segment import segment


def headline_quotes(*lines: str) -> list[tuple[str | None, str]]:
    story = segment(Article("t", lines))
    return [(q.speaker, q.text) for q in story.quotes if q.text in story.headline]


def test_a_title_before_the_colon_is_the_person_the_body_names() -> None:
    assert headline_quotes(
        "وزير الصحة: «لا إغلاق جديد في الصيف»",
        "أكد وزير الصحة نبيل الخطيب أن الحكومة لن تفرض إغلاقا جديدا.",
    ) == [("نبيل الخطيب", "لا إغلاق جديد في الصيف")]


def test_a_foreign_surname_before_the_colon_is_the_name_the_body_gives() -> None:
    assert headline_quotes(
        "فيلمونت: «سنعود أقوى»",
        "خسر الفريق أمام منافسه بثلاثة أهداف.",
        "وقال المدرب البلجيكي مارك فيلمونت إن فريقه سيعود.",
    ) == [("مارك فيلمونت", "سنعود أقوى")]


def test_an_outlet_between_the_source_and_the_colon_is_no_part_of_it() -> None:
    assert headline_quotes(
        "مصدر لـ«الشروق»: «الوزير سيستقيل»",
        "قال مصدر حكومي إن الوزير سيقدم استقالته.",
    ) == [("مصدر", "الوزير سيستقيل")]


def test_a_colon_without_marks_is_no_quote() -> None:
    assert (
        headline_quotes(
            "كوستا: لم أعتزل بعد",
            "نفى اللاعب البرتغالي جواو كوستا أنباء اعتزاله.",
        )
        == []
    )
