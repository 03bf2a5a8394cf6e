"""The loudness pass: one gain, the limiter only where the true peak needs it, the result
measured once; checked with pyloudnorm and an independent 4× oversampling."""

from __future__ import annotations

import itertools

import numpy as np
import pyloudnorm
import pytest
from scipy.signal import resample_poly

from briefing.audio import ClipAudio, level, meter
from briefing.audio.limiter import ATTACK, RELEASE_DB_PER_S, limit
from briefing.audio.loudness import Levelled
from briefing.audio.meter import GRANULE
from briefing.audio.stretches import MP3_FRAME, stretches
from briefing.config import AudioSettings, Config
from briefing.model import Clip, Master, PcmFormat, Timeline
from tests.audio.test_meter import RATE, speechlike

RELEASE_GRANULES_PER_DB = RATE / GRANULE / RELEASE_DB_PER_S


def independent_peak_db(samples: np.ndarray) -> float:
    return meter.to_db(float(np.abs(resample_poly(samples.astype(np.float64), 4, 1, axis=0)).max()))


def with_clicks(seconds: float, seed: int) -> np.ndarray:
    """Speech-like audio with a few sharp peaks well above the rest."""
    samples = speechlike(seconds, seed)
    rng = np.random.default_rng(seed)
    for at in rng.integers(RATE, len(samples) - RATE, 5):
        samples[at : at + 40, 0] += np.float32(0.5) * np.hanning(40).astype(np.float32)
    return np.clip(samples, -1, 1)


def as_master(samples: np.ndarray) -> Master:
    fmt = PcmFormat(RATE, samples.shape[1], 2)
    pcm = (np.clip(np.round(samples * 32768), -32768, 32767)).astype("<i2").tobytes()
    frames = len(samples)
    return Master(ClipAudio(Clip(pcm, fmt)), Timeline((), (), round(frames * 1000 / RATE)))


