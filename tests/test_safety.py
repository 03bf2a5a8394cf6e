"""Safety review, as tests: no shell, safe file names, escaped article text, no entity bombs."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import html
from pathlib import Path

import feedparser
import pytest

from briefing.build import check_episode_id
from briefing.config import Config, Show, default_episode_id
from briefing.errors import InputError
from briefing.ingest.records import refuse_entities
from briefing.model import EpisodeRecord, TimedChapter
from briefing.publish.feed import render_feed

ROOT = Path(__file__).parent.parent
SOURCES = [ROOT / "cli.py", *sorted((ROOT / "briefing").rglob("*.py"))]


def calls(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def name_of(call: ast.Call) -> str:
    return ast.unparse(call.func)


def test_no_shell_and_subprocess_only_with_argument_lists() -> None:
    subprocess_calls = 0
    for source in SOURCES:
        for call in calls(ast.parse(source.read_text(encoding="utf-8"))):
            name = name_of(call)
            assert name not in ("os.system", "os.popen", "eval", "exec"), (source, name)
            assert not any(k.arg == "shell" for k in call.keywords), (source, name)
            if name.startswith("subprocess."):
                subprocess_calls += 1
                assert call.args and isinstance(call.args[0], ast.List), (source, name)
    assert subprocess_calls >= 1  # the scan does see the ffmpeg call


@pytest.mark.parametrize(
    "episode_id",
    ["../escape", "a/b", "a\\b", ".hidden", "", "x" * 65, "CON", "nul.mp3", "com1", "خبر",
     "a..b", "-rf", "a b", "a\x00b"],
)  # fmt: skip
def test_unsafe_episode_ids_are_refused(episode_id: str) -> None:
    with pytest.raises(InputError, match="episode id"):
        check_episode_id(episode_id)


@pytest.mark.parametrize("episode_id", ["2026-11-29", "news-20261129", "a.b_c-1", "x" * 64])
def test_plain_episode_ids_pass(episode_id: str) -> None:
    assert check_episode_id(episode_id) == episode_id


def test_a_pattern_cannot_lead_out_of_the_output_folder() -> None:
    show = Show(episode_id_pattern="../{date}")
    with pytest.raises(InputError):
        check_episode_id(default_episode_id(show, dt.date(2026, 11, 29)))


HOSTILE = ']]></title><script>alert("x")</script>&lol9;<!ENTITY x "y">'


def test_feed_escapes_everything_from_articles() -> None:
    record = EpisodeRecord(
        episode_id="e1",
        title=f"موجز {HOSTILE}",
        date=dt.date(2026, 11, 29),
        published=dt.datetime(2026, 11, 29, 6, tzinfo=dt.UTC),
        mp3="episodes/e1/e1.mp3",
        mp3_bytes=1000,
        duration_s=60.0,
        chapters=(TimedChapter(f"خبر {HOSTILE}", 0, 60000),),
        headlines=(f"عنوان {HOSTILE}",),
        chapters_json="episodes/e1/chapters.json",
        transcript="episodes/e1/transcript.vtt",
        page="episodes/e1/index.html",
        cover=None,
    )
    show = dataclasses.replace(Config().show, title=f"برنامج {HOSTILE}")
    xml = render_feed(show, [record])
    assert b"<script>" not in xml and b"<!ENTITY" not in xml
    parsed = feedparser.parse(xml, sanitize_html=False)
    assert not parsed.bozo
    assert parsed.feed.title == f"برنامج {HOSTILE}"
    assert parsed.entries[0].title == f"موجز {HOSTILE}"  # round-trips exactly, as text
    description = parsed.entries[0].description  # HTML by RSS convention
    assert "<script>" not in description and HOSTILE in html.unescape(description)


def test_entity_declarations_are_refused_and_plain_xml_passes() -> None:
    with pytest.raises(InputError, match="entit"):
        refuse_entities(b'<!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>', "x.xml")
    with pytest.raises(InputError, match="entit"):  # external entities too
        refuse_entities(b'<!DOCTYPE r [<!ENTITY a SYSTEM "file:///etc/passwd">]><r>&a;</r>', "x")
    refuse_entities(b"<rss><channel><title>&amp;</title></channel></rss>", "x.xml")
    refuse_entities(b"<rss><unclosed>", "x.xml")  # malformed: feedparser's lenient parser
