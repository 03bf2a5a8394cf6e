"""Everything a build reads from the producer's files, read and checked once, at the edge,
before any slow work: the show settings, the voice profiles, the lexicon, the user's sounds.

A wrong sting path or a missing voice ends the command in one line before the first word is
synthesized, not after the slow part."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.audio.sounds import Sounds
from briefing.config import Config, lexicon_paths
from briefing.errors import InputError
from briefing.ffmpeg import decode
from briefing.model import MASTER_RATE, Clip, PcmFormat, Voice
from briefing.speech import Lexicon, load_lexicon
from briefing.voices import load_voices


@dataclass(frozen=True)
class Production:
    config: Config
    voices: Mapping[str, Voice]
    lexicon: Lexicon
    sounds: Sounds


def _read_sound(path: str, what: str) -> Clip:
    try:
        data = Path(path).expanduser().read_bytes()
    except OSError as error:
        raise InputError(f"{what} {path}: cannot read it ({error.strerror})") from None
    return decode(data, PcmFormat(MASTER_RATE, 1, 2), what)


def load_sounds(config: Config) -> Sounds:
    """The user's sting and music bed (config.audio), read and decoded once, mono at the
    master's rate; the ones not set or not used stay the built-in tones."""
    audio = config.audio
    sting = bed = None
    if audio.stings and audio.sting_file:
        sting = _read_sound(audio.sting_file, "sting")
    if audio.bed and audio.bed_file:
        bed = _read_sound(audio.bed_file, "music bed")
        if not bed.pcm:
            raise InputError(f"music bed {audio.bed_file}: no audio in it")
    return Sounds(sting=sting, bed=bed)


def load_production(
    config: Config,
    extra_lexicons: Sequence[Path] = (),
    voices: Mapping[str, Voice] | None = None,
) -> Production:
    """The production of a show whose settings are `config` (already validated)."""
    return Production(
        config=config,
        voices=voices if voices is not None else load_voices(),
        lexicon=load_lexicon(lexicon_paths(config, extra_lexicons)),
        sounds=load_sounds(config),
    )