def test_the_limiter_holds_the_ceiling_and_touches_only_the_peaks() -> None:
    samples = with_clicks(20, 1) * np.float32(2.5)
    ceiling = 10 ** (-1.5 / 20)
    limited = limit(samples, ceiling, RATE)
    assert limited.pieces
    granules = -(-len(samples) // GRANULE)
    over = np.flatnonzero(meter.oversampled_peaks(samples, np.ones(granules, bool)) > ceiling)
    result = samples.copy()
    for piece in limited.pieces:
        result[piece.start : piece.start + len(piece.gains)] *= piece.gains[:, None]
        assert (piece.gains <= 1).all() and (piece.gains > 0).all()
        assert np.abs(np.diff(piece.gains)).max() < 0.02  # ramps, no steps
        # each piece around a granule that was over: an attack before it, a release after
        first, last = piece.start // GRANULE, (piece.start + len(piece.gains)) // GRANULE
        nearest = over[np.searchsorted(over, first) :][:1]
        assert len(nearest) and nearest[0] - first <= 2 * ATTACK + 2
        assert last <= over[np.searchsorted(over, last, side="right") - 1] + 2 * ATTACK + 2 + (
            RELEASE_GRANULES_PER_DB * 20
        )
    assert meter.to_db(limited.true_peak) <= -1.5 + 1e-6
    assert independent_peak_db(result) <= -1.5 + 0.15  # another filter; the standard's: exact
    assert meter.to_db(meter.true_peak(result)) == pytest.approx(
        meter.to_db(limited.true_peak), abs=1e-3
    )


@pytest.mark.parametrize("frames", [20 * RATE, 20 * RATE + 13])  # a short last granule
def test_the_limited_true_peak_is_the_results_own_in_any_channel(frames: int) -> None:
    samples = np.repeat(with_clicks(21, 2)[:frames], 2, axis=1)
    samples[:, 1] *= np.float32(-0.9)  # the other channel: other sign, other level
    samples[-1] = np.float32(0.8)  # the last frame loud, beside the limited peaks' reach
    limited = limit(samples * np.float32(2.5), 10 ** (-1.5 / 20), RATE)
    assert limited.pieces
    result = samples * np.float32(2.5)
    for piece in limited.pieces:
        result[piece.start : piece.start + len(piece.gains)] *= piece.gains[:, None]
    everywhere = meter.oversampled_peaks(result, np.ones(-(-frames // GRANULE), bool)).max()
    assert limited.true_peak == pytest.approx(float(everywhere), rel=1e-6)


@pytest.mark.parametrize("channels", [1, 2])
def test_level_brings_the_programme_to_the_norm_measured_once(channels: int) -> None:
    samples = np.repeat(with_clicks(150, 2 + channels), channels, axis=1)
    config = Config(audio=AudioSettings(channels=channels))
    master = level(as_master(samples), config, workers=2)
    target = -16.0 if channels == 2 else -19.0
    out = np.frombuffer(master.clip.pcm, "<i2").reshape(-1, channels) / 32768
    reference = pyloudnorm.Meter(RATE).integrated_loudness(out)
    assert master.loudness is not None
    assert abs(master.loudness.integrated_lufs - target) <= 0.25
    assert master.loudness.integrated_lufs == pytest.approx(reference, abs=0.1)
    assert master.loudness.true_peak_dbtp <= config.audio.true_peak_db + 1e-6
    assert independent_peak_db(out) <= config.audio.true_peak_db + 0.15
    assert isinstance(master.audio, Levelled) and master.audio.pieces  # it had to limit
    assert len(out) == len(samples)


def test_a_programme_with_room_under_the_ceiling_gets_one_plain_gain() -> None:
    t = np.arange(90 * RATE) / RATE
    samples = (0.05 * np.sin(2 * np.pi * 440 * t) * (t % 3 < 2)).astype(np.float32)[:, None]
    master = level(as_master(samples), Config(), workers=1)
    assert isinstance(master.audio, Levelled) and not master.audio.pieces
    out = np.frombuffer(master.clip.pcm, "<i2") / 32768
    ratio = np.abs(out).max() / np.abs(samples).max()
    assert 20 * np.log10(ratio) == pytest.approx(-19.0 - loudness_db(samples), abs=0.05)


def loudness_db(samples: np.ndarray) -> float:
    return pyloudnorm.Meter(RATE).integrated_loudness(samples.astype(np.float64))


def test_threads_change_nothing() -> None:
    samples = with_clicks(130, 9)
    one = level(as_master(samples), Config(), workers=1)
    two = level(as_master(samples), Config(), workers=2)
    assert one.loudness == two.loudness
    assert one.clip.pcm == two.clip.pcm


def test_silence_stays_silence() -> None:
    master = level(as_master(np.zeros((RATE * 3, 1), np.float32)), Config())
    assert master.loudness is not None and master.loudness.integrated_lufs == float("-inf")
    assert not any(master.clip.pcm)


def test_stretches_tile_the_programme_cut_in_silence_on_mp3_frames() -> None:
    samples = speechlike(400, 11)
    audio = as_master(samples).audio
    spans = stretches(audio)
    assert spans[0][0] == 0 and spans[-1][1] == len(samples)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert 5 <= len(spans) <= 8  # about a minute each
    pcm = np.frombuffer(audio.render(0, audio.frames), "<i2")
    for _, end in spans[:-1]:
        assert end % MP3_FRAME == 0
        assert not pcm[end - 6615 : end].any()  # 150 ms of silence before each cut


@pytest.mark.parametrize("seconds", [40, 113])
def test_a_short_programme_is_cut_in_two_even_halves_for_both_cores(seconds: int) -> None:
    spans = stretches(as_master(speechlike(seconds, 11)).audio)
    assert len(spans) == 2
    lengths = [end - start for start, end in spans]
    assert abs(lengths[0] - lengths[1]) < 0.1 * sum(lengths)  # the silence nearest half


def test_under_half_a_minute_is_one_stretch() -> None:
    assert len(stretches(as_master(speechlike(20, 11)).audio)) == 1


def test_no_silence_no_cut() -> None:
    t = np.arange(200 * RATE) / RATE
    tone = (0.3 * np.sin(2 * np.pi * 300 * t)).astype(np.float32)[:, None]
    assert stretches(as_master(tone).audio) == [(0, len(tone))]
