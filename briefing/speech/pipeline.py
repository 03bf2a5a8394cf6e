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
    cleanup,
    dates,
    identifiers,
    latin,
    ordinals,
    pairs,
    punctuation,
    quantities,
    web,
)
from briefing.speech.counting import counts, leftover_digits
from briefing.speech.lexicon import Lexicon, shipped_lexicon

Processor = Callable[[str], str]


def pipeline(lexicon: Lexicon) -> tuple[Processor, ...]:
    return (
        cleanup.control_characters,
        cleanup.strip_invisible,
        cleanup.strip_tatweel,
        cleanup.western_digits,
        web.drop_addresses,
        web.hashtags,
        cleanup.bidi_decimals,
        cleanup.thousands_separators,
        cleanup.detach_prefixes,
        partial(punctuation.abbreviations, lexicon=lexicon),
        dates.dual_months,
        dates.numeric_dates,
        dates.times,
        partial(dates.day_month_year, lexicon=lexicon),
        identifiers.identifiers,
        quantities.model_names,
        pairs.percentages,
        pairs.scores,
        partial(pairs.ranges, lexicon=lexicon),
        quantities.currencies,
        quantities.units,
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


def speakable(text: str, lexicon: Lexicon | None = None) -> str:
    """The text as a newsreader would say it: no digits, no symbols to stumble on. Without a
    lexicon, the shipped one (the user's own files are loaded at the edge: load_lexicon)."""
    for process in pipeline(lexicon or shipped_lexicon()):
        text = process(text)
    return text
