"""The MP3 encoder: pydub through our ffmpeg, 44.1 kHz, a Xing header, no tags of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from mutagen.mp3 import MP3

from briefing.errors import EngineError
from briefing.model import PcmFormat
from briefing.publish.mp3 import encode_mp3
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
