"""Synth: cues to clips, through an engine, a cache, and a pool of workers."""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from briefing.errors import EngineError, InputError
from briefing.model import Clip, Cue, Voice
from briefing.speech import speakable
from briefing.tts.cache import SpeechCache, cache_key
from briefing.tts.engine import Engine
from briefing.tts.espeak import EspeakEngine
from briefing.tts.gtts_engine import GttsEngine

ENGINE_NAMES = ("auto", "espeak", "gtts")


@dataclass(frozen=True)
class Synthesis:
    clips: tuple[Clip, ...]  # one per cue, in cue order
    synthesized: int  # engine calls made
    cached: int  # clips served from the cache


def get_engine(name: str) -> Engine:
    if name in ("espeak", "auto"):
        # auto will prefer gTTS once it can probe Google; offline is the default.
        return EspeakEngine()
    if name == "gtts":
        return GttsEngine()
    raise InputError(f"unknown engine {name!r} (choose from {', '.join(ENGINE_NAMES)})")


def synthesize(
    cues: tuple[Cue, ...],
    voices: Mapping[str, Voice],
    engine: Engine,
    cache: SpeechCache,
    workers: int = 8,
) -> Synthesis:
    """A clip per cue; cached clips are reused, the rest synthesized in parallel."""
    for cue in cues:
        if cue.voice not in voices:
            raise InputError(f"no voice profile named {cue.voice!r}")
    texts = [engine.prepare(speakable(cue.text)) for cue in cues]
    keys = [
        cache_key(engine.name, engine.version, voices[cue.voice], text)
        for cue, text in zip(cues, texts, strict=True)
    ]
    clips: list[Clip | None] = [cache.get(key) for key in keys]
    missing = [i for i, clip in enumerate(clips) if clip is None]

    def make(i: int) -> Clip:
        clip = engine.synthesize(texts[i], voices[cues[i].voice])
        if not clip.pcm:
            raise EngineError(f"{engine.name}: no audio for {cues[i].text[:40]!r}")
        cache.put(keys[i], clip)
        return clip

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        for i, clip in zip(missing, pool.map(make, missing), strict=True):
            clips[i] = clip
    return Synthesis(
        clips=tuple(c for c in clips if c is not None),
        synthesized=len(missing),
        cached=len(cues) - len(missing),
    )
