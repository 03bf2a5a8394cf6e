"""The output folder as the feed's source of truth: add, replace, trim, concurrent builds."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import feedparser
import pytest

from briefing.config import Config, Show, default_episode_id, parse_config
from briefing.errors import InputError
from briefing.publish import FEED_NAME, SHOW_PAGE_NAME, store
from tests.cli_runner import invoke
from tests.conftest import ARTICLES, child_env
from tests.publish.tone_episode import publish_tone_episode


def feed_ids(outdir: Path) -> list[str]:
    parsed = feedparser.parse((outdir / FEED_NAME).read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    return [entry.id.removeprefix("briefing:") for entry in parsed.entries]


def test_a_build_adds_one_item_and_rebuilding_replaces_it(tmp_path: Path) -> None:
    first = publish_tone_episode(tmp_path, "e1", day=27)
    publish_tone_episode(tmp_path, "e2", day=28)
    assert feed_ids(tmp_path) == ["e2", "e1"]
    mp3 = tmp_path / first.mp3
    entry = feedparser.parse((tmp_path / FEED_NAME).read_bytes()).entries[1]
    assert int(entry.enclosures[0].length) == mp3.stat().st_size  # the exact bytes
    publish_tone_episode(tmp_path, "e1", title="عنوان مصحح", day=29)
    parsed = feedparser.parse((tmp_path / FEED_NAME).read_bytes())
    assert [(e.id, e.title) for e in parsed.entries] == [
        ("briefing:e1", "عنوان مصحح"),
        ("briefing:e2", "موجز: حلقة تجريبية"),
    ]
    show_page = (tmp_path / SHOW_PAGE_NAME).read_text(encoding="utf-8")
    assert show_page.count('href="episodes/') == 4  # page and MP3 of each episode


def test_feed_command_rebuilds_from_the_store_and_max_items_trims_the_feed_only(
    tmp_path: Path,
) -> None:
    for day, episode_id in ((26, "a"), (27, "b"), (28, "c")):
        publish_tone_episode(tmp_path, episode_id, day=day)
    (tmp_path / FEED_NAME).unlink()
    result = invoke("feed", tmp_path, "--max-items", "2")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path / FEED_NAME)
    assert feed_ids(tmp_path) == ["c", "b"]
    assert len(store.load_all(tmp_path)) == 3  # nothing left the disk
    assert (tmp_path / "episodes/a/a.mp3").is_file()
    assert 'href="episodes/a/index.html"' in (tmp_path / SHOW_PAGE_NAME).read_text("utf-8")
    assert invoke("feed", tmp_path).exit_code == 0
    assert feed_ids(tmp_path) == ["c", "b", "a"]


def test_max_items_from_the_show_settings_applies_to_every_build(tmp_path: Path) -> None:
    config = Config(show=Show(max_items=1))
    publish_tone_episode(tmp_path, "a", config, day=26)
    publish_tone_episode(tmp_path, "b", config, day=27)
    assert feed_ids(tmp_path) == ["b"]


@pytest.mark.parametrize("args", [["feed", "missing"], ["feed", ".", "--max-items", "0"]])
def test_feed_command_rejects_bad_input_in_one_line(tmp_path: Path, args: list[str]) -> None:
    args = [str(tmp_path / a) if a == "missing" else a for a in args]
    result = invoke(*args)
    assert result.exit_code == 1  # usage errors too: DESIGN.md's one line, exit 1
    assert isinstance(result.exception, SystemExit) and result.stderr.count("\n") == 1


_PUBLISHER = textwrap.dedent(
    """
    import dataclasses, datetime as dt, sys, xml.etree.ElementTree as ET
    from pathlib import Path
    from briefing.config import Config
    from briefing.publish import publish_record
    from briefing.publish.store import from_json
    outdir, prefix, count, template = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
    base = from_json(Path(template).read_text(encoding="utf-8"))
    mine = set()
    for n in range(count):
        when = dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=n)
        record = dataclasses.replace(base, episode_id=f"{prefix}{n:02d}", published=when)
        publish_record(outdir, Config(), record)
        mine.add("briefing:" + record.episode_id)
        # whoever wrote the feed since, wrote it from a store that held all of ours
        listed = {g.text for g in ET.parse(outdir / "feed.xml").iter("guid")}
        if mine - listed:
            sys.exit(f"the feed lost {sorted(mine - listed)}")
    """
)


def test_two_processes_publishing_into_one_folder_lose_no_episode(tmp_path: Path) -> None:
    """Each process saves a record and rebuilds the feed, 25 times, at the same time."""
    template = store.save(tmp_path / "template", publish_tone_episode(tmp_path / "t", "t"))
    outdir = tmp_path / "out"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _PUBLISHER, str(outdir), prefix, "25", str(template)],
            env=child_env(),
        )
        for prefix in ("a", "b")
    ]
    assert [process.wait(timeout=60) for process in processes] == [0, 0]
    ids = feed_ids(outdir)
    assert len(ids) == 50 and len(set(ids)) == 50
    assert not list(outdir.rglob("*.tmp"))  # every atomic write finished its rename


def test_two_briefing_builds_at_once_both_end_up_in_the_feed(tmp_path: Path) -> None:
    article = ARTICLES / "01_quotes_styles.txt"
    outdir = tmp_path / "out"
    builds = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from cli import main; main()",
                "build",
                str(article),
                "-o",
                str(outdir),
                "--engine",
                "espeak",
                "--episode-id",
                episode_id,
                "--cache-dir",
                str(tmp_path / f"cache-{episode_id}"),
            ],
            env=child_env(),
            stdout=subprocess.DEVNULL,
        )
        for episode_id in ("left", "right")
    ]
    assert [build.wait(timeout=120) for build in builds] == [0, 0]
    assert sorted(feed_ids(outdir)) == ["left", "right"]


def test_episode_id_pattern() -> None:
    day = dt.date(2026, 11, 29)
    assert default_episode_id(Show(), day) == "2026-11-29"
    assert default_episode_id(Show(episode_id_pattern="news-{date:%Y%m%d}"), day) == (
        "news-20261129"
    )
    with pytest.raises(InputError, match="episode_id_pattern"):
        default_episode_id(Show(episode_id_pattern="{day}"), day)
    with pytest.raises(InputError, match="episode_id_pattern"):  # and at load, before any work
        parse_config({"show": {"episode_id_pattern": "{day}"}}, "briefing.toml")


def test_show_settings_load_from_toml() -> None:
    data = {
        "show": {
            "title": "موجز",
            "email": "a@example.org",
            "artwork": "art.jpg",
            "guid": "g",
            "max_items": 5,
        }
    }
    show = parse_config(data, "briefing.toml").show
    assert show == replace(
        Show(), title="موجز", email="a@example.org", artwork="art.jpg", guid="g", max_items=5
    )
