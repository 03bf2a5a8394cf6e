"""MPEG Layer III frame headers: what a frame holds (rate, bit rate, samples) and how long
it is, for everything that reads MP3 (an engine's answer, the episode's encoded stretches)."""

from __future__ import annotations

from dataclasses import dataclass

# Layer III bit rates (kbps) by header index: MPEG-1, and MPEG-2 / 2.5 (below 32 kHz)
_BITRATES_KBPS = {
    1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


@dataclass(frozen=True)
class FrameHeader:
    word: int  # the 32 header bits

    @classmethod
    def read(cls, data: bytes | memoryview, offset: int = 0) -> FrameHeader:
        if offset + 4 > len(data):
            raise ValueError("MP3: a frame header cut off")
        word = int.from_bytes(data[offset : offset + 4], "big")
        # sync, an MPEG version, Layer III, a real bit rate and sample rate
        if word >> 21 != 0x7FF or (word >> 19) & 3 == 1 or (word >> 17) & 3 != 1:
            raise ValueError(f"MP3: no Layer III frame at byte {offset}")
        if not 0 < (word >> 12) & 15 < 15 or (word >> 10) & 3 == 3:
            raise ValueError(f"MP3: a bad frame header at byte {offset}")
        return cls(word)

    @property
    def _version(self) -> int:  # 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
        return (self.word >> 19) & 3

    @property
    def bitrate(self) -> int:
        table = _BITRATES_KBPS[1 if self._version == 3 else 2]
        return table[(self.word >> 12) & 15] * 1000

    @property
    def sample_rate(self) -> int:
        return _SAMPLE_RATES[self._version][(self.word >> 10) & 3]

    @property
    def mono(self) -> bool:
        return (self.word >> 6) & 3 == 3

    @property
    def samples(self) -> int:
        """Samples per channel in a frame."""
        return 1152 if self._version == 3 else 576

    @property
    def side_info(self) -> int:
        if self._version == 3:
            return 17 if self.mono else 32
        return 9 if self.mono else 17

    @property
    def size(self) -> int:
        return self.samples // 8 * self.bitrate // self.sample_rate + ((self.word >> 9) & 1)
