"""HTML to text lines: a page's headline, lead and main content, or a fragment's blocks.

trafilatura finds the main text; three things it gets wrong on news pages are settled here
from the page's structure: which <h1> is the headline (a logo is an <h1> too), the lead
paragraph that pages mark up apart from the body (trafilatura keeps only the body), and
blocks that are links with a label ("قد يهمك: <a>another story</a>"), which it keeps.
"""

from __future__ import annotations

import copy
import re

import lxml.html
import trafilatura
from lxml import etree

from briefing.text import PUNCTUATED_END, word_list

# Elements that end a line of text: paragraphs, headings, list items, table rows, breaks.
_BLOCKS = frozenset(
    word_list("p div br li h1 h2 h3 h4 h5 h6 blockquote tr section article header footer pre dd dt")
)
_SILENT = frozenset(("script", "style", "noscript", "template", "head"))
# Where a site puts its own furniture; an <h1> or a lead in them is not the story's.
_FURNITURE = frozenset(("header", "nav", "footer", "aside", "form"))
# A page title often carries the site's name before or after a separator. " - " and " – "
# also join the parts of a headline ("مصر - السودان: …"), so a site name is cut before them
# only when the page names its site (og:site_name).
_SITE_SEPARATORS = re.compile(r" (?:\||::|»|«|—|·|•) ")
_WEAK_SEPARATORS = re.compile(r" [-–] ")
_MAX_SITE_WORDS = 4
# Lead blocks: itemprop="description" (schema.org) or a class token naming a lead, a
# standfirst or an intro ("article-lead", "story__intro", "sapo" in French-made CMSs).
_LEAD_CLASS = re.compile(
    r"(?:^|[-_])(?:lead|standfirst|intro|introduction|sapo|chapo|excerpt|summary|abstract"
    r"|strapline|subtitle|dek)(?:$|[-_])"
)
_MIN_LEAD_WORDS = 8
# A block that is a link with at most a short label ("قد يهمك:", "اقرأ أيضا") is a teaser.
_MAX_LINK_LABEL_WORDS = 4
_MIN_LINK_SHARE = 0.5


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


def _visible(element: etree._Element) -> str:
    return " ".join(element.text_content().split())


def _in_furniture(element: etree._Element) -> bool:
    """Inside the site's navigation, side bars or forms, or the page's own header or footer
    (an <article>'s <header> holds its headline)."""
    ancestors = [a.tag for a in element.iterancestors() if isinstance(a.tag, str)]
    for depth, tag in enumerate(ancestors):
        if tag in _FURNITURE:
            return tag not in ("header", "footer") or not {"article", "main"} & set(
                ancestors[depth:]
            )
    return False


def _site_names(title: str | None, site_name: str | None) -> set[str]:
    """The parts of the page title that name the site: og:site_name, and the short side of a
    title cut by a separator that headlines do not use."""
    names = {site_name.strip()} if site_name and site_name.strip() else set()
    if title:
        parts = [p.strip() for p in _SITE_SEPARATORS.split(title) if p.strip()]
        if len(parts) > 1:
            longest = max(parts, key=lambda p: len(p.split()))
            names |= {p for p in parts if p != longest and len(p.split()) <= _MAX_SITE_WORDS}
    return names


