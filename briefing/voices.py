"""Voice profiles: voices/*.toml to Voice."""

from __future__ import annotations

import tomllib
from pathlib import Path

from briefing.errors import InputError
from briefing.model import PostProcessing, Voice
from briefing.validate import ListOf, Table, Value, check

# every engine a voice profile may name (ENGINE_SETTINGS below)
ENGINES = ("espeak", "gtts", "edge", "piper")
ENGINE_NAMES = ("auto", *ENGINES)  # --engine: auto prefers gTTS when Google answers
TEMPO_RANGE = (0.5, 2.0)
PITCH_RANGE = (-12.0, 12.0)
DEFAULT_EDGE_VOICE = "ar-SA-HamedNeural"


def shipped_voices_dir() -> Path:
    """voices/ beside the package in a checkout, or the copy inside an installed wheel."""
    installed = Path(__file__).parent / "_data" / "voices"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "voices"


# Each engine's table in a voice profile: its settings and their ranges (espeak-ng's own:
# rate 80-450 words a minute, pitch 0-99, volume 0-200; word_gap in 10 ms units; ours:
# sentence_pause_ms between sentences spoken one by one). An engine added under briefing/tts/
# adds its table here, and its voices are validated like the rest.
# edge-tts checks its forms (voice, "+5%", "-2Hz") only when a request is made, and piper
# its file only when a voice loads: checked here, a typo is one line before any work.
ENGINE_SETTINGS: dict[str, Table] = {
    "espeak": Table(
        {
            "voice": Value(str),
            "rate": Value(int, 80, 450),
            "pitch": Value(int, 0, 99),
            "volume": Value(int, 0, 200),
            "word_gap": Value(int, 0, 100),
            "sentence_pause_ms": Value(int, 0, 2000),
        }
    ),
    "gtts": Table({"lang": Value(str), "tld": Value(str), "slow": Value(bool)}),
    "edge": Table(
        {
            "voice": Value(
                str,
                pattern=r"[a-z]{2,}-[A-Z]{2,}(-[A-Za-z]+)?-\w+Neural",
                example=DEFAULT_EDGE_VOICE,
            ),
            "rate": Value(str, pattern=r"[+-]\d+%", example="-5%"),
            "pitch": Value(str, pattern=r"[+-]\d+Hz", example="+0Hz"),
            "volume": Value(str, pattern=r"[+-]\d+%", example="+0%"),
        }
    ),
    "piper": Table(
        {
            "model": Value(str),  # the .onnx voice; relative: beside the profile
            "config": Value(str),  # its .json; default: the model's name + .json
            "speaker": Value(int, 0),
            "length_scale": Value(float, 0.1, 10.0),  # more is slower
            "noise_scale": Value(float, 0.0, 2.0),
            "noise_w_scale": Value(float, 0.0, 2.0),
            "volume": Value(float, 0.0, 4.0),
            "sentence_pause_ms": Value(int, 0, 5000),
        },
        required=("model",),
    ),
}
_PATH_SETTINGS = {"piper": ("model", "config")}  # read relative to the profile's folder
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


def _engine_tables(data: dict, folder: Path | None) -> dict[str, dict]:
    tables = {e: dict(data[e]) for e in ENGINES if e in data}
    for engine, settings in tables.items():
        for key in _PATH_SETTINGS.get(engine, ()):
            if key in settings and folder is not None:
                settings[key] = str(folder / Path(settings[key]).expanduser())
    return tables


def parse_voice(data: dict, source: str, folder: Path | None = None) -> Voice:
    """A voice profile, validated (unknown keys refused, types and ranges checked);
    `folder`: where relative file paths in it (a Piper voice) are found."""
    check(data, voice_schema(), source)
    engine = data.get("engine", "espeak")
    required = ENGINE_SETTINGS[engine].required if engine in ENGINE_SETTINGS else ()
    if required and engine not in data:
        raise InputError(f"{source}: engine {engine} needs a [{engine}] table with {required[0]}")
    try:
        post = parse_post(dict(data.get("post", {})))
    except ValueError as error:
        raise InputError(f"{source}: [post] {error}") from None
    return Voice(
        name=data["name"],
        description=data.get("description", ""),
        engine=engine,
        language=data.get("language", "ar"),
        engine_settings=_engine_tables(data, folder),
        gain_db=float(data.get("gain_db", 0.0)),
        post=post,
    )


def _profiles(directory: Path) -> dict[str, Voice]:
    voices: dict[str, Voice] = {}
    sources: dict[str, Path] = {}
    for path in sorted(directory.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise InputError(f"{path}: cannot read voice profile ({error})") from None
        voice = parse_voice(data, str(path), path.parent)
        if voice.name in sources:
            raise InputError(f"{path}: voice {voice.name!r} is also named in {sources[voice.name]}")
        voices[voice.name], sources[voice.name] = voice, path
    return voices


def load_voices(directory: Path | None = None, extra: Path | None = None) -> dict[str, Voice]:
    """The voice profiles of `directory` (default: the shipped ones), then the producer's
    own in `extra`: a profile there named like a shipped one replaces it."""
    voices = _profiles(directory or shipped_voices_dir())
    if extra is not None:
        if not extra.is_dir():
            raise InputError(f"[voices] folder {extra}: no such folder")
        voices.update(_profiles(extra))
    return voices


def find_voice(name: str, directory: Path | None = None) -> Voice:
    voices = load_voices(directory)
    if name not in voices:
        raise InputError(f"no voice profile named {name!r} (have: {', '.join(sorted(voices))})")
    return voices[name]
