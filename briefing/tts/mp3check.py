"""Is this MP3 whole? Walk its frame headers: a cut-off last frame or junk is not."""

from __future__ import annotations

from briefing.mp3header import FrameHeader

_ID3V1_SIZE = 128


def _id3v2_size(data: bytes) -> int:
    if len(data) < 10 or not data.startswith(b"ID3"):
        return 0
    size = 0
    for byte in data[6:10]:  # a "syncsafe" integer: 7 bits per byte
        size = (size << 7) | (byte & 0x7F)
    footer = 10 if data[5] & 0x10 else 0
    return 10 + size + footer


def _walk(data: bytes) -> float | None:
    """Milliseconds of audio when the data is Layer III frames end to end (ID3 tags
    allowed), at least one; None when it is not."""
    position = _id3v2_size(data)
    frames = 0
    duration_ms = 0.0
    while position < len(data):
        rest = len(data) - position
        if rest == _ID3V1_SIZE and data[position : position + 3] == b"TAG":
            break
        try:
            header = FrameHeader.read(data, position)
        except ValueError:  # cut off, or no Layer III header
            return None
        if header.size > rest:
            return None
        position += header.size
        duration_ms += header.samples * 1000 / header.sample_rate
        frames += 1
    return duration_ms if frames else None


def is_complete_mp3(data: bytes) -> bool:
    """True when the data is Layer III frames end to end (ID3 tags allowed), at least one."""
    return _walk(data) is not None


def mp3_duration_ms(data: bytes) -> float:
    """How long a whole MP3 plays (0 when it is not whole), from its frame headers."""
    return _walk(data) or 0.0
