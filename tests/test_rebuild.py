"""Rebuilding an episode: unchanged inputs keep the published files; any change remakes them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import feedparser
import pytest

import briefing.build
from briefing.build import build
from briefing.config import Config
from briefing.model import Clip, Voice
from briefing.tts.cache import SpeechCache
from tests.conftest import EXAMPLES, ToneEngine, tone

DAY = dt.date(2026, 11, 29)
FIRST = dt.datetime(2026, 11, 29, 6, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch) -> ToneEngine:
    tone = ToneEngine()
    monkeypatch.setattr(briefing.build, "get_engine", lambda *args, **kwargs: tone)
    return tone


def run(tmp_path: Path, config: Config, inputs: list[Path], now: dt.datetime):
    cache = SpeechCache(tmp_path / "cache")
    return build(inputs, tmp_path / "out", config, "tone", cache, DAY, now=now)


def test_unchanged_rebuild_keeps_the_published_files(tmp_path: Path, engine: ToneEngine) -> None:
    inputs = [EXAMPLES / "01_solar_plant.txt", EXAMPLES / "03_cup_final.txt"]
    first = run(tmp_path, Config(), inputs, FIRST)
    mp3 = tmp_path / "out" / first.record.mp3
    stamp = mp3.stat().st_mtime_ns
    again = run(tmp_path, Config(), inputs, LATER)
    assert again.reused and not first.reused
    assert again.synthesized == 0
    assert again.record == first.record  # same files, same pubDate
    assert mp3.stat().st_mtime_ns == stamp
    feed = feedparser.parse(str(tmp_path / "out" / "feed.xml"))
    assert len(feed.entries) == 1


@pytest.mark.parametrize(
    "change",
    [
        lambda config, inputs: (replace(config, bitrate="128k"), inputs),
        lambda config, inputs: (replace(config, quotes_per_story=1), inputs),
        lambda config, inputs: (config, inputs[:1]),
    ],
    ids=["bitrate", "running order", "articles"],
)
def test_any_change_remakes_the_episode(tmp_path: Path, engine: ToneEngine, change) -> None:
    inputs = [EXAMPLES / "01_solar_plant.txt", EXAMPLES / "03_cup_final.txt"]
    first = run(tmp_path, Config(), inputs, FIRST)
    config, changed_inputs = change(Config(), inputs)
    again = run(tmp_path, config, changed_inputs, LATER)
    assert not again.reused
    assert again.record.fingerprint != first.record.fingerprint
    assert again.record.published == LATER
    assert (tmp_path / "out" / again.record.mp3).is_file()


def test_a_damaged_mp3_is_remade(tmp_path: Path, engine: ToneEngine) -> None:
    inputs = [EXAMPLES / "02_flu_vaccination.txt"]
    first = run(tmp_path, Config(), inputs, FIRST)
    mp3 = tmp_path / "out" / first.record.mp3
    mp3.write_bytes(mp3.read_bytes()[:1000])
    again = run(tmp_path, Config(), inputs, LATER)
    assert not again.reused
    published = tmp_path / "out" / again.record.mp3
    assert published.stat().st_size == again.record.mp3_bytes


class VaryingToneEngine(ToneEngine):
    """Like espeak-ng: each call's take of the same text differs a little."""

    def synthesize(self, text: str, voice: Voice) -> Clip:
        super().synthesize(text, voice)
        return tone(20 * len(text) + 100, hz=440.0 + len(self.calls))


def test_repeated_cues_do_not_spoil_the_first_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    varying = VaryingToneEngine()
    monkeypatch.setattr(briefing.build, "get_engine", lambda *args, **kwargs: varying)
    inputs = [EXAMPLES / "01_solar_plant.txt", EXAMPLES / "03_cup_final.txt"]
    first = run(tmp_path, Config(), inputs, FIRST)
    assert len(set(varying.calls)) < first.segments  # the script repeats a cue (وأضاف:)
    again = run(tmp_path, Config(), inputs, LATER)
    assert again.reused and again.synthesized == 0
    assert varying.closed  # the build lets its engine go