def _strip_site(title: str, names: set[str]) -> str:
    """The page title without the site's name before or after it."""
    parts = [p.strip() for p in _SITE_SEPARATORS.split(title) if p.strip()]
    rest = [p for p in parts if p not in names]
    if len(parts) > 1 and rest:
        return " | ".join(rest)
    parts = [p.strip() for p in _WEAK_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    if parts[0] in names or parts[-1] in names:
        return " - ".join(p for p in parts if p not in names)
    # The usual "headline - site": a short last part after a longer headline.
    head, tail = " - ".join(parts[:-1]), parts[-1]
    if len(tail.split()) <= _MAX_SITE_WORDS and len(head.split()) > len(tail.split()):
        return head
    return title


def _titles(root: etree._Element) -> list[str]:
    """The page's titles: og:title (often without the site's name), then <title>."""
    found = [m.get("content") or "" for m in root.iter("meta") if m.get("property") == "og:title"]
    found += [t.text_content() for t in root.iter("title")]
    titles = [" ".join(text.split()) for text in found]
    return list(dict.fromkeys(title for title in titles if title))


def _headline(titles: list[str], h1s: list[etree._Element], site_name: str | None) -> str | None:
    """The page's headline. An <h1> wins over the titles, which add the site's name; a
    logo's <h1> (in the header, or the site's name itself) is not the headline. Among several
    <h1>, the one a title repeats, else the first in the <article> or <main>."""
    names = set().union(*(_site_names(title, site_name) for title in titles))
    texts = [(_visible(h), h) for h in h1s if not _in_furniture(h)]
    texts = [(text, h) for text, h in texts if text not in names and len(text.split()) >= 2]
    if texts:
        repeated = [text for text, _ in texts if any(text in title for title in titles)]
        if repeated:
            return max(repeated, key=len)
        for text, h in texts:
            if any(a.tag in ("article", "main") for a in h.iterancestors()):
                return text
        return texts[0][0]
    return _strip_site(titles[0], names) if titles else None


def _is_lead_block(element: etree._Element) -> bool:
    if element.tag in ("meta", "link", "head") or _in_furniture(element):
        return False
    if element.get("itemprop") == "description":
        return True
    return any(_LEAD_CLASS.search(token) for token in (element.get("class") or "").lower().split())


def _lead(root: etree._Element, headline: str | None, body_lines: list[str]) -> str | None:
    """The lead paragraph a page marks up apart (itemprop="description", a "lead" block),
    when the extracted body lacks it: the first such block after the headline and before the
    body's first line, with a sentence's worth of words."""
    if not body_lines:
        return None
    opening = [line for line in body_lines if " ".join(line.split()) != headline]
    first_line = " ".join(opening[0].split()) if opening else ""
    after_headline = headline is None
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        text = _visible(element)
        if element.tag == "h1" and headline and text == headline:
            after_headline = True
        elif first_line and element.tag in ("p", "div") and text.startswith(first_line):
            return None  # the body starts here; no lead was marked up before it
        elif (
            after_headline
            and _is_lead_block(element)
            and len(text.split()) >= _MIN_LEAD_WORDS
            and not any(text in line for line in body_lines)
        ):
            return text
    return None


def _drop_link_blocks(root: etree._Element) -> None:
    """Remove paragraphs and list items that are a link with at most a short label (related
    stories, "قد يهمك" boxes): most of their text is link text and none of it is a sentence."""
    for element in list(root.iter("p", "li", "div")):
        links = element.findall(".//a")
        if not links or any(child.tag in ("p", "div", "li") for child in element.iterdescendants()):
            continue
        text = _visible(element)
        linked = sum(len(_visible(a)) for a in links)
        label = len(text.split()) - sum(len(_visible(a).split()) for a in links)
        if (
            text
            and linked / len(text) >= _MIN_LINK_SHARE
            and label <= _MAX_LINK_LABEL_WORDS
            and not PUNCTUATED_END.search(_visible(links[-1]))
        ):
            element.drop_tree()


def page_text(markup: str) -> tuple[str | None, str]:
    """(headline, main text) of a whole page, the marked-up lead first."""
    metadata = trafilatura.extract_metadata(markup)
    site_name = metadata.sitename if metadata else None
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError, AssertionError):  # lxml asserts on a body-less page
        title = metadata.title if metadata else None
        return _headline([title] if title else [], [], site_name), fragment_text(markup)
    headline = _headline(_titles(root), list(root.iter("h1")), site_name)
    _drop_link_blocks(root)
    body = trafilatura.extract(
        copy.deepcopy(root),
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_links=False,
        deduplicate=False,
    )
    if not body:
        return headline, fragment_text(markup)
    lines = [line for line in body.split("\n") if line.strip()]
    lead = _lead(root, headline, lines)
    return headline, "\n".join([lead, *lines]) if lead else body
