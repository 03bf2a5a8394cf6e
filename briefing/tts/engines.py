"""Which engine speaks which voice: the seam between synth and the engines it is given.

An episode may mix engines (one per voice). `synthesize` asks an `Engines` for each voice's
engine; `OneEngine` is the simple case (every voice through one engine, what tests hand in);
`EngineChoice` is what `--engine NAME` chooses: each voice's own engine (auto) or one for
all, decided the first time a voice needs it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from typing import Protocol

from briefing.errors import InputError
from briefing.model import Voice
from briefing.tts.availability import EngineCheck
from briefing.tts.engine import Engine
from briefing.voices import ENGINE_NAMES

OFFLINE = "espeak"
FALLBACK = "its voices speak offline with espeak-ng"
ENGINE_LABELS = {
    "espeak": "espeak-ng",
    "gtts": "Google's speech service (gTTS)",
    "edge": "Microsoft's speech service (edge-tts)",
    "piper": "piper",
}


class Engines(Protocol):
    def for_voice(self, voice: Voice) -> Engine:
        """The engine that speaks this voice."""
        ...

    def close(self) -> None:
        """Release every engine made so far; called once by whoever made this object."""
        ...


class OneEngine:
    """Every voice through the same engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def for_voice(self, voice: Voice) -> Engine:
        return self.engine

    def close(self) -> None:
        self.engine.close()


def log_warning(message: str) -> None:
    logging.getLogger("briefing").warning(message)


def check_engine_name(name: str) -> str:
    if name not in ENGINE_NAMES:
        raise InputError(f"unknown engine {name!r} (choose from {', '.join(ENGINE_NAMES)})")
    return name


EngineMaker = Callable[[str, int], Engine]


def make_engine(name: str, workers: int = 8, vowels: Mapping[str, str] | None = None) -> Engine:
    """A new engine by name; the network engines bounded by the build's workers; the offline
    one with the lexicon's [tashkeel] table (`vowels`, the shipped one if None)."""
    check_engine_name(name)
    if name == "gtts":
        from briefing.tts.gtts_engine import GttsEngine

        return GttsEngine(max_requests=workers)
    if name == "edge":
        from briefing.tts.edge_engine import MAX_REQUESTS, EdgeEngine

        return EdgeEngine(max_requests=min(workers, MAX_REQUESTS))
    if name == "piper":
        from briefing.tts.piper_engine import PiperEngine

        return PiperEngine()
    from briefing.tts.espeak import EspeakEngine

    return EspeakEngine(vowels)


class EngineChoice:
    """The engines of `--engine NAME`: with auto, every voice its own engine (its profile's
    `engine`) when that engine can speak now, else espeak-ng offline, with one warning line
    per engine that did not answer; any other NAME speaks every voice, probing nothing.

    Decided when a voice first needs it (bad input fails before a probe costs a second);
    each engine is made once and shared by its voices. `used` says, per voice, the engine
    that actually spoke it: what the cache keys on and the build reports."""

    def __init__(
        self,
        name: str,
        workers: int = 8,
        check: EngineCheck | None = None,
        warn: Callable[[str], None] = log_warning,
        make: EngineMaker = make_engine,
    ) -> None:
        self.name, self.workers = check_engine_name(name), workers
        self.check = check or EngineCheck()
        self.warn, self.make = warn, make
        self.used: dict[str, str] = {}  # voice name -> engine name
        self._engines: dict[str, Engine] = {}
        self._warned: set[str] = set()
        self._lock = threading.Lock()  # synth asks from several threads

    def engine_name(self, voice: Voice) -> str:
        with self._lock:
            if voice.name not in self.used:
                self.used[voice.name] = self._decide(voice)
            return self.used[voice.name]

    def _decide(self, voice: Voice) -> str:
        if self.name != "auto":
            return self.name
        found = self.check.check(voice.engine, voice)
        if found.available:
            return voice.engine
        if voice.engine not in self._warned:
            self._warned.add(voice.engine)
            self.warn(f"{ENGINE_LABELS[voice.engine]}: {found.reason}; {FALLBACK}")
        return OFFLINE

    def for_voice(self, voice: Voice) -> Engine:
        name = self.engine_name(voice)
        with self._lock:
            if name not in self._engines:
                self._engines[name] = self.make(name, self.workers)
            return self._engines[name]

    def close(self) -> None:
        with self._lock:
            engines, self._engines = list(self._engines.values()), {}
        for engine in engines:
            engine.close()
