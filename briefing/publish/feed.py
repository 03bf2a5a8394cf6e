"""RSS 2.0 with the itunes and Podcasting 2.0 namespaces, built from the episode store."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from email.utils import format_datetime
from urllib.parse import quote, urljoin

from briefing.config import Show
from briefing.model import EpisodeRecord

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
ET.register_namespace("itunes", ITUNES)
ET.register_namespace("podcast", PODCAST)


def absolute_url(show: Show, relative: str) -> str:
    base = show.base_url if show.base_url.endswith("/") else show.base_url + "/"
    return urljoin(base, quote(relative))


def duration_hms(seconds: float) -> str:
    total = round(seconds)
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _item(channel: ET.Element, show: Show, record: EpisodeRecord) -> None:
    item = _sub(channel, "item")
    _sub(item, "title", record.title)
    _sub(item, "description", "\n".join(record.headlines))
    _sub(item, "guid", f"briefing:{record.episode_id}", isPermaLink="false")
    _sub(item, "pubDate", format_datetime(record.published))
    _sub(
        item,
        "enclosure",
        url=absolute_url(show, record.mp3),
        length=str(record.mp3_bytes),
        type="audio/mpeg",
    )
    _sub(item, f"{{{ITUNES}}}duration", duration_hms(record.duration_s))
    _sub(item, f"{{{ITUNES}}}explicit", "true" if show.explicit else "false")
    _sub(
        item,
        f"{{{PODCAST}}}chapters",
        url=absolute_url(show, record.chapters_json),
        type="application/json+chapters",
    )
    _sub(
        item,
        f"{{{PODCAST}}}transcript",
        url=absolute_url(show, record.transcript),
        type="text/vtt",
        language=show.language,
    )


def render_feed(show: Show, records: list[EpisodeRecord]) -> bytes:
    rss = ET.Element("rss", version="2.0")
    channel = _sub(rss, "channel")
    _sub(channel, "title", show.title)
    _sub(channel, "link", show.base_url)
    _sub(channel, "description", show.description)
    _sub(channel, "language", show.language)
    _sub(channel, f"{{{ITUNES}}}author", show.author)
    ET.SubElement(channel, f"{{{ITUNES}}}category", {"text": show.category})
    _sub(channel, f"{{{ITUNES}}}explicit", "true" if show.explicit else "false")
    for record in records:
        _item(channel, show, record)
    ET.indent(rss)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True)
