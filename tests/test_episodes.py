"""Episodes that do not clobber each other: titles of their own, --replace for an id taken
by other stories, and the feed guid that podcast apps go by."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser

from tests.cli_runner import invoke
from tests.conftest import FIXTURES, tone_edge

DESK = FIXTURES / "desk"
WHEAT, HOSPITAL, FISHERMEN, TEACHERS = (
    DESK / "05_wheat_harvest.txt",
    DESK / "08_hospital_wing.txt",
    DESK / "11_fishermen_fuel.txt",
    DESK / "06_teachers_program.json",
)


def build(outdir: Path, *args: object) -> tuple[int, dict | None, str]:
    result = invoke(
        "build", *args, "-o", outdir, "--date", "2026-11-29", "--cache-dir",
        outdir.parent / "cache", "--json", obj=tone_edge(),
    )  # fmt: skip
    document = json.loads(result.stdout) if result.exit_code == 0 else None
    return result.exit_code, document, result.stderr


def items(outdir: Path) -> list[tuple[str, str]]:
    return [(e.id, e.title) for e in feedparser.parse(str(outdir / "feed.xml")).entries]


def test_two_episodes_of_one_day_get_titles_of_their_own(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(out, WHEAT, "--episode-id", "morning")[0] == 0
    assert build(out, FISHERMEN, "--episode-id", "evening")[0] == 0
    assert sorted(items(out)) == [
        ("briefing:evening", "موجز الأخبار: الأحد 29 نوفمبر 2026، الحلقة الثانية"),
        ("briefing:morning", "موجز الأخبار: الأحد 29 نوفمبر 2026"),
    ]
    # rebuilding the morning keeps its own title; a third one of the day is the third
    assert build(out, WHEAT, "--episode-id", "morning")[1]["reused"]
    assert build(out, HOSPITAL, "--episode-id", "noon")[0] == 0
    assert ("briefing:noon", "موجز الأخبار: الأحد 29 نوفمبر 2026، الحلقة الثالثة") in items(out)
    # a title of the producer's is taken as given
    code, built, _ = build(out, TEACHERS, "--episode-id", "night", "--title", "نشرة المساء")
    assert code == 0 and ("briefing:night", "نشرة المساء") in items(out)
    page = Path(built["page"]).read_text(encoding="utf-8")
    assert "<title>نشرة المساء</title>" in page


def test_the_config_titles_episodes(tmp_path: Path) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text('[show]\nepisode_title = "{date} — {show}"\n', encoding="utf-8")
    code, _, said = build(tmp_path / "out", WHEAT, "--config", config)
    assert code == 0, said
    assert items(tmp_path / "out") == [
        ("briefing:2026-11-29", "الأحد 29 نوفمبر 2026 — موجز الأخبار")
    ]
    config.write_text('[show]\nepisode_title = "{show}: {day}"\n', encoding="utf-8")
    code, _, said = build(tmp_path / "out2", WHEAT, "--config", config)
    assert code == 1 and "episode_title" in said and said.count("\n") == 1


def test_an_id_taken_by_other_stories_asks_for_replace(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(out, WHEAT, HOSPITAL)[0] == 0
    feed_before = (out / "feed.xml").read_bytes()
    code, _, said = build(out, FISHERMEN, TEACHERS)
    assert code == 1 and said.count("\n") == 1
    assert "episode '2026-11-29' is already published from other stories (" in said
    assert "--replace makes this build its new version" in said
    assert (out / "feed.xml").read_bytes() == feed_before  # nothing replaced
    # the same stories and one more: the same episode, updated, under its own guid
    code, _, _ = build(out, WHEAT, HOSPITAL, FISHERMEN)
    assert code == 0 and [guid for guid, _ in items(out)] == ["briefing:2026-11-29"]

    code, _, _ = build(out, TEACHERS, "--replace")
    assert code == 0
    assert [guid for guid, _ in items(out)] == ["briefing:2026-11-29/2"]  # a new episode
    # corrected again from its own stories: the replacement keeps its guid
    code, _, _ = build(out, TEACHERS, "--title", "موجز مصحح")
    assert code == 0 and items(out) == [("briefing:2026-11-29/2", "موجز مصحح")]
    assert json.loads(Path(out / "episodes/2026-11-29/episode.json").read_text())["guid"] == (
        "briefing:2026-11-29/2"
    )
