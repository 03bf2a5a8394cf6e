from __future__ import annotations

import json
from pathlib import Path

import feedparser

from briefing.config import Show
from briefing.model import Cue, EpisodeRecord, Role, TimedChapter, TimedCue, Timeline
from briefing.publish import store
from briefing.publish.feed import duration_hms, render_feed
from briefing.publish.page import render_page
from briefing.publish.sidecars import chapters_json, webvtt
from tests.publish.records import episode_record

TIMELINE = Timeline(
    cues=(
        TimedCue(Cue("مرحبا", Role.INTRO, "presenter"), 0, 1500),
        TimedCue(Cue("الوضع <مستقر> & هادئ", Role.QUOTE, "quote", "الوزير"), 2000, 65_432),
    ),
    chapters=(TimedChapter("المقدمة", 0, 2000), TimedChapter("خبر", 2000, 65_432)),
    duration_ms=65_432,
)


def record(episode_id: str, day: int, title: str = "حلقة") -> EpisodeRecord:
    return episode_record(episode_id, day, title=title, chapters=TIMELINE.chapters)


def test_chapters_json() -> None:
    document = json.loads(chapters_json(TIMELINE))
    assert document["version"] == "1.2.0"
    assert document["chapters"] == [
        {"startTime": 0.0, "title": "المقدمة"},
        {"startTime": 2.0, "title": "خبر"},
    ]


def test_webvtt_cues_and_voice_tags() -> None:
    vtt = webvtt(TIMELINE)
    assert vtt.startswith("WEBVTT\n")
    assert "00:00:02.000 --> 00:01:05.432" in vtt
    assert "<v الوزير>الوضع &lt;مستقر&gt; &amp; هادئ" in vtt


def test_store_round_trip(tmp_path: Path) -> None:
    original = record("2026-11-28", 28)
    store.save(tmp_path, original)
    assert store.load_all(tmp_path) == [original]


def test_store_skips_a_broken_record(tmp_path: Path) -> None:
    store.save(tmp_path, record("a", 27))
    broken = store.episode_dir(tmp_path, "b") / store.RECORD_NAME
    broken.parent.mkdir(parents=True)
    broken.write_text("{not json")
    assert [r.episode_id for r in store.load_all(tmp_path)] == ["a"]


def test_feed_lists_every_episode_newest_first() -> None:
    show = Show(base_url="https://example.org/podcast")
    xml = render_feed(show, [record("b", 28, "ب & <ج>"), record("a", 27)])
    feed = feedparser.parse(xml)
    assert not feed.bozo
    assert feed.feed.language == "ar"
    assert [e.title for e in feed.entries] == ["ب & <ج>", "حلقة"]
    entry = feed.entries[0]
    assert entry.id == "briefing:b"
    assert entry.enclosures[0].href == "https://example.org/podcast/episodes/b/b.mp3"
    assert entry.enclosures[0].length == "123456"
    assert entry.itunes_duration == "00:01:05"


def test_duration_hms() -> None:
    assert duration_hms(3725.4) == "01:02:05"


def test_page_escapes_article_text() -> None:
    html = render_page("<script>alert(1)</script>", "a.mp3", TIMELINE)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;مستقر&gt;" in html
    assert 'dir="rtl"' in html
