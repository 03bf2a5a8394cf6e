"""One story told twice: the same article from two sites, a feed item and its page.

Two stories are the same when they have one address, or when most of the shorter one's
word triples (3-word shingles of the folded text) are in the longer one: a feed's teaser
is its page's lead, a syndicated copy differs by a headline and a line or two. Distinct
articles on one subject share names and phrases, not runs of sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from briefing.model import Credit, Story

# Measured on the 35 annotated corpus articles (595 pairs of distinct articles): the
# largest containment between two of them was 0.04; our own copies (a teaser of one
# sentence, a copy with another headline, its last paragraph cut and a site's lines
# added) all scored at or above 0.65.
SAME_STORY = 0.5
_MIN_SHINGLES = 6  # fewer word triples than this (a headline alone) is too little to tell
_TASHKEEL = re.compile("[\u064b-\u065f\u0670\u0640]")  # and tatweel
_FOLD = str.maketrans("أإآٱىةؤئ", "اااايهوي")
_WORD = re.compile(r"\w+")


def fold(text: str) -> list[str]:
    """Words with the differences that sites make in one text removed: diacritics,
    tatweel, hamza seats, alef maqsura and ta marbuta, case, punctuation."""
    return _WORD.findall(_TASHKEEL.sub("", text).translate(_FOLD).casefold())


def shingles(story: Story) -> frozenset[int]:
    paragraphs = [p for section in story.sections for p in section.paragraphs]
    words = fold(" ".join([story.headline, *paragraphs]))
    return frozenset(hash(tuple(words[i : i + 3])) for i in range(len(words) - 2))


def address(url: str | None) -> str | None:
    """An address without scheme, "www.", query, fragment or trailing slash."""
    if not url:
        return None
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" if host else None


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """How much of the smaller set is in the other (1.0: all of it)."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def _words(story: Story) -> int:
    return sum(len(p.split()) for section in story.sections for p in section.paragraphs)


@dataclass(frozen=True)
class Merge:
    """Stories found to be one: `kept` (the fullest telling) stands for all of them."""

    kept: Story
    dropped: tuple[Story, ...]


def _combined(kept: Story, others: list[Story]) -> Story:
    """The fullest telling, with what only the others know of its origin filled in."""
    credit = kept.credit
    for other in others:
        theirs = other.credit
        credit = Credit(
            outlet=credit.outlet or theirs.outlet,
            url=credit.url or theirs.url,
            author=credit.author or theirs.author,
            published=credit.published or theirs.published,
        )
    also = tuple(
        other.credit
        for other in others
        if not other.credit.is_empty and other.credit.url != credit.url
    )
    return replace(kept, credit=credit, also_credited=kept.also_credited + also)


def merge_duplicates(stories: list[Story]) -> tuple[list[Story], list[Merge]]:
    """Stories with each group of duplicates merged into its fullest telling, which takes
    the place of the group's first; the merges made, in input order."""
    prints = [shingles(story) for story in stories]
    addresses = [address(story.credit.url) for story in stories]
    group_of = list(range(len(stories)))  # each story's group: the index of its first
    for later in range(len(stories)):
        for earlier in range(later):
            if group_of[earlier] != earlier:
                continue
            same_page = addresses[later] is not None and addresses[later] == addresses[earlier]
            enough = min(len(prints[later]), len(prints[earlier])) >= _MIN_SHINGLES
            if same_page or (enough and containment(prints[later], prints[earlier]) >= SAME_STORY):
                group_of[later] = earlier
                break
    kept: list[Story] = []
    merges: list[Merge] = []
    for first in range(len(stories)):
        if group_of[first] != first:
            continue
        members = [stories[i] for i in range(len(stories)) if group_of[i] == first]
        if len(members) == 1:
            kept.append(members[0])
            continue
        fullest = max(members, key=_words)  # the first of equals: max keeps the earliest
        others = [story for story in members if story is not fullest]
        story = _combined(fullest, others)
        kept.append(story)
        merges.append(Merge(kept=story, dropped=tuple(others)))
    return kept, merges
