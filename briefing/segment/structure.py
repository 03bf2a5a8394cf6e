"""The furniture of a news article around its body: section, headline, deck, byline, dateline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.text import GREGORIAN, GREGORIAN_VARIANTS, MONTH_NAME_WORDS, PUNCTUATED_END

_MAX_CATEGORY_WORDS = 3
_MAX_DECK_WORDS = 30
# "تقنية / headline", "عام / headline": a wire service's section before the headline.
_SECTION_PREFIX = re.compile(r"^(\S+(?: \S+)?) / \S")
_BYLINE = re.compile(
    r"^(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تقرير|بواسطة|مراسل|مراسلة|من)\s*[:：]?\s+\S"
    r"|^\S+(?: \S+)?\s*[:：]\s*\S+(?: \S+){0,3}$"
)
# Gregorian months, and the words that name Levantine and Hijri ones ("تشرين الأول").
_MONTHS = (*GREGORIAN, *GREGORIAN_VARIANTS, *MONTH_NAME_WORDS)
_DATE = re.compile(rf"\d{{1,4}}\s*(?:هـ|م\b)|(?:{'|'.join(_MONTHS)})\s*/?\s*\d{{0,4}}")
# A lead that opens on its place and agency: "دمشق، سوريا (CNN) --", "الرياض (واس) -".
_LEAD_DATELINE = re.compile(
    r"^(?P<dateline>[^\s()]+(?:[،,]? [^\s()]+){0,2} ?\([^)]{1,25}\) ?(?:--|-|–|—|:)) ?"
)


def is_heading(line: str, max_words: int) -> bool:
    return len(line.split()) <= max_words and not PUNCTUATED_END.search(line)


def section_prefix(headline: str) -> str | None:
    match = _SECTION_PREFIX.match(headline)
    return match.group(1) if match else None


def is_byline(line: str) -> bool:
    return len(line.split()) <= 8 and _BYLINE.match(line) is not None and not line.endswith(".")


def is_dateline(line: str) -> bool:
    """A line carrying a date and no sentence: "الرياض 26 شوال 1436 هـ الموافق … واس"."""
    return len(line.split()) <= 20 and _DATE.search(line) is not None and not line.endswith(".")


def split_lead_dateline(paragraph: str) -> tuple[str | None, str]:
    """(dateline, rest) for a lead that opens on "City (Agency) --"."""
    match = _LEAD_DATELINE.match(paragraph)
    if not match or len(paragraph) - match.end() < 20:
        return None, paragraph
    return match.group("dateline"), paragraph[match.end() :]


@dataclass(frozen=True)
class Front:
    """What stands before the body, and where the body starts."""

    category: str | None
    headline: str
    deck: str | None
    byline: str | None
    dateline: str | None
    body: tuple[str, ...]


def read_front(
    lines: list[str], title: str | None, category: str | None, byline: str | None
) -> Front:
    rest = list(lines)
    if title is None:
        if len(rest) > 2 and is_heading(rest[0], _MAX_CATEGORY_WORDS):
            category = category or rest.pop(0)
        title = rest.pop(0) if rest else ""
    elif rest and rest[0] == title:
        rest.pop(0)  # pages and feeds often repeat the title as the first line
    category = category or section_prefix(title)
    deck = dateline = None
    for _ in range(3):  # the front lines come in any order, each at most once
        if not rest or len(rest) < 2:
            break
        line = rest[0]
        if dateline is None and is_dateline(line):
            dateline = rest.pop(0)
        elif byline is None and is_byline(line):
            byline = rest.pop(0)
        elif deck is None and is_heading(line, _MAX_DECK_WORDS) and len(line.split()) >= 4:
            deck = rest.pop(0)
        else:
            break
    return Front(category, title, deck, byline, dateline, tuple(rest))
