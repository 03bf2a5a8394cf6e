"""feed.xml as real podcast clients read it: feedparser and gPodder's podcastparser."""

from __future__ import annotations

import datetime as dt
import html
import io
import uuid
import xml.etree.ElementTree as ET
from dataclasses import replace
from email.utils import parsedate_to_datetime

import feedparser
import podcastparser
import pytest

from briefing.config import Show
from briefing.model import TimedChapter
from briefing.publish.feed import NAMESPACES, podcast_guid, render_feed
from tests.publish.records import episode_record

HOSTILE = 'أخبار "اليوم" & <الغد> > الأمس'
SHOW = Show(
    title="موجز & <الأخبار>",
    author="غرفة الأخبار",
    email="news@example.org",
    description="نشرة يومية",
    base_url="https://example.org/podcast/",
    artwork="art/show.jpg",
    category="News",
    explicit=False,
)
CHAPTERS = (
    TimedChapter("المقدمة", 0, 9_000),
    TimedChapter(HOSTILE, 9_000, 3_700_000),
    TimedChapter("الختام", 3_700_000, 3_725_000),
)


def episode(episode_id: str, day: int, title: str = "حلقة", cover: str | None = None):
    return episode_record(
        episode_id,
        day,
        title=title,
        published=dt.datetime(2026, 11, day, 6, 30, tzinfo=dt.UTC),
        mp3_bytes=1_234_567 + day,
        duration_s=3725.0,
        chapters=CHAPTERS,
        headlines=(HOSTILE, "خبر بلا فصل"),
        cover=cover,
    )


RECORDS = [
    episode("2026-11-29", 29, title=HOSTILE, cover="episodes/2026-11-29/cover.jpg"),
    episode("2026-11-28", 28),
]


@pytest.fixture(scope="module")
def xml() -> bytes:
    return render_feed(SHOW, RECORDS)


def test_feedparser_finds_every_channel_field(xml: bytes) -> None:
    parsed = feedparser.parse(xml)
    assert not parsed.bozo, parsed.get("bozo_exception")
    channel = parsed.feed
    assert channel.title == SHOW.title
    assert channel.link == SHOW.base_url
    assert channel.subtitle == SHOW.description  # feedparser's name for <description>
    assert channel.language == "ar"
    assert channel.image.href == "https://example.org/podcast/art/show.jpg"
    assert channel.author_detail.name == SHOW.author
    assert channel.publisher_detail == {"name": SHOW.author, "email": SHOW.email}
    assert [tag.term for tag in channel.tags] == ["News"]
    # Apple's current values are "true"/"false"; feedparser 6 maps only the legacy
    # "yes"/"clean" to booleans, so it finds the element but not its value (podcastparser does)
    assert "itunes_explicit" in channel
    assert channel.podcast_guid == podcast_guid("https://example.org/podcast/feed.xml")
    assert {"rel": "self", "href": "https://example.org/podcast/feed.xml"}.items() <= {
        k: v for link in channel.links if link.rel == "self" for k, v in link.items()
    }.items()


def test_feedparser_finds_every_item_field(xml: bytes) -> None:
    parsed = feedparser.parse(xml)
    first, second = parsed.entries
    assert first.title == HOSTILE  # & < > " and Arabic survive
    assert first.id == "briefing:2026-11-29"
    assert first.guidislink is False
    assert first.link == "https://example.org/podcast/episodes/2026-11-29/index.html"
    published = parsedate_to_datetime(
        ET.fromstring(xml).find("channel/item/pubDate").text  # RFC 822, as written
    )
    assert published == RECORDS[0].published
    (enclosure,) = first.enclosures
    assert enclosure.href == "https://example.org/podcast/episodes/2026-11-29/2026-11-29.mp3"
    assert enclosure.length == str(RECORDS[0].mp3_bytes)
    assert enclosure.type == "audio/mpeg"
    assert first.itunes_duration == "01:02:05"
    assert first.image.href == "https://example.org/podcast/episodes/2026-11-29/cover.jpg"
    assert second.image.href == "https://example.org/podcast/art/show.jpg"  # no cover: artwork
    assert first.podcast_chapters["url"].endswith("/episodes/2026-11-29/chapters.json")
    assert first.podcast_chapters["type"] == "application/json+chapters"
    assert first.podcast_transcript["url"].endswith("/episodes/2026-11-29/transcript.vtt")
    assert first.podcast_transcript["type"] == "text/vtt"
    # the show notes: every chapter with its start, then the headline without a chapter
    # <description> is HTML to apps: article text arrives escaped, and reads as itself
    assert f"0:09 {html.escape(HOSTILE, quote=False)}" in first.summary
    assert "1:01:40 الختام" in first.summary
    assert first.summary.rstrip().endswith("خبر بلا فصل")


