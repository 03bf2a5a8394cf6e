"""The attribution cases of tests/fixtures/attribution/cases.json: original sentences, each
with the speakers a careful reader gives its quotes (None: the text does not say); a case
with a "headline" reads it as segment does, ahead of its paragraphs (a headline quote comes
first, and only with a speaker). The same file feeds bench/calibrate_speakers.py, which
shows where wrong candidates score."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.segment.quotes import find_quotes

CASES = json.loads(
    (Path(__file__).parent.parent / "fixtures" / "attribution" / "cases.json").read_text("utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_case(case: dict) -> None:
    headline = case.get("headline")
    article = "\n".join([headline, *case["paragraphs"]]) if headline else None
    quotes = find_quotes(case["paragraphs"], article, headline=headline)
    found = [(q.speaker, q.text) for q in quotes]
    expected = [(q["speaker"], q["starts"]) for q in case["quotes"]]
    assert [speaker for speaker, _ in found] == [speaker for speaker, _ in expected]
    pairs = zip(found, expected, strict=True)
    assert all(text.startswith(start) for (_, text), (_, start) in pairs)


@pytest.mark.parametrize(
    ("paragraphs", "headline", "evidence"),
    [
        (
            ["وقال وزير الصحة نبيل السالم: «سنفتح مستشفى جديدا».", "وأضاف: «العمل يبدأ غدا»."],
            None,
            ["verb subject", "carried over"],
        ),
        (
            ["«سنفتح مستشفى جديدا في المدينة»، قال وزير الصحة نبيل السالم."],
            None,
            ["verb after the quote"],
        ),
        (["«الطريق سيفتح الشهر المقبل وسنبدأ العمل غدا في كل الأحياء»."], None, [None]),
        (
            ["وقال وزير الصحة نبيل السالم: «سنفتح مستشفى جديدا في المدينة»."],
            "وزير الصحة: «سنفتح مستشفى جديدا»",
            ["verb subject, in the body", "verb subject"],
        ),
    ],
)
def test_each_speaker_says_which_reading_chose_it(
    paragraphs: list[str], headline: str | None, evidence: list[str | None]
) -> None:
    # the bench measures precision per reading (eval_segment --paths); no speaker, no reading
    article = "\n".join([headline, *paragraphs]) if headline else None
    quotes = find_quotes(paragraphs, article, headline=headline)
    assert [q.evidence for q in quotes] == evidence
    assert all((q.evidence is None) == (q.speaker is None) for q in quotes)
