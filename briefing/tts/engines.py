"""Which engine speaks which voice: the seam between synth and the engines it is given.

An episode may mix engines (one per voice). `synthesize` asks an `Engines` for each voice's
engine; `OneEngine` is the simple case (every voice through one engine, what `--engine`
chooses, and what tests hand in); `EngineChoice` makes the engine of `--engine NAME` the
first time a voice needs it, so bad input fails before `auto` spends a second probing Google.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Protocol

from briefing.errors import InputError
from briefing.model import Voice
from briefing.tts.engine import Engine
from briefing.voices import ENGINE_NAMES

FALLBACK_WARNING = "Google's speech service did not answer; speaking offline with espeak-ng"


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


def get_engine(
    name: str,
    workers: int = 8,
    probe: Callable[[], bool] | None = None,
    warn: Callable[[str], None] = log_warning,
) -> Engine:
    """The engine for --engine NAME; auto prefers gTTS when Google answers a probe."""
    from briefing.tts.espeak import EspeakEngine
    from briefing.tts.gtts_engine import GttsEngine
    from briefing.tts.probe import google_answers

    check_engine_name(name)
    if name == "gtts" or (name == "auto" and (probe or google_answers)()):
        return GttsEngine(max_requests=workers)
    if name == "auto":
        warn(FALLBACK_WARNING)
    return EspeakEngine()


class EngineChoice:
    """`--engine NAME` for every voice, the engine made when a voice first needs it."""

    def __init__(
        self,
        name: str,
        workers: int = 8,
        probe: Callable[[], bool] | None = None,
        warn: Callable[[str], None] = log_warning,
    ) -> None:
        self.name, self.workers = check_engine_name(name), workers
        self.probe, self.warn = probe, warn
        self._engine: Engine | None = None
        self._lock = threading.Lock()  # synth asks from several threads

    def for_voice(self, voice: Voice) -> Engine:
        with self._lock:
            if self._engine is None:
                self._engine = get_engine(self.name, self.workers, self.probe, self.warn)
            return self._engine

    def close(self) -> None:
        with self._lock:
            engine, self._engine = self._engine, None
        if engine is not None:
            engine.close()
