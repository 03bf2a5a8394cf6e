"""Diacritization keeps the lexicon's own marks; `briefing normalize` prints both forms."""

from __future__ import annotations

import re
from pathlib import Path

from briefing.speech.tashkeel import add_tashkeel
from tests.cli_runner import invoke

MARKS = re.compile("[\u064b-\u0652]")


def test_given_marks_survive_the_model() -> None:
    spoken = "قال حلف النَّاتُو إن الاجتماع انتهى"
    vowelled = add_tashkeel(spoken)
    assert "النَّاتُو" in vowelled.split()
    assert MARKS.search(vowelled.split()[0])  # the model still vowels the rest
    assert len(vowelled.split()) == len(spoken.split())


def test_normalize_command_reads_argument_and_stdin() -> None:
    result = invoke("--no-shape", "normalize", "بلغ 1,500 جندي في 2025")
    assert result.exit_code == 0
    assert result.stdout.strip() == "بلغ ألف وخمسمئة جندي في ألفين وخمسة وعشرين"
    piped = invoke("--no-shape", "normalize", "-", input="قناة CNN")
    assert piped.stdout.strip() == "قناة سِي إِنْ إِنْ"


def test_normalize_with_tashkeel_and_a_user_lexicon(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text('[latin]\nACME = "أَكْمِي"\n', encoding="utf-8")
    result = invoke("--no-shape", "normalize", "--tashkeel", "--lexicon", lexicon, "شركة ACME")
    assert result.exit_code == 0
    assert "أَكْمِي" in result.stdout
    assert not re.search(r"[A-Za-z0-9]", result.stdout)


def test_normalize_with_a_broken_lexicon_is_one_line_exit_1(tmp_path: Path) -> None:
    lexicon = tmp_path / "bad.toml"
    lexicon.write_text("[latin\n", encoding="utf-8")
    result = invoke("normalize", "--lexicon", lexicon, "نص")
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit) and result.stderr.count("\n") == 1
