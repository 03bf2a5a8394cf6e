"""ITU-R BS.1770-4 loudness and true peak, measured a stretch at a time.

Integrated loudness: the signal is K-weighted (a high shelf, then the RLB high-pass), its
mean square taken over 400 ms blocks that overlap by 75 %, and blocks are gated twice
(absolute at −70 LUFS, then relative at 10 LU under the loudness of what passed). A block
is four 100 ms hops, so a stretch of the programme only has to report the K-weighted energy
of each hop it covers; stretches metered apart (in parallel) add up to the whole. Each
stretch starts its filters at rest: the programme is cut only after a silence much longer
than their memory (about 10 ms).

True peak: the standard's 4× oversampling filter (Annex 2, 48 taps in 4 phases). Its taps'
magnitudes sum to at most 2.02, so no interpolated value exceeds 2.02 times the largest
sample within 12 samples of it: only samples that loud need oversampling to find the peak.

pyloudnorm is the readable reference this follows (and the tests' independent check).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from briefing.audio.filters import filtered

HOP_S = 0.1  # blocks are 400 ms, overlapping 75 %: four hops of 100 ms
BLOCK_HOPS = 4
ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0
_OFFSET = -0.691  # the standard's constant: 0 LUFS for a 997 Hz sine at 0 dBFS

# BS.1770-4 Annex 2: y[4n + p] = sum_k PHASES[p][k] * x[n - k]
TRUE_PEAK_PHASES = np.array(
    [
        [0.0017089843750, 0.0109863281250, -0.0196533203125, 0.0332031250000,
         -0.0594482421875, 0.1373291015625, 0.9721679687500, -0.1022949218750,
         0.0476074218750, -0.0266113281250, 0.0148925781250, -0.0083007812500],
        [-0.0291748046875, 0.0292968750000, -0.0517578125000, 0.0891113281250,
         -0.1665039062500, 0.4650878906250, 0.7797851562500, -0.2003173828125,
         0.1015625000000, -0.0582275390625, 0.0330810546875, -0.0189208984375],
        [-0.0189208984375, 0.0330810546875, -0.0582275390625, 0.1015625000000,
         -0.2003173828125, 0.7797851562500, 0.4650878906250, -0.1665039062500,
         0.0891113281250, -0.0517578125000, 0.0292968750000, -0.0291748046875],
        [-0.0083007812500, 0.0148925781250, -0.0266113281250, 0.0476074218750,
         -0.1022949218750, 0.9721679687500, 0.1373291015625, -0.0594482421875,
         0.0332031250000, -0.0196533203125, 0.0109863281250, 0.0017089843750],
    ]
)  # fmt: skip
_TAPS = TRUE_PEAK_PHASES.shape[1]
_DELAY = 6  # input samples: phase p of output n interpolates x at n - 6 + p / 4
# The most an interpolated value can exceed the loudest of the 12 samples it is made of.
OVERSHOOT_BOUND = float(np.abs(TRUE_PEAK_PHASES).sum(axis=1).max())
GRANULE = 32  # frames: the resolution of peaks (0.73 ms at 44.1 kHz)


def k_weighting(rate: int) -> np.ndarray:
    """The two K-weighting biquads at `rate`, as second-order sections. The analog design
    (libebur128's) gives the standard's own 48 kHz coefficients (Table 1) exactly."""
    gain_db, q, f0 = 3.999843853973347, 0.7071752369554196, 1681.974450955533
    k = math.tan(math.pi * f0 / rate)
    vh, vb = 10 ** (gain_db / 20), 10 ** (gain_db / 20 * 0.4996667741545416)
    a0 = 1 + k / q + k * k
    shelf = [
        (vh + vb * k / q + k * k) / a0,
        2 * (k * k - vh) / a0,
        (vh - vb * k / q + k * k) / a0,
        1.0,
        2 * (k * k - 1) / a0,
        (1 - k / q + k * k) / a0,
    ]
    q, f0 = 0.5003270373238773, 38.13547087602444
    k = math.tan(math.pi * f0 / rate)
    a0 = 1 + k / q + k * k
    high_pass = [1.0, -2.0, 1.0, 1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    return np.array([shelf, high_pass])


def hop_frames(rate: int) -> int:
    return round(rate * HOP_S)


def hop_energies(samples: np.ndarray, start: int, rate: int) -> tuple[int, np.ndarray]:
    """The K-weighted energy (sum of squares over the channels, weight 1 each: mono and
    stereo) of each 100 ms hop of the programme that `samples` (frames × channels, its
    first frame at programme frame `start`) touches: (index of the first hop, energies).
    A hop cut by the stretch's ends gets only its part: neighbours add theirs."""
    hop = hop_frames(rate)
    first = start // hop
    if not len(samples):
        return first, np.zeros(0)
    sections = k_weighting(rate).astype(np.float32)  # 6e-5 dB from float64 on the bench
    channels = samples.reshape(len(samples), -1)
    squares: np.ndarray | None = None
    for channel in range(channels.shape[1]):  # the loop loads when first metered
        weighted = filtered(sections, channels[:, channel])[0]
        np.square(weighted, out=weighted)  # in place: a fresh array per step costs page faults
        squares = weighted if squares is None else np.add(squares, weighted, out=squares)
    edges = np.arange((first + 1) * hop, start + len(samples), hop) - start
    return first, np.add.reduceat(squares, np.concatenate([[0], edges])).astype(np.float64)


def add_hops(total: np.ndarray, first: int, energies: np.ndarray) -> None:
    total[first : first + len(energies)] += energies


def integrated_loudness(hops: np.ndarray, rate: int) -> float:
    """Gated integrated loudness (LUFS) from the energies of consecutive 100 ms hops;
    -inf when nothing passes the absolute gate (silence)."""
    if len(hops) < BLOCK_HOPS:
        return -math.inf
    sums = np.cumsum(np.concatenate([[0.0], hops]))
    blocks = (sums[BLOCK_HOPS:] - sums[:-BLOCK_HOPS]) / (BLOCK_HOPS * hop_frames(rate))
    with np.errstate(divide="ignore"):
        loudness = _OFFSET + 10 * np.log10(blocks)
    passed = blocks[loudness > ABSOLUTE_GATE_LUFS]
    if not len(passed):
        return -math.inf
    relative = _OFFSET + 10 * math.log10(float(passed.mean())) + RELATIVE_GATE_LU
    gated = blocks[loudness > max(relative, ABSOLUTE_GATE_LUFS)]
    return _OFFSET + 10 * math.log10(float(gated.mean()))


def _magnitudes(samples: np.ndarray) -> np.ndarray:
    """The largest magnitude of each frame, over its channels."""
    if samples.ndim == 1:
        return np.abs(samples)
    loudest = np.abs(samples[:, 0])
    for channel in range(1, samples.shape[1]):
        np.maximum(loudest, np.abs(samples[:, channel]), out=loudest)
    return loudest


def granule_peaks(samples: np.ndarray) -> np.ndarray:
    """The largest sample magnitude of each GRANULE frames (any channel; a short last one)."""
    magnitudes = _magnitudes(samples)
    whole = len(magnitudes) // GRANULE * GRANULE
    peaks = magnitudes[:whole].reshape(-1, GRANULE).max(axis=1)
    if whole < len(magnitudes):
        peaks = np.append(peaks, magnitudes[whole:].max())
    return peaks


def widen(granules: np.ndarray) -> np.ndarray:
    """Granules and their neighbours (an interpolated value reaches 6 samples each way)."""
    near = granules.copy()
    near[1:] |= granules[:-1]
    near[:-1] |= granules[1:]
    return near


# y_p at input time t is the dot product of x[t - 5 .. t + 6] with phase p reversed.
_WINDOW = np.arange(GRANULE)[:, None] + np.arange(_TAPS)[None, :] - (_TAPS - 1 - _DELAY)
_REVERSED = TRUE_PEAK_PHASES[:, ::-1].T.astype(np.float32)  # taps × phases


def oversampled_peaks(samples: np.ndarray, granules: np.ndarray) -> np.ndarray:
    """The true peak (4× oversampled magnitude, any channel) of each granule of `samples`
    where `granules` is True; 0 elsewhere. Only those granules are oversampled: each one's
    32 frames times 4 phases, from the 43 samples around them (zeros past the ends). Never
    under the granule's own samples: the filter's phase 0 weighs a sample by 0.97."""
    peaks = np.zeros(len(granules))
    chosen = np.flatnonzero(granules)
    if not len(chosen):
        return peaks
    channels = samples.reshape(len(samples), -1)
    frames = len(channels)
    # At most 1024 granules at a time: their windows are 3 MB of positions (parts of 4096 to
    # 8191 granules made 25 MB, in every thread that meters).
    for part in np.array_split(chosen, -(-len(chosen) // 1024)):
        positions = part[:, None, None] * GRANULE + _WINDOW[None]
        inside = None
        if positions[0, 0, 0] < 0 or positions[-1, -1, -1] >= frames:  # zeros past the ends
            inside = (positions >= 0) & (positions < frames)
            positions = np.clip(positions, 0, frames - 1)
        loudest = np.zeros(len(part), dtype=np.float32)
        for channel in range(channels.shape[1]):
            windows = channels[positions, channel].astype(np.float32)  # part × 32 × 12
            if inside is not None:
                windows *= inside
            interpolated = np.abs(windows @ _REVERSED).reshape(len(part), -1).max(axis=1)
            own = np.abs(windows[:, :, _TAPS - 1 - _DELAY]).max(axis=1)  # the samples
            np.maximum(loudest, np.maximum(interpolated, own), out=loudest)
        peaks[part] = loudest
    return peaks


def true_peak(samples: np.ndarray, at_least: float = 0.0) -> float:
    """The true peak (linear) of `samples`, or `at_least` when it is not higher (known
    from elsewhere), oversampling only the granules where a higher one can be."""
    sample_peaks = granule_peaks(samples)
    known = max(at_least, float(sample_peaks.max(initial=0.0)))
    if not known:
        return 0.0
    loud = widen(sample_peaks * OVERSHOOT_BOUND > known)
    return float(max(known, oversampled_peaks(samples, loud).max(initial=0.0)))


@dataclass(frozen=True)
class StretchReading:
    """What metering one stretch of the programme found (or the result of levelling it)."""

    first_hop: int
    hops: np.ndarray  # K-weighted energy per hop (partial at the stretch's ends)
    sample_peak: float  # linear
    true_peak: float | None = None  # linear; None: not measured (under sample_peak · 2.02)


def sample_peak(samples: np.ndarray) -> float:
    """The largest sample magnitude, any channel (linear): the array's two extremes, with
    no copy of its magnitudes (granule_peaks' job, 20x the time on a minute of speech)."""
    if not samples.size:
        return 0.0
    return max(float(samples.max()), -float(samples.min()))


def read_stretch(samples: np.ndarray, start: int, rate: int) -> StretchReading:
    first, hops = hop_energies(samples, start, rate)
    return StretchReading(first, hops, sample_peak(samples))


# The K-weighting filters forget their past within this: 50 ms after a change, what it left
# in them is a millionth of what it was (the high-pass's slowest pole, 0.995 at 44.1 kHz).
SETTLE_S = 0.05


def energy_changes(
    before: np.ndarray,
    after: np.ndarray,
    changed: list[tuple[int, int]],
    start: int,
    rate: int,
) -> tuple[int, np.ndarray]:
    """How the hop energies of a stretch (first frame at programme frame `start`) change
    when `before` becomes `after`, which differ only in the `changed` frame ranges: each
    range is filtered again from SETTLE_S before it (both signals alike, so what the filters
    held cancels) to SETTLE_S after it, not the whole stretch. (first hop, changes)."""
    hop, settle = hop_frames(rate), round(SETTLE_S * rate)
    first, last = start // hop, (start + len(before) - 1) // hop
    changes = np.zeros(last - first + 1)
    windows: list[list[int]] = []
    for lo, hi in sorted(changed):
        if windows and lo - settle <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi + settle)
        else:
            windows.append([lo, hi + settle])
    for lo, hi in windows:
        hi = min(hi, len(before))
        lead = max(0, lo - settle)
        old = hop_energies(before[lead:hi], start + lead, rate)
        new = hop_energies(after[lead:hi], start + lead, rate)
        # the lead's hops hold the same energy in both: no change there
        changes[old[0] - first : old[0] - first + len(old[1])] += new[1] - old[1]
    return first, changes


def to_db(linear: float) -> float:
    return 20 * math.log10(linear) if linear > 0 else -math.inf
