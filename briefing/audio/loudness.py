"""Loudness: the master brought to the podcast norm, and an independent meter
(ffmpeg's ebur128 with true peak) to check any audio file against it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from briefing.audio.ffmpeg import ffmpeg_report, pcm_input, run_ffmpeg
from briefing.errors import EngineError
from briefing.model import Clip

# The limiter works on sample peaks; between samples a true peak can rise higher.
# This much headroom under the true-peak ceiling keeps the result under it.
_INTERSAMPLE_MARGIN_DB = 1.0
_PASSES = 3  # measure → gain (+ limit) → measure again: converges in one or two


def target_lufs(channels: int) -> float:
    """The podcast norm: −16 LUFS for stereo, −19 LUFS for mono (heard on two speakers)."""
    return -16.0 if channels >= 2 else -19.0


@dataclass(frozen=True)
class Loudness:
    integrated_lufs: float
    true_peak_dbtp: float


def _apply(clip: Clip, gain_db: float, ceiling_db: float | None) -> Clip:
    """One linear gain, then (when asked) a look-ahead limiter at ceiling_db sample peak."""
    fmt = clip.format
    chain = f"volume={gain_db:.3f}dB"
    if ceiling_db is not None:
        limit = 10 ** (ceiling_db / 20)
        chain += f",alimiter=limit={limit:.5f}:attack=5:release=80:level=disabled"
    pcm = run_ffmpeg(
        [*pcm_input(fmt), "-af", chain, "-f", f"s{8 * fmt.sample_width}le", "pipe:1"],
        clip.pcm,
        "loudness normalisation",
    )
    # The limiter delays nothing it outputs, but keep the timeline's length to the sample.
    pcm = pcm[: len(clip.pcm)] + bytes(max(0, len(clip.pcm) - len(pcm)))
    return Clip(pcm=pcm, format=fmt)


def measure_clip(clip: Clip) -> Loudness:
    """EBU R128 integrated loudness and true peak of raw PCM."""
    return _parse(
        ffmpeg_report(
            [*pcm_input(clip.format), "-af", "ebur128=peak=true", "-f", "null", "-"],
            clip.pcm,
            "loudness meter",
        ),
        "the programme",
    )


def normalize(clip: Clip, target_lufs: float, true_peak_db: float) -> Clip:
    """The clip at target_lufs integrated (±0.5), true peak under true_peak_db; same length.

    Measure, then one linear gain when the peaks allow it; otherwise the gain followed by
    a limiter, measured again and corrected, since limiting lowers the loudness a little.
    (ffmpeg's loudnorm does this in one filter, but resamples to 192 kHz: 6× slower.)
    """
    before = measure_clip(clip)
    if not math.isfinite(before.integrated_lufs):
        return clip  # silence: nothing to bring up
    gain = target_lufs - before.integrated_lufs
    if before.true_peak_dbtp + gain <= true_peak_db:
        return _apply(clip, gain, None)
    ceiling = true_peak_db - _INTERSAMPLE_MARGIN_DB
    result = clip
    for _ in range(_PASSES):
        result = _apply(clip, gain, ceiling)
        after = measure_clip(result)
        error = target_lufs - after.integrated_lufs
        if abs(error) <= 0.5 and after.true_peak_dbtp <= true_peak_db:
            break
        gain += error
        if after.true_peak_dbtp > true_peak_db:
            ceiling -= after.true_peak_dbtp - true_peak_db + 0.2
    return result


_INTEGRATED = re.compile(r"Integrated loudness:\s*I:\s*(-?[\d.]+|-inf) LUFS")
_TRUE_PEAK = re.compile(r"True peak:\s*Peak:\s*(-?[\d.]+|-inf) dBFS")


def measure(path: Path) -> Loudness:
    """EBU R128 integrated loudness and true peak of an audio file (ffmpeg's ebur128)."""
    report = ffmpeg_report(
        ["-i", str(path), "-filter_complex", "ebur128=peak=true", "-f", "null", "-"],
        what="loudness meter",
    )
    return _parse(report, str(path))


def _parse(report: str, what: str) -> Loudness:
    integrated, peak = _INTEGRATED.findall(report), _TRUE_PEAK.findall(report)
    if not integrated or not peak:
        raise EngineError(f"{what}: ffmpeg's ebur128 printed no summary")
    return Loudness(float(integrated[-1]), float(peak[-1]))
