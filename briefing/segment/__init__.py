"""Segment: an Article to a Story (headline, summary, quotes, sections)."""

from __future__ import annotations

import re

from briefing.model import Article, Quote, Section, Story
from briefing.segment.attribution import THRESHOLD as SPEAKER_THRESHOLD
from briefing.segment.boilerplate import opens_speech, split_boilerplate, split_lead_caption
from briefing.segment.headlines import repeats_headline, split_repeated_headline
from briefing.segment.quotes import find_quotes
from briefing.segment.structure import (
    headline_index,
    is_heading,
    is_whole_byline,
    masthead_end,
    read_front,
    split_lead_byline,
    split_lead_dateline,
    split_trailing_credit,
)
from briefing.segment.summary import SUMMARY_SENTENCES, SUMMARY_WORDS, summarize

__all__ = ["SPEAKER_THRESHOLD", "SUMMARY_SENTENCES", "SUMMARY_WORDS", "segment", "summarize"]

_MAX_SUBHEADING_WORDS = 8
# A quote-block marker some feeds and e-mail copies open lines with ("> الدوحة …").
_QUOTE_BLOCK = re.compile(r"^\s*>\s*")


def _sections(body: tuple[str, ...]) -> tuple[Section, ...]:
    sections: list[Section] = []
    title: str | None = None
    paragraphs: list[str] = []
    for line in body:
        if is_heading(line, _MAX_SUBHEADING_WORDS) and not opens_speech(line):
            if paragraphs or title is not None:
                sections.append(Section(title, tuple(paragraphs)))
            title, paragraphs = line, []
        else:
            paragraphs.append(line)
    if paragraphs or title is not None:
        sections.append(Section(title, tuple(paragraphs)))
    return tuple(section for section in sections if section.paragraphs)


def _said_again(index: int, deck: str | None, quotes: list[Quote]) -> bool:
    """A quotation of the deck that a later (body) quote gives again, whole or longer."""
    text = " ".join(quotes[index].text.split())
    if not deck or text not in " ".join(deck.split()):
        return False
    return any(text in " ".join(q.text.split()) for q in quotes[index + 1 :])


def segment(
    article: Article,
    summary_sentences: int = SUMMARY_SENTENCES,
    summary_words: int = SUMMARY_WORDS,
    speaker_threshold: float = SPEAKER_THRESHOLD,
) -> Story:
    lines = tuple(_QUOTE_BLOCK.sub("", line) for line in article.lines)  # "> الدوحة …"
    masthead = masthead_end(lines) if article.title is None else 0  # a copied page's menus
    front_lines = lines[masthead:]
    kept, dropped = split_boilerplate(front_lines, headline_index(front_lines, article.title))
    dropped = (*lines[:masthead], *dropped)
    front = read_front(list(kept), article.title, article.category, article.byline, front_lines)
    # a ticker, a page's print view or a byline block repeats the headline in the body
    repeated = tuple(line for line in front.body if repeats_headline(line, front.headline))
    body = tuple(line for line in front.body if line not in repeated)
    dropped = (*front.dropped, *dropped, *repeated)
    deck = front.deck
    if deck is not None and repeats_headline(deck, front.headline):
        deck, dropped = None, (*dropped, deck)
    sections = _sections(body)
    paragraphs = [p for section in sections for p in section.paragraphs]
    byline, dateline = front.byline, front.dateline
    if len(paragraphs) > 1 and is_whole_byline(paragraphs[0]):  # on a line of its own
        byline, paragraphs = byline or paragraphs[0], paragraphs[1:]
    if paragraphs:  # a caption, byline or dateline glued to the lead never opens the summary
        # the headline printed again at the head of the lead ("<headline>. أعلنت …"), when
        # it stands on a line of its own too (a headline drawn from the lead is its start)
        lead = paragraphs[0]
        if front.headline in lines or article.title is not None:
            repeat, lead = split_repeated_headline(lead, front.headline)
            dropped = (*dropped, repeat) if repeat else dropped
        caption, lead = split_lead_caption(lead)
        dropped = (*dropped, caption) if caption else dropped
        lead_byline, lead = split_lead_byline(lead)
        lead_dateline, lead = split_lead_dateline(lead)
        byline, dateline = byline or lead_byline, dateline or lead_dateline
        paragraphs = [lead, *paragraphs[1:]]
        last, credit = split_trailing_credit(paragraphs[-1])  # "….(عمّان - الرأي اليوم)"
        byline, paragraphs = byline or credit, [*paragraphs[:-1], last]
    above = [deck] if deck else []  # a deck quotes speech too
    article_text = "\n".join([front.headline, *above, *body])
    quotes = find_quotes(
        [*above, *paragraphs],
        article_text,
        speaker_threshold,
        front.headline,
        written="\n".join(article.lines),
    )
    return Story(
        source=article.source,
        category=front.category,
        headline=front.headline,
        summary=summarize(paragraphs, summary_sentences, summary_words, front.headline),
        quotes=tuple(q for n, q in enumerate(quotes) if not _said_again(n, deck, quotes)),
        sections=sections,
        dropped=dropped,
        deck=deck,
        byline=byline,
        dateline=dateline,
        credit=article.credit,
        short_title=article.short_title,
    )
