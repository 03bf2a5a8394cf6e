"""The BS.1770-4 meter against the standard's own numbers and against pyloudnorm."""

from __future__ import annotations

import itertools
import math
import subprocess
import sys

import numpy as np
import pyloudnorm
import pytest
from scipy.signal import resample_poly

from briefing.audio import meter

RATE = 44100


def speechlike(seconds: float, seed: int, channels: int = 1) -> np.ndarray:
    """Bursts of softened noise at changing levels (a crest factor like speech's), with
    silences between them."""
    rng = np.random.default_rng(seed)
    out = np.zeros((round(seconds * RATE), channels), dtype=np.float32)
    position = 0
    while position < len(out):
        length = int(rng.integers(RATE // 5, RATE))
        noise = rng.standard_normal((length + 2, channels))
        burst = 0.25 * noise[:-2] + 0.5 * noise[1:-1] + 0.25 * noise[2:]
        burst *= np.hanning(length)[:, None] * 10 ** (rng.uniform(-34, -16) / 20)
        out[position : position + length] = np.clip(burst[: len(out) - position], -1, 1)
        position += length + int(rng.integers(0, RATE // 2))
    return out


def loudness(samples: np.ndarray, cuts: tuple[int, ...] = ()) -> float:
    hop = meter.hop_frames(RATE)
    total = np.zeros(len(samples) // hop + 2)
    edges = [0, *cuts, len(samples)]
    for start, end in itertools.pairwise(edges):
        reading = meter.read_stretch(samples[start:end], start, RATE)
        meter.add_hops(total, reading.first_hop, reading.hops)
    return meter.integrated_loudness(total[: len(samples) // hop], RATE)


def test_k_weighting_at_48k_is_the_standards_table_1() -> None:
    shelf, high_pass = meter.k_weighting(48000)
    assert shelf == pytest.approx(
        [1.53512485958697, -2.69169618940638, 1.19839281085285, 1.0, -1.69065929318241,
         0.73248077421585],
        abs=1e-9,
    )  # fmt: skip
    assert high_pass == pytest.approx(
        [1.0, -2.0, 1.0, 1.0, -1.99004745483398, 0.99007225036621], abs=1e-9
    )


def test_a_full_scale_997_hz_sine_reads_minus_3_01_lufs() -> None:
    """BS.1770: a 0 dBFS 997 Hz sine in one channel (of the front pair) reads −3.01 LKFS."""
    t = np.arange(10 * RATE) / RATE
    sine = np.sin(2 * math.pi * 997 * t).astype(np.float32)[:, None]
    assert loudness(sine) == pytest.approx(-3.01, abs=0.02)


@pytest.mark.parametrize(("seed", "channels"), [(1, 1), (2, 1), (3, 2)])
def test_integrated_loudness_agrees_with_pyloudnorm(seed: int, channels: int) -> None:
    samples = speechlike(30, seed, channels)
    reference = pyloudnorm.Meter(RATE).integrated_loudness(samples.astype(np.float64))
    assert loudness(samples) == pytest.approx(reference, abs=0.1)


def test_stretches_cut_in_silences_and_metered_apart_add_up_to_the_whole() -> None:
    samples = speechlike(20, 4)
    silent = np.flatnonzero(~np.convolve(samples[:, 0] != 0, np.ones(6615), "same").astype(bool))
    cuts = tuple(int(silent[i]) for i in np.linspace(0, len(silent) - 1, 6)[1:-1].astype(int))
    assert len(cuts) == 4
    assert loudness(samples, cuts) == pytest.approx(loudness(samples), abs=1e-6)


def test_silence_is_minus_infinity_and_passes_no_gate() -> None:
    assert loudness(np.zeros((RATE * 2, 1), dtype=np.float32)) == -math.inf
    quiet = speechlike(10, 5) * 1e-4  # under −70 LUFS: gated out
    assert loudness(quiet) == -math.inf


def test_the_true_peak_between_samples_is_found() -> None:
    """A sine at a quarter of the rate, sampled 45° off its crest: every sample is at 0.707
    of the peak, the waveform reaches 1.0 between them (+3 dB)."""
    n = np.arange(RATE)
    samples = (0.5 * np.sin(math.pi / 2 * n + math.pi / 4)).astype(np.float32)[:, None]
    assert meter.to_db(float(np.abs(samples).max())) == pytest.approx(-9.03, abs=0.01)
    assert meter.to_db(meter.true_peak(samples)) == pytest.approx(-6.02, abs=0.1)


@pytest.mark.parametrize(("seed", "channels"), [(8, 1), (9, 2)])
def test_a_stretchs_sample_peak_is_its_loudest_sample_in_any_channel(
    seed: int, channels: int
) -> None:
    samples = speechlike(5, seed, channels)
    samples[1234, channels - 1] = -0.75  # a negative extreme, in the last channel
    assert meter.sample_peak(samples) == float(meter.granule_peaks(samples).max()) == 0.75
    assert meter.read_stretch(samples, 0, RATE).sample_peak == 0.75
    assert meter.sample_peak(np.zeros((0, channels), np.float32)) == 0.0


@pytest.mark.parametrize("seed", [6, 7])
def test_true_peak_oversampling_only_where_it_can_matter_is_exact(seed: int) -> None:
    samples = speechlike(10, seed, 2)
    everywhere = meter.oversampled_peaks(samples, np.ones(-(-len(samples) // 32), bool)).max()
    assert meter.true_peak(samples) == pytest.approx(float(everywhere), rel=1e-6)
    # another oversampling filter (a long Kaiser window) ripples less than the standard's
    independent = np.abs(resample_poly(samples.astype(np.float64), 4, 1, axis=0)).max()
    assert meter.to_db(meter.true_peak(samples)) == pytest.approx(
        meter.to_db(float(independent)), abs=0.25
    )


def test_metering_does_not_import_scipy_signal() -> None:
    """scipy.signal's own import is 1.0 s and 77 MB for the one loop the meter runs."""
    probe = (
        "import sys, numpy as np; from briefing.audio import meter; "
        "meter.read_stretch(np.ones((44100, 1), np.float32) / 4, 0, 44100); "
        "print('scipy.signal' in sys.modules)"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "False"
