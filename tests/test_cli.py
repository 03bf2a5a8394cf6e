from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import cli
from briefing.config import Config
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
    # the documented keys, extended (never renamed) with the quote's kind and speaker's role
    quote_keys = {"speaker", "text", "kind", "role", "speaker_kind"}
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
    names = {v["name"] for v in json.loads(run("voices", "--json").stdout)}
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

    def counted(path: Path | None, voices: object = None) -> Config:
        reads.append(path)
        return Config()

    monkeypatch.setattr(cli, "load_config", counted)
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


def test_voices_columns_line_up_after_a_long_name(monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = load_voices()
    long = replace(shipped["anchor"], name="a_rather_long_voice_name")
    monkeypatch.setattr(cli, "load_voices", lambda: {**shipped, long.name: long})
    lines = run("--no-shape", "voices").stdout.splitlines()
    assert len(lines) == len(shipped) + 1
    columns = {line.index(" espeak ") for line in lines}
    assert len(columns) == 1 and columns.pop() > len(long.name)


def test_the_command_line_loads_no_heavy_stage_until_a_command_needs_it() -> None:
    heavy = ("trafilatura", "numpy", "PIL", "lxml")
    probe = f"import sys, cli; print([m for m in {heavy!r} if m in sys.modules])"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"
