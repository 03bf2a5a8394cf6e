"""Synth: cues to clips, through an engine, a cache, and a pool of workers."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from briefing.errors import EngineError, InputError

with warnings.catch_warnings():  # deprecated in 3.11-3.12; audioop-lts from 3.13 (as pydub)
    warnings.simplefilter("ignore", DeprecationWarning)
    import audioop
from briefing.model import Clip, Cue, Voice
from briefing.tts.cache import SpeechCache, cache_key
from briefing.tts.engine import Engine
from briefing.tts.engines import EngineChoice, Engines, OneEngine, log_warning, make_engine
from briefing.tts.pool import Job, run_jobs
from briefing.tts.post import apply_post
from briefing.tts.spool import ClipSpool

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
    "speak",
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
    clips: Sequence[Clip]  # one per cue, in cue order (read from a spool on demand)
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


def speak(engine: Engine, speakable: str, voice: Voice, shown: str) -> Clip:
    """One cue's clip: prepared for the engine, spoken, coloured (here or in a helper)."""
    return apply_post(_audible(engine, engine.prepare(speakable), voice, shown), voice.post)


def synthesize(
    cues: tuple[Cue, ...],
    voices: Mapping[str, Voice],
    engines: Engines,
    cache: SpeechCache,
    workers: int = 8,
    progress: Progress | None = None,
    processes: int = 1,
    beside: Callable[[], object] | None = None,
) -> Synthesis:
    """A clip per cue, of its spoken text (the speech stage's); cached clips are reused, the
    rest synthesized in parallel (`workers` threads; engines bound to one caller per process
    in up to `processes` processes). The clips wait in a temporary file (spool.py), not in
    memory, until the mix reads them. `beside` runs meanwhile when anything is synthesized
    (pool.run_jobs)."""
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
    spool = ClipSpool()
    stored: dict[str, int] = {}  # key -> its clip's number in the spool
    for key in first_cue:  # one cached clip in memory at a time
        hit = cache.lookup(key)
        if hit is not None:
            stored[key] = spool.add(hit.clip, hit.pcm_digest)
    missing = [key for key in first_cue if key not in stored]
    waiting = sum(key not in stored for key in keys)
    if progress and waiting < len(cues):
        progress(len(cues) - waiting, len(cues))
    lock = threading.Lock()

    def done(job: Job, clip: Clip) -> None:
        number = spool.add(clip)  # the PCM hashed once, for the spool and the cache
        # only a whole clip is ever stored
        cache.put(job.key, clip, job.engine.name, spool.entry(number).digest)
        with lock:
            stored[job.key] = number
        if progress:
            progress(keys.count(job.key), len(cues))

    jobs = [
        Job(key, speakers[i], texts[i], voices[cues[i].voice], cues[i].text)
        for key in missing
        for i in (first_cue[key],)
    ]
    run_jobs(jobs, speak, done, workers, processes, beside=beside)
    names = [engine.name for engine in speakers]
    return Synthesis(
        clips=spool.clips([stored[key] for key in keys]),
        synthesized=len(missing),
        cached=len(cues) - len(missing),
        engines=_uses(cues, names, keys, set(missing)),
        voice_engines={cue.voice: name for cue, name in zip(cues, names, strict=True)},
    )
