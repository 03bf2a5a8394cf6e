"""Segment: an Article to a Story (headline, summary, quotes, sections)."""

from __future__ import annotations

import re

from briefing.model import Article, Section, Story
from briefing.segment.boilerplate import split_boilerplate
from briefing.segment.quotes import find_quotes
from briefing.segment.sentences import split_sentences

_SENTENCE_END = re.compile(r"[.!?؟:،؛”»\"]$")
_MAX_CATEGORY_WORDS = 3
_MAX_SUBHEADING_WORDS = 8
SUMMARY_SENTENCES = 2
SUMMARY_WORDS = 60


def _is_heading(line: str, max_words: int) -> bool:
    return len(line.split()) <= max_words and not _SENTENCE_END.search(line)


def _sections(body: tuple[str, ...]) -> tuple[Section, ...]:
    sections: list[Section] = []
    title: str | None = None
    paragraphs: list[str] = []
    for line in body:
        if _is_heading(line, _MAX_SUBHEADING_WORDS):
            if paragraphs or title is not None:
                sections.append(Section(title, tuple(paragraphs)))
            title, paragraphs = line, []
        else:
            paragraphs.append(line)
    if paragraphs or title is not None:
        sections.append(Section(title, tuple(paragraphs)))
    return tuple(section for section in sections if section.paragraphs)


def summarize(paragraphs: list[str], sentences: int = SUMMARY_SENTENCES) -> tuple[str, ...]:
    """The lead sentences, up to `sentences` of them or about SUMMARY_WORDS words."""
    chosen: list[str] = []
    words = 0
    for paragraph in paragraphs:
        for sentence in split_sentences(paragraph):
            if chosen and (len(chosen) >= sentences or words >= SUMMARY_WORDS):
                return tuple(chosen)
            chosen.append(sentence)
            words += len(sentence.split())
    return tuple(chosen)


def segment(article: Article) -> Story:
    kept, dropped = split_boilerplate(article.lines)
    lines = list(kept)
    category = None
    if len(lines) > 2 and _is_heading(lines[0], _MAX_CATEGORY_WORDS) and not article.title:
        category = lines.pop(0)
    headline = article.title or (lines.pop(0) if lines else "")
    sections = _sections(tuple(lines))
    paragraphs = [p for section in sections for p in section.paragraphs]
    return Story(
        source=article.source,
        category=category,
        headline=headline,
        summary=summarize(paragraphs),
        quotes=tuple(find_quotes(paragraphs)),
        sections=sections,
        dropped=dropped,
    )
