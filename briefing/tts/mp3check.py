"""Is this MP3 whole? Walk its frame headers: a cut-off last frame or junk is not."""

from __future__ import annotations

_BITRATES_KBPS = {  # Layer III, by MPEG version bits: 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
    3: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_BITRATES_KBPS[0] = _BITRATES_KBPS[2]
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}
_ID3V1_SIZE = 128


def _id3v2_size(data: bytes) -> int:
    if len(data) < 10 or not data.startswith(b"ID3"):
        return 0
    size = 0
    for byte in data[6:10]:  # a "syncsafe" integer: 7 bits per byte
        size = (size << 7) | (byte & 0x7F)
    footer = 10 if data[5] & 0x10 else 0
    return 10 + size + footer


def _frame(header: int) -> tuple[int, float] | None:
    """(bytes, milliseconds) of the Layer III frame this header starts; None when it is no
    header."""
    version = (header >> 19) & 3
    layer = (header >> 17) & 3
    bitrate_index = (header >> 12) & 0xF
    rate_index = (header >> 10) & 3
    if (header >> 21) != 0x7FF or version == 1 or layer != 1:
        return None
    if bitrate_index in (0, 15) or rate_index == 3:
        return None
    bitrate = _BITRATES_KBPS[version][bitrate_index] * 1000
    rate = _SAMPLE_RATES[version][rate_index]
    padding = (header >> 9) & 1
    samples = 1152 if version == 3 else 576
    return samples // 8 * bitrate // rate + padding, samples * 1000 / rate


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
        if rest < 4:
            return None
        frame = _frame(int.from_bytes(data[position : position + 4], "big"))
        if frame is None or frame[0] > rest:
            return None
        position += frame[0]
        duration_ms += frame[1]
        frames += 1
    return duration_ms if frames else None


def is_complete_mp3(data: bytes) -> bool:
    """True when the data is Layer III frames end to end (ID3 tags allowed), at least one."""
    return _walk(data) is not None


def mp3_duration_ms(data: bytes) -> float:
    """How long a whole MP3 plays (0 when it is not whole), from its frame headers."""
    return _walk(data) or 0.0
