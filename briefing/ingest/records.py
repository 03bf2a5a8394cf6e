"""JSON articles and RSS/Atom feeds: containers holding one or more articles."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import feedparser
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as safe_xml

from briefing.errors import InputError
from briefing.ingest.dates import parse_published

# Field names that news exports and scrapers use, in order of preference.
TITLE_FIELDS = ("title", "headline", "name")
BODY_FIELDS = ("body", "content", "text", "article", "articleBody", "description", "summary")
# Fields that hold a teaser of the article, which sites cut off ("…", mid-sentence).
EXCERPT_FIELDS = ("description", "summary")
CATEGORY_FIELDS = ("category", "section", "categories")
BYLINE_FIELDS = ("author", "byline", "authors")
LIST_FIELDS = ("articles", "items", "entries", "data")
URL_FIELDS = ("url", "link", "permalink", "canonical_url", "webUrl")
OUTLET_FIELDS = ("outlet", "source", "site_name", "sitename", "site", "publisher", "sourceName")
DATE_FIELDS = (
    "published",
    "published_at",
    "publishedAt",
    "datePublished",
    "pubDate",
    "date",
    "created_at",
)
SHORT_TITLE_FIELDS = ("short_title", "shortTitle")


@dataclass(frozen=True)
class Record:
    """One article as a container gives it: title, body (text or HTML), category, byline,
    and where it comes from (outlet, address, publication time)."""

    body: str
    title: str | None = None
    category: str | None = None
    byline: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.datetime | None = None
    short_title: str | None = None
    excerpt: bool = False  # the body is a teaser (a description), perhaps cut off


def web_address(value: str | None) -> str | None:
    """An http(s) address as given; None for anything else (an Atom id "urn:…", a path)."""
    if not value:
        return None
    value = value.strip()
    parts = urlsplit(value)
    return value if parts.scheme in ("http", "https") and parts.netloc else None


def _text(value: object) -> str | None:
    """A field as text: strings as they are, lists joined one item a line."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        items = [_text(item) for item in value]
        joined = "\n".join(item for item in items if item)
        return joined or None
    if isinstance(value, Mapping):
        return _text(value.get("name") or value.get("value") or value.get("text"))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _first_field(item: Mapping[str, object], names: tuple[str, ...]) -> tuple[str, str] | None:
    """(field name, text) of the first field that holds text."""
    for name in names:
        text = _text(item.get(name))
        if text and text.strip():
            return name, text.strip()
    return None


def _first_date(item: Mapping[str, object]) -> dt.datetime | None:
    for name in DATE_FIELDS:
        moment = parse_published(item.get(name))
        if moment is not None:
            return moment
    return None


def _first(item: Mapping[str, object], names: tuple[str, ...]) -> str | None:
    found = _first_field(item, names)
    return found[1] if found else None


def json_records(text: str, source: str) -> list[Record]:
    """An article object, a list of them, or an object listing them under "articles"/"items"."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{source}: not valid JSON (line {error.lineno}: {error.msg})") from None
    if isinstance(document, Mapping):
        listed = next((document[k] for k in LIST_FIELDS if isinstance(document.get(k), list)), None)
        items = listed if listed is not None else [document]
    elif isinstance(document, list):
        items = document
    else:
        raise InputError(f"{source}: a JSON article must be an object or a list of objects")
    if not items:
        raise InputError(f"{source}: no articles in the JSON")
    records = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, Mapping):
            raise InputError(f"{source}: item {number} is not a JSON object")
        body = _first_field(item, BODY_FIELDS)
        if body is None:
            raise InputError(
                f"{source}: item {number} has no article text ({', '.join(BODY_FIELDS[:4])})"
            )
        outlet = _first(item, OUTLET_FIELDS)
        url = web_address(_first(item, URL_FIELDS))
        if url is None and web_address(outlet):  # "source": "https://…" names the page
            url, outlet = web_address(outlet), None
        records.append(
            Record(
                title=_first(item, TITLE_FIELDS),
                body=body[1],
                category=_first(item, CATEGORY_FIELDS),
                byline=_first(item, BYLINE_FIELDS),
                outlet=outlet,
                url=url,
                published=_first_date(item),
                short_title=_first(item, SHORT_TITLE_FIELDS),
                excerpt=body[0] in EXCERPT_FIELDS,
            )
        )
    return records


def refuse_entities(data: bytes, source: str) -> None:
    """Refuse XML that declares entities (a "billion laughs" bomb expands a few hundred
    bytes into gigabytes) before any parser expands them. Malformed XML is let through:
    feedparser's lenient parser copes with it and expands no declared entity."""
    try:
        safe_xml(data)
    except (EntitiesForbidden, DTDForbidden, ExternalReferenceForbidden):
        raise InputError(
            f"{source}: refused: the XML declares entities (an entity-expansion bomb?)"
        ) from None
    except (ParseError, ValueError, LookupError):
        pass


def feed_records(data: bytes, source: str) -> list[Record]:
    """Each RSS/Atom item: content:encoded (or Atom content) when present, else the description."""
    refuse_entities(data, source)
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries and parsed.get("version") and not parsed.bozo:
        raise InputError(f"{source}: the feed has no items")
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        detail = f" ({reason})" if reason else ""
        raise InputError(f"{source}: not an RSS or Atom feed with items{detail}")
    # An aggregator's item names its origin in <source>; else the feed is the outlet.
    feed_title = parsed.feed.get("title") or None
    records = []
    for entry in parsed.entries:
        contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
        body = (
            max(contents, key=len) if contents else entry.get("summary") or entry.get("description")
        )
        if not body or not body.strip():
            continue
        tags = entry.get("tags") or []
        origin = entry.get("source") or {}
        records.append(
            Record(
                title=entry.get("title"),
                body=body,
                category=tags[0].get("term") if tags else None,
                byline=entry.get("author"),
                outlet=origin.get("title") or feed_title,
                url=web_address(entry.get("link")),
                published=parse_published(
                    entry.get("published_parsed") or entry.get("updated_parsed")
                ),
                excerpt=not contents,
            )
        )
    if not records:
        raise InputError(f"{source}: the feed's items have no text")
    return records
