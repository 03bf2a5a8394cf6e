"""Which engine speaks each voice: its own (auto), or one forced for all (--engine X).

With auto, a voice whose engine cannot speak now (a service that does not answer, a Piper
voice file that is not there) falls back to espeak-ng, offline, with one warning line per
engine that did not answer, naming the voices it would have spoken.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from briefing.errors import InputError
from briefing.model import Voice
from briefing.tts.availability import EngineCheck
from briefing.voices import ENGINE_NAMES

OFFLINE = "espeak"
ENGINE_LABELS = {
    "espeak": "espeak-ng",
    "gtts": "Google's speech service (gTTS)",
    "edge": "Microsoft's speech service (edge-tts)",
    "piper": "piper",
}


@dataclass(frozen=True)
class EnginePlan:
    engines: Mapping[str, str]  # voice name -> engine that speaks it
    warnings: tuple[str, ...] = ()


def plan_engines(voices: Iterable[Voice], choice: str, check: EngineCheck) -> EnginePlan:
    """The engine of every voice for `--engine choice`."""
    if choice not in ENGINE_NAMES:
        raise InputError(f"unknown engine {choice!r} (choose from {', '.join(ENGINE_NAMES)})")
    voices = list(voices)
    if choice != "auto":
        return EnginePlan({voice.name: choice for voice in voices})
    engines: dict[str, str] = {}
    fell_back: dict[str, list[str]] = {}  # engine -> voices, in the order met
    reasons: dict[str, str] = {}
    for voice in voices:
        found = check.check(voice.engine, voice)
        if found.available:
            engines[voice.name] = voice.engine
        else:
            engines[voice.name] = OFFLINE
            fell_back.setdefault(voice.engine, []).append(voice.name)
            reasons.setdefault(voice.engine, found.reason)
    warnings = tuple(
        f"{ENGINE_LABELS[engine]}: {reasons[engine]}; "
        f"{', '.join(names)} speak{'s' if len(names) == 1 else ''} offline with espeak-ng"
        for engine, names in fell_back.items()
    )
    return EnginePlan(engines, warnings)


def announce(plan: EnginePlan, warn: Callable[[str], None]) -> None:
    for warning in plan.warnings:
        warn(warning)
