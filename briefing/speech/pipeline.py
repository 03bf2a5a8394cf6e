"""Written Arabic to the text an engine should say.

A pipeline of small pure pre-processors (in the manner of gTTS's tokenizer), each with its
own job and tests, composed by `speakable`. Order matters: characters are repaired first,
then the numbers whose shape tells what they are (dates, phones, money…), then the plain
counts, then Latin, symbols and punctuation.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from briefing.speech import (
    alphanumeric,
    cleanup,
    clock,
    dates,
    identifiers,
    latin,
    ordinals,
    pairs,
    punctuation,
    quantities,
    repeats,
    web,
)
from briefing.speech.context import is_sports
from briefing.speech.counting import counts, leftover_digits
from briefing.speech.lexicon import Lexicon, shipped_lexicon

Processor = Callable[[str], str]


def pipeline(lexicon: Lexicon, sports: bool = False) -> tuple[Processor, ...]:
    """The processors in order; `sports`: the text is a sports story's, where two small
    numbers joined by a dash are a result even without the words of a match."""
    return (
        cleanup.control_characters,
        cleanup.strip_invisible,
        cleanup.presentation_forms,
        cleanup.stretched_words,
        cleanup.strip_tatweel,
        cleanup.article_apart,
        cleanup.western_digits,
        dates.english_dates,
        cleanup.slashed_numbers,
        dates.reference_years,
        cleanup.model_hyphens,
        web.drop_addresses,
        web.hashtags,
        cleanup.bidi_decimals,
        cleanup.detach_digits,
        cleanup.detach_latin,
        cleanup.thousands_separators,
        repeats.repeated_amounts,
        partial(pairs.match_notes, sports=sports),
        repeats.bracketed_numbers,
        cleanup.between_numbers,
        ordinals.list_markers,
        cleanup.detach_prefixes,
        partial(punctuation.initials, lexicon=lexicon),
        partial(punctuation.abbreviations, lexicon=lexicon),
        partial(punctuation.glued_phrases, lexicon=lexicon),
        cleanup.glued_words,
        dates.dual_months,
        partial(dates.numeric_dates, lexicon=lexicon),
        pairs.consecutive_years,
        clock.times,
        partial(dates.day_month_year, lexicon=lexicon),
        dates.days_without_month,
        identifiers.identifiers,
        partial(alphanumeric.alphanumeric, lexicon=lexicon),
        pairs.percentages,
        pairs.stoppage_time,
        partial(pairs.scores, sports=sports),
        partial(pairs.ranges, lexicon=lexicon),
        quantities.per_slash,
        quantities.currencies,
        partial(quantities.units, lexicon=lexicon),
        quantities.fractions,
        partial(ordinals.ordinals, lexicon=lexicon),
        partial(counts, lexicon=lexicon),
        leftover_digits,
        partial(latin.latin, lexicon=lexicon),
        punctuation.quoted_speech_pauses,
        punctuation.symbols,
        cleanup.join_glued,
        punctuation.collapse_punctuation,
        punctuation.spaces,
    )


def speakable(text: str, lexicon: Lexicon | None = None, category: str | None = None) -> str:
    """The text as a newsreader would say it: no digits, no symbols to stumble on. Without a
    lexicon, the shipped one (the user's own files are loaded at the edge: load_lexicon);
    `category`: the section of the story the text comes from (رياضة, Sport…), if known."""
    for process in pipeline(lexicon or shipped_lexicon(), is_sports(category)):
        text = process(text)
    return text
