"""The rundown names each story by a whole phrase of its headline, or the producer's own."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from briefing.config import Config
from briefing.model import Story
from briefing.script import build_script, short_title
from briefing.script.rundown import DANGLING

CASES = [
    # a clause opens at بعد / وسط / رغم: what comes before is a whole statement
    (
        "افتتاح الجسر الجديد فوق النهر الكبير بعد أربع سنوات من العمل المتواصل",
        "افتتاح الجسر الجديد فوق النهر الكبير",
    ),
    (
        "ارتفاع أسعار الذهب في الأسواق المحلية وسط مخاوف من تباطؤ الاقتصاد العالمي",
        "ارتفاع أسعار الذهب في الأسواق المحلية",
    ),
    # the prepositional phrase goes, never half of it ("… بفيروس", "… في سن")
    (
        "تسجيل ثلاثين إصابة جديدة بفيروس الإنفلونزا في المدارس الابتدائية للعاصمة",
        "تسجيل ثلاثين إصابة جديدة بفيروس الإنفلونزا",
    ),
    (
        "دراسة جديدة: ممارسة الرياضة يوميا تحمي القلب لدى الرجال في سن الخمسين",
        "دراسة جديدة: ممارسة الرياضة يوميا تحمي القلب",
    ),
    # what stands before a colon (who spoke) is no story: the title goes on past it
    (
        "وزير الري لـ الصحيفة: لا انقطاع للمياه في الصيف المقبل رغم الجفاف",
        "وزير الري لـ الصحيفة: لا انقطاع للمياه",
    ),
    # a comma ends a clause
    (
        "الحكومة تقر الموازنة الجديدة، والبرلمان يناقشها في جلسة طارئة الأسبوع المقبل",
        "الحكومة تقر الموازنة الجديدة",
    ),
    # nothing inside a quotation
    (
        "المدرب يعد الجماهير «سنعود إلى المنافسة على اللقب في الموسم المقبل» بعد الخسارة",
        "المدرب يعد الجماهير «سنعود إلى المنافسة على اللقب في الموسم المقبل»",
    ),
    # no place to end within the limit: the shortest phrase beyond it, else the whole
    (
        "انطلاق المهرجان الوطني الأول للفنون الشعبية والحرف اليدوية التقليدية من العاصمة",
        "انطلاق المهرجان الوطني الأول للفنون الشعبية والحرف اليدوية التقليدية",
    ),
    (
        "انطلاق المهرجان الوطني الأول للفنون الشعبية والحرف اليدوية التقليدية القديمة",
        "انطلاق المهرجان الوطني الأول للفنون الشعبية والحرف اليدوية التقليدية القديمة",
    ),
    ("عنوان قصير.", "عنوان قصير"),
]


@pytest.mark.parametrize(("headline", "title"), CASES)
def test_a_whole_phrase(headline: str, title: str) -> None:
    assert short_title(headline, 8) == title
    assert title.split()[-1] not in DANGLING


def story(headline: str, short: str | None = None) -> Story:
    return Story("s", None, headline, ("جملة.",), (), (), (), short_title=short)


def test_the_contents_line_uses_the_producers_short_title_when_given() -> None:
    stories = [
        story(CASES[0][0]),
        story(CASES[1][0], short="أسعار الذهب"),
    ]
    script = build_script(stories, dt.date(2026, 11, 29), Config())
    contents = script.chapters[0].cues[1].text
    assert contents == f"في هذه النشرة خبران: {CASES[0][1]}، وأسعار الذهب."
    # the chapter keeps the whole headline
    assert script.chapters[2].title == CASES[1][0]
    shorter = replace(Config(), script=replace(Config().script, contents_headline_words=4))
    contents = build_script(stories[:1], dt.date(2026, 11, 29), shorter).chapters[0].cues[1].text
    assert contents == "في هذه النشرة خبر واحد: افتتاح الجسر الجديد."


def test_a_long_rundown_names_the_first_stories_then_the_rest() -> None:
    stories = [story(f"الخبر رقم {n}") for n in range(1, 9)]
    settings = replace(Config().script, contents_stories=3)
    script = build_script(stories, dt.date(2026, 11, 29), replace(Config(), script=settings))
    contents = script.chapters[0].cues[1].text
    assert contents == (
        "في هذه النشرة ثمانية أخبار: الخبر رقم 1، والخبر رقم 2، والخبر رقم 3، وأخبار أخرى."
    )
    everything = replace(Config(), script=replace(settings, contents_stories=0))
    assert "الخبر رقم 8." in build_script(stories, dt.date(2026, 11, 29), everything).cues[1].text