def test_podcastparser_finds_every_field(xml: bytes) -> None:
    url = "https://example.org/podcast/feed.xml"
    parsed = podcastparser.parse(url, io.BytesIO(xml))
    assert parsed["title"] == SHOW.title
    assert parsed["link"] == SHOW.base_url
    assert parsed["description"] == SHOW.description
    assert parsed["language"] == "ar"
    assert parsed["cover_url"] == "https://example.org/podcast/art/show.jpg"
    assert parsed["itunes_author"] == SHOW.author
    assert parsed["itunes_owner"] == {"name": SHOW.author, "email": SHOW.email}
    assert parsed["itunes_categories"] == [["News"]]
    assert parsed["explicit"] is False
    assert parsed["type"] == "episodic"
    first, second = parsed["episodes"]
    assert first["title"] == HOSTILE
    assert first["guid"] == "briefing:2026-11-29"
    assert first["published"] == int(RECORDS[0].published.timestamp())
    assert first["enclosures"] == [
        {
            "url": "https://example.org/podcast/episodes/2026-11-29/2026-11-29.mp3",
            "file_size": RECORDS[0].mp3_bytes,
            "mime_type": "audio/mpeg",
        }
    ]
    assert first["total_time"] == 3725
    assert first["episode_art_url"].endswith("/episodes/2026-11-29/cover.jpg")
    assert second["episode_art_url"] == "https://example.org/podcast/art/show.jpg"
    assert "chapters_json_url" not in first  # see the next test
    assert first["link"].endswith("/episodes/2026-11-29/index.html")
    assert f"0:09 {html.escape(HOSTILE, quote=False)}" in first["description"]
    notes = first["description_html"]  # HTML show notes: the title escaped, not markup
    assert "<الغد>" not in notes and html.unescape(notes).count(HOSTILE) == 1
    assert first["explicit"] is False


def test_podcastparser_finds_the_podcast_namespace_under_its_legacy_uri(xml: bytes) -> None:
    """podcastparser 0.6.11 maps only the namespace's old GitHub URI, which the
    Podcasting 2.0 spec declares identical to the canonical one that Apple and Podcast
    Index use (and that we write); with that URI it finds our chapters and transcript."""
    legacy = b"https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md"
    renamed = xml.replace(NAMESPACES["podcast"].encode(), legacy, 1)
    first = podcastparser.parse("https://example.org/feed.xml", io.BytesIO(renamed))["episodes"][0]
    assert first["chapters_json_url"].endswith("/episodes/2026-11-29/chapters.json")
    assert first["transcript_url"].endswith("/episodes/2026-11-29/transcript.vtt")


def test_the_xml_declares_both_podcast_namespaces(xml: bytes) -> None:
    head = xml[:600].decode()
    assert f'xmlns:itunes="{NAMESPACES["itunes"]}"' in head
    assert f'xmlns:podcast="{NAMESPACES["podcast"]}"' in head


def test_podcast_guid_follows_the_podcasting_2_0_example() -> None:
    # the namespace's own example: "podnews.net/rss" gives this UUID
    assert podcast_guid("https://podnews.net/rss") == "9b024349-ccf0-5f69-a609-6b82873eab3c"
    assert podcast_guid("http://podnews.net/rss/") == podcast_guid("podnews.net/rss")
    assert uuid.UUID(podcast_guid("https://example.org/a/feed.xml")).version == 5


def test_a_configured_guid_wins_and_a_moved_feed_changes_the_derived_one() -> None:
    moved = feedparser.parse(render_feed(replace(SHOW, base_url="https://new.example/"), RECORDS))
    assert moved.feed.podcast_guid == podcast_guid("new.example/feed.xml")
    pinned = feedparser.parse(render_feed(replace(SHOW, guid="my-fixed-guid"), RECORDS))
    assert pinned.feed.podcast_guid == "my-fixed-guid"


def test_without_artwork_the_newest_cover_is_the_show_image() -> None:
    parsed = feedparser.parse(render_feed(replace(SHOW, artwork=""), RECORDS))
    assert parsed.feed.image.href.endswith("/episodes/2026-11-29/cover.jpg")
    assert "image" not in parsed.entries[1]  # no cover and no artwork: no episode image


def test_absolute_artwork_is_kept_and_an_empty_store_is_a_valid_feed() -> None:
    show = replace(SHOW, artwork="https://cdn.example/art.png", explicit=True)
    parsed = feedparser.parse(render_feed(show, []))
    assert not parsed.bozo
    assert parsed.entries == []
    assert parsed.feed.image.href == "https://cdn.example/art.png"
    assert podcastparser.parse("u", io.BytesIO(render_feed(show, [])))["explicit"] is True


def test_guid_is_stable_for_the_episode_id() -> None:
    later = RECORDS[0].published + dt.timedelta(days=1)
    again = replace(RECORDS[0], title="عنوان جديد", published=later)
    before = feedparser.parse(render_feed(SHOW, RECORDS)).entries[0].id
    after = feedparser.parse(render_feed(SHOW, [again])).entries[0].id
    assert before == after == "briefing:2026-11-29"
