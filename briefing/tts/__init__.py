"""Synth: cues to clips, through an engine, a cache, and a pool of workers."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

from briefing.errors import EngineError, InputError

with warnings.catch_warnings():  # deprecated in 3.11-3.12; audioop-lts from 3.13 (as pydub)
    warnings.simplefilter("ignore", DeprecationWarning)
    import audioop
from briefing.model import Clip, Cue, Voice
from briefing.tts.cache import SpeechCache, cache_key
from briefing.tts.engine import Engine
from briefing.tts.engines import EngineChoice, Engines, OneEngine, log_warning, make_engine
from briefing.tts.post import apply_post

__all__ = [
    "SILENT_ATTEMPTS",
    "Engine",
    "EngineChoice",
    "EngineUse",
    "Engines",
    "OneEngine",
    "Progress",
    "Synthesis",
    "is_silent",
    "log_warning",
    "make_engine",
    "synthesize",
]

# A clip whose RMS is below this (about -60 dBFS of 16-bit audio) holds no speech: an
# engine that answers with silence is failing, however well-formed its answer is.
SILENCE_RMS = 33
SILENT_ATTEMPTS = 3

Progress = Callable[[int, int], None]  # (cues just finished, cues in all)


@dataclass(frozen=True)
class EngineUse:
    """What one engine did in a synthesis."""

    voices: tuple[str, ...]  # the voices it spoke, in cue order
    segments: int
    synthesized: int
    cached: int


@dataclass(frozen=True)
class Synthesis:
    clips: tuple[Clip, ...]  # one per cue, in cue order
    synthesized: int  # engine calls: one per distinct text and voice not in the cache
    cached: int  # cues that needed no call of their own (cached, or a repeat of another cue)
    engines: Mapping[str, EngineUse] = field(default_factory=dict)  # by engine name
    voice_engines: Mapping[str, str] = field(default_factory=dict)  # voice -> engine that spoke it


def _uses(
    cues: tuple[Cue, ...], names: list[str], keys: list[str], missing: set[str]
) -> dict[str, EngineUse]:
    uses: dict[str, EngineUse] = {}
    for name in dict.fromkeys(names):
        mine = [i for i, engine in enumerate(names) if engine == name]
        made = {keys[i] for i in mine} & missing
        uses[name] = EngineUse(
            voices=tuple(dict.fromkeys(cues[i].voice for i in mine)),
            segments=len(mine),
            synthesized=len(made),
            cached=len(mine) - len(made),
        )
    return uses


def is_silent(clip: Clip) -> bool:
    return not clip.pcm or audioop.rms(clip.pcm, clip.format.sample_width) < SILENCE_RMS


def _audible(engine: Engine, text: str, voice: Voice, shown: str) -> Clip:
    """The engine's clip for `text`, asked again when it comes back silent."""
    for _attempt in range(SILENT_ATTEMPTS):
        clip = engine.synthesize(text, voice)
        if not is_silent(clip):
            return clip
    raise EngineError(
        f"{engine.name}: silence instead of speech after {SILENT_ATTEMPTS} attempts "
        f"for {shown[:40]!r}"
    )


def synthesize(
    cues: tuple[Cue, ...],
    voices: Mapping[str, Voice],
    engines: Engines,
    cache: SpeechCache,
    workers: int = 8,
    progress: Progress | None = None,
) -> Synthesis:
    """A clip per cue, of its spoken text (the speech stage's); cached clips are reused, the
    rest synthesized in parallel."""
    texts: list[str] = []
    for cue in cues:
        if cue.voice not in voices:
            raise InputError(f"no voice profile named {cue.voice!r}")
        if cue.spoken is None:
            raise ValueError(f"cue {cue.text[:40]!r} has not been through the speech stage")
        texts.append(cue.spoken)
    speakers = [engines.for_voice(voices[cue.voice]) for cue in cues]
    # Keyed on the engine actually used, the speakable text and the engine's preparation id,
    # not the prepared text: a cached cue never pays for preparation (espeak's tashkeel).
    keys = [
        cache_key(
            engine.name, engine.version, voices[cue.voice], text, preparation=engine.preparation
        )
        for cue, text, engine in zip(cues, texts, speakers, strict=True)
    ]
    # A text spoken twice in one script (وأضاف:) is synthesized once: engines do not answer
    # identically from call to call, and the episode's fingerprint must not depend on which
    # of several takes the cache happened to keep.
    first_cue: dict[str, int] = {}  # each distinct key, in cue order, to its first cue
    for i, key in enumerate(keys):
        first_cue.setdefault(key, i)
    found: dict[str, Clip | None] = {key: cache.get(key) for key in first_cue}
    missing = [key for key, clip in found.items() if clip is None]
    waiting = sum(found[key] is None for key in keys)
    if progress and waiting < len(cues):
        progress(len(cues) - waiting, len(cues))

    def make(key: str) -> Clip:
        i = first_cue[key]
        voice, engine = voices[cues[i].voice], speakers[i]
        clip = _audible(engine, engine.prepare(texts[i]), voice, cues[i].text)
        clip = apply_post(clip, voice.post)
        cache.put(key, clip, engine.name)  # only a whole clip is ever stored
        return clip

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = {pool.submit(make, key): key for key in missing}
        try:
            for future in as_completed(futures):
                key = futures[future]
                found[key] = future.result()
                if progress:
                    progress(keys.count(key), len(cues))
        except BaseException:
            for future in futures:
                future.cancel()  # fail fast: do not start segments nobody will use
            raise
    clips = tuple(found[key] for key in keys)
    names = [engine.name for engine in speakers]
    return Synthesis(
        clips=tuple(clip for clip in clips if clip is not None),
        synthesized=len(missing),
        cached=len(cues) - len(missing),
        engines=_uses(cues, names, keys, set(missing)),
        voice_engines={cue.voice: name for cue, name in zip(cues, names, strict=True)},
    )
