"""Sting and music bed synthesized from sine tones: no samples, so no licence to track.

Samples are float32 in −1…1, mono, at the programme's rate; the mixer places them.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

A3 = 220.0


def _semitones(root: float, steps: tuple[int, ...]) -> list[float]:
    return [root * 2 ** (step / 12) for step in steps]


@lru_cache(maxsize=32)  # an arpeggio strikes the same few notes over and over
def _bell(freq: float, seconds: float, rate: int) -> np.ndarray:
    """A struck tone: a few partials that die away, the higher ones faster (read-only)."""
    t = np.arange(round(seconds * rate), dtype=np.float64) / rate
    tone = np.zeros_like(t)
    for partial, amplitude, decay in ((1.0, 1.0, 3.0), (2.0, 0.35, 5.0), (3.0, 0.12, 8.0)):
        tone += amplitude * np.sin(2 * np.pi * freq * partial * t) * np.exp(-decay * t)
    attack = min(len(t), round(0.004 * rate))  # no click at the onset
    tone[:attack] *= np.linspace(0.0, 1.0, attack)
    tone.flags.writeable = False  # shared between callers by the cache
    return tone


def _peak_to(signal: np.ndarray, peak_dbfs: float) -> np.ndarray:
    """`signal` (float64, scaled in place) at `peak_dbfs`, as float32."""
    peak = max(float(signal.max()), -float(signal.min())) if signal.size else 0.0
    if peak == 0.0:
        return signal.astype(np.float32)
    signal *= 10 ** (peak_dbfs / 20) / peak
    return signal.astype(np.float32)


def _fade(signal: np.ndarray, rate: int, in_s: float, out_s: float) -> np.ndarray:
    fade_in, fade_out = min(len(signal), round(in_s * rate)), min(len(signal), round(out_s * rate))
    signal[:fade_in] *= np.linspace(0.0, 1.0, fade_in)
    if fade_out:
        signal[-fade_out:] *= np.linspace(1.0, 0.0, fade_out)
    return signal


def sting(rate: int, peak_dbfs: float = -4.0) -> np.ndarray:
    """About 1.2 s: a rising major arpeggio of bells over a low fifth."""
    length = round(1.25 * rate)
    out = np.zeros(length)
    notes = _semitones(2 * A3, (0, 4, 7, 12))  # A4 C#5 E5 A5
    for index, freq in enumerate(notes):
        onset = round(index * 0.11 * rate)
        bell = _bell(freq, 1.25, rate)[: length - onset]
        out[onset:] += bell * (0.8 if index < 3 else 1.0)
    for freq in _semitones(A3 / 2, (0, 7)):  # A2 and E3 under it
        out += 0.5 * _bell(freq, 1.25, rate)
    return _peak_to(_fade(out, rate, 0.0, 0.25), peak_dbfs)


# The bed is made this many samples at a time: its sums are the same, its temporaries a few
# MB (made whole, a minute of intro cost ~100 MB of float64 arrays, the build's peak).
_CHUNK = 1 << 16


class _Oscillator:
    """sin(omega·n + phase) over consecutive sample numbers n, a chunk at a time. The sine
    and cosine of omega·k over one chunk are made once; each chunk turns them to its start
    (sin(a + b) = sin a·cos b + cos a·sin b): two products a sample instead of a sine.
    A 25 s bed took 0.15 s with np.sin per sample, 0.04 s so (70 s: 0.46 -> 0.11), the
    same to 1e-9 (its float32 samples to one unit in the last place, its 16-bit ones
    equal)."""

    def __init__(self, omega: float, phase: float, length: int) -> None:
        steps = np.arange(min(length, _CHUNK)) * omega
        self._cos, self._sin = np.cos(steps), np.sin(steps)
        self.omega, self.phase = omega, phase

    def chunk(self, start: int, length: int) -> np.ndarray:
        turn = self.omega * start + self.phase
        out = self._cos[:length] * math.sin(turn)
        out += self._sin[:length] * math.cos(turn)
        return out


def pad(n: int, rate: int) -> np.ndarray:
    """`n` samples of a soft pad: A major, each note slowly breathing (float64)."""
    out = np.zeros(n)
    voices = [
        (
            _Oscillator(2 * math.pi * freq / rate, 0.0, n),
            _Oscillator(2 * math.pi * (0.15 + 0.03 * index) / rate, index, n),
            1 + 0.4 * index,
        )
        for index, freq in enumerate(_semitones(A3 / 2, (0, 7, 12, 16, 19)))
    ]
    for lo in range(0, n, _CHUNK):
        part = out[lo : lo + _CHUNK]
        for tone, breath, weight in voices:
            breathing = breath.chunk(lo, len(part))
            breathing *= 0.25 / weight
            breathing += 0.75 / weight
            breathing *= tone.chunk(lo, len(part))
            part += breathing
    return out


def bed(seconds: float, rate: int, peak_dbfs: float = -18.0) -> np.ndarray:
    """A soft pad (A major, slowly breathing) with a plucked arpeggio at 96 bpm."""
    n = max(1, round(seconds * rate))
    samples = pad(n, rate)
    beat = 60 / 96
    arpeggio = _semitones(2 * A3, (0, 4, 7, 4))
    pluck_len = round(beat * 1.5 * rate)
    for step in range(int(seconds / beat) + 1):
        onset = round(step * beat * rate)
        if onset >= n:
            break
        pluck = _bell(arpeggio[step % len(arpeggio)], pluck_len / rate, rate)[: n - onset]
        samples[onset : onset + len(pluck)] += 0.6 * pluck
    return _peak_to(_fade(samples, rate, 0.6, 1.2), peak_dbfs)
