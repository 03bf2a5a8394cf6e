"""Speech as a stage: it fills every cue's spoken text, synth says only that, and the
lexicon comes from the files the edge names, never from the environment or the home folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.errors import InputError
from briefing.model import Chapter, Cue, Role, Script, Story
from briefing.script import build_script
from briefing.speech import load_lexicon, speak_cues, speak_script, speakable
from briefing.tts import OneEngine, synthesize
from briefing.tts.cache import SpeechCache
from briefing.voices import load_voices
from tests.conftest import ToneEngine

DAY = dt.date(2026, 11, 29)


def script(*chapters: Chapter) -> Script:
    return Script("موجز", DAY, chapters)


def test_every_cue_gets_its_spoken_text_and_the_written_text_stays() -> None:
    written = Chapter("خبر", (Cue("ارتفع السعر 5%", Role.SUMMARY, "anchor"),), source="a.txt")
    (chapter,) = speak_script(script(written), load_lexicon()).chapters
    (cue,) = chapter.cues
    assert cue.text == "ارتفع السعر 5%"
    assert cue.spoken == "ارتفع السعر خمسة بالمئة"


def test_synth_says_the_spoken_text_and_refuses_a_cue_that_has_none(tmp_path: Path) -> None:
    engine = ToneEngine()
    voices = load_voices()
    cue = Cue("نص مكتوب", Role.SUMMARY, "anchor", spoken="نص منطوق")
    synthesize((cue,), voices, OneEngine(engine), SpeechCache(tmp_path))
    assert engine.calls == ["نص منطوق"]
    with pytest.raises(ValueError, match="speech stage"):
        synthesize(
            (Cue("نص", Role.SUMMARY, "anchor"),), voices, OneEngine(engine), SpeechCache(tmp_path)
        )


def test_a_cue_with_nothing_to_say_goes_with_the_intro_that_announced_it() -> None:
    cues = (
        Cue("وقال الوزير:", Role.QUOTE_INTRO, "anchor"),
        Cue("« — »", Role.QUOTE, "quote", speaker="الوزير"),
        Cue("وانتهى الاجتماع.", Role.SUMMARY, "anchor"),
    )
    assert [cue.text for cue in speak_cues(cues)] == ["وانتهى الاجتماع."]


def test_a_story_with_nothing_speakable_is_bad_input_naming_its_article() -> None:
    empty = Chapter("", (Cue("", Role.HEADLINE, "anchor"), Cue("٫", Role.SUMMARY, "anchor")))
    intro = Chapter("المقدمة", (Cue("مرحبا", Role.INTRO, "presenter"),))
    with pytest.raises(InputError, match=r"^digits\.txt: nothing speakable left"):
        speak_script(script(intro, Chapter("", empty.cues, source="digits.txt")), load_lexicon())
    # an intro or outro left without words (an emptied template) is simply not read
    assert speak_script(script(empty, intro), load_lexicon()).chapters == (
        Chapter("المقدمة", (Cue("مرحبا", Role.INTRO, "presenter", spoken="مرحبا"),)),
    )


def test_reading_ignores_the_users_environment_and_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It read $BRIEFING_LEXICON or ~/.config/briefing/lexicon.toml from inside speakable()."""
    mine = tmp_path / "lexicon.toml"
    mine.write_text('[latin]\nCNN = "قناة الأخبار"\n', encoding="utf-8")
    (tmp_path / "briefing").mkdir()
    (tmp_path / "briefing" / "lexicon.toml").write_bytes(mine.read_bytes())
    monkeypatch.setenv("BRIEFING_LEXICON", str(mine))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert speakable("قناة CNN") == "قناة سِي إِنْ إِنْ"
    assert speakable("قناة CNN", load_lexicon()) == "قناة سِي إِنْ إِنْ"
    assert speakable("قناة CNN", load_lexicon([mine])) == "قناة قناة الأخبار"


def test_normalize_reads_the_shows_lexicon_then_the_command_lines(tmp_path: Path) -> None:
    from tests.cli_runner import invoke

    (tmp_path / "show.toml").write_text('[latin]\nACME = "أكمي"\n', encoding="utf-8")
    (tmp_path / "mine.toml").write_text('[latin]\nACME = "آكمي"\n', encoding="utf-8")
    Path("briefing.toml").write_text(
        f'[speech]\nlexicon = ["{tmp_path / "show.toml"}"]\n', encoding="utf-8"
    )
    assert invoke("--no-shape", "normalize", "شركة ACME").stdout.strip() == "شركة أكمي"
    later = invoke("--no-shape", "normalize", "--lexicon", tmp_path / "mine.toml", "شركة ACME")
    assert later.stdout.strip() == "شركة آكمي"
    missing = invoke("normalize", "--lexicon", tmp_path / "none.toml", "نص")
    assert missing.exit_code == 1 and "cannot read the lexicon" in missing.stderr


def test_a_sports_storys_section_reads_a_bare_dash_pair_as_its_result() -> None:
    """The script gives each story chapter its story's category; the stage reads with it."""

    def spoken(category: str | None) -> str:
        story = Story("a.txt", category, "الأهلي 2-3 الزمالك", (), (), (), ())
        chapters = build_script([story], DAY, Config()).chapters
        (chapter,) = [chapter for chapter in chapters if chapter.source == "a.txt"]
        assert chapter.category == category
        (read,) = speak_script(script(chapter), load_lexicon()).chapters
        return read.cues[0].spoken or ""

    assert spoken("الرياضة") == "الأهلي اثنين مقابل ثلاثة الزمالك"
    assert spoken(None) == "الأهلي من اثنين إلى ثلاثة الزمالك"  # no sign of a match: a range


def test_normalize_takes_the_storys_section() -> None:
    from tests.cli_runner import invoke

    result = invoke("--no-shape", "normalize", "--category", "رياضة", "ريال مدريد 1-2 برشلونة")
    assert result.stdout.strip() == "ريال مدريد واحد مقابل اثنين برشلونة"
