"""A whole build from articles to MP3 and feed, checked from the outside."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import feedparser
import pytest
from mutagen.id3 import ID3

from tests.cli_runner import invoke
from tests.conftest import EXAMPLES
from tests.mp3_readers import decoded_duration_ms, ffmetadata_chapters

TOLERANCE_MS = 50


def build_examples(root: Path) -> dict:
    """`briefing build` of root/articles into root/out with root/cache; its JSON report."""
    result = invoke(
        "build",
        str(root / "articles"),
        "-o",
        str(root / "out"),
        "--engine",
        "espeak",
        "--date",
        "2026-11-29",
        "--cache-dir",
        str(root / "cache"),
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    root = tmp_path_factory.mktemp("e2e")
    articles = root / "articles"
    shutil.copytree(EXAMPLES, articles, ignore=shutil.ignore_patterns("*.md", "*.json"))
    outdir = root / "out"
    return build_examples(root), outdir


def test_json_contract(built: tuple[dict, Path]) -> None:
    report, _outdir = built
    for key in (
        "episode_id",
        "mp3",
        "duration_s",
        "chapters",
        "feed",
        "chapters_json",
        "transcript",
        "page",
        "cover",
        "segments",
        "synthesized",
        "cached",
    ):
        assert key in report
    assert report["episode_id"] == "2026-11-29"
    assert report["synthesized"] + report["cached"] == report["segments"]
    for key in ("mp3", "feed", "chapters_json", "transcript", "page"):
        assert Path(report[key]).is_file(), key


def test_three_articles_give_at_least_five_chapters(built: tuple[dict, Path]) -> None:
    report, _ = built
    tags = ID3(report["mp3"])
    assert report["chapters"] >= 5
    assert len(tags.getall("CHAP")) == report["chapters"]


def test_duration_matches_last_chapter_end(built: tuple[dict, Path]) -> None:
    report, _ = built
    chapters = sorted(ID3(report["mp3"]).getall("CHAP"), key=lambda c: c.start_time)
    decoded = decoded_duration_ms(Path(report["mp3"]))
    assert abs(decoded - chapters[-1].end_time) <= TOLERANCE_MS
    assert abs(decoded - report["duration_s"] * 1000) <= TOLERANCE_MS


def test_chapters_in_time_order_for_mutagen_and_in_file_order(built: tuple[dict, Path]) -> None:
    report, _ = built
    tags = ID3(report["mp3"])
    (toc,) = tags.getall("CTOC")
    assert toc.flags & 0x01 and toc.flags & 0x02  # ordered, top level
    chapters = {c.element_id: c for c in tags.getall("CHAP")}
    starts = [chapters[child].start_time for child in toc.child_element_ids]
    assert starts == sorted(starts) and starts[0] == 0
    # and the frames themselves lie in the file in time order
    raw = Path(report["mp3"]).read_bytes()[:200_000]
    positions = [raw.index(f"ch{i:02d}".encode() + b"\x00") for i in range(len(chapters))]
    assert positions == sorted(positions)


def test_chapters_in_time_order_for_ffmpeg(built: tuple[dict, Path]) -> None:
    report, _ = built
    chapters = ffmetadata_chapters(Path(report["mp3"]))
    assert len(chapters) == report["chapters"]
    starts = [start for start, _, _ in chapters]
    assert starts == sorted(starts) and starts[0] == 0
    titles = [title for _, _, title in chapters]
    assert titles[0] == "المقدمة" and titles[-1] == "الختام"
    assert all(re.search("[\u0600-\u06ff]", title) for title in titles)


def test_feed_parses_and_enclosure_length_is_the_file_size(built: tuple[dict, Path]) -> None:
    report, _ = built
    feed = feedparser.parse(report["feed"])
    assert not feed.bozo, feed.bozo_exception
    (entry,) = feed.entries
    (enclosure,) = entry.enclosures
    assert int(enclosure.length) == Path(report["mp3"]).stat().st_size
    assert enclosure.type == "audio/mpeg"
    assert enclosure.href.endswith(".mp3")


def test_rebuild_is_served_from_cache_and_replaces_the_episode(built: tuple[dict, Path]) -> None:
    _report, outdir = built
    root = outdir.parent
    again = build_examples(root)
    assert again["synthesized"] == 0 and again["cached"] == again["segments"]
    assert len(feedparser.parse(again["feed"]).entries) == 1
