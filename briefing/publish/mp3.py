"""Encode the master to MP3 through the ffmpeg that imageio-ffmpeg ships."""

from __future__ import annotations

from pathlib import Path

from briefing.audio.ffmpeg import pcm_input, run_ffmpeg
from briefing.model import Clip

SAMPLE_RATE = 44100


def encode_mp3(clip: Clip, path: Path, bitrate: str) -> None:
    """Raw PCM in on stdin, a CBR MP3 at 44.1 kHz out (no tags: id3 writes them).

    The channel count is the master's: mono or stereo is decided in the mix.
    """
    run_ffmpeg(
        [
            *pcm_input(clip.format),
            "-codec:a",
            "libmp3lame",
            "-b:a",
            bitrate,
            "-ar",
            str(SAMPLE_RATE),
            "-write_xing",
            "1",
            "-id3v2_version",
            "0",
            "-f",
            "mp3",
            "-y",
            str(path),
        ],
        clip.pcm,
        "MP3 encoding",
    )
