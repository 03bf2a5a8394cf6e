"""The speech stage: a Script's cues with their spoken text filled in.

Between script and synth, so that what the engines will say is part of the data (what the
script view and the transcript can show) and synth only speaks. A cue with nothing left to
say (a line of symbols) is dropped with the quote intro that announced it; a story with
nothing left at all is bad input, not a silent clip that the engine gets blamed for.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.errors import InputError
from briefing.model import Chapter, Cue, Role, Script
from briefing.speech.lexicon import Lexicon
from briefing.speech.pipeline import speakable


def says_something(spoken: str) -> bool:
    """Whether an engine has a word to say: punctuation and spaces alone are no speech."""
    return any(char.isalpha() for char in spoken)


def speak_cues(
    cues: tuple[Cue, ...], lexicon: Lexicon | None = None, category: str | None = None
) -> tuple[Cue, ...]:
    """The cues that say something, each with its spoken text (the shipped lexicon if none);
    `category`: the story's section, which tells how some numbers read (a sports result)."""
    kept: list[Cue] = []
    for cue in cues:
        spoken = speakable(cue.text, lexicon, category)
        if says_something(spoken):
            kept.append(replace(cue, spoken=spoken))
        elif cue.role is Role.QUOTE and kept and kept[-1].role is Role.QUOTE_INTRO:
            kept.pop()  # "وقال فلان:" announced words that are not there
    return tuple(kept)


def speak_script(script: Script, lexicon: Lexicon) -> Script:
    """The script with every cue's spoken text; chapters left without a cue are dropped,
    and a story chapter left without one is an InputError naming its article."""
    chapters: list[Chapter] = []
    for chapter in script.chapters:
        cues = speak_cues(chapter.cues, lexicon, chapter.category)
        if cues:
            chapters.append(replace(chapter, cues=cues))
        elif chapter.source is not None:
            raise InputError(f"{chapter.source}: nothing speakable left in this article")
    return replace(script, chapters=tuple(chapters))
