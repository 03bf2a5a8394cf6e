"""The demo's own articles (examples/, hand-annotated): every annotated speaker that the
segmenter names is the annotated one, and none is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.ingest import read_article
from briefing.segment import segment

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ARTICLES = sorted(EXAMPLES.glob("*.txt"))


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_annotated_speakers_are_named_and_never_wrong(article: Path) -> None:
    annotation = json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))
    found = {" ".join(q.text.split()): q.speaker for q in segment(read_article(article)).quotes}
    named = 0
    for quote in annotation["quotes"]:
        speaker = found.get(" ".join(quote["text"].split()))
        if speaker is not None:
            assert quote["speaker"] in speaker or speaker in quote["speaker"], quote["text"]
            named += 1
    full = [q for q in annotation["quotes"] if q.get("kind", "full") == "full"]
    assert named >= len(full)  # every full quote has its speaker
