"""A true-peak limiter that touches only the moments that need it.

After the loudness gain, a speech programme goes over its true-peak ceiling on a few
consonants: on the 10-article bench, 0.013 % of the 0.73 ms granules, while 3.9 % are within
the 6 dB where oversampling is needed to tell (meter.OVERSHOOT_BOUND). So the peaks are
oversampled there only, each granule's required gain is smoothed into an envelope that is
never above it (a look-ahead attack: minimum, then moving average, over ATTACK granules on
each side; a release linear in dB), and the result is checked by the same meter.

The envelope comes back as sparse pieces (where it is under 1), so a long programme can be
limited once and rendered again later at no cost."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from briefing.audio.meter import (
    GRANULE,
    OVERSHOOT_BOUND,
    granule_peaks,
    oversampled_peaks,
    widen,
)

ATTACK = 3  # granules on each side (2.2 ms at 44.1 kHz): how early a peak is seen coming
RELEASE_DB_PER_S = 20.0  # a 1.5 dB reduction is gone in 75 ms
_CHECKS = 4  # limit, measure, tighten where still over: converges in one or two


@dataclass(frozen=True)
class Envelope:
    """A gain under 1 for the frames from `start` (of the stretch it was made for)."""

    start: int
    gains: np.ndarray  # float32, one per frame


def _moving(values: np.ndarray, reach: int, reduce: str) -> np.ndarray:
    """Minimum or mean over the `reach` values on each side (edges padded with 1)."""
    padded = np.pad(values, reach, constant_values=1.0)
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * reach + 1)
    return windows.min(axis=1) if reduce == "min" else windows.mean(axis=1)


def _envelope(required: np.ndarray, release_db: float) -> np.ndarray:
    """Per-granule gains never above `required` anywhere within ATTACK granules, falling
    smoothly ahead of a peak and recovering at `release_db` per granule after it (gain 1
    at the start: the caller begins where nothing needs limiting)."""
    smoothed = _moving(_moving(required, ATTACK, "min"), ATTACK, "mean")
    db = 20 * np.log10(np.maximum(smoothed, 1e-6))
    ramp = np.arange(len(db)) * release_db
    released = np.minimum.accumulate(np.minimum(db, 0.0) - ramp) + ramp
    return np.minimum(10 ** (np.minimum(released, 0.0) / 20), smoothed)


def _windows(required: np.ndarray, release_db: float) -> list[tuple[int, int]]:
    """Granule ranges around the granules that need a lower gain, long enough for the
    attack before them and the whole release after them (merged where they meet)."""
    over = np.flatnonzero(required < 1.0)
    depth = -20 * np.log10(required[over])
    starts = np.maximum(0, over - 2 * ATTACK - 1)
    ends = np.minimum(len(required), over + 2 * ATTACK + 2 + np.ceil(depth / release_db))
    windows: list[tuple[int, int]] = []
    for begin, end in zip(starts.tolist(), ends.astype(int).tolist(), strict=True):
        if windows and begin <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((begin, end))
    return windows


def _pieces(granule_gains: np.ndarray, first: int, frames: int) -> list[Envelope]:
    """Per-frame gains where the envelope (of the granules from `first`) is under 1: linear
    between knots at granule boundaries, each knot the lower of the two granules it joins,
    so that no frame gets more than its own granule's gain."""
    under = granule_gains < 1.0
    if not under.any():
        return []
    padded = np.concatenate([[1.0], granule_gains, [1.0]])
    knots = np.minimum(padded[:-1], padded[1:])  # knot b: the boundary before granule b
    marked = np.flatnonzero(widen(under))  # a granule beside a reduced one ramps into it
    breaks = np.flatnonzero(np.diff(marked) > 1)
    starts = marked[np.concatenate([[0], breaks + 1])]
    ends = marked[np.concatenate([breaks, [len(marked) - 1]])] + 1
    pieces = []
    for begin, end in zip(starts.tolist(), ends.tolist(), strict=True):
        lo, hi = (first + begin) * GRANULE, min(frames, (first + end) * GRANULE)
        if lo >= hi:
            continue
        positions = np.arange(lo, hi) / GRANULE - first
        gains = np.interp(positions, np.arange(begin, end + 1), knots[begin : end + 1])
        pieces.append(Envelope(lo, gains.astype(np.float32)))
    return pieces


