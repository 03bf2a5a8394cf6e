"""A producer's folder of pages and feeds through `briefing build`: duplicates merged, the
episode kept to its limits, old articles pointed out, the tool's own files never read."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import replace
from pathlib import Path

import feedparser
import pytest

from briefing.config import Config
from briefing.plan import plan_episode
from briefing.production import load_production
from tests.cli_runner import invoke
from tests.conftest import FIXTURES, tone_edge

DESK = FIXTURES / "desk"
DAY = dt.date(2026, 11, 29)


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    shutil.copytree(DESK, folder)
    return folder


def build(folder: Path, *args: str):
    cache = folder.parent / "cache"
    command = ["build", str(folder), "-o", str(folder), "--date", "2026-11-29", "--json"]
    result = invoke(*command, "--cache-dir", cache, *args, obj=tone_edge())
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout), result.stderr.splitlines()


def test_the_desk_folder_built_into_itself_twice(desk: Path) -> None:
    document, said = build(desk, "--max-stories", "3")
    assert document["stories"] == 3 and document["chapters"] == 5  # intro, 3, outro
    merged = {
        Path(m["kept"]).name: [Path(d).name for d in m["dropped"]] for m in document["merged"]
    }
    assert merged == {
        "01_metro_capital_daily.html": ["02_metro_copy_gulf_post.html"],
        "04_desalination_page.html": ["03_national_agency.rss#1"],  # a feed item and its page
        "12_heat_wave_page.html": ["03_national_agency.rss#2"],
    }
    assert len(document["left_out"]) == 14 - 3
    assert sum(line.startswith("briefing: merged 2 copies of one story: «") for line in said) == 3
    assert any(
        line.startswith("briefing: left out 11 stories beyond max_stories = 3: ") for line in said
    )
    chapters = json.loads(Path(document["chapters_json"]).read_text())["chapters"]
    assert [c["title"] for c in chapters[1:-1]] == [
        "افتتاح الخط الأول لمترو العاصمة بعد ست سنوات من الأعمال الإنشائية",
        "الأرصاد تحذر من موجة حر شديدة تبدأ الأحد وتستمر خمسة أيام",
        "نادي النجوم يتصدر الدوري بعد فوز صعب على ضيفه في الدقائق الأخيرة",
    ]  # current news in the folder's order
    feed = feedparser.parse(str(desk / "feed.xml"))
    assert len(feed.entries) == 1 and (desk / "index.html").is_file()
    # both sites of the merged story are credited, with their addresses, everywhere
    page = Path(document["page"]).read_text()
    notes = next(Path(document["page"]).parent.glob("notes*.md")).read_text()
    for text in (page, feed.entries[0].content[0].value, notes):
        assert "https://capital-daily.example.org/local/metro-line-one" in text
        assert "https://gulf-post.example.net/2026/11/28/metro" in text
        assert "يوميات العاصمة، نور الهدى سالم، 2026-11-28" in text

    again, said = build(desk, "--max-stories", "3")  # the folder now holds our feed and page
    assert (
        "briefing: warning: skipped 2 file(s) that briefing wrote itself (feed.xml, index.html)"
        in said
    )
    assert again["stories"] == 3 and again["reused"]  # the same stories: nothing remade


def test_every_story_planned_and_the_old_one_pointed_out() -> None:
    warnings: list[str] = []
    config = replace(Config(), max_minutes=0)
    production = load_production(config)
    plan = plan_episode([DESK], production, DAY, warn=warnings.append, note=lambda _: None)
    assert len(plan.stories) == 14 and plan.selection.left_out == ()
    (old,) = warnings
    assert old.startswith(f"{DESK / '07_museum_2020.html'}: published 2020-05-10, 2394 days")
