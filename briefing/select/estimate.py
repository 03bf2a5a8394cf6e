"""How long a running order will play, before any of it is spoken.

Speech from the speakable text's length at a measured rate, pauses and stings exactly as
the mix lays them (audio.pauses), so that a length cap can be kept before synthesis.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache

from briefing.audio.pauses import pause_after
from briefing.config import Config
from briefing.model import Role, Script, Voice
from briefing.speech import speakable

# espeak-ng (ar, rate 150, tashkeel) on the 6 articles of examples/ and tests/fixtures:
# 4554 speakable characters (spaces included) in 524.8 s of speech, 8.7 per second. Whole
# programmes (bench/bench_estimate.py): examples/ 293 s estimated for 293 s, the held-out
# tests/fixtures/desk/ 784 s for 792 s. Google's voices read faster, so with them the
# estimate errs long and a capped episode comes out shorter, never longer.
SPOKEN_CHARS_PER_S = 8.7
STING_S = 1.25  # audio.tones.sting


@lru_cache(maxsize=4096)
def _spoken_chars(text: str) -> int:
    return len(speakable(text))


def estimate_seconds(
    script: Script,
    voices: Mapping[str, Voice],
    config: Config,
    spoken_chars: Callable[[str], int] = _spoken_chars,
) -> float:
    """The programme's length as `audio.mix` would lay it out, speech estimated."""
    audio = config.audio
    total_ms = 0.0
    for index, chapter in enumerate(script.chapters):
        if index and audio.stings:
            total_ms += STING_S * 1000 + audio.sting_gap_ms
        if index == 0 and audio.bed and any(c.role is Role.INTRO for c in chapter.cues):
            total_ms += audio.bed_lead_ms
        for position, cue in enumerate(chapter.cues):
            voice = voices.get(cue.voice)
            tempo = voice.post.tempo if voice else 1.0
            total_ms += spoken_chars(cue.text) / SPOKEN_CHARS_PER_S / tempo * 1000
            total_ms += pause_after(cue, config, chapter_ends=position == len(chapter.cues) - 1)
    return total_ms / 1000
