"""Voice profiles: voices/*.toml to Voice."""

from __future__ import annotations

import tomllib
from pathlib import Path

from briefing.errors import InputError
from briefing.model import PostProcessing, Voice
from briefing.validate import ListOf, Table, Value, check

ENGINES = ("espeak", "gtts")  # every engine a voice profile may name (ENGINE_SETTINGS below)
ENGINE_NAMES = ("auto", *ENGINES)  # --engine: auto prefers gTTS when Google answers
TEMPO_RANGE = (0.5, 2.0)
PITCH_RANGE = (-12.0, 12.0)


def shipped_voices_dir() -> Path:
    """voices/ beside the package in a checkout, or the copy inside an installed wheel."""
    installed = Path(__file__).parent / "_data" / "voices"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "voices"


# Each engine's table in a voice profile: its settings and their ranges (espeak-ng's own:
# rate 80-450 words a minute, pitch 0-99, volume 0-200). An engine added under briefing/tts/
# adds its table here, and its voices are validated like the rest.
ENGINE_SETTINGS: dict[str, Table] = {
    "espeak": Table(
        {
            "voice": Value(str),
            "rate": Value(int, 80, 450),
            "pitch": Value(int, 0, 99),
            "volume": Value(int, 0, 200),
        }
    ),
    "gtts": Table({"lang": Value(str), "tld": Value(str), "slow": Value(bool)}),
}
POST_SCHEMA = Table(
    {
        "tempo": Value(float, *TEMPO_RANGE),
        "pitch_semitones": Value(float, *PITCH_RANGE),
        "band_pass_hz": ListOf(Value(int, 1, 24000), length=2),
    }
)


def voice_schema() -> Table:
    return Table(
        {
            "name": Value(str),
            "description": Value(str),
            "engine": Value(str, choices=ENGINES),
            "language": Value(str),
            "gain_db": Value(float, -30.0, 30.0),
            "post": POST_SCHEMA,
            **ENGINE_SETTINGS,
        },
        required=("name",),
    )


def parse_post(data: dict) -> PostProcessing:
    band = data.get("band_pass_hz")
    if band is not None:
        low, high = band
        if not low < high:
            raise ValueError(f"band_pass_hz {band}: expected [low, high] with low < high")
        band = (low, high)
    return PostProcessing(
        tempo=float(data.get("tempo", 1.0)),
        pitch_semitones=float(data.get("pitch_semitones", 0.0)),
        band_pass_hz=band,
    )


def parse_voice(data: dict, source: str) -> Voice:
    """A voice profile, validated (unknown keys refused, types and ranges checked)."""
    check(data, voice_schema(), source)
    try:
        post = parse_post(dict(data.get("post", {})))
    except ValueError as error:
        raise InputError(f"{source}: [post] {error}") from None
    return Voice(
        name=data["name"],
        description=data.get("description", ""),
        engine=data.get("engine", "espeak"),
        language=data.get("language", "ar"),
        engine_settings={e: dict(data[e]) for e in ENGINES if e in data},
        gain_db=float(data.get("gain_db", 0.0)),
        post=post,
    )


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
