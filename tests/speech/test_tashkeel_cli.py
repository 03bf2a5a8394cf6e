"""Diacritization keeps the lexicon's own marks; `briefing normalize` prints both forms."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from briefing.speech.tashkeel import add_tashkeel
from cli import main

MARKS = re.compile("[\u064b-\u0652]")


def test_given_marks_survive_the_model() -> None:
    spoken = "قال حلف النَّاتُو إن الاجتماع انتهى"
    vowelled = add_tashkeel(spoken)
    assert "النَّاتُو" in vowelled.split()
    assert MARKS.search(vowelled.split()[0])  # the model still vowels the rest
    assert len(vowelled.split()) == len(spoken.split())


def test_normalize_command_reads_argument_and_stdin() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["--no-shape", "normalize", "بلغ 1,500 جندي في 2025"])
    assert result.exit_code == 0
    assert result.output.strip() == "بلغ ألف وخمسمئة جندي في ألفين وخمسة وعشرين"
    piped = runner.invoke(main, ["--no-shape", "normalize", "-"], input="قناة CNN")
    assert piped.output.strip() == "قناة سِي إِنْ إِنْ"


def test_normalize_with_tashkeel_and_a_user_lexicon(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text('[latin]\nACME = "أَكْمِي"\n', encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--no-shape", "normalize", "--tashkeel", "--lexicon", str(lexicon), "شركة ACME"]
    )
    assert result.exit_code == 0
    assert "أَكْمِي" in result.output
    assert not re.search(r"[A-Za-z0-9]", result.output)


def test_normalize_with_a_broken_lexicon_is_one_line_exit_1(tmp_path: Path) -> None:
    lexicon = tmp_path / "bad.toml"
    lexicon.write_text("[latin\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["normalize", "--lexicon", str(lexicon), "نص"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
