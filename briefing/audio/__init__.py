"""Mix: clips to the master programme and its timeline (arrangement.py), then the loudness
norm (loudness.py); the programme is rendered a stretch at a time (programme.py)."""

from briefing.audio.arrangement import arrange, duck_gains, master_format, mix
from briefing.audio.conform import conform, silence
from briefing.audio.loudness import level, target_lufs
from briefing.audio.programme import ClipAudio
from briefing.audio.sounds import Sounds

__all__ = [
    "ClipAudio",
    "Sounds",
    "arrange",
    "conform",
    "duck_gains",
    "level",
    "master_format",
    "mix",
    "silence",
    "target_lufs",
]
