"""A short sample of one voice, written as MP3, so a producer can hear it.

Like build.py, a use case over several stages (synth, mix, publish), so it lives beside it
rather than inside one of them."""

from __future__ import annotations

from pathlib import Path

from briefing.audio import conform
from briefing.fileio import write_atomic_with
from briefing.model import MASTER_MONO, Clip, Cue, Role, Voice
from briefing.publish.mp3 import encode_mp3
from briefing.speech import Lexicon, speakable
from briefing.tts import synthesize
from briefing.tts.cache import SpeechCache
from briefing.tts.engines import Engines

SAMPLE_TEXT = "مرحبا بكم في موجز الأخبار. هذا صوت من أصوات النشرة، فهل يعجبكم؟"


def write_preview(
    voice: Voice,
    engines: Engines,
    cache: SpeechCache,
    path: Path,
    text: str = SAMPLE_TEXT,
    lexicon: Lexicon | None = None,
) -> Path:
    cue = Cue(text=text, role=Role.SUMMARY, voice=voice.name, spoken=speakable(text, lexicon))
    clip = synthesize((cue,), {voice.name: voice}, engines, cache).clips[0]
    sample = Clip(pcm=conform(clip, MASTER_MONO, voice.gain_db), format=MASTER_MONO)
    write_atomic_with(path, lambda tmp: encode_mp3(sample, tmp, "96k"))
    return path
