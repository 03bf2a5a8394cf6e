"""Can an engine speak a voice right now? What `briefing voices` shows, and what `auto`
falls back on: one look per engine per run, however many voices use it."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from briefing.model import Voice
from briefing.tts.piper_engine import missing_files
from briefing.tts.probe import edge_answers, google_answers

Probe = Callable[[], bool]
NETWORK_PROBES: Mapping[str, Probe] = {"gtts": google_answers, "edge": edge_answers}


@dataclass(frozen=True)
class Availability:
    available: bool
    reason: str  # what a producer reads beside the voice: "offline", "no answer", …


class EngineCheck:
    def __init__(self, probes: Mapping[str, Probe] = NETWORK_PROBES) -> None:
        self.probes = probes
        self._answers: dict[str, bool] = {}
        self._lock = threading.Lock()

    def _answers_now(self, engine: str) -> bool:
        with self._lock:
            if engine not in self._answers:
                self._answers[engine] = self.probes[engine]()
            return self._answers[engine]

    def check(self, engine: str, voice: Voice) -> Availability:
        if engine == "espeak":
            return Availability(True, "offline")
        if engine == "piper":
            if importlib.util.find_spec("piper") is None:
                return Availability(False, "piper-tts is not installed")
            settings = voice.settings("piper")
            missing = missing_files(settings) if "model" in settings else "no [piper] model"
            return Availability(missing is None, missing or "offline")
        if self._answers_now(engine):
            return Availability(True, "answers")
        return Availability(False, "no answer")
