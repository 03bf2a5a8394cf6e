"""HTML to text lines: a page's main content (trafilatura), or a fragment's blocks."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree

from briefing.text import ARABIC_LETTER, word_list

# Elements that end a line of text: paragraphs, headings, list items, table rows, breaks.
_BLOCKS = frozenset(
    word_list("p div br li h1 h2 h3 h4 h5 h6 blockquote tr section article header footer pre dd dt")
)
_SILENT = frozenset(("script", "style", "noscript", "template", "head"))
# A page title often carries the site's name after a separator; the headline is before it.
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")


def fragment_text(markup: str) -> str:
    """The visible text of an HTML fragment (a feed item, a JSON body), one block a line."""
    if "<" not in markup:
        return markup
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except AssertionError:
        return ""  # lxml's "too many bodies": a whole page with no body, so no text
    except (etree.ParserError, ValueError):
        return markup
    parts: list[str] = []

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SILENT:
            parts.append(element.tail or "")
            return
        if tag in _BLOCKS:
            parts.append("\n")
        parts.append(element.text or "")
        for child in element:
            walk(child)
        if tag in _BLOCKS:
            parts.append("\n")
        parts.append(element.tail or "")

    walk(root)
    return "".join(parts)


def _split_title(title: str) -> tuple[str, str | None]:
    """(headline, site name) of a page title such as "Headline | Site"."""
    for separator in _TITLE_SEPARATORS:
        head, _, tail = title.rpartition(separator)
        if head and len(tail.split()) <= 4 and len(head.split()) > len(tail.split()):
            return head.strip(), tail.strip()
    return title, None


def _headline(title: str | None, h1: str | None) -> str | None:
    """The page's headline: the <h1> when the title is the h1 plus a site name."""
    if h1 and title and title.startswith(h1):
        return h1
    if title:
        return _split_title(title)[0]
    return h1


# An author field that is a page's furniture, not a person: "Sputnik https; Logo Png".
_NOT_AN_AUTHOR = re.compile(r"https?:|www\.|[;|/@]|\.(?:png|jpe?g|svg)\b|\blogo\b", re.IGNORECASE)
_MAX_AUTHOR_WORDS = 6


def plausible_author(value: str | None) -> str | None:
    if not value or _NOT_AN_AUTHOR.search(value) or len(value.split()) > _MAX_AUTHOR_WORDS:
        return None
    return value


def _first_text(document: lxml.html.HtmlElement | None, xpath: str) -> str | None:
    nodes = document.xpath(xpath) if document is not None else []
    return " ".join(nodes[0].text_content().split()) or None if nodes else None


def _outlet(*names: str | None) -> str | None:
    """The first name written in Arabic (it is said on air), else the first one given: the
    site's own name (og:site_name, often a Latin handle such as "CNNArabic"), the one in
    the title, the host name."""
    given = [name.strip() for name in names if name and name.strip()]
    return next((name for name in given if ARABIC_LETTER.search(name)), given[0] if given else None)


@dataclass(frozen=True)
class Page:
    """What a whole page gives: its headline, main text, and where it comes from."""

    headline: str | None
    body: str
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None  # as the extractor found it (ISO 8601)


# Only the page's own markers (meta tags, JSON-LD, <time>, the URL): the extensive search
# guesses from any year in the text, and on our corpus gave a copyright year (2025-01-01
# for a page with "© 2025" in its footer) and a URL's year (2013-01-01 for an August 2013
# article) where the markers gave nothing. A wrong date is worse than none.
_DATE_SEARCH = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",  # the time too, where the page gives one
}


def page_text(markup: str) -> Page:
    """The page's headline, main text and metadata, in one pass of the extractor (its text
    and its metadata were two passes, and the metadata's date search was thrown away)."""
    extracted = trafilatura.extract(
        markup,
        output_format="json",
        with_metadata=True,
        date_extraction_params=_DATE_SEARCH,
        include_comments=False,
        include_tables=False,
        include_links=False,
        deduplicate=False,
    )
    found: dict[str, str | None] = json.loads(extracted) if extracted else {}
    if not extracted:  # no main text found: the metadata alone, for the title at least
        metadata = trafilatura.extract_metadata(markup, date_config=_DATE_SEARCH, extensive=False)
        found = metadata.as_dict() if metadata else {}
        found["source-hostname"] = found.pop("sitename", None)
        found["source"] = found.pop("url", None)
        found["text"] = None
    title = found.get("title")
    try:
        document = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError, AssertionError):  # lxml asserts on a body-less page
        document = None
    h1 = _first_text(document, "//h1")
    # The extractor cleans the site name off the title; the raw <title> still has it.
    raw_title = _first_text(document, "//title")
    site = _split_title(raw_title)[1] if raw_title else None
    return Page(
        headline=_headline(title, h1),
        body=found.get("text") or fragment_text(markup),
        # trafilatura names the site's own name "source-hostname" in its JSON
        outlet=_outlet(found.get("source-hostname"), site, found.get("hostname")),
        url=found.get("source"),
        author=plausible_author(found.get("author")),
        published=found.get("date"),
    )
