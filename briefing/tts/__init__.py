"""Synth: cues to clips, through an engine, a cache, and a pool of workers."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass

from briefing.errors import EngineError, InputError

with warnings.catch_warnings():  # deprecated in 3.11-3.12; audioop-lts from 3.13 (as pydub)
    warnings.simplefilter("ignore", DeprecationWarning)
    import audioop
from briefing.model import Clip, Cue, Voice
from briefing.tts.cache import SpeechCache, cache_key
from briefing.tts.engine import Engine
from briefing.tts.espeak import EspeakEngine
from briefing.tts.gtts_engine import GttsEngine
from briefing.tts.post import apply_post
from briefing.tts.probe import google_answers
from briefing.voices import ENGINE_NAMES

# A clip whose RMS is below this (about -60 dBFS of 16-bit audio) holds no speech: an
# engine that answers with silence is failing, however well-formed its answer is.
SILENCE_RMS = 33
SILENT_ATTEMPTS = 3
FALLBACK_WARNING = "Google's speech service did not answer; speaking offline with espeak-ng"

Progress = Callable[[int, int], None]  # (cues just finished, cues in all)


@dataclass(frozen=True)
class Synthesis:
    clips: tuple[Clip, ...]  # one per cue, in cue order
    synthesized: int  # engine calls: one per distinct text and voice not in the cache
    cached: int  # cues that needed no call of their own (cached, or a repeat of another cue)


def log_warning(message: str) -> None:
    logging.getLogger("briefing").warning(message)


def get_engine(
    name: str,
    workers: int = 8,
    probe: Callable[[], bool] | None = None,
    warn: Callable[[str], None] = log_warning,
) -> Engine:
    """The engine for --engine NAME; auto prefers gTTS when Google answers a probe."""
    if name not in ENGINE_NAMES:
        raise InputError(f"unknown engine {name!r} (choose from {', '.join(ENGINE_NAMES)})")
    if name == "gtts" or (name == "auto" and (probe or google_answers)()):
        return GttsEngine(max_requests=workers)
    if name == "auto":
        warn(FALLBACK_WARNING)
    return EspeakEngine()


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
    engine: Engine,
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
    # Keyed on the speakable text and the engine's preparation id, not the prepared text:
    # a cached cue never pays for preparation (espeak's tashkeel model).
    keys = [
        cache_key(
            engine.name, engine.version, voices[cue.voice], text, preparation=engine.preparation
        )
        for cue, text in zip(cues, texts, strict=True)
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
        voice = voices[cues[i].voice]
        clip = _audible(engine, engine.prepare(texts[i]), voice, cues[i].text)
        clip = apply_post(clip, voice.post)
        cache.put(key, clip)  # only a whole clip is ever stored
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
    return Synthesis(
        clips=tuple(clip for clip in clips if clip is not None),
        synthesized=len(missing),
        cached=len(cues) - len(missing),
    )
