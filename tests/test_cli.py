from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import cli
from briefing.config import Config
from briefing.tts.availability import EngineCheck
from briefing.tts.cache import SpeechCache
from briefing.voices import load_voices
from tests.cli_runner import invoke
from tests.conftest import ARTICLES, EXAMPLES, tone


def run(*args: str, input: str | None = None):
    return invoke(*args, input=input)


def test_segment_json_contract() -> None:
    result = run("segment", str(EXAMPLES / "01_solar_plant.txt"), "--json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert set(document) == {"category", "headline", "summary", "quotes", "sections", "dropped"}
    # the documented keys, extended (never renamed) with the quote's kind, the speaker's role
    # and kind, and the reading that chose the speaker
    quote_keys = {"speaker", "text", "kind", "role", "speaker_kind", "evidence"}
    assert all(set(q) == quote_keys for q in document["quotes"])
    assert all(q["kind"] in ("full", "partial") for q in document["quotes"])
    assert all(set(s) == {"title", "paragraphs"} for s in document["sections"])


def test_segment_terminal_view_raw_when_piped() -> None:
    result = run("--no-shape", "segment", str(EXAMPLES / "01_solar_plant.txt"))
    assert result.exit_code == 0
    assert "الحكومة تطلق" in result.stdout


def test_segment_terminal_view_shaped() -> None:
    result = run("--shape", "segment", str(EXAMPLES / "01_solar_plant.txt"))
    assert result.exit_code == 0
    assert "الحكومة تطلق" not in result.stdout  # presentation forms, visual order
    assert any("\ufe70" <= ch <= "\ufeff" for ch in result.stdout)


def test_normalize_argument_and_stdin() -> None:
    assert run("normalize", "عام 2025").stdout.strip() == "عام ألفين وخمسة وعشرين"
    assert run("normalize", "-", input="3 أخبار").stdout.strip() == "ثلاثة أخبار"


def test_normalize_tashkeel() -> None:
    result = run("normalize", "--tashkeel", "قال الرئيس")
    assert any("\u064b" <= ch <= "\u0652" for ch in result.stdout)


def test_voices_json() -> None:
    listed = invoke("voices", "--json", obj=OFFLINE).stdout
    names = {v["name"] for v in json.loads(listed)}
    assert {"anchor", "quote", "presenter"} <= names


def test_bad_input_exit_code_one_without_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for args in (
        ["segment", str(empty)],
        ["segment", str(tmp_path / "missing.txt")],
        ["build", str(empty), "-o", str(tmp_path / "out")],
        ["build", str(ARTICLES), "-o", str(tmp_path / "o"), "--date", "yesterday"],
        ["build", str(ARTICLES), "-o", str(tmp_path / "o"), "--episode-id", "../escape"],
    ):
        result = run(*args)
        assert result.exit_code == 1, args
        assert result.stdout == "" and isinstance(result.exception, SystemExit)
        assert result.stderr.count("\n") == 1 and "error" in result.stderr
    assert not (tmp_path / "out").exists()


def test_output_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    result = run("build", str(ARTICLES), "-o", str(target))
    assert result.exit_code == 1 and "must be a folder" in result.stderr


@pytest.mark.parametrize(
    ("args", "command", "says"),
    [
        (["normalize"], "briefing normalize", "Missing argument 'TEXT'"),
        (
            ["build", "x.txt", "--engine", "bogus"],
            "briefing build",
            "Invalid value for '--engine': 'bogus'",
        ),
        (["bogus-command"], "briefing", "No such command 'bogus-command'"),
        # click 8.1 says "No such option: --bogus", 8.2+ "No such option '--bogus'"
        (["--bogus"], "briefing", "No such option"),
        (["cache", "info", "--bogus"], "briefing cache info", "No such option"),
    ],
)
def test_usage_errors_are_one_line_and_exit_1(args: list[str], command: str, says: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 1
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"briefing: error: {says}") and args[-1] in result.stderr
    assert result.stderr.rstrip().endswith(f"(see '{command} --help')")


@pytest.mark.parametrize("args", [[], ["--help"], ["build", "--help"], ["cache"]])
def test_help_still_exits_0(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 0 and "Usage:" in result.stdout


def test_a_build_reads_the_config_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[Path | None] = []

    def counted(path: Path | None) -> tuple[Config, dict]:
        reads.append(path)
        return Config(), load_voices()

    monkeypatch.setattr(cli, "load_show", counted)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("build", str(empty), "-o", str(tmp_path / "out"), "--cache-dir", str(tmp_path))
    assert result.exit_code == 1  # the empty article stops it after the settings are read
    assert isinstance(result.exception, SystemExit), result.exception
    assert len(reads) == 1


def test_cache_dir_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    result = run("cache", "info", "--cache-dir", str(target))
    assert result.exit_code == 1 and "must be a folder" in result.stderr
    assert "clips" not in result.stdout


def test_cache_sizes_are_in_mib(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    cache.put("ab" * 32, tone(1000))
    result = run("cache", "info", "--cache-dir", str(tmp_path / "cache"))
    size = cache.info().bytes / (1024 * 1024)
    assert f"1 clips, {size:.1f} MiB" in result.stdout
    assert "limit: 1024 MiB" in result.stdout  # cache_max_mb = 1024


OFFLINE = cli.Edge(check=lambda: EngineCheck(probes={"gtts": lambda: False, "edge": lambda: False}))


def producer_voices(tmp_path: Path, *profiles: str) -> Path:
    """A briefing.toml naming a folder of the producer's own voice profiles."""
    folder = tmp_path / "my-voices"
    folder.mkdir()
    for number, profile in enumerate(profiles):
        (folder / f"{number}.toml").write_text(profile, encoding="utf-8")
    config = tmp_path / "briefing.toml"
    config.write_text(f'[voices]\nfolder = "{folder}"\n', encoding="utf-8")
    return config


def test_voices_columns_line_up_after_a_long_name(tmp_path: Path) -> None:
    config = producer_voices(tmp_path, 'name = "a_rather_long_voice_name"\nengine = "espeak"\n')
    lines = invoke("--no-shape", "voices", "--config", config, obj=OFFLINE).stdout.splitlines()
    assert len(lines) == len(load_voices()) + 1
    columns = {len(re.match(r"\S+\s+", line).group()) for line in lines}  # where engines start
    assert len(columns) == 1 and columns.pop() > len("a_rather_long_voice_name")
    statuses = {len(re.match(r"\S+\s+\S+\s+", line).group()) for line in lines}
    assert len(statuses) == 1  # and the availability column too


def test_voices_say_which_engine_can_speak_now(tmp_path: Path) -> None:
    mine = 'name = "kareem"\nengine = "piper"\n[piper]\nmodel = "ar_JO-kareem-medium.onnx"\n'
    config = producer_voices(tmp_path, mine)
    result = invoke("voices", "--json", "--config", config, obj=OFFLINE)
    assert result.exit_code == 0, result.stderr
    voices = {voice["name"]: voice for voice in json.loads(result.stdout)}
    assert voices["presenter"]["engine"] == "gtts" and not voices["presenter"]["available"]
    assert voices["presenter"]["availability"] == "no answer"
    assert voices["neural_anchor"]["engine"] == "edge" and not voices["neural_anchor"]["available"]
    assert voices["kareem"]["engine"] == "piper" and not voices["kareem"]["available"]
    model = tmp_path / "my-voices" / "ar_JO-kareem-medium.onnx"
    assert str(model) in voices["kareem"]["availability"]  # the file it looked for
    text = invoke("--no-shape", "voices", "--config", config, obj=OFFLINE).stdout
    assert re.search(r"^presenter\s+gtts\s+not now: no answer\s", text, re.M)


def test_a_producer_voice_speaks_a_role_in_a_build(tmp_path: Path) -> None:
    config = producer_voices(
        tmp_path, 'name = "my_anchor"\nengine = "espeak"\n[espeak]\nrate = 140\npitch = 40\n'
    )
    config.write_text(config.read_text() + '[roles]\nsummary = "my_anchor"\n', encoding="utf-8")
    result = invoke("build", EXAMPLES / "01_solar_plant.txt", "-o", tmp_path / "out",
                    "--config", config, "--engine", "espeak", "--cache-dir", tmp_path / "c",
                    "--json")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "my_anchor" in json.loads(result.stdout)["engines"]["espeak"]["voices"]


@pytest.mark.parametrize(
    ("profile", "says"),
    [
        ('name = "x"\nengine = "edge"\n[edge]\nvoice = "Hamed"\n', "[edge] voice = 'Hamed'"),
        ('name = "x"\ngian_db = 1\n', "did you mean gain_db?"),
        ('name = "anchor"\n[espeak]\nrate = 9000\n', "rate = 9000: must be within 80..450"),
    ],
)
def test_a_producer_voice_is_validated_like_the_shipped(
    tmp_path: Path, profile: str, says: str
) -> None:
    config = producer_voices(tmp_path, profile)
    result = invoke("build", EXAMPLES, "-o", tmp_path / "out", "--config", config)
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert str(tmp_path / "my-voices" / "0.toml") in result.stderr and says in result.stderr


def test_a_missing_voices_folder_is_one_line(tmp_path: Path) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text('[voices]\nfolder = "nowhere"\n', encoding="utf-8")
    result = invoke("voices", "--config", config, obj=OFFLINE)
    assert result.exit_code == 1
    missing = tmp_path / "nowhere"  # found beside the configuration file
    assert result.stderr == f"briefing: error: [voices] folder {missing}: no such folder\n"


def test_the_command_line_loads_no_heavy_stage_until_a_command_needs_it() -> None:
    heavy = ("trafilatura", "numpy", "PIL", "lxml")
    probe = f"import sys, cli; print([m for m in {heavy!r} if m in sys.modules])"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"


def test_the_build_loads_the_meter_filters_and_the_page_reader_only_when_it_uses_them() -> None:
    """A rebuild that reuses its plan and its files meters nothing and reads no page."""
    heavy = ("scipy.signal", "trafilatura")
    probe = f"import sys, briefing.build; print([m for m in {heavy!r} if m in sys.modules])"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"
