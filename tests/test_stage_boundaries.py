"""The boundaries between the stages, seen from the command line and the build: what is read
before the slow part, what the engines are given, who closes them, what publish owns."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path

import feedparser

from briefing.config import Config
from briefing.model import Clip, Voice
from briefing.publish import FEED_NAME, publish
from briefing.speech import speak_script
from briefing.tts import OneEngine, synthesize
from briefing.tts.cache import SpeechCache
from briefing.tts.espeak import EspeakEngine, espeak_spelling
from briefing.voices import load_voices
from cli import Edge
from tests.cli_runner import invoke
from tests.conftest import EXAMPLES, ToneEngine, tone_edge
from tests.publish.tone_episode import publish_tone_episode, tone_master, tone_script

ARTICLE = EXAMPLES / "01_solar_plant.txt"


def build(tmp_path: Path, *extra: object, engine: ToneEngine | None = None):
    args = ("build", ARTICLE, "-o", tmp_path / "out", "--cache-dir", tmp_path / "cache")
    return invoke(*args, "--date", "2026-11-29", *extra, obj=tone_edge(engine))


def test_a_wrong_sound_path_fails_before_anything_is_synthesized(tmp_path: Path) -> None:
    """The sting and bed files were read after synthesis: a wrong path failed after the
    slow part."""
    Path("briefing.toml").write_text('[audio]\nsting_file = "/no/such/sting.wav"\n')
    engine = ToneEngine()
    result = build(tmp_path, engine=engine)
    assert result.exit_code == 1, result.stderr
    assert "sting /no/such/sting.wav: cannot read it" in result.stderr
    assert engine.calls == [] and not (tmp_path / "out").exists()


def test_the_build_command_closes_the_engines_it_chose(tmp_path: Path) -> None:
    engine = ToneEngine()
    assert build(tmp_path, engine=engine).exit_code == 0
    assert engine.calls and engine.closed


def test_build_takes_lexicons_from_the_show_and_the_command_line(tmp_path: Path) -> None:
    show, mine = tmp_path / "show.toml", tmp_path / "mine.toml"
    show.write_text('[abbreviations]\n"الحكومة" = "حكومة البلاد"\n', encoding="utf-8")
    mine.write_text('[abbreviations]\n"الحكومة" = "الحكومة المركزية"\n', encoding="utf-8")
    Path("briefing.toml").write_text(f'[speech]\nlexicon = ["{show}"]\n', encoding="utf-8")
    by_show, by_both = ToneEngine(), ToneEngine()
    assert build(tmp_path, "--json", engine=by_show).exit_code == 0
    assert any("حكومة البلاد" in text for text in by_show.calls)
    result = build(tmp_path, "--lexicon", mine, "--json", engine=by_both)
    assert result.exit_code == 0, result.stderr
    assert any("الحكومة المركزية" in text for text in by_both.calls)
    assert not any("حكومة البلاد" in text for text in by_both.calls)
    assert json.loads(result.stdout)["reused"] is False  # another reading: another episode


class Engines:
    """One engine per voice: the seam synth asks through."""

    def __init__(self, engines: dict[str, ToneEngine]) -> None:
        self.engines = engines

    def for_voice(self, voice: Voice) -> ToneEngine:
        return self.engines[voice.name]

    def close(self) -> None:
        for engine in self.engines.values():
            engine.close()


def test_each_voice_is_spoken_by_the_engine_it_is_given(tmp_path: Path) -> None:
    script = speak_script(tone_script("موجز", dt.date(2026, 11, 29)), None)  # shipped lexicon
    anchor, quote = ToneEngine(), ToneEngine()
    quote.name = "other"  # another engine: its clips are cached under its own name
    engines = Engines({"anchor": anchor, "quote": quote})
    result = synthesize(script.cues, load_voices(), engines, SpeechCache(tmp_path))
    said = {voice: {c.spoken for c in script.cues if c.voice == voice} for voice in engines.engines}
    assert set(anchor.calls) == said["anchor"] and set(quote.calls) == said["quote"]
    assert result.synthesized == len(said["anchor"]) + len(said["quote"])


def test_publish_renders_only_when_the_episode_changed(tmp_path: Path) -> None:
    script = tone_script("موجز", dt.date(2026, 11, 29))
    renders: list[int] = []

    def render():
        renders.append(1)
        return tone_master(script)

    now = dt.datetime(2026, 11, 29, 6, tzinfo=dt.UTC)
    args = (script, Config(), tmp_path, "e1", (), now)
    first = publish(render, *args, fingerprint="same")
    again = publish(render, *args, fingerprint="same")
    other = publish(render, *args, fingerprint="other")
    assert (first.reused, again.reused, other.reused) == (False, True, False)
    assert len(renders) == 2 and again.record == first.record


def test_a_damaged_record_keeps_its_feed_item_and_the_feed_command_says_so(
    tmp_path: Path,
) -> None:
    """A damaged episode.json silently dropped that episode from the feed (exit 0)."""
    publish_tone_episode(tmp_path, "a", day=26)
    publish_tone_episode(tmp_path, "b", day=27)
    record = tmp_path / "episodes" / "a" / "episode.json"
    record.write_text(record.read_text(encoding="utf-8")[:40], encoding="utf-8")
    before = {e.id: e for e in feedparser.parse(str(tmp_path / FEED_NAME)).entries}

    result = invoke("feed", tmp_path)
    assert result.exit_code == 1
    warning, error = result.stderr.splitlines()
    assert warning.startswith(f"briefing: warning: {record}: damaged episode record")
    assert "kept from the current feed" in warning and error.startswith("briefing: error: 1 ")
    after = {e.id: e for e in feedparser.parse(str(tmp_path / FEED_NAME)).entries}
    assert list(after) == ["briefing:b", "briefing:a"]
    assert after["briefing:a"].enclosures == before["briefing:a"].enclosures

    publish_tone_episode(tmp_path, "c", day=28)  # a build keeps it too, with a warning
    assert [e.id for e in feedparser.parse(str(tmp_path / FEED_NAME)).entries] == [
        "briefing:c",
        "briefing:b",
        "briefing:a",
    ]


class RecordingEspeak(EspeakEngine):
    """espeak-ng itself, noting the text each call hands the library."""

    given: list[str]

    def synthesize(self, text: str, voice: Voice) -> Clip:
        self.given.append(text)
        return super().synthesize(text, voice)


def test_a_users_vowels_reach_espeak_and_key_the_cache(tmp_path: Path) -> None:
    """A [tashkeel] entry of the user's lexicon was dropped on the way to espeak-ng
    (prepare used the shipped table), and the clip cache did not know the table."""
    made: list[RecordingEspeak] = []

    def engines(name: str, workers: int, warn: object, vowels: Mapping[str, str] | None):
        engine = RecordingEspeak(vowels)
        engine.given = []
        made.append(engine)
        return OneEngine(engine)

    mine, article = tmp_path / "mine.toml", tmp_path / "short.txt"
    article.write_text(
        "افتتاح حقل للألواح الشمسية في الواحة\n\n"
        "افتتحت البلدية حقلا للألواح الشمسية يغذي ألف منزل.\n",
        encoding="utf-8",
    )  # a short story of our own: two builds of it through the real diacritizer and voice
    args = ("build", article, "-o", tmp_path / "out", "--cache-dir", tmp_path / "cache",
            "--engine", "espeak", "--lexicon", mine, "--date", "2026-11-29", "--json")  # fmt: skip
    spellings = []
    for vowelled in ("الشَّمْسِيَّة", "الشِّمْسِيَّة"):  # the second: another reading, no cache hit
        mine.write_text(f'[tashkeel]\n"الشمسية" = "{vowelled}"\n', encoding="utf-8")
        result = invoke(*args, obj=Edge(engines=engines))
        assert result.exit_code == 0, result.stderr
        spellings.append(espeak_spelling(vowelled))
        assert any(spellings[-1] in text for text in made[-1].given)
    assert not any(spellings[0] in text for text in made[-1].given)
