"""The voices and cache commands, engine choice, and rebuilds that reuse speech."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import Result

import briefing.tts
from briefing.tts import EngineChoice
from briefing.tts.mp3check import is_complete_mp3
from cli import Edge
from tests.cli_runner import invoke
from tests.conftest import EXAMPLES
from tests.tts.gtts_standin import GoogleStandIn


def run(*args: str) -> Result:
    return invoke(*args)


def test_voices_json_lists_profiles_with_post_processing() -> None:
    result = run("voices", "--json")
    assert result.exit_code == 0
    voices = {v["name"]: v for v in json.loads(result.stdout)}
    assert len(voices) >= 3
    assert voices["quote"]["post"]["band_pass_hz"] == [300, 3400]
    assert voices["anchor"]["settings"]["espeak"]["voice"] == "ar"


def test_preview_writes_a_sample(tmp_path: Path) -> None:
    out = tmp_path / "quote.mp3"
    result = run(
        "voices", "--preview", "quote", "--engine", "espeak", "-o", out, "--cache-dir", tmp_path
    )
    assert result.exit_code == 0, result.stderr
    assert is_complete_mp3(out.read_bytes()) and out.stat().st_size > 5000


def test_preview_of_an_unknown_voice() -> None:
    result = run("voices", "--preview", "nobody")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "no voice profile named 'nobody'" in result.stderr


def test_auto_falls_back_to_espeak_with_one_warning(tmp_path: Path) -> None:
    offline = Edge(
        engines=lambda name, workers, warn: EngineChoice(name, workers, lambda: False, warn)
    )
    out = tmp_path / "a.mp3"
    args = ("voices", "--preview", "anchor", "-o", out, "--cache-dir", tmp_path / "c")
    result = invoke(*args, obj=offline)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"briefing: warning: {briefing.tts.FALLBACK_WARNING}"]
    info = json.loads(run("cache", "info", "--cache-dir", tmp_path / "c", "--json").stdout)
    assert info["entries"] == 1
    assert next((tmp_path / "c").rglob("*.clip"))  # the espeak clip, keyed by engine


def test_auto_prefers_gtts_when_google_answers() -> None:
    assert briefing.tts.get_engine("auto", probe=lambda: True).name == "gtts"


def test_cache_info_and_clear(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    run("voices", "--preview", "anchor", "--engine", "espeak", "-o", tmp_path / "a.mp3",
        "--cache-dir", cache)  # fmt: skip
    info = json.loads(run("cache", "info", "--cache-dir", cache, "--json").stdout)
    assert info["entries"] == 1 and info["bytes"] > 0 and info["directory"] == str(cache)
    assert "1 clips" in run("cache", "info", "--cache-dir", cache).stdout
    assert "removed 1 clips" in run("cache", "clear", "--cache-dir", cache).stdout
    assert json.loads(run("cache", "info", "--cache-dir", cache, "--json").stdout)["entries"] == 0


def build_json(articles: Path, outdir: Path, cache: Path) -> dict:
    result = run(
        "build", articles, "-o", outdir, "--engine", "gtts", "--date", "2026-11-29",
        "--cache-dir", cache, "--json",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""  # no progress bar and no warning with --json
    return json.loads(result.stdout)


def test_rebuilds_reuse_speech(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(EXAMPLES, articles, ignore=shutil.ignore_patterns("*.md", "*.json"))
    google = GoogleStandIn()
    with google.serving():
        cold = build_json(articles, tmp_path / "out", tmp_path / "cache")
        # one call per distinct cue: the repeated وأضاف: shares its first clip
        assert cold["synthesized"] + cold["cached"] == cold["segments"]
        assert cold["cached"] > 0 and len(set(google.texts)) == len(google.texts)
        cold_calls = google.calls

        warm = build_json(articles, tmp_path / "out", tmp_path / "cache")
        assert google.calls == cold_calls  # not one request
        assert (warm["synthesized"], warm["cached"]) == (0, warm["segments"])

        story = articles / "03_cup_final.txt"
        text = story.read_text(encoding="utf-8")
        story.write_text(text.replace("في نهائي مثير", "في نهائي تاريخي", 1), encoding="utf-8")
        changed = build_json(articles, tmp_path / "out", tmp_path / "cache")
    assert (changed["synthesized"], changed["cached"]) == (1, changed["segments"] - 1)
    asked = google.texts[cold_calls:]
    assert len(asked) == 1 and asked[0].endswith("في نهائي تاريخي")  # the new headline only


def test_engine_failure_exits_2_and_writes_no_episode(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(EXAMPLES / "01_solar_plant.txt", articles)
    google = GoogleStandIn()
    google.fail_next(["403"])
    with google.serving():
        result = run("build", articles, "-o", tmp_path / "out", "--engine", "gtts",
                     "--cache-dir", tmp_path / "cache")  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr.startswith("briefing: error: gTTS: HTTP 403")
    assert result.stderr.count("\n") == 1
    assert not list((tmp_path / "out").rglob("*.mp3"))
