"""Loudness: the master brought to the podcast norm.

The decisions are here (target, one gain, a limiter only when the peaks need it, measured
again and corrected); the meter and the filters that carry them out come from the edge
(briefing.ffmpeg: ebur128 with true peak, volume, alimiter), handed in by the caller, so the
mix stage itself runs nothing."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from briefing.config import Config
from briefing.model import Clip, Loudness, Master

# The limiter works on sample peaks; between samples a true peak can rise higher.
# This much headroom under the true-peak ceiling keeps the result under it.
_INTERSAMPLE_MARGIN_DB = 1.0
_PASSES = 3  # measure → gain (+ limit) → measure again: converges in one or two


@dataclass(frozen=True)
class Meters:
    """What loudness needs from outside: a meter, and a way to run a filter chain."""

    measure: Callable[[Clip], Loudness]
    filter: Callable[[Clip, str, str], Clip]  # (clip, ffmpeg filter chain, what) -> clip


def target_lufs(channels: int) -> float:
    """The podcast norm: −16 LUFS for stereo, −19 LUFS for mono (heard on two speakers)."""
    return -16.0 if channels >= 2 else -19.0


def _apply(clip: Clip, gain_db: float, ceiling_db: float | None, meters: Meters) -> Clip:
    """One linear gain, then (when asked) a look-ahead limiter at ceiling_db sample peak."""
    chain = f"volume={gain_db:.3f}dB"
    if ceiling_db is not None:
        limit = 10 ** (ceiling_db / 20)
        chain += f",alimiter=limit={limit:.5f}:attack=5:release=80:level=disabled"
    pcm = meters.filter(clip, chain, "loudness normalisation").pcm
    # The limiter delays nothing it outputs, but keep the timeline's length to the sample.
    pcm = pcm[: len(clip.pcm)] + bytes(max(0, len(clip.pcm) - len(pcm)))
    return Clip(pcm=pcm, format=clip.format)


def normalize(clip: Clip, target_lufs: float, true_peak_db: float, meters: Meters) -> Clip:
    """The clip at target_lufs integrated (±0.5), true peak under true_peak_db; same length.

    Measure, then one linear gain when the peaks allow it; otherwise the gain followed by
    a limiter, measured again and corrected, since limiting lowers the loudness a little.
    (ffmpeg's loudnorm does this in one filter, but resamples to 192 kHz: 6× slower.)
    """
    before = meters.measure(clip)
    if not math.isfinite(before.integrated_lufs):
        return clip  # silence: nothing to bring up
    gain = target_lufs - before.integrated_lufs
    if before.true_peak_dbtp + gain <= true_peak_db:
        return _apply(clip, gain, None, meters)
    ceiling = true_peak_db - _INTERSAMPLE_MARGIN_DB
    result = clip
    for _ in range(_PASSES):
        result = _apply(clip, gain, ceiling, meters)
        after = meters.measure(result)
        error = target_lufs - after.integrated_lufs
        if abs(error) <= 0.5 and after.true_peak_dbtp <= true_peak_db:
            break
        gain += error
        if after.true_peak_dbtp > true_peak_db:
            ceiling -= after.true_peak_dbtp - true_peak_db + 0.2
    return result


def level(master: Master, config: Config, meters: Meters) -> Master:
    """The mixed programme at the podcast loudness norm for its channel count."""
    target = target_lufs(master.clip.format.channels)
    clip = normalize(master.clip, target, config.audio.true_peak_db, meters)
    return Master(clip=clip, timeline=master.timeline)
