from __future__ import annotations

import math
import struct
from pathlib import Path

import pytest

from briefing.model import Clip, PcmFormat, Voice

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"
EXAMPLES = Path(__file__).parent.parent / "examples"


ESPEAK_FORMAT = PcmFormat(22050, 1, 2)


def tone(ms: int, fmt: PcmFormat = ESPEAK_FORMAT, hz: float = 440.0) -> Clip:
    frames = round(ms * fmt.sample_rate / 1000)
    samples = [
        round(8000 * math.sin(2 * math.pi * hz * i / fmt.sample_rate))
        for i in range(frames)
        for _channel in range(fmt.channels)
    ]
    return Clip(pcm=struct.pack(f"<{len(samples)}h", *samples), format=fmt)


class ToneEngine:
    """A deterministic stand-in engine: a tone whose length follows the text."""

    name = "tone"
    version = "1"
    preparation = "as-is"

    def __init__(self) -> None:
        self.calls: list[str] = []

    def prepare(self, speakable: str) -> str:
        return speakable

    def synthesize(self, text: str, voice: Voice) -> Clip:
        self.calls.append(text)
        return tone(20 * len(text) + 100)

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def tone_engine() -> ToneEngine:
    return ToneEngine()


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"
