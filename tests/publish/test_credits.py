"""Sources credited: on air when the producer wants it, and listed with links in the
episode page, the feed item and the Markdown show notes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import feedparser

from briefing.config import Config
from briefing.model import Credit, Role, Source, Story
from briefing.publish.notes import show_notes
from briefing.script import build_script
from tests.publish.tone_episode import INJECTION, publish_tone_episode

SOURCES = (
    Source(
        "افتتاح جسر جديد",
        "صحيفة المساء",
        "https://news.example.org/bridge?a=1&b=2",
        "ليلى منصور",
        "2026-11-27",
    ),
    Source(f"خبر فيه {INJECTION}", "وكالة [الأنباء]", "javascript:alert(1)"),
    Source("خبر بلا مصدر معروف"),
)


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._href = dict(attrs).get("href")

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self.links.append((self._href, data))
            self._href = None


def links(html: str) -> list[tuple[str, str]]:
    parser = Links()
    parser.feed(html)
    return parser.links


def test_sources_on_the_page_in_the_feed_and_in_the_notes(tmp_path: Path) -> None:
    record = publish_tone_episode(tmp_path, "ep1", sources=SOURCES)
    page = (tmp_path / record.page).read_text()
    found = links(page)
    assert (
        "https://news.example.org/bridge?a=1&b=2",
        "صحيفة المساء، ليلى منصور، 2026-11-27",
    ) in found
    assert not any(href.startswith("javascript:") for href, _ in found)  # no live link
    assert INJECTION not in page and "وكالة [الأنباء]" in page

    item = feedparser.parse(str(tmp_path / "feed.xml")).entries[0]
    encoded = item.content[0].value
    assert (
        "https://news.example.org/bridge?a=1&b=2",
        "صحيفة المساء، ليلى منصور، 2026-11-27",
    ) in links(encoded)
    assert "javascript:" not in encoded
    # <description> is escaped once more (apps read it as HTML): the text as apps show it
    described = item.summary.replace("&amp;", "&")
    assert "\nالمصادر:\nافتتاح جسر جديد: صحيفة المساء، ليلى منصور، 2026-11-27 " in described
    assert "https://news.example.org/bridge?a=1&b=2\n" in described
    assert described.endswith("\nخبر بلا مصدر معروف")

    notes = (tmp_path / record.notes).read_text()
    assert notes.startswith("# موجز: حلقة تجريبية\n")
    assert "- 0:00 المقدمة" in notes and "## المصادر" in notes
    assert (
        "- افتتاح جسر جديد: [صحيفة المساء، ليلى منصور، 2026-11-27]"
        "(<https://news.example.org/bridge?a=1&b=2>)"
    ) in notes
    assert "- خبر بلا مصدر معروف\n" in notes
    assert r"وكالة \[الأنباء\]" in notes and "javascript:" not in notes
    assert ("notes.md", "ملاحظات الحلقة") in found  # the page links its notes


def test_notes_escape_markdown_in_titles() -> None:
    notes = show_notes("حلقة *عاجلة*", "الأحد", (), (Source("خبر [1](x)"),))
    assert r"# حلقة \*عاجلة\*" in notes and r"- خبر \[1\]\(x\)" in notes


def story(outlet: str | None, author: str | None = None) -> Story:
    return Story(
        "s",
        None,
        "عنوان الخبر",
        ("الجملة الأولى.",),
        (),
        (),
        (),
        credit=Credit(outlet=outlet, author=author, url="https://x.example/1"),
    )


def test_the_source_said_on_air_where_the_producer_puts_it() -> None:
    base = Config()
    order = ("headline", "credit", "summary", "quotes")
    config = replace(base, script=replace(base.script, story_order=order))
    day = dt.date(2026, 11, 29)
    cues = build_script([story("وكالة الأنباء الوطنية")], day, config).chapters[1].cues
    assert [(c.role, c.text) for c in cues[:2]] == [
        (Role.HEADLINE, "عنوان الخبر"),
        (Role.CREDIT, "بحسب وكالة الأنباء الوطنية."),
    ]
    assert cues[1].voice == "anchor"
    # unknown, or a Latin handle the Arabic voice would spell out: nothing said
    for outlet in (None, "CNNArabic"):
        roles = [c.role for c in build_script([story(outlet)], day, config).chapters[1].cues]
        assert Role.CREDIT not in roles
    # off by default
    assert Role.CREDIT not in [c.role for c in build_script([story("وكالة")], day, base).cues]
    by_author = replace(config, script=replace(config.script, credit="كتبه {author}."))
    cues = build_script([story("وكالة", "سلمى حداد")], day, by_author).chapters[1].cues
    assert cues[1].text == "كتبه سلمى حداد."
    assert re.search("{", cues[1].text) is None
