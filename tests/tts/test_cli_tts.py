"""The voices and cache commands, engine choice, and rebuilds that reuse speech."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import Result

from briefing.tts import EngineChoice
from briefing.tts.availability import EngineCheck
from briefing.tts.mp3check import is_complete_mp3
from briefing.tts.probe import edge_answers
from briefing.voices import load_voices
from cli import Edge
from tests.cli_runner import invoke
from tests.conftest import EXAMPLES
from tests.tts.edge_standin import EdgeStandIn
from tests.tts.gtts_standin import GoogleStandIn


def run(*args: str) -> Result:
    return invoke(*args)


def test_voices_json_lists_profiles_with_post_processing() -> None:
    result = invoke("voices", "--json", obj=Edge(check=lambda: OFFLINE))
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


OFFLINE = EngineCheck(probes={"gtts": lambda: False, "edge": lambda: False})


def test_auto_falls_back_to_espeak_with_one_warning(tmp_path: Path) -> None:
    offline = Edge(
        engines=lambda name, workers, warn, _vowels: EngineChoice(name, workers, OFFLINE, warn)
    )
    out = tmp_path / "a.mp3"
    args = ("voices", "--preview", "anchor", "-o", out, "--cache-dir", tmp_path / "c")
    result = invoke(*args, obj=offline)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "briefing: warning: Google's speech service (gTTS): no answer; "
        "its voices speak offline with espeak-ng"
    ]
    info = json.loads(run("cache", "info", "--cache-dir", tmp_path / "c", "--json").stdout)
    assert info["entries"] == 1
    assert next((tmp_path / "c").rglob("*.clip"))  # the espeak clip, keyed by engine


def test_auto_prefers_gtts_when_google_answers() -> None:
    online = EngineChoice("auto", check=EngineCheck(probes={"gtts": lambda: True}))
    assert online.for_voice(load_voices()["anchor"]).name == "gtts"


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


def test_a_neural_episode_builds_through_edge_tts(tmp_path: Path) -> None:
    service = EdgeStandIn()
    with service.serving():
        result = run("build", EXAMPLES / "01_solar_plant.txt", "-o", tmp_path / "out",
                     "--engine", "edge", "--date", "2026-11-29", "--cache-dir", tmp_path / "c",
                     "--json")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    built = json.loads(result.stdout)
    assert built["synthesized"] == len(service.requests) > 3
    assert is_complete_mp3(Path(built["mp3"]).read_bytes())
    voices = {request.voice.split("(")[1] for request in service.requests}  # a voice per role
    assert {"ar-SA, HamedNeural)", "ar-AE, HamdanNeural)"} <= voices


def test_a_refused_neural_voice_exits_2_in_one_line(tmp_path: Path) -> None:
    service = EdgeStandIn()
    service.fail_next(["403"] * 100)
    with service.serving():
        result = run("build", EXAMPLES / "01_solar_plant.txt", "-o", tmp_path / "out",
                     "--engine", "edge", "--cache-dir", tmp_path / "c")  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr.startswith("briefing: error: edge-tts: HTTP 403 after 1 attempt")
    assert result.stderr.count("\n") == 1
    assert not list((tmp_path / "out").rglob("*.mp3"))


def test_a_two_engine_episode_mixes_them_per_voice(tmp_path: Path) -> None:
    """Anchor on Microsoft's neural voice, quotes and presenter on Google's: one engine per
    voice, both stand-ins answering; cache and --json per engine."""
    config = tmp_path / "briefing.toml"
    config.write_text(
        '[roles]\nheadline = "neural_anchor"\nsummary = "neural_anchor"\n'
        'quote_intro = "neural_anchor"\ntransition = "neural_anchor"\n',
        encoding="utf-8",
    )
    online = EngineCheck(probes={"gtts": lambda: True, "edge": edge_answers})
    edge = Edge(
        engines=lambda name, workers, warn, _vowels: EngineChoice(name, workers, online, warn)
    )
    microsoft, google = EdgeStandIn(), GoogleStandIn()

    def build() -> dict:
        with microsoft.serving(), google.serving():
            result = invoke("build", EXAMPLES / "01_solar_plant.txt", "-o", tmp_path / "out",
                            "--config", config, "--date", "2026-11-29",
                            "--cache-dir", tmp_path / "c", "--json", obj=edge)  # fmt: skip
        assert result.exit_code == 0, result.stderr
        assert result.stderr == ""  # every engine answered: no fallback warning
        return json.loads(result.stdout)

    cold = build()
    engines = cold["engines"]
    assert set(engines) == {"edge", "gtts"}
    assert engines["edge"]["voices"] == ["neural_anchor"]
    assert set(engines["gtts"]["voices"]) == {"presenter", "quote"}
    assert engines["edge"]["synthesized"] == len(microsoft.requests) > 0
    assert engines["gtts"]["synthesized"] > 0 and google.calls >= engines["gtts"]["synthesized"]
    assert sum(e["segments"] for e in engines.values()) == cold["segments"]
    assert is_complete_mp3(Path(cold["mp3"]).read_bytes())

    info = json.loads(run("cache", "info", "--cache-dir", tmp_path / "c", "--json").stdout)
    assert {engine: each["entries"] for engine, each in info["engines"].items()} == {
        "edge": engines["edge"]["synthesized"],
        "gtts": engines["gtts"]["synthesized"],
    }
    asked = (len(microsoft.requests), google.calls)
    warm = build()  # every clip cached under the engine that spoke it
    assert (len(microsoft.requests), google.calls) == asked
    assert warm["reused"] and all(e["synthesized"] == 0 for e in warm["engines"].values())


def test_auto_falls_back_per_voice_when_one_service_is_silent(tmp_path: Path) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text('[roles]\nsummary = "neural_anchor"\n', encoding="utf-8")
    check = EngineCheck(probes={"gtts": lambda: True, "edge": lambda: False})
    edge = Edge(
        engines=lambda name, workers, warn, _vowels: EngineChoice(name, workers, check, warn)
    )
    google = GoogleStandIn()
    with google.serving():
        result = invoke("build", EXAMPLES / "01_solar_plant.txt", "-o", tmp_path / "out",
                        "--config", config, "--cache-dir", tmp_path / "c", "--json",
                        obj=edge)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        "briefing: warning: Microsoft's speech service (edge-tts): no answer; "
        "its voices speak offline with espeak-ng"
    ]
    engines = json.loads(result.stdout)["engines"]
    assert engines["espeak"]["voices"] == ["neural_anchor"]
    assert "neural_anchor" not in engines["gtts"]["voices"]
