"""Where the episode's stories come from, as the page, the feed item and the show notes
list them: headline, outlet (linked to the article), author, publication day."""

from __future__ import annotations

from urllib.parse import urlsplit

from briefing.model import Source

SOURCES_TITLE = "المصادر"


def web_link(url: str | None) -> str | None:
    """Only http(s) addresses become links: a "javascript:" URL from a feed must not."""
    return url if url and urlsplit(url).scheme in ("http", "https") else None


def source_label(source: Source) -> str:
    """ "صحيفة المساء، ليلى منصور، 2026-11-28": what is known of the origin, in one line."""
    parts = [source.outlet or _host(source.url), source.author, source.published]
    return "، ".join(part for part in parts if part)


def _host(url: str | None) -> str | None:
    return urlsplit(url).netloc.removeprefix("www.") or None if web_link(url) else None
