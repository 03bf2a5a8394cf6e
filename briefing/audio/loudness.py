"""Loudness: the master brought to the podcast norm by ffmpeg's two-pass loudnorm, and
an independent meter (ebur128 with true peak) to check any audio file against it."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from briefing.audio.ffmpeg import ffmpeg_report, pcm_input, run_ffmpeg
from briefing.errors import EngineError
from briefing.model import Clip

_LOUDNESS_RANGE = 15.0  # wide enough that loudnorm leaves a produced programme's dynamics


def target_lufs(channels: int) -> float:
    """The podcast norm: −16 LUFS for stereo, −19 LUFS for mono (heard on two speakers)."""
    return -16.0 if channels >= 2 else -19.0


@dataclass(frozen=True)
class Loudness:
    integrated_lufs: float
    true_peak_dbtp: float


def _loudnorm(target_lufs: float, true_peak_db: float) -> str:
    return f"loudnorm=I={target_lufs}:TP={true_peak_db}:LRA={_LOUDNESS_RANGE}"


def _last_json(report: str) -> dict[str, str]:
    start = report.rfind("{")
    end = report.rfind("}")
    try:
        return json.loads(report[start : end + 1])
    except ValueError:
        raise EngineError("loudness: ffmpeg's loudnorm printed no measurement") from None


def normalize(clip: Clip, target_lufs: float, true_peak_db: float) -> Clip:
    """The clip at target_lufs integrated, true peak under true_peak_db; same length.

    Pass one measures; pass two applies one linear gain when the peaks allow it, and
    otherwise loudnorm's dynamic mode, which limits the peaks.
    """
    fmt = clip.format
    first = _last_json(
        ffmpeg_report(
            [
                *pcm_input(fmt),
                "-af",
                _loudnorm(target_lufs, true_peak_db) + ":print_format=json",
                "-f",
                "null",
                "-",
            ],
            clip.pcm,
            "loudness measurement",
        )
    )
    if not math.isfinite(float(first["input_i"])):
        return clip  # silence: nothing to bring up
    measured = ":".join(
        f"measured_{name}={first['input_' + name]}" for name in ("i", "tp", "lra", "thresh")
    )
    pcm = run_ffmpeg(
        [
            *pcm_input(fmt),
            "-af",
            f"{_loudnorm(target_lufs, true_peak_db)}:{measured}"
            f":offset={first['target_offset']}:linear=true",
            "-ar",
            str(fmt.sample_rate),
            "-f",
            f"s{8 * fmt.sample_width}le",
            "pipe:1",
        ],
        clip.pcm,
        "loudness normalisation",
    )
    # loudnorm resamples internally; keep the timeline's length to the sample.
    pcm = pcm[: len(clip.pcm)] + bytes(max(0, len(clip.pcm) - len(pcm)))
    return Clip(pcm=pcm, format=fmt)


_INTEGRATED = re.compile(r"Integrated loudness:\s*I:\s*(-?[\d.]+|-inf) LUFS")
_TRUE_PEAK = re.compile(r"True peak:\s*Peak:\s*(-?[\d.]+|-inf) dBFS")


def measure(path: Path) -> Loudness:
    """EBU R128 integrated loudness and true peak of an audio file (ffmpeg's ebur128)."""
    report = ffmpeg_report(
        ["-i", str(path), "-filter_complex", "ebur128=peak=true", "-f", "null", "-"],
        what="loudness meter",
    )
    integrated, peak = _INTEGRATED.findall(report), _TRUE_PEAK.findall(report)
    if not integrated or not peak:
        raise EngineError(f"{path}: ffmpeg's ebur128 printed no summary")
    return Loudness(float(integrated[-1]), float(peak[-1]))