def apply(samples: np.ndarray, pieces: list[Envelope], offset: int = 0) -> None:
    """Multiply `samples` (frames × channels, frame 0 at stretch frame `offset`) by the
    pieces that overlap it, in place."""
    for piece in pieces:
        begin, end = piece.start - offset, piece.start - offset + len(piece.gains)
        lo, hi = max(0, begin), min(len(samples), end)
        if lo < hi:
            samples[lo:hi] *= piece.gains[lo - begin : hi - begin, None]


def _covered(pieces: list[Envelope], granules: int) -> np.ndarray:
    """The granules that the pieces touch, and their neighbours."""
    covered = np.zeros(granules, dtype=bool)
    for piece in pieces:
        covered[piece.start // GRANULE : -(-(piece.start + len(piece.gains)) // GRANULE)] = True
    return widen(covered)


def _peaks_after(
    sample_peaks: np.ndarray, result: np.ndarray, pieces: list[Envelope]
) -> np.ndarray:
    """granule_peaks(result), where `result` differs from the samples of `sample_peaks` only
    under the pieces: only the granules they touch are read again (a whole stretch's
    granules were 6 ms a minute of speech; the pieces cover a few hundredths of them)."""
    touched = np.flatnonzero(_covered(pieces, len(sample_peaks)))
    frames = np.minimum(touched[:, None] * GRANULE + np.arange(GRANULE), len(result) - 1)
    peaks = sample_peaks.copy()  # a short last granule's frames clip to its own last one
    peaks[touched] = np.abs(result.reshape(len(result), -1)[frames]).max(axis=(1, 2))
    return peaks


@dataclass(frozen=True)
class Limited:
    pieces: list[Envelope]
    true_peak: float  # of the result (linear)


def limit(samples: np.ndarray, ceiling: float, rate: int) -> Limited:
    """The envelope that keeps `samples` (frames × channels, floats, gain applied) at or
    under `ceiling` true peak (linear), and the true peak of the result; `samples` are left
    as they are."""
    sample_peaks = granule_peaks(samples)
    loud = widen(sample_peaks * OVERSHOOT_BOUND >= ceiling)  # elsewhere it cannot be over
    peaks = oversampled_peaks(samples, loud)
    required = np.where(peaks > ceiling, ceiling / np.maximum(peaks, 1e-12), 1.0)
    release = RELEASE_DB_PER_S * GRANULE / rate
    pieces: list[Envelope] = []
    result = samples
    for _ in range(_CHECKS):
        if (required >= 1.0).all():
            break
        pieces = [
            piece
            for begin, end in _windows(required, release)
            for piece in _pieces(_envelope(required[begin:end], release), begin, len(samples))
        ]
        result = samples.copy()
        apply(result, pieces)
        changed = loud & _covered(pieces, len(loud))
        peaks = np.where(changed, oversampled_peaks(result, changed), peaks)
        over = peaks > ceiling
        if not over.any():
            break
        required = np.where(over, required * ceiling / np.maximum(peaks, 1e-12), required)
    # Granules under the ceiling's reach could still top the loudest of those measured.
    result_peaks = _peaks_after(sample_peaks, result, pieces) if pieces else sample_peaks
    known = float(max(peaks.max(initial=0.0), result_peaks.max(initial=0.0)))
    others = ~loud & (result_peaks * OVERSHOOT_BOUND > known)
    return Limited(pieces, max(known, float(oversampled_peaks(result, others).max(initial=0.0))))
