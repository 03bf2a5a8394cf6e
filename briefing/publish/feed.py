"""RSS 2.0 with the itunes and Podcasting 2.0 namespaces, built from the episode store."""

from __future__ import annotations

import datetime as dt
import html
import uuid
import xml.etree.ElementTree as ET
from email.utils import format_datetime, parsedate_to_datetime
from urllib.parse import quote, urljoin, urlsplit

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from briefing.config import Show
from briefing.model import EpisodeRecord
from briefing.publish.credits import SOURCES_TITLE, source_label, web_link

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
ATOM = "http://www.w3.org/2005/Atom"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
NAMESPACES = {"itunes": ITUNES, "podcast": PODCAST, "atom": ATOM, "content": CONTENT}
for _prefix, _uri in NAMESPACES.items():
    ET.register_namespace(_prefix, _uri)

FEED_NAME = "feed.xml"
# The "podcast" namespace of the podcast:guid tag (Podcasting 2.0, UUIDv5).
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
_WEB_SCHEMES = ("http", "https")


def absolute_url(show: Show, relative: str) -> str:
    base = show.base_url if show.base_url.endswith("/") else show.base_url + "/"
    return urljoin(base, quote(relative))


def feed_url(show: Show) -> str:
    return absolute_url(show, FEED_NAME)


def podcast_guid(url: str) -> str:
    """UUIDv5 of the feed URL without its scheme and trailing slashes (Podcasting 2.0)."""
    scheme = urlsplit(url).scheme
    bare = url[len(scheme) + 3 :] if scheme and url[len(scheme) :].startswith("://") else url
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare.rstrip("/")))


def artwork_url(show: Show) -> str | None:
    """The configured artwork as an absolute URL: kept when it is one, else under base_url."""
    if not show.artwork:
        return None
    if urlsplit(show.artwork).scheme in _WEB_SCHEMES:
        return show.artwork
    return absolute_url(show, show.artwork)


def episode_guid(episode_id: str, revision: int = 1) -> str:
    """Stable for the episode id: a rebuild from the same stories (a correction, another
    voice) is the same episode to podcast apps, updated in place. An episode replaced by
    other stories (--replace) is a new one to listeners, so it gets a new guid: apps that
    had the old one keep it as listened to and list the new one as new, instead of keeping
    the old audio under the old guid (most apps do not fetch an enclosure twice)."""
    return f"briefing:{episode_id}" if revision <= 1 else f"briefing:{episode_id}/{revision}"


def guid_revision(guid: str) -> int:
    """1 for briefing:<id>, n for briefing:<id>/n."""
    _, _, revision = guid.partition("/")
    return int(revision) if revision.isdigit() else 1


def duration_hms(seconds: float) -> str:
    total = round(seconds)
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


