"""The ffmpeg binary that imageio-ffmpeg ships (no system ffmpeg assumed)."""

from __future__ import annotations

import subprocess
import warnings
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing.errors import EngineError
from briefing.model import Clip, PcmFormat

if TYPE_CHECKING:
    from pydub import AudioSegment

MONO_16BIT = PcmFormat(sample_rate=44100, channels=1, sample_width=2)


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
    """Run ffmpeg for what its filters print (loudnorm, ebur128): stderr at info level."""
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


def pcm_input(fmt: PcmFormat) -> list[str]:
    """ffmpeg's input options for raw little-endian PCM on stdin."""
    return [
        "-f",
        f"s{8 * fmt.sample_width}le",
        "-ar",
        str(fmt.sample_rate),
        "-ac",
        str(fmt.channels),
        "-i",
        "pipe:0",
    ]


def decode(data: bytes, target: PcmFormat = MONO_16BIT, what: str = "audio") -> Clip:
    """Any audio ffmpeg reads (MP3 from gTTS, a finished episode) to raw PCM."""
    pcm = run_ffmpeg(
        [
            "-i",
            "pipe:0",
            "-f",
            f"s{8 * target.sample_width}le",
            "-ac",
            str(target.channels),
            "-ar",
            str(target.sample_rate),
            "pipe:1",
        ],
        data,
        what,
    )
    return Clip(pcm=pcm, format=target)
