"""HTML to text lines: a page's main content (trafilatura), or a fragment's blocks."""

from __future__ import annotations

import lxml.html
import trafilatura
from lxml import etree

from briefing.text import word_list

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


def _headline(title: str | None, h1: str | None) -> str | None:
    """The page's headline: the <h1> when the title is the h1 plus a site name."""
    if h1 and title and title.startswith(h1):
        return h1
    if title:
        for separator in _TITLE_SEPARATORS:
            head, _, tail = title.rpartition(separator)
            if head and len(tail.split()) <= 4 and len(head.split()) > len(tail.split()):
                return head.strip()
    return title or h1


def page_text(markup: str) -> tuple[str | None, str]:
    """(headline, main text) of a whole page; site chrome left to the extractor."""
    body = trafilatura.extract(
        markup,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_links=False,
        deduplicate=False,
    )
    metadata = trafilatura.extract_metadata(markup)
    title = metadata.title if metadata else None
    try:
        h1_nodes = lxml.html.document_fromstring(markup).xpath("//h1")
    except (etree.ParserError, ValueError, AssertionError):  # lxml asserts on a body-less page
        h1_nodes = []
    h1 = " ".join(h1_nodes[0].text_content().split()) if h1_nodes else None
    return _headline(title, h1), body if body else fragment_text(markup)