def clock(ms: int) -> str:
    """'4:05' or '1:02:05': the form podcast apps turn into links in show notes."""
    minutes, seconds = divmod(ms // 1000, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def _contents(record: EpisodeRecord) -> list[tuple[str | None, str]]:
    """Each chapter with its start, then any headline that no chapter is named after."""
    lines: list[tuple[str | None, str]] = [(clock(c.start_ms), c.title) for c in record.chapters]
    titles = {c.title for c in record.chapters}
    lines += [(None, headline) for headline in record.headlines if headline not in titles]
    return lines


def description_text(record: EpisodeRecord) -> str:
    lines = [f"{time} {title}" if time else title for time, title in _contents(record)]
    if record.sources:
        lines += ["", f"{SOURCES_TITLE}:"]
        for source in record.sources:
            origin = " ".join(part for part in (source_label(source), web_link(source.url)) if part)
            lines.append(f"{source.headline}: {origin}" if origin else source.headline)
    return "\n".join(lines)


def description_html(record: EpisodeRecord) -> str:
    """The show notes as HTML: chapters, then sources linked to their articles; every text
    is escaped by ElementTree, and only http(s) addresses become links."""
    root = ET.Element("div")
    ol = _sub(root, "ol")
    for time, title in _contents(record):
        li = _sub(ol, "li")
        if time:
            _sub(li, "time", time).tail = f" {title}"
        else:
            li.text = title
    if record.sources:
        _sub(root, "p", f"{SOURCES_TITLE}:")
        ul = _sub(root, "ul")
        for source in record.sources:
            li = _sub(ul, "li", f"{source.headline}: ")
            label, link = source_label(source), web_link(source.url)
            if link:
                _sub(li, "a", label or link, href=link)
            else:
                li.text += label
    return ET.tostring(root, encoding="unicode")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _explicit(show: Show) -> str:
    return "true" if show.explicit else "false"


def _item(show: Show, record: EpisodeRecord, fallback_image: str | None) -> ET.Element:
    item = ET.Element("item")
    _sub(item, "title", record.title)
    _sub(item, f"{{{ITUNES}}}title", record.title)
    # Apps read <description> as HTML: article text in it is escaped once more, or a
    # headline holding "<script>" would be markup in the listener's app.
    _sub(item, "description", html.escape(description_text(record), quote=False))
    _sub(item, f"{{{CONTENT}}}encoded", description_html(record))
    if record.page:
        _sub(item, "link", absolute_url(show, record.page))
    _sub(item, "guid", record.guid or episode_guid(record.episode_id), isPermaLink="false")
    _sub(item, "pubDate", format_datetime(record.published))
    _sub(
        item,
        "enclosure",
        url=absolute_url(show, record.mp3),
        length=str(record.mp3_bytes),
        type="audio/mpeg",
    )
    _sub(item, f"{{{ITUNES}}}duration", duration_hms(record.duration_s))
    image = absolute_url(show, record.cover) if record.cover else fallback_image
    if image:
        _sub(item, f"{{{ITUNES}}}image", href=image)
    _sub(item, f"{{{ITUNES}}}episodeType", "full")
    _sub(item, f"{{{ITUNES}}}explicit", _explicit(show))
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
    return item


def _channel_image(show: Show, records: list[EpisodeRecord]) -> str | None:
    """The configured artwork, else the newest episode cover (apps need a show image)."""
    covers = [absolute_url(show, r.cover) for r in records if r.cover]
    return artwork_url(show) or (covers[0] if covers else None)


def published_items(feed: bytes, episode_ids: list[str]) -> dict[str, ET.Element]:
    """The items of a feed we wrote, by episode id, for the ids asked (none when the feed
    cannot be read)."""
    if not episode_ids or not feed:
        return {}
    try:
        rss = SafeET.fromstring(feed)
    except (ET.ParseError, DefusedXmlException):
        return {}
    wanted = {episode_guid(episode_id): episode_id for episode_id in episode_ids}
    found = {}
    for item in rss.iter("item"):
        base = (item.findtext("guid") or "").split("/")[0]  # a replaced episode's: <guid>/2
        if base in wanted:
            found[wanted[base]] = item
    return found


def _published(item: ET.Element) -> dt.datetime:
    try:
        return parsedate_to_datetime(item.findtext("pubDate") or "")
    except (TypeError, ValueError):
        return dt.datetime.min.replace(tzinfo=dt.UTC)


def render_feed(
    show: Show,
    records: list[EpisodeRecord],
    limit: int = 0,
    kept: tuple[ET.Element, ...] = (),
) -> bytes:
    """The feed of `records` and of `kept` items (taken as they are from the current feed:
    episodes whose record is damaged), newest first, at most `limit` items (0: all)."""
    rss = ET.Element("rss", version="2.0")
    channel = _sub(rss, "channel")
    _sub(channel, "title", show.title)
    _sub(channel, "link", show.base_url)
    _sub(channel, "description", show.description)
    _sub(channel, "language", show.language)
    _sub(channel, "generator", "briefing")
    if records:  # the newest episode's time keeps the feed byte-stable between rebuilds
        _sub(channel, "lastBuildDate", format_datetime(max(r.published for r in records)))
    _sub(channel, f"{{{ATOM}}}link", href=feed_url(show), rel="self", type="application/rss+xml")
    image = _channel_image(show, records)
    if image:
        picture = _sub(channel, "image")
        _sub(picture, "url", image)
        _sub(picture, "title", show.title)
        _sub(picture, "link", show.base_url)
        _sub(channel, f"{{{ITUNES}}}image", href=image)
    _sub(channel, f"{{{ITUNES}}}author", show.author)
    owner = _sub(channel, f"{{{ITUNES}}}owner")
    _sub(owner, f"{{{ITUNES}}}name", show.author)
    if show.email:
        _sub(owner, f"{{{ITUNES}}}email", show.email)
    _sub(channel, f"{{{ITUNES}}}summary", show.description)
    ET.SubElement(channel, f"{{{ITUNES}}}category", {"text": show.category})
    _sub(channel, f"{{{ITUNES}}}explicit", _explicit(show))
    _sub(channel, f"{{{ITUNES}}}type", "episodic")
    _sub(channel, f"{{{PODCAST}}}guid", show.guid or podcast_guid(feed_url(show)))
    items = [(r.published, _item(show, r, artwork_url(show))) for r in records]
    items += [(_published(item), item) for item in kept]
    items.sort(key=lambda entry: entry[0], reverse=True)
    channel.extend(item for _, item in items[: limit or None])
    ET.indent(rss)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True)
