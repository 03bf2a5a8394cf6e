"""How long to stay silent after a cue: by its role, its last punctuation mark, and
whether a chapter ends there."""

from __future__ import annotations

from briefing.config import Config
from briefing.model import Cue, Role

_QUESTION_OR_EXCLAMATION = ("؟", "?", "!", "…")
_LEANING = ("،", ",", ":", "؛", ";")  # the sentence goes on in the next cue


def pause_after(cue: Cue, config: Config, chapter_ends: bool) -> int:
    """Milliseconds of silence between this cue and whatever follows it."""
    if chapter_ends:
        return config.chapter_pause_ms
    audio = config.audio
    if cue.role is Role.QUOTE_INTRO:
        return audio.quote_intro_pause_ms
    pause = audio.headline_pause_ms if cue.role is Role.HEADLINE else config.pause_ms
    text = cue.text.rstrip(" »”\"'")
    if text.endswith(_QUESTION_OR_EXCLAMATION):
        pause += audio.question_pause_ms
    elif text.endswith(_LEANING):
        pause += audio.comma_pause_ms
    return max(0, pause)
