"""Rebuilding an episode: unchanged inputs keep the published files; any change remakes them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import feedparser
import pytest

from briefing.build import BuildOptions, build
from briefing.config import Config
from briefing.model import Clip, Voice
from briefing.production import load_production
from briefing.tts import OneEngine
from briefing.tts.cache import SpeechCache
from tests.conftest import EXAMPLES, ToneEngine, tone

DAY = dt.date(2026, 11, 29)
FIRST = dt.datetime(2026, 11, 29, 6, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def engine() -> ToneEngine:
    return ToneEngine()


def run(tmp_path: Path, config: Config, inputs: list[Path], now: dt.datetime, engine: ToneEngine):
    cache = SpeechCache(tmp_path / "cache")
    options = BuildOptions(tmp_path / "out", DAY, now=now)
    return build(inputs, load_production(config), OneEngine(engine), cache, options)


def test_unchanged_rebuild_keeps_the_published_files(tmp_path: Path, engine: ToneEngine) -> None:
    inputs = [EXAMPLES / "01_solar_plant.txt", EXAMPLES / "03_cup_final.txt"]
    first = run(tmp_path, Config(), inputs, FIRST, engine)
    mp3 = tmp_path / "out" / first.record.mp3
    stamp = mp3.stat().st_mtime_ns
    again = run(tmp_path, Config(), inputs, LATER, engine)
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
    first = run(tmp_path, Config(), inputs, FIRST, engine)
    config, changed_inputs = change(Config(), inputs)
    again = run(tmp_path, config, changed_inputs, LATER, engine)
    assert not again.reused
    assert again.record.fingerprint != first.record.fingerprint
    assert again.record.published == LATER
    assert (tmp_path / "out" / again.record.mp3).is_file()


def test_a_damaged_mp3_is_remade(tmp_path: Path, engine: ToneEngine) -> None:
    inputs = [EXAMPLES / "02_flu_vaccination.txt"]
    first = run(tmp_path, Config(), inputs, FIRST, engine)
    mp3 = tmp_path / "out" / first.record.mp3
    mp3.write_bytes(mp3.read_bytes()[:1000])
    again = run(tmp_path, Config(), inputs, LATER, engine)
    assert not again.reused
    published = tmp_path / "out" / again.record.mp3
    assert published.stat().st_size == again.record.mp3_bytes


class VaryingToneEngine(ToneEngine):
    """Like espeak-ng: each call's take of the same text differs a little."""

    def synthesize(self, text: str, voice: Voice) -> Clip:
        super().synthesize(text, voice)
        return tone(20 * len(text) + 100, hz=440.0 + len(self.calls))


def test_repeated_cues_do_not_spoil_the_first_rebuild(tmp_path: Path) -> None:
    varying = VaryingToneEngine()
    inputs = [EXAMPLES / "01_solar_plant.txt", EXAMPLES / "03_cup_final.txt"]
    first = run(tmp_path, Config(), inputs, FIRST, varying)
    assert len(set(varying.calls)) < first.segments  # the script repeats a cue (وأضاف:)
    again = run(tmp_path, Config(), inputs, LATER, varying)
    assert again.reused and again.synthesized == 0


@pytest.mark.parametrize(
    "change",
    [
        lambda config: replace(config, workers=2),
        lambda config: replace(config, cache_max_mb=10),
        lambda config: replace(config, show=replace(config.show, description="وصف آخر")),
    ],
    ids=["workers", "cache size", "feed description"],
)
def test_settings_that_do_not_shape_the_files_keep_the_episode(
    tmp_path: Path, engine: ToneEngine, change
) -> None:
    """Changing `workers` (a speed setting) republished the episode with a new pubDate."""
    inputs = [EXAMPLES / "02_flu_vaccination.txt"]
    first = run(tmp_path, Config(), inputs, FIRST, engine)
    config = change(Config())
    again = run(tmp_path, config, inputs, LATER, engine)
    assert again.reused and again.record == first.record
    feed = feedparser.parse(str(tmp_path / "out" / "feed.xml"))
    assert feed.feed.description == config.show.description  # the feed is rebuilt anyway


def _changed(value: object) -> object:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, tuple):
        return (*value, "x")
    return {**value, "extra": "x"}  # a mapping: the roles


def test_every_setting_is_in_the_fingerprint_or_marked_as_outside_the_files() -> None:
    """A setting left out of the fingerprint by mistake would keep a stale episode."""
    from dataclasses import fields, is_dataclass

    from briefing.config import episode_file_settings

    def variants(settings: object):
        for f in fields(settings):
            value = getattr(settings, f.name)
            inside = f.metadata.get("in_episode_files", True)
            if is_dataclass(value) and inside:
                for name, changed, counts in variants(value):
                    yield f"{f.name}.{name}", replace(settings, **{f.name: changed}), counts
            elif not is_dataclass(value):
                yield f.name, replace(settings, **{f.name: _changed(value)}), inside

    base = episode_file_settings(Config())
    outside = []
    for name, changed, counts in variants(Config()):
        assert (episode_file_settings(changed) != base) == counts, name
        outside += [] if counts else [name]
    assert "workers" in outside and "cover_size" not in outside
