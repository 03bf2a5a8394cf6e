"""MPEG Layer III frames: found and counted, and the Info frame a CBR file opens with.

The Info frame (Xing's header for constant bit rate files, with LAME's extension) tells a
player how many frames the file has, where to seek (a 100-point table of contents), and how
many samples to trim at each end (the encoder's delay and padding), so that the decoded
length is exact. It is written as ffmpeg writes it (checked against ffmpeg's own output in
the tests): after the frame's zeroed side information, "Info", flags 0x0F, the audio frames
(not counting itself), the bytes (counting itself), the table, quality 0; then LAME's
extension with the encoder's name, delay 576 and padding (ffmpeg's decoder skips 576 + 529
samples and trims the padding), the music length, a CRC-16 of the audio frames and one of
the frame's first 190 bytes.
"""

from __future__ import annotations

import struct

import numpy as np

from briefing.mp3header import FrameHeader

ENCODER_DELAY = 576  # what ffmpeg's libmp3lame writes in the LAME tag
_XING_FLAGS = 0x0F  # frames, bytes, table of contents, quality
_TAG_CRC_SPAN = 190


def frame_sizes(data: bytes | memoryview) -> list[int]:
    """The size of each frame in a stream of frames (and nothing else). A constant bit rate
    stream has two or three distinct headers: each is read once, then found by its bits
    (16 minutes, 37k frames, read after the parallel encode: 0.104 s -> 0.035 s)."""
    sizes, offset = [], 0
    known: dict[int, int] = {}  # header word -> frame size
    while offset < len(data):
        word = int.from_bytes(data[offset : offset + 4], "big")
        size = known.get(word)
        if size is None:  # a short read is no header word: read() says what is wrong
            size = known[word] = FrameHeader.read(data, offset).size
        if offset + size > len(data):
            raise ValueError(f"MP3: the frame at byte {offset} is cut off")
        sizes.append(size)
        offset += size
    return sizes


def _crc_table() -> np.ndarray:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return np.array(table, dtype=np.uint16)


_CRC_TABLE = _crc_table()
_CRC_LIST = _CRC_TABLE.tolist()
_CHUNK = 1024


def _after_zeros(length: int) -> tuple[list[int], list[int]]:
    """The CRC after `length` zero bytes, as a function of the CRC before: linear, so
    given by its values on the low byte and on the high byte."""
    low = np.arange(256, dtype=np.uint16)
    high = low << np.uint16(8)
    for _ in range(length):
        low = (low >> np.uint16(8)) ^ _CRC_TABLE[low & 0xFF]
        high = (high >> np.uint16(8)) ^ _CRC_TABLE[high & 0xFF]
    return low.tolist(), high.tolist()


_SHIFT_LOW, _SHIFT_HIGH = _after_zeros(_CHUNK)


class Crc16:
    """CRC-16/ARC (the LAME tag's) over a stream, many chunks at a time.

    A byte-at-a-time loop in Python costs seconds for an hour of MP3. Chunks of 1024 bytes
    are run side by side instead (a numpy step per byte position), then combined in order:
    CRC(a + b) is CRC(a) carried over len(b) zero bytes, xor CRC(b)."""

    def __init__(self) -> None:
        self.value = 0
        self._pending = b""

    def _bytewise(self, data: bytes) -> None:
        crc, table = self.value, _CRC_LIST
        for byte in data:
            crc = (crc >> 8) ^ table[(crc ^ byte) & 0xFF]
        self.value = crc

    def update(self, data: bytes) -> None:
        data = self._pending + data
        whole = len(data) // _CHUNK * _CHUNK
        self._pending = data[whole:]
        if not whole:
            return
        columns = np.frombuffer(data[:whole], np.uint8).reshape(-1, _CHUNK).T.copy()
        crcs = np.zeros(columns.shape[1], dtype=np.uint16)
        for column in columns:
            crcs = (crcs >> np.uint16(8)) ^ _CRC_TABLE[(crcs ^ column) & 0xFF]
        crc = self.value
        for chunk_crc in crcs.tolist():
            crc = _SHIFT_LOW[crc & 0xFF] ^ _SHIFT_HIGH[crc >> 8] ^ chunk_crc
        self.value = crc

    def digest(self) -> int:
        """The CRC of everything so far (the stream may go on)."""
        pending, value = self._pending, self.value
        self._bytewise(pending)
        result, self.value = self.value, value
        return result


def crc16(data: bytes) -> int:
    crc = Crc16()
    crc.update(data)
    return crc.digest()


def crc16_concat(first: int, second: int, second_length: int) -> int:
    """The CRC of a + b from CRC(a), CRC(b) and len(b): CRC(a) carried over len(b) zero
    bytes, xor CRC(b). So the parts of a file can be summed apart, in parallel."""
    crc = first
    for _ in range(second_length // _CHUNK):
        crc = _SHIFT_LOW[crc & 0xFF] ^ _SHIFT_HIGH[crc >> 8]
    for _ in range(second_length % _CHUNK):
        crc = (crc >> 8) ^ _CRC_LIST[crc & 0xFF]
    return crc ^ second


def table_of_contents(sizes: list[int], first: int) -> bytes:
    """Xing's 100 seek points: for each percent of the frames, where that frame starts
    (counting the `first` bytes before the audio frames) as a share of 256 of all bytes."""
    offsets = np.concatenate([[0], np.cumsum(sizes)]) + first
    total = int(offsets[-1])
    frames = len(sizes)
    points = [int(offsets[min(frames, percent * frames // 100)]) for percent in range(100)]
    return bytes(min(255, point * 256 // total) for point in points)


def info_frame(
    header: FrameHeader,
    sizes: list[int],
    samples: int,
    music_crc: int,
    encoder: bytes = b"Lavf",
) -> bytes:
    """The Info frame for a file whose audio frames (in the format of `header`) have these
    `sizes` and decode to `samples` samples per channel after the encoder's delay."""
    word = header.word & ~(1 << 9)  # no padding slot: the frame is exactly 144·rate/Hz
    frame = bytearray(FrameHeader(word).size)
    frame[:4] = word.to_bytes(4, "big")
    at = 4 + header.side_info  # after the (zeroed) side information
    total = len(frame) + sum(sizes)
    padding = len(sizes) * header.samples - ENCODER_DELAY - samples
    if not 0 <= padding < 4096:
        raise ValueError(f"MP3: {samples} samples do not fit {len(sizes)} frames")
    xing = b"Info" + struct.pack(">III", _XING_FLAGS, len(sizes), total)
    xing += table_of_contents(sizes, len(frame)) + bytes(4)
    lame = encoder.ljust(9, b"\0")[:9] + bytes(12)  # version, then no VBR, gain or flags
    lame += ((ENCODER_DELAY << 12) | padding).to_bytes(3, "big") + bytes(4)
    lame += struct.pack(">IH", total, music_crc)
    frame[at : at + len(xing) + len(lame)] = xing + lame
    tag_crc = crc16(bytes(frame[:_TAG_CRC_SPAN]))  # the tag's own CRC still zero (as ffmpeg)
    crc_at = at + len(xing) + len(lame)
    frame[crc_at : crc_at + 2] = tag_crc.to_bytes(2, "big")
    return bytes(frame)
