"""Encode the master to MP3 with pydub, through the ffmpeg that imageio-ffmpeg ships, on
every core: the programme's stretches (cut in silences, audio/stretches.py) are encoded
apart, at the same time, and their frames joined into one file.

A stretch of n samples (a multiple of 1152) starts on a frame boundary and encodes to
n / 1152 frames plus one or two that only hold the encoder's flush; decoded, its first 1105
samples (576 of encoder delay, 529 of decoder delay) are silence and its last 1105 samples
of sound are in the dropped frames. Dropping them is exact: the stretch ends in silence,
and the next stretch's own lead-in of 1105 silent samples takes their place, so every
sample stays where the timeline put it. Only the first stretch's delay and the last one's
padding remain, and the one Info frame written for the whole file tells players to trim
them. Measured on speech with silences: the joined file decodes as close to the source as
one encode of the whole does (rms error 313.9 vs 314.0 of 16-bit), none louder at a seam.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from briefing.audio.stretches import Stretch, stretches
from briefing.errors import EngineError
from briefing.ffmpeg import configure_pydub
from briefing.model import Clip, PcmSource
from briefing.parallel import in_threads
from briefing.publish.mp3frames import FrameHeader, crc16, crc16_concat, frame_sizes, info_frame

# libmp3lame at the master's own rate (model.MASTER_RATE); no Xing frame and no ID3 tag from
# ffmpeg: the Info frame is written here for the joined file, id3.write_tags writes the tags.
_PARAMETERS = ["-write_xing", "0", "-id3v2_version", "0"]


def _encode_stretch(audio: PcmSource, span: Stretch, path: Path, bitrate: str) -> None:
    audio_segment = configure_pydub()
    from pydub.exceptions import CouldntEncodeError

    fmt = audio.format
    segment = audio_segment(
        data=audio.render(*span),
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


@dataclass(frozen=True)
class _Part:
    """An encoded stretch: its file, the frames it keeps, their CRC-16."""

    path: Path
    sizes: list[int]
    crc: int


def _encoded(audio: PcmSource, span: Stretch, path: Path, bitrate: str, last: bool) -> _Part:
    """A stretch encoded and read: each but the last cut to its own length (the encoder's
    flush frames dropped). Read in the encoding thread, so that the join only copies (an
    hour's frame reading and CRC after the encode: ~0.5 s on one core)."""
    _encode_stretch(audio, span, path, bitrate)
    data = path.read_bytes()
    sizes = frame_sizes(data)
    if not sizes:
        raise EngineError("MP3 encoding: ffmpeg wrote no audio frames")
    if not last:
        sizes = sizes[: (span[1] - span[0]) // FrameHeader.read(data).samples]
    return _Part(path, sizes, crc16(data[: sum(sizes)]))


def _join(parts: list[_Part], frames: int, path: Path) -> None:
    """The stretches' kept frames, after an Info frame for the whole (`frames` samples)."""
    header = FrameHeader.read(parts[0].path.read_bytes()[:4])
    crc = 0
    with path.open("wb") as out:
        out.write(bytes(FrameHeader(header.word & ~(1 << 9)).size))  # the Info slot
        for part in parts:
            kept = sum(part.sizes)
            with part.path.open("rb") as source:
                out.write(source.read(kept))
            crc = crc16_concat(crc, part.crc, kept)
        out.seek(0)
        sizes = [size for part in parts for size in part.sizes]
        out.write(info_frame(header, sizes, frames, crc))


def encode_mp3(audio: PcmSource | Clip, path: Path, bitrate: str, workers: int = 1) -> None:
    """A CBR MP3 of the audio at `path`, its stretches encoded by `workers` ffmpeg at once.
    The channel count is the master's: mono or stereo is decided in the mix."""
    if isinstance(audio, Clip):
        from briefing.audio.programme import ClipAudio

        audio = ClipAudio(audio)
    if not audio.frames:
        raise EngineError("MP3 encoding: no audio to encode")
    spans = stretches(audio)
    with tempfile.TemporaryDirectory(prefix="briefing-mp3-") as folder:
        parts = [Path(folder) / f"{index:05d}.mp3" for index in range(len(spans))]

        def encode(index: int) -> _Part:  # ffmpeg encodes while the next one is rendered
            last = index == len(spans) - 1
            return _encoded(audio, spans[index], parts[index], bitrate, last)

        _join(in_threads(encode, range(len(spans)), workers), spans[-1][1], path)
