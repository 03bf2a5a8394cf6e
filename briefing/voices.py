"""Voice profiles: voices/*.toml to Voice."""

from __future__ import annotations

import tomllib
from pathlib import Path

from briefing.errors import InputError
from briefing.model import Voice

_ENGINES = ("espeak", "gtts")


def shipped_voices_dir() -> Path:
    """voices/ beside the package in a checkout, or the copy inside an installed wheel."""
    installed = Path(__file__).parent / "_data" / "voices"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "voices"


def parse_voice(data: dict, source: str) -> Voice:
    try:
        return Voice(
            name=str(data["name"]),
            description=str(data.get("description", "")),
            engine=str(data.get("engine", "espeak")),
            language=str(data.get("language", "ar")),
            engine_settings={e: dict(data[e]) for e in _ENGINES if isinstance(data.get(e), dict)},
            gain_db=float(data.get("gain_db", 0.0)),
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
