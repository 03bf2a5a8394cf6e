"""Encode the master to MP3 with pydub, through the ffmpeg that imageio-ffmpeg ships."""

from __future__ import annotations

from pathlib import Path

from briefing.errors import EngineError
from briefing.ffmpeg import configure_pydub
from briefing.model import Clip

# libmp3lame at the master's own rate (model.MASTER_RATE) with a Xing header (players seek
# and show the length right away), and no ID3 tag from ffmpeg: id3.write_tags writes ours.
_PARAMETERS = ["-write_xing", "1", "-id3v2_version", "0"]


def encode_mp3(clip: Clip, path: Path, bitrate: str) -> None:
    """A CBR MP3 of the clip at `path`. The channel count is the master's: mono or stereo
    is decided in the mix."""
    audio_segment = configure_pydub()
    from pydub.exceptions import CouldntEncodeError

    fmt = clip.format
    segment = audio_segment(
        data=clip.pcm,
        sample_width=fmt.sample_width,
        frame_rate=fmt.sample_rate,
        channels=fmt.channels,
    )
    try:
        encoded = segment.export(
            str(path),
            format="mp3",
            codec="libmp3lame",
            bitrate=bitrate,
            parameters=["-ar", str(fmt.sample_rate), *_PARAMETERS],
        )
        encoded.close()
    except CouldntEncodeError as error:
        lines = [line for line in str(error).strip().splitlines() if line.strip()]
        raise EngineError(f"MP3 encoding: ffmpeg failed: {lines[-1] if lines else error}") from None
    except OSError as error:  # ffmpeg could not start
        raise EngineError(f"MP3 encoding: ffmpeg could not run ({error})") from None
