"""An independent loudness meter for the tests: pyloudnorm's ITU-R BS.1770-4 integrated
loudness and a true peak by 4x oversampling (BS.1770's method), over audio decoded from the
finished MP3 — not ffmpeg's ebur128, the meter whose readings set the gain."""

from __future__ import annotations

import math
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyloudnorm
from scipy.signal import resample_poly

from briefing.ffmpeg import ffmpeg_exe

RATE = 48000  # BS.1770's K-weighting filters are specified at 48 kHz; pyloudnorm adapts them


@dataclass(frozen=True)
class Reading:
    integrated_lufs: float
    true_peak_dbtp: float


def decode(path: Path, channels: int) -> np.ndarray:
    """Frames x channels float samples of an audio file, decoded by ffmpeg at 48 kHz."""
    args = ["-v", "error", "-i", str(path), "-f", "f32le", "-ac", str(channels), "-ar", str(RATE)]
    pcm = subprocess.run(
        [ffmpeg_exe(), *args, "-"],
        capture_output=True,
        check=True,
    ).stdout
    return np.frombuffer(pcm, "<f4").astype(np.float64).reshape(-1, channels)


def read(path: Path, channels: int) -> Reading:
    samples = decode(path, channels)
    loudness = pyloudnorm.Meter(RATE).integrated_loudness(samples)
    oversampled = resample_poly(samples, 4, 1, axis=0)
    peak = float(np.max(np.abs(oversampled)))
    return Reading(loudness, 20 * math.log10(peak) if peak else -math.inf)
