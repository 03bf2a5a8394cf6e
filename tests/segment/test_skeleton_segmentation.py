"""Segmentation checked against the hand annotations beside each example article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.ingest import read_article
from briefing.model import Article
from briefing.segment import segment, summarize
from briefing.segment.boilerplate import is_chrome
from briefing.text import split_sentences
from tests.conftest import EXAMPLES

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.txt"))
HEADLINE = "الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب"


def annotation(path: Path) -> dict:
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_category_and_headline(path: Path) -> None:
    story = segment(read_article(path))
    expected = annotation(path)
    assert story.category == expected["category"]
    assert story.headline == expected["headline"]


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_boilerplate_is_dropped_and_reported(path: Path) -> None:
    story = segment(read_article(path))
    spoken = " ".join([story.headline, *story.summary, *(q.text for q in story.quotes)])
    for line in annotation(path)["boilerplate_lines"]:
        assert line not in spoken
    assert story.dropped


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_summary_opens_on_the_lead(path: Path) -> None:
    story = segment(read_article(path))
    assert story.summary[0] == annotation(path)["lead"]
    assert 1 <= len(story.summary) <= 3


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_full_quotes_found_with_their_speakers(path: Path) -> None:
    story = segment(read_article(path))
    found = {q.text: q.speaker for q in story.quotes}
    full = [q for q in annotation(path)["quotes"] if q["kind"] == "full"]
    for quote in full:
        assert quote["text"] in found
    # Speakers share at least a name with the annotation (the fullest form comes later).
    agreeing = [
        q for q in full if set((found[q["text"]] or "").split()) & set(q["speaker"].split())
    ]
    assert len(agreeing) >= len(full) // 2


def test_quote_text_is_exactly_between_the_marks() -> None:
    article = Article("t", (HEADLINE, "وقال الوزير أحمد سالم “الوضع مستقر تماما.” ثم غادر."))
    (quote,) = segment(article).quotes
    assert quote.text == "الوضع مستقر تماما."
    assert quote.speaker == "أحمد سالم"  # the name, without the title


def test_carry_over_speaker_for_adaf() -> None:
    article = Article(
        "t",
        (HEADLINE, "وقال الوزير أحمد سالم “الوضع مستقر”.", "وأضاف “سنواصل العمل حتى النهاية”."),
    )
    speakers = [q.speaker for q in segment(article).quotes]
    assert speakers == ["أحمد سالم", "أحمد سالم"]


def test_scare_quotes_are_not_speech() -> None:
    article = Article("t", (HEADLINE, "ونقلت وكالة “رويترز” عن مصادر أن المحادثات مستمرة."))
    assert segment(article).quotes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("جملة أولى. جملة ثانية؟ جملة ثالثة!", ["جملة أولى.", "جملة ثانية؟", "جملة ثالثة!"]),
        (
            "قالت لورا إيه. كولانجيلو إن الأمر مهم. ثم غادرت.",
            ["قالت لورا إيه. كولانجيلو إن الأمر مهم.", "ثم غادرت."],
        ),
        (
            "ارتفع المؤشر 2.5 في المئة. وانخفض النفط.",
            ["ارتفع المؤشر 2.5 في المئة.", "وانخفض النفط."],
        ),
    ],
)
def test_sentence_splitter(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_summary_is_bounded() -> None:
    nouns = [
        "السماء",
        "البحر",
        "الجبل",
        "النهر",
        "المدينة",
        "القرية",
        "السوق",
        "المدرسة",
        "الطريق",
        "الحديقة",
    ]
    verbs = ["تغير", "اتسع", "ارتفع", "هدأ", "ازدحم", "أضاء", "توقف", "امتلأ", "تجدد", "ازدهر"]
    paragraph = " ".join(
        f"{nouns[i]} {verbs[i]} {nouns[(i + 5) % 10]} {verbs[(i + 3) % 10]}." for i in range(10)
    )
    assert 2 <= len(summarize([paragraph])) <= 3  # 2-3 short sentences, lead first
    assert summarize([paragraph], sentences=1, words=4) == ("السماء تغير القرية هدأ.",)


@pytest.mark.parametrize("line", ["تابعونا على", "اترك تعليقاً", "// انتهى //", "Next Previous"])
def test_chrome_phrases(line: str) -> None:
    assert is_chrome(line)


def test_news_prose_is_not_chrome() -> None:
    assert not is_chrome("وقال الوزير إن الحكومة ستتابع تنفيذ المشروع.")
