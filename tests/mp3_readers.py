"""Reading a finished MP3 back the way a player would: decoded samples and ffmpeg's chapters."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np

from briefing.ffmpeg import ffmpeg_exe

RATE = 44100


def decode_mono(mp3: Path) -> np.ndarray:
    """The whole file decoded by ffmpeg to mono 44.1 kHz floats in [-1, 1)."""
    pcm = subprocess.run(
        [
            ffmpeg_exe(),
            "-v",
            "error",
            "-i",
            str(mp3),
            "-f",
            "s16le",
            "-ac",
            "1",
            "-ar",
            str(RATE),
            "-",
        ],
        capture_output=True,
        check=True,
    ).stdout
    return np.frombuffer(pcm, "<i2").astype(np.float64) / 32768


def decoded_duration_ms(mp3: Path) -> float:
    return len(decode_mono(mp3)) * 1000 / RATE


def ffmetadata_chapters(mp3: Path) -> list[tuple[int, int, str]]:
    """(start ms, end ms, title) of each chapter, as ffmpeg's metadata dump lists them."""
    dump = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(mp3), "-f", "ffmetadata", "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    chapters = []
    for block in dump.split("[CHAPTER]")[1:]:
        fields = dict(line.split("=", 1) for line in block.strip().splitlines() if "=" in line)
        chapters.append((int(fields["START"]), int(fields["END"]), fields["title"]))
    return chapters
