from __future__ import annotations

import math
import os
import struct
from pathlib import Path

import pytest

from briefing.model import Clip, PcmFormat, Voice

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"
ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"


def child_env() -> dict[str, str]:
    """The environment of a `python -c` child of a test: the checkout importable from the
    test's own working folder (see away_from_the_users_files), before whatever the test run
    itself was given (CI's newest-deps overlay), so the child sees the same libraries."""
    paths = [str(ROOT), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


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


@pytest.fixture(autouse=True)
def away_from_the_users_files(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test runs where no briefing.toml of the user's is (the CLI reads ./briefing.toml)
    and with config and cache folders of its own, so a producer's files never change a result."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.chdir(home)
    for variable, folder in (("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(variable, str(home / folder))


def tone_edge(engine: ToneEngine | None = None):  # -> cli.Edge
    """The command line's edge with every voice spoken by one tone engine (--engine ignored)."""
    from briefing.tts.engines import OneEngine
    from cli import Edge

    tone_engine = engine or ToneEngine()
    return Edge(engines=lambda _name, _workers, _warn, _vowels: OneEngine(tone_engine))
