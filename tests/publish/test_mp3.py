"""The MP3 encoder: pydub through our ffmpeg, 44.1 kHz, a Xing header, no tags of its own;
stretches encoded apart and joined frame by frame."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from mutagen.mp3 import MP3

from briefing.audio import ClipAudio
from briefing.audio.stretches import stretches
from briefing.errors import EngineError
from briefing.ffmpeg import ffmpeg_exe, raw_pcm
from briefing.model import Clip, PcmFormat
from briefing.publish.mp3 import _encode_stretch, encode_mp3
from briefing.publish.mp3frames import Crc16, crc16, crc16_concat
from tests.conftest import tone


def test_encoded_mp3_is_plain_44k_with_a_xing_header(tmp_path: Path) -> None:
    path = tmp_path / "a.mp3"
    encode_mp3(tone(1000, PcmFormat(44100, 2, 2)), path, "96k")
    data = path.read_bytes()
    assert data[:2] == b"\xff\xfb"  # a frame first: no ID3 tag from ffmpeg
    assert b"Info" in data[:1000] or b"Xing" in data[:1000]
    info = MP3(path).info
    assert (info.sample_rate, info.channels, round(info.bitrate / 1000)) == (44100, 2, 96)
    assert abs(info.length - 1.0) < 0.1


def test_an_encoding_failure_is_one_engine_error_line(tmp_path: Path) -> None:
    with pytest.raises(EngineError, match=r"^MP3 encoding: ffmpeg failed: [^\n]+$"):
        encode_mp3(tone(100), tmp_path / "a.mp3", "not-a-bitrate")


def _info_fields(data: bytes) -> dict[str, int]:
    """The Info frame's fields as a reader finds them (offsets of the Xing/LAME layout)."""
    at = data.index(b"Info")
    lame = at + 120
    delay_padding = int.from_bytes(data[lame + 21 : lame + 24], "big")
    return {
        "flags": int.from_bytes(data[at + 4 : at + 8], "big"),
        "frames": int.from_bytes(data[at + 8 : at + 12], "big"),
        "bytes": int.from_bytes(data[at + 12 : at + 16], "big"),
        "delay": delay_padding >> 12,
        "padding": delay_padding & 0xFFF,
        "music_length": int.from_bytes(data[lame + 28 : lame + 32], "big"),
        "music_crc": int.from_bytes(data[lame + 32 : lame + 34], "big"),
        "tag_crc_ok": int(
            crc16(data[:190][: lame + 34] + bytes(2) + data[lame + 36 : 190])
            == int.from_bytes(data[lame + 34 : lame + 36], "big")
        ),
    }


def speech_with_pauses(seconds: float, fmt: PcmFormat) -> Clip:
    from tests.audio.test_meter import speechlike

    samples = np.repeat(speechlike(seconds, 3), fmt.channels, axis=1)
    pcm = np.round(samples * 32767).astype("<i2").tobytes()
    return Clip(pcm, fmt)


def decoded(path: Path, channels: int) -> np.ndarray:
    out = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(path), "-f", "s16le", "-ac", str(channels), "-"],
        capture_output=True,
        check=True,
    ).stdout
    return np.frombuffer(out, "<i2").reshape(-1, channels).astype(np.float64)


def test_our_info_frame_says_what_ffmpegs_own_says(tmp_path: Path) -> None:
    clip = tone(3000, PcmFormat(44100, 1, 2))
    ours, theirs = tmp_path / "ours.mp3", tmp_path / "theirs.mp3"
    encode_mp3(clip, ours, "96k")
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", *raw_pcm(clip.format), "-i", "pipe:0", "-c:a", "libmp3lame",
         "-b:a", "96k", "-write_xing", "1", "-id3v2_version", "0", str(theirs)],
        input=clip.pcm,
        check=True,
    )  # fmt: skip
    assert _info_fields(ours.read_bytes()) == _info_fields(theirs.read_bytes())
    assert _info_fields(ours.read_bytes())["tag_crc_ok"] == 1


@pytest.mark.parametrize("channels", [1, 2])
def test_stretches_encoded_apart_join_without_a_gap_or_a_seam(
    tmp_path: Path, channels: int
) -> None:
    fmt = PcmFormat(44100, channels, 2)
    clip = speech_with_pauses(200, fmt)
    audio = ClipAudio(clip)
    spans = stretches(audio)
    assert len(spans) >= 3
    joined, whole = tmp_path / "joined.mp3", tmp_path / "whole.mp3"
    encode_mp3(audio, joined, "128k" if channels == 1 else "160k", workers=2)
    _encode_stretch(audio, (0, audio.frames), whole, "128k" if channels == 1 else "160k")
    source = np.frombuffer(clip.pcm, "<i2").reshape(-1, channels).astype(np.float64)
    ours = decoded(joined, channels)
    assert len(ours) == len(source)  # the Info frame's delay and padding, exactly
    assert MP3(joined).info.length == pytest.approx(len(source) / 44100, abs=0.06)
    reference = decoded(whole, channels)[1105 : 1105 + len(source)]  # raw: no Info frame
    error, single = np.abs(ours - source), np.abs(reference - source)
    assert np.sqrt(np.mean(error**2)) <= 1.05 * np.sqrt(np.mean(single**2))
    for _, cut in spans[:-1]:
        around = slice(cut - 4096, cut + 4096)
        assert error[around].max() <= max(64.0, 1.5 * single[around].max())


def test_crc16_in_chunks_is_the_bytewise_crc() -> None:
    rng = np.random.default_rng(0)
    data = rng.integers(0, 256, 5000, dtype=np.uint8).tobytes()

    def bytewise(chunk: bytes) -> int:
        crc = 0
        for byte in chunk:
            crc ^= byte
            for _ in range(8):
                crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        return crc

    assert crc16(b"123456789") == 0xBB3D  # CRC-16/ARC's check value
    for length in (0, 1, 1023, 1024, 1025, 4096, 5000):
        assert crc16(data[:length]) == bytewise(data[:length])
    stream = Crc16()
    for piece in (data[:7], data[7:2500], data[2500:2501], data[2501:]):
        stream.update(piece)
    assert stream.digest() == bytewise(data)
    for cut in (0, 1, 1000, 1024, 3000, len(data)):  # parts summed apart, then joined
        first, second = data[:cut], data[cut:]
        assert crc16_concat(crc16(first), crc16(second), len(second)) == bytewise(data)
