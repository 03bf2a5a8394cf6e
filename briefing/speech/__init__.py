"""Speech: written Arabic to the text an engine should say, and the stage that fills it into
every cue of a Script (pipeline.py: the processors; stage.py: the stage)."""

from __future__ import annotations

from briefing.speech.lexicon import Lexicon, load_lexicon, shipped_lexicon
from briefing.speech.pipeline import Processor, pipeline, speakable
from briefing.speech.stage import says_something, speak_cues, speak_script

__all__ = [
    "Lexicon",
    "Processor",
    "load_lexicon",
    "pipeline",
    "says_something",
    "shipped_lexicon",
    "speak_cues",
    "speak_script",
    "speakable",
]
