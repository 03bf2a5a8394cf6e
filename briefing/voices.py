"""Voice profiles: voices/*.toml to Voice."""

from __future__ import annotations

import tomllib
from pathlib import Path

from briefing.errors import InputError
from briefing.model import PostProcessing, Voice

ENGINES = ("espeak", "gtts")
ENGINE_NAMES = ("auto", *ENGINES)  # --engine: auto prefers gTTS when Google answers
TEMPO_RANGE = (0.5, 2.0)
PITCH_RANGE = (-12.0, 12.0)


def shipped_voices_dir() -> Path:
    """voices/ beside the package in a checkout, or the copy inside an installed wheel."""
    installed = Path(__file__).parent / "_data" / "voices"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "voices"


def _in_range(value: float, bounds: tuple[float, float], what: str) -> float:
    if not bounds[0] <= value <= bounds[1]:
        raise ValueError(f"{what} {value} is outside {bounds[0]}..{bounds[1]}")
    return value


def parse_post(data: dict) -> PostProcessing:
    band = data.get("band_pass_hz")
    if band is not None:
        low, high = (int(edge) for edge in band)
        if not 0 < low < high:
            raise ValueError(f"band_pass_hz {band}: expected [low, high] with 0 < low < high")
        band = (low, high)
    return PostProcessing(
        tempo=_in_range(float(data.get("tempo", 1.0)), TEMPO_RANGE, "tempo"),
        pitch_semitones=_in_range(
            float(data.get("pitch_semitones", 0.0)), PITCH_RANGE, "pitch_semitones"
        ),
        band_pass_hz=band,
    )


def parse_voice(data: dict, source: str) -> Voice:
    try:
        engine = str(data.get("engine", "espeak"))
        if engine not in ENGINES:
            raise ValueError(f"engine {engine!r} is not one of {', '.join(ENGINES)}")
        return Voice(
            name=str(data["name"]),
            description=str(data.get("description", "")),
            engine=engine,
            language=str(data.get("language", "ar")),
            engine_settings={e: dict(data[e]) for e in ENGINES if isinstance(data.get(e), dict)},
            gain_db=float(data.get("gain_db", 0.0)),
            post=parse_post(dict(data.get("post", {}))),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(f"{source}: not a valid voice profile ({error})") from None


def load_voices(directory: Path | None = None) -> dict[str, Voice]:
    directory = directory or shipped_voices_dir()
    voices: dict[str, Voice] = {}
    for path in sorted(directory.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise InputError(f"{path}: cannot read voice profile ({error})") from None
        voice = parse_voice(data, str(path))
        voices[voice.name] = voice
    return voices


def find_voice(name: str, directory: Path | None = None) -> Voice:
    voices = load_voices(directory)
    if name not in voices:
        raise InputError(f"no voice profile named {name!r} (have: {', '.join(sorted(voices))})")
    return voices[name]
