"""The one ffmpeg edge: the binary that imageio-ffmpeg ships (no system ffmpeg assumed), run
with argument lists (never a shell), for decoding, filtering and pydub's encoder (and a
file's ebur128 reading, a second opinion on loudness for the tests).

Everything else in the library that needs ffmpeg asks here; a failure is an EngineError
(exit 2) that names what was being done."""

from __future__ import annotations

import re
import subprocess
import warnings
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import EngineError
from briefing.model import Clip, Loudness, PcmFormat

if TYPE_CHECKING:
    from pydub import AudioSegment


@lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def configure_pydub() -> type[AudioSegment]:
    """pydub's AudioSegment, pointed at our ffmpeg; its import-time warnings ('no ffmpeg
    on PATH', audioop deprecated) kept quiet."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        from pydub import AudioSegment
    AudioSegment.converter = ffmpeg_exe()
    return AudioSegment


def run_ffmpeg(args: list[str], data: bytes | None = None, what: str = "ffmpeg") -> bytes:
    """Run ffmpeg with an argument list (never a shell string); its stdout."""
    return _run(args, data, what, "error").stdout


def ffmpeg_report(args: list[str], data: bytes | None = None, what: str = "ffmpeg") -> str:
    """Run ffmpeg for what its filters print (ebur128): stderr at info level."""
    return _run(args, data, what, "info").stderr.decode("utf-8", "replace")


def _run(
    args: list[str], data: bytes | None, what: str, loglevel: str
) -> subprocess.CompletedProcess[bytes]:
    try:
        result = subprocess.run(
            [ffmpeg_exe(), "-hide_banner", "-nostdin", "-nostats", "-loglevel", loglevel, *args],
            input=data,
            capture_output=True,
            check=False,
            timeout=600,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise EngineError(f"{what}: ffmpeg could not run ({error})") from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise EngineError(f"{what}: ffmpeg failed: {message[-1] if message else result.returncode}")
    return result


def raw_pcm(fmt: PcmFormat) -> list[str]:
    """ffmpeg's options naming raw little-endian PCM of this format: put before `-i pipe:0`
    they describe the input, before an output they ask for it."""
    return [
        "-f",
        f"s{8 * fmt.sample_width}le",
        "-ar",
        str(fmt.sample_rate),
        "-ac",
        str(fmt.channels),
    ]


def decode(data: bytes, target: PcmFormat, what: str = "audio") -> Clip:
    """Any audio ffmpeg reads (MP3 from gTTS, a sound file, a finished episode) to raw PCM."""
    return Clip(
        pcm=run_ffmpeg(["-i", "pipe:0", *raw_pcm(target), "pipe:1"], data, what), format=target
    )


def filter_pcm(clip: Clip, chain: str, what: str) -> Clip:
    """The clip through an ffmpeg audio filter chain, in its own format."""
    fmt = clip.format
    pcm = run_ffmpeg(
        [*raw_pcm(fmt), "-i", "pipe:0", "-af", chain, *raw_pcm(fmt), "pipe:1"], clip.pcm, what
    )
    return Clip(pcm=pcm, format=fmt)


_INTEGRATED = re.compile(r"Integrated loudness:\s*I:\s*(-?[\d.]+|-inf) LUFS")
_TRUE_PEAK = re.compile(r"True peak:\s*Peak:\s*(-?[\d.]+|-inf) dBFS")


def _parse_ebur128(report: str, what: str) -> Loudness:
    integrated, peak = _INTEGRATED.findall(report), _TRUE_PEAK.findall(report)
    if not integrated or not peak:
        raise EngineError(f"{what}: ffmpeg's ebur128 printed no summary")
    return Loudness(float(integrated[-1]), float(peak[-1]))


def measure_file_loudness(path: Path) -> Loudness:
    """EBU R128 integrated loudness and true peak of an audio file (ffmpeg's ebur128)."""
    args = ["-i", str(path), "-filter_complex", "ebur128=peak=true", "-f", "null", "-"]
    return _parse_ebur128(ffmpeg_report(args, what="loudness meter"), str(path))
