"""`briefing script` shows the running order as it will be spoken; `briefing build --script`
builds the episode a producer edited from it: exactly the edits change the episode."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import webvtt

from briefing.model import Clip, Voice
from briefing.script.document import FORMAT, VERSION
from tests.cli_runner import invoke
from tests.conftest import FIXTURES, ToneEngine, tone_edge

DESK = FIXTURES / "desk"
INPUTS = [
    DESK / name
    for name in ("05_wheat_harvest.txt", "08_hospital_wing.txt", "06_teachers_program.json")
]
DAY = "2026-11-29"


def script_of(*extra: object) -> dict[str, Any]:
    result = invoke("script", *INPUTS, "--date", DAY, "--json", *extra)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return script_of()


def build_from(document: dict[str, Any], folder: Path, engine: ToneEngine, *extra: object):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "script.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = invoke(
        "build", "--script", path, "-o", folder / "out", "--cache-dir", folder.parent / "cache",
        "--json", *extra, obj=tone_edge(engine),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def captions(built: dict[str, Any]) -> list[tuple[str, str]]:
    """(voice tag or '', text) of every transcript cue."""
    return [(c.voice or "", " ".join(c.text.split())) for c in webvtt.read(built["transcript"])]


def chapters(built: dict[str, Any]) -> list[str]:
    return [c["title"] for c in json.loads(Path(built["chapters_json"]).read_text())["chapters"]]


def cues(document: dict[str, Any], chapter: int) -> list[dict[str, Any]]:
    return document["chapters"][chapter]["cues"]


def test_the_script_file_is_the_running_order_with_the_spoken_text(document: dict) -> None:
    assert (document["format"], document["version"], document["date"]) == (FORMAT, VERSION, DAY)
    kinds = [c["kind"] for c in document["chapters"]]
    assert kinds == ["intro", "story", "story", "story", "outro"]
    every = [cue for chapter in document["chapters"] for cue in chapter["cues"]]
    fields = {"role", "voice", "speaker", "text", "spoken", "derived", "made"}
    assert all(
        set(c) == fields | ({"attribution"} if c["role"] == "quote" else set()) for c in every
    )
    wheat = cues(document, 1)
    assert [c["role"] for c in wheat] == [
        "headline",
        "summary",
        "summary",
        "quote_intro",
        "quote",
        "transition",
    ]
    assert "مليونين" in wheat[1]["text"]
    hospital = cues(document, 2)
    numbers = next(c for c in hospital if "ستين سريرا" in c["text"])
    assert numbers["spoken"] == numbers["text"]  # nothing to read out differently
    teachers = cues(document, 3)
    assert teachers[-1]["role"] == "quote" and teachers[-1]["speaker"] == "سلوى الحداد"
    assert teachers[-2]["derived"] == "quote_intro" and teachers[-2]["role"] == "quote_intro"
    story = document["chapters"][3]
    assert story["credits"][0]["outlet"] == "نشرة التربية"
    assert story["credits"][0]["url"] == "https://edu-bulletin.example.org/teachers-digital"


def test_the_markdown_view_reads_as_a_running_order() -> None:
    result = invoke("--no-shape", "script", *INPUTS, "--date", DAY)
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert text.startswith("# موجز الأخبار: الأحد 29 نوفمبر 2026\n")
    assert "## 2. محصول القمح يسجل رقما قياسيا هذا الموسم بفضل الأمطار الغزيرة" in text
    assert "- **quote** (quote · بسام نور): " in text
    assert "  - يُقرأ: " in text  # the spoken form where it differs from the written one


def test_an_unedited_script_builds_the_episode_the_articles_build(
    document: dict, tmp_path: Path
) -> None:
    engine = ToneEngine()
    from_script = build_from(document, tmp_path / "a", engine)
    direct = invoke(
        "build", *INPUTS, "--date", DAY, "-o", tmp_path / "b" / "out", "--cache-dir",
        tmp_path / "cache", "--json", obj=tone_edge(engine),
    )  # fmt: skip
    assert direct.exit_code == 0, direct.stderr
    direct_doc = json.loads(direct.stdout)
    assert captions(from_script) == captions(direct_doc)
    assert chapters(from_script) == chapters(direct_doc)
    assert direct_doc["synthesized"] == 0  # every cue the same: all from the cache


def test_an_edited_sentence_changes_that_cue_and_nothing_else(
    document: dict, tmp_path: Path
) -> None:
    engine = ToneEngine()
    before = build_from(document, tmp_path / "a", engine)
    edited = copy.deepcopy(document)
    cues(edited, 1)[2]["text"] = "وقالت الوزارة إن المخزون يكفي حتى الصيف المقبل."
    engine.calls.clear()
    after = build_from(edited, tmp_path / "b", engine)
    assert engine.calls == ["وقالت الوزارة إن المخزون يكفي حتى الصيف المقبل."]  # one new clip
    old, new = captions(before), captions(after)
    changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    assert (
        len(changed) == 1
        and new[changed[0]][1] == "وقالت الوزارة إن المخزون يكفي حتى الصيف المقبل."
    )


def test_stories_dropped_and_reordered_take_the_rundown_and_transitions_along(
    document: dict, tmp_path: Path
) -> None:
    edited = copy.deepcopy(document)
    intro, wheat, _hospital, teachers, outro = edited["chapters"]
    teachers["short_title"] = "تدريب المعلمين"
    edited["chapters"] = [intro, teachers, wheat, outro]  # hospital dropped, teachers first
    built = build_from(edited, tmp_path / "run", ToneEngine())
    assert chapters(built) == [
        "المقدمة",
        "برنامج وطني لتدريب عشرة آلاف معلم على التعليم الرقمي خلال العام الدراسي",
        "محصول القمح يسجل رقما قياسيا هذا الموسم بفضل الأمطار الغزيرة",
        "الختام",
    ]
    texts = [text for _, text in captions(built)]
    assert texts[1] == (
        "في هذه النشرة خبران: تدريب المعلمين، ومحصول القمح يسجل رقما قياسيا هذا الموسم."
    )
    assert texts.count("وفي خبر آخر.") == 1  # after the first story only, none after the last
    assert not any("المستشفى" in text for text in texts)


class VoiceEngine(ToneEngine):
    """Records which voice says what."""

    def __init__(self) -> None:
        super().__init__()
        self.voices: dict[str, str] = {}

    def synthesize(self, text: str, voice: Voice) -> Clip:
        self.voices[text] = voice.name
        return super().synthesize(text, voice)


def test_a_fixed_speaker_gets_the_intro_and_voice_that_go_with_her(
    document: dict, tmp_path: Path
) -> None:
    edited = copy.deepcopy(document)
    quote = next(c for c in cues(edited, 1) if c["role"] == "quote")
    quote["speaker"] = "الوزيرة ليلى منصور"
    engine = VoiceEngine()
    built = build_from(edited, tmp_path / "run", engine)
    assert engine.voices[quote["spoken"]] == "quote_female"  # was the quote voice
    spoken = captions(built)
    assert ("", "وقالت الوزيرة ليلى منصور:") in spoken
    assert any(voice == "الوزيرة ليلى منصور" for voice, _ in spoken)  # <v> tag of the quote
    assert not any("نادر الخوري" in text for _, text in spoken)  # nor his title


def test_a_dropped_quote_takes_its_intro_along(document: dict, tmp_path: Path) -> None:
    edited = copy.deepcopy(document)
    hospital = cues(edited, 2)
    second = max(i for i, c in enumerate(hospital) if c["role"] == "quote")
    del hospital[second]  # "وأضاف:" stays in the file, with nothing left to introduce
    built = build_from(edited, tmp_path / "run", ToneEngine())
    texts = [text for _, text in captions(built)]
    assert "وأضاف:" not in texts
    assert [t for t in texts if t.startswith("وقال") and t.endswith(":")] == [
        "وقال وزير الزراعة نادر الخوري:",
        "وقال مدير المستشفى الطبيب بسام نور:",
        "وقالت وزيرة التربية سلوى الحداد:",
    ]


def test_a_pronunciation_changes_what_is_said_not_what_is_written(
    document: dict, tmp_path: Path
) -> None:
    engine = ToneEngine()
    edited = copy.deepcopy(document)
    headline = cues(edited, 1)[0]
    headline["spoken"] = "محصولُ القمحِ يسجّل رقمًا قياسيًا"
    edited["lexicon"] = {"latin": {"Zorbex": "زوربكس"}}
    summary = cues(edited, 2)[1]
    summary["text"] = "وتبرعت شركة Zorbex بنصف الكلفة."
    built = build_from(edited, tmp_path / "run", engine)
    assert "محصولُ القمحِ يسجّل رقمًا قياسيًا" in engine.calls  # as the producer wrote it
    assert "وتبرعت شركة زوربكس بنصف الكلفة." in engine.calls  # the script's own lexicon
    texts = [text for _, text in captions(built)]
    assert "محصول القمح يسجل رقما قياسيا هذا الموسم بفضل الأمطار الغزيرة" in texts  # as written
    assert "وتبرعت شركة Zorbex بنصف الكلفة." in texts


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda d: "{ not json", "not valid JSON (line 1"),
        (lambda d: {**d, "format": "something-else"}, "not a briefing script"),
        (lambda d: {**d, "version": 0}, "format version 0, and this briefing reads version 1"),
        (lambda d: {**d, "chapters": "none"}, "chapters = 'none': expected a list"),
        (lambda d: {**d, "date": "29/11/2026"}, "date = '29/11/2026': expected YYYY-MM-DD"),
        (lambda d: {**d, "extra": 1}, "unknown setting extra"),
    ],
    ids=["not-json", "format", "stale-version", "chapters", "date", "unknown-key"],
)
def test_a_malformed_or_stale_script_is_one_clear_error(
    document: dict, tmp_path: Path, change: Any, says: str
) -> None:
    changed = change(copy.deepcopy(document))
    path = tmp_path / "script.json"
    path.write_text(changed if isinstance(changed, str) else json.dumps(changed), encoding="utf-8")
    result = invoke("build", "--script", path, "-o", tmp_path / "out", obj=tone_edge())
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and says in result.stderr, result.stderr
    assert not (tmp_path / "out").exists()


def test_a_bad_cue_names_where_it_is(document: dict, tmp_path: Path) -> None:
    edited = copy.deepcopy(document)
    cues(edited, 2)[1]["role"] = "sumary"
    path = tmp_path / "script.json"
    path.write_text(json.dumps(edited), encoding="utf-8")
    result = invoke("build", "--script", path, "-o", tmp_path / "out", obj=tone_edge())
    assert result.exit_code == 1 and "[chapters[2].cues[1]] role = 'sumary'" in result.stderr
    cues(edited, 2)[1]["role"] = "summary"
    cues(edited, 2)[1]["voice"] = "narrator"
    path.write_text(json.dumps(edited), encoding="utf-8")
    result = invoke("build", "--script", path, "-o", tmp_path / "out", obj=tone_edge())
    assert result.exit_code == 1 and "voice 'narrator'" in result.stderr


def test_articles_and_a_script_are_not_both_given(tmp_path: Path) -> None:
    result = invoke("build", *INPUTS, "--script", tmp_path / "s.json", obj=tone_edge())
    assert result.exit_code == 1 and "give article INPUTS or --script FILE" in result.stderr
    result = invoke("build", "--script", tmp_path / "missing.json", obj=tone_edge())
    assert result.exit_code == 1 and "no such script file" in result.stderr


def test_a_storys_section_survives_the_script_file_and_still_tells_how_numbers_read() -> None:
    """The section (رياضة) decides that 2-1 is a result: an edited script keeps it."""
    from briefing.config import Config
    from briefing.model import Chapter, Cue, Role, Script
    from briefing.script.document import from_document, to_document
    from briefing.speech import shipped_lexicon
    from briefing.voices import load_voices

    config = Config()
    line = "الأهلي 2-3 الزمالك."
    story = Chapter(
        title="الأهلي يتقدم",
        cues=(Cue(line, Role.SUMMARY, config.roles[Role.SUMMARY]),),
        source="match.txt",
        category="رياضة",
    )
    script = Script("موجز", dt.date(2026, 11, 29), (story,))
    document = json.loads(json.dumps(to_document(script)))
    assert document["chapters"][0]["category"] == "رياضة"
    rebuilt = from_document(document, "script.json", config, load_voices(), shipped_lexicon())
    chapter = next(c for c in rebuilt.chapters if c.source == "match.txt")
    assert chapter.category == "رياضة"
    summary = next(c for c in chapter.cues if c.role is Role.SUMMARY)
    assert "اثنين مقابل ثلاثة" in (summary.spoken or "")
