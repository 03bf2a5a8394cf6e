"""Progress for every long stage on a terminal; nothing of it when piped or with --json."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from briefing.build import BuildOptions, build
from briefing.config import Config
from briefing.display import StageDisplay
from briefing.production import load_production
from briefing.tts import OneEngine
from briefing.tts.cache import SpeechCache
from tests.cli_runner import invoke
from tests.conftest import FIXTURES, ToneEngine, tone_edge

INPUTS = [FIXTURES / "desk" / "05_wheat_harvest.txt", FIXTURES / "desk" / "10_city_hall.atom"]


def test_a_build_reports_every_long_stage_in_order(tmp_path: Path) -> None:
    heard: list[tuple[str, int, int]] = []
    options = BuildOptions(
        tmp_path / "out", dt.date(2026, 11, 29), progress=lambda *r: heard.append(r)
    )
    result = build(
        INPUTS,
        load_production(Config()),
        OneEngine(ToneEngine()),
        SpeechCache(tmp_path / "c"),
        options,
    )
    starts = [stage for stage, done, total in heard if (done, total) == (0, 0)]
    for earlier, later in zip(
        ["plan", "synthesis", "mix", "loudness", "encode", "feed"],
        ["synthesis", "mix", "loudness", "encode", "feed", None],
        strict=True,
    ):
        assert earlier in starts
        if later:
            assert starts.index(earlier) < starts.index(later)
    counted = {stage: (done, total) for stage, done, total in heard if total}
    assert counted["reading"] == (2, 2)  # files
    assert counted["segmenting"] == (3, 3)  # articles: a text and a feed of two
    assert counted["synthesis"] == (result.segments, result.segments)  # every cue, summed


def test_the_progress_line_is_drawn_over_itself_and_cleared() -> None:
    stream = io.StringIO()
    display = StageDisplay(stream)
    for report in (
        ("reading", 1, 2),
        ("reading", 2, 2),
        ("plan", 0, 0),
        ("mix", 0, 0),
        ("mix", 1, 0),
    ):
        display(*report)
    display.close()
    drawn = stream.getvalue().split("\r\x1b[2K")
    assert drawn == [
        "",
        "reading articles [############............] 1/2",
        "reading articles [########################] 2/2",
        "mixing…",
        "",
    ]


def test_nothing_of_it_when_piped(tmp_path: Path) -> None:
    result = invoke(
        "build", *INPUTS, "-o", tmp_path / "out", "--cache-dir", tmp_path / "c", obj=tone_edge()
    )
    assert result.exit_code == 0, result.stderr
    assert "\r" not in result.stderr and "synthesizing" not in result.stderr
