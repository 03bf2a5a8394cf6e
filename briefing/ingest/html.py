"""HTML to text lines: a page's headline, lead and main content, or a fragment's blocks.

trafilatura finds the main text; three things it gets wrong on news pages are settled here
from the page's structure: which <h1> is the headline (a logo is an <h1> too), the lead
paragraph that pages mark up apart from the body (trafilatura keeps only the body), and
blocks that are links with a label ("قد يهمك: <a>another story</a>"), which it keeps.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from briefing.text import ARABIC_LETTER, PUNCTUATED_END, word_list

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


# An author field that is a page's furniture, not a person: "Sputnik https; Logo Png".
_NOT_AN_AUTHOR = re.compile(r"https?:|www\.|[;|/@]|\.(?:png|jpe?g|svg)\b|\blogo\b", re.IGNORECASE)
_MAX_AUTHOR_WORDS = 6


def plausible_author(value: str | None) -> str | None:
    if not value or _NOT_AN_AUTHOR.search(value) or len(value.split()) > _MAX_AUTHOR_WORDS:
        return None
    return value


def _outlet(*names: str | None) -> str | None:
    """The first name written in Arabic (it is said on air), else the first one given: the
    site's own name (og:site_name, often a Latin handle such as "CNNArabic"), the one in
    the title, the host name."""
    given = [name.strip() for name in names if name and name.strip()]
    return next((name for name in given if ARABIC_LETTER.search(name)), given[0] if given else None)


def _sites_in_title(title: str) -> list[str]:
    """The short parts of a page title that name its site: beside a separator headlines do
    not use, or last after " - " ("Headline - الميناء نت")."""
    names = _site_names(title, None)
    if names:
        return sorted(names)
    parts = [p.strip() for p in _WEAK_SEPARATORS.split(title) if p.strip()]
    head, tail = " - ".join(parts[:-1]), parts[-1] if parts else ""
    fits = len(parts) > 1 and len(tail.split()) <= _MAX_SITE_WORDS
    return [tail] if fits and len(head.split()) > len(tail.split()) else []


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
    """The page's headline, main text (the marked-up lead first) and where it comes from.

    The metadata is read once and kept: outlet, address, author and date travel with the
    article (they used to be read for the site's name alone, the date search thrown away)."""
    import trafilatura  # 0.09 s to import: only pages pay it (text, a stored plan never do)

    metadata = trafilatura.extract_metadata(markup, date_config=_DATE_SEARCH, extensive=False)
    site_name = metadata.sitename if metadata else None
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError, AssertionError):  # lxml asserts on a body-less page
        title = metadata.title if metadata else None
        headline = _headline([title] if title else [], [], site_name)
        return Page(headline, fragment_text(markup))
    titles = _titles(root)
    headline = _headline(titles, list(root.iter("h1")), site_name)
    in_titles = [name for title in titles for name in _sites_in_title(title)]
    credit = {
        "outlet": _outlet(site_name, *in_titles, metadata.hostname if metadata else None),
        "url": metadata.url if metadata else None,
        "author": plausible_author(metadata.author) if metadata else None,
        "published": metadata.date if metadata else None,
    }
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
        return Page(headline, fragment_text(markup), **credit)
    lines = [line for line in body.split("\n") if line.strip()]
    lead = _lead(root, headline, lines)
    return Page(headline, "\n".join([lead, *lines]) if lead else body, **credit)
