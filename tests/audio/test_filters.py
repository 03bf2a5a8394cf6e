"""scipy's filter loop loaded alone, and the voice colour's band as ffmpeg makes it."""

from __future__ import annotations

import numpy as np
import pytest

from briefing.audio import filters
from briefing.ffmpeg import filter_pcm
from briefing.model import Clip, PcmFormat, PostProcessing
from briefing.tts.post import apply_post, filter_chain
from tests.audio.test_meter import speechlike


def test_the_loop_loaded_alone_filters_exactly_as_scipy_signal_sosfilt() -> None:
    from scipy.signal import sosfilt

    for dtype in (np.float32, np.float64):
        sections = np.array([[1.53, -2.65, 1.17, 1.0, -1.66, 0.71], [1, -2, 1, 1, -1.99, 0.99]])
        sections = sections.astype(dtype)
        signal = speechlike(3.0, seed=7, channels=2).T.astype(dtype)
        expected = sosfilt(sections, signal, axis=-1)
        for run in (filters.sections_filter(), filters.public_filter):
            out = signal.copy()
            run(sections, out, np.zeros((2, 2, 2), dtype))
            assert out.dtype == dtype
            assert np.array_equal(out, expected)
        assert np.array_equal(filters.filtered(sections, signal), expected)
    assert filters.sections_filter() is not filters.public_filter  # the installed scipy's


def _as_pcm(samples: np.ndarray) -> bytes:
    return np.clip(np.round(samples), -32768, 32767).astype("<i2").tobytes()


RATE = 22050
FIELD = PostProcessing(band_pass_hz=(300, 3400))  # the quote voices' colour
_T = np.arange(3 * RATE) / RATE
SIGNALS = {
    "speech-like bursts": speechlike(3.0, seed=3)[: len(_T), 0] * 32768 * 8,
    "a tone loud enough to clip": 32000 * np.sin(2 * np.pi * 1000 * _T),
    "stereo noise": np.random.default_rng(5).standard_normal((len(_T), 2)) * 6000,
}


@pytest.mark.parametrize("name", SIGNALS)
def test_the_telephone_band_is_ffmpegs_to_one_step_of_16_bits(name: str) -> None:
    samples = SIGNALS[name]
    channels = 1 if samples.ndim == 1 else samples.shape[1]
    pcm, fmt = _as_pcm(samples), PcmFormat(RATE, channels, 2)
    chain = filter_chain(FIELD, RATE)
    ffmpeg = np.frombuffer(filter_pcm(Clip(pcm, fmt), chain, "test").pcm, "<i2").astype(int)
    ours = np.frombuffer(apply_post(Clip(pcm, fmt), FIELD).pcm, "<i2")  # no ffmpeg started
    assert ours.tobytes() == filters.telephone_band(pcm, channels, 300, 3400, RATE)
    difference = np.abs(ours.astype(int) - ffmpeg)
    assert len(ours) == len(ffmpeg)
    assert difference.max() <= 1
    assert np.mean(difference > 0) < 0.05
    assert np.abs(ffmpeg).max() > 500  # the band let something through to compare
