"""Voice profiles: voices/*.toml to Voice."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path

from briefing.errors import InputError
from briefing.model import PostProcessing, Voice

ENGINES = ("espeak", "gtts", "edge", "piper")
ENGINE_NAMES = ("auto", *ENGINES)  # --engine: auto prefers gTTS when Google answers
TEMPO_RANGE = (0.5, 2.0)
PITCH_RANGE = (-12.0, 12.0)
DEFAULT_EDGE_VOICE = "ar-SA-HamedNeural"


def _matching(pattern: str) -> Callable[[object], bool]:
    compiled = re.compile(pattern)
    return lambda value: isinstance(value, str) and compiled.match(value) is not None


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value)


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0


# Every key an engine's table takes, and what a good value looks like: edge-tts checks its
# forms only when a request is made, and piper only when a voice loads, so a typo would
# otherwise surface mid-build.
ENGINE_SETTINGS: dict[str, dict[str, tuple[Callable[[object], bool], str]]] = {
    "edge": {
        "voice": (
            _matching(r"^[a-z]{2,}-[A-Z]{2,}(-[A-Za-z]+)?-\w+Neural$"),
            f"{DEFAULT_EDGE_VOICE!r}",
        ),
        "rate": (_matching(r"^[+-]\d+%$"), "a value like '-5%'"),
        "pitch": (_matching(r"^[+-]\d+Hz$"), "a value like '+0Hz'"),
        "volume": (_matching(r"^[+-]\d+%$"), "a value like '+0%'"),
    },
    "piper": {
        "model": (_text, "the path of a Piper voice (.onnx)"),
        "config": (_text, "the path of its .json"),
        "speaker": (_whole, "a speaker number"),
        "length_scale": (_number, "a number like 1.0 (more is slower)"),
        "noise_scale": (_number, "a number like 0.667"),
        "noise_w_scale": (_number, "a number like 0.8"),
        "volume": (_number, "a number like 1.0"),
        "sentence_pause_ms": (_whole, "milliseconds"),
    },
}
REQUIRED_SETTINGS = {"piper": ("model",)}
_PATH_SETTINGS = {"piper": ("model", "config")}  # relative to the profile's folder


def check_engine_settings(engine: str, settings: Mapping[str, object]) -> None:
    """Raise ValueError naming the first setting of [engine] that it would refuse."""
    schema = ENGINE_SETTINGS.get(engine)
    if schema is None:
        return
    for key in REQUIRED_SETTINGS.get(engine, ()):
        if key not in settings:
            raise ValueError(f"[{engine}] needs {key} = {schema[key][1]}")
    for key, value in settings.items():
        if key not in schema:
            raise ValueError(f"[{engine}] has no setting {key!r} (have: {', '.join(schema)})")
        valid, expected = schema[key]
        if not valid(value):
            raise ValueError(f"[{engine}] {key} = {value!r}: expected {expected}")


def _engine_tables(data: dict, folder: Path | None) -> dict[str, dict]:
    tables = {e: dict(data[e]) for e in ENGINES if isinstance(data.get(e), dict)}
    for engine, settings in tables.items():
        check_engine_settings(engine, settings)
        for key in _PATH_SETTINGS.get(engine, ()):
            if key in settings and folder is not None:
                settings[key] = str(folder / Path(settings[key]).expanduser())
    return tables


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


def parse_voice(data: dict, source: str, folder: Path | None = None) -> Voice:
    """`folder`: where relative file paths in the profile (a Piper voice) are found."""
    try:
        engine = str(data.get("engine", "espeak"))
        if engine not in ENGINES:
            raise ValueError(f"engine {engine!r} is not one of {', '.join(ENGINES)}")
        if engine in REQUIRED_SETTINGS and not isinstance(data.get(engine), dict):
            check_engine_settings(engine, {})  # names what the missing table needs
        return Voice(
            name=str(data["name"]),
            description=str(data.get("description", "")),
            engine=engine,
            language=str(data.get("language", "ar")),
            engine_settings=_engine_tables(data, folder),
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
        voice = parse_voice(data, str(path), path.parent)
        voices[voice.name] = voice
    return voices


def find_voice(name: str, directory: Path | None = None) -> Voice:
    voices = load_voices(directory)
    if name not in voices:
        raise InputError(f"no voice profile named {name!r} (have: {', '.join(sorted(voices))})")
    return voices[name]
