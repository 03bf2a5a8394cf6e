"""Crash safety: real `briefing build` processes killed with SIGKILL at seeded random moments.

After every kill the feed parses, lists every episode published before, and points only
at whole MP3s of exactly the advertised length; no temporary file is served, and the
speech cache serves only intact clips. A stand-in engine keeps each build short.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import feedparser
import pytest

from briefing.config import Show
from briefing.publish import FEED_NAME
from briefing.tts.cache import SpeechCache
from briefing.tts.mp3check import is_complete_mp3
from tests.conftest import ARTICLES, child_env

KILLS = 20
BASE_PATH = urlsplit(Show().base_url).path
# `briefing build` as the producer runs it, with the tone stand-in for the speech engine.
_BUILD = "from tests.conftest import tone_edge; from cli import main; main(obj=tone_edge())"


def start_build(
    outdir: Path, cache: Path, episode_id: str, day: int = 29
) -> subprocess.Popen[bytes]:
    """A build; another `day` changes the spoken date, so a rebuild's MP3 differs in size."""
    article = ARTICLES / "01_quotes_styles.txt"
    args = ["build", str(article), "-o", str(outdir), "--cache-dir", str(cache)]
    args += ["--episode-id", episode_id, "--date", f"2026-11-{day:02d}"]
    return subprocess.Popen(
        [sys.executable, "-c", _BUILD, *args],
        env=child_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def served_episodes(outdir: Path) -> dict[str, Path]:
    """Each feed item's episode id and the file its enclosure points to, all checked whole."""
    parsed = feedparser.parse((outdir / FEED_NAME).read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    served = {}
    for entry in parsed.entries:
        (enclosure,) = entry.enclosures
        path = outdir / unquote(urlsplit(enclosure.href).path).removeprefix(BASE_PATH)
        assert path.suffix == ".mp3" and not path.name.startswith("."), path
        data = path.read_bytes()
        assert len(data) == int(enclosure.length), path
        assert is_complete_mp3(data), path
        served[entry.id.removeprefix("briefing:")] = path
    return served


def assert_cache_serves_only_whole_clips(cache_dir: Path) -> None:
    cache = SpeechCache(cache_dir)
    for entry in cache_dir.glob("??/*.clip"):
        clip = cache.get(entry.stem)  # verified against its digest, or a miss
        assert clip is None or clip.pcm


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_builds_killed_at_random_moments_lose_nothing(tmp_path: Path) -> None:
    outdir, cache = tmp_path / "out", tmp_path / "cache"
    started = time.monotonic()
    first = start_build(outdir, cache, "e0")
    assert first.wait(timeout=60) == 0, first.stderr.read() if first.stderr else ""
    build_s = time.monotonic() - started  # a cold build; warm ones are a bit shorter
    rng = random.Random(20)
    published = served_episodes(outdir)
    assert set(published) == {"e0"}
    survived = finished = 0
    for kill in range(KILLS):
        episode_id = rng.choice(["e0", "e1", f"k{kill}"])  # rebuilds and new episodes
        process = start_build(outdir, cache, episode_id, day=rng.randint(1, 30))
        time.sleep(rng.uniform(0.2, 1.1) * build_s)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        code = process.wait(timeout=30)
        finished += code == 0
        assert code in (0, -signal.SIGKILL), process.stderr.read() if process.stderr else ""
        served = served_episodes(outdir)
        assert set(published) <= set(served)  # every episode published before is listed
        published = served
        assert_cache_serves_only_whole_clips(cache)
        survived += 1
    assert survived == KILLS
    assert finished < KILLS  # the kills did land in builds (not only after they ended)
    print(f"{KILLS} kills survived, {finished} builds finished before their kill")


def test_a_build_while_the_feed_is_rebuilt_leaves_a_valid_feed(tmp_path: Path) -> None:
    outdir, cache = tmp_path / "out", tmp_path / "cache"
    assert start_build(outdir, cache, "first").wait(timeout=60) == 0
    build = start_build(outdir, cache, "second")
    rebuilds = 0
    while build.poll() is None:
        feed = subprocess.run(
            [sys.executable, "-c", "from cli import main; main()", "feed", str(outdir)],
            env=child_env(),
            capture_output=True,
            timeout=60,
        )
        assert feed.returncode == 0, feed.stderr
        rebuilds += 1
        assert set(served_episodes(outdir)) >= {"first"}
    assert build.wait() == 0
    assert rebuilds >= 1
    assert set(served_episodes(outdir)) == {"first", "second"}


def test_two_builds_of_one_episode_at_once_both_publish_it_whole(tmp_path: Path) -> None:
    outdir, cache = tmp_path / "out", tmp_path / "cache"
    assert start_build(outdir, cache, "same", day=1).wait(timeout=60) == 0
    for round_ in range(2):  # rebuilds at once, each differing from the published one
        builds = [start_build(outdir, cache, "same", day=10 + 2 * round_ + i) for i in (0, 1)]
        for build in builds:
            assert build.wait(timeout=120) == 0, build.stderr.read() if build.stderr else ""
        served = served_episodes(outdir)  # whole, of exactly the advertised length
        assert list(served) == ["same"]
        assert sorted(p.name for p in served["same"].parent.glob("*.mp3")) == [served["same"].name]


def test_a_build_of_an_episode_waits_for_the_one_in_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The exact moment: one build's MP3 in place, its record not yet saved, while a
    second build of the same episode runs from start to end."""
    import threading

    import briefing.publish.artefacts
    from tests.publish.tone_episode import publish_tone_episode

    publish_tone_episode(tmp_path, "e1", day=27)
    render_page = briefing.publish.artefacts.render_page
    first_written, second_done = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def page_after_a_pause(*args: object, **kwargs: object) -> str:
        if threading.current_thread().name == "first":
            first_written.set()
            second_done.wait(timeout=1)  # with the episode lock, the second build waits
        return render_page(*args, **kwargs)

    def rebuild(day: int) -> None:
        try:
            publish_tone_episode(tmp_path, "e1", day=day)
        except BaseException as error:
            errors.append(error)
        finally:
            if day == 29:
                second_done.set()

    monkeypatch.setattr(briefing.publish.artefacts, "render_page", page_after_a_pause)
    first = threading.Thread(target=rebuild, args=(28,), name="first")
    first.start()
    assert first_written.wait(timeout=30)
    second = threading.Thread(target=rebuild, args=(29,), name="second")
    second.start()
    first.join(timeout=60)
    second.join(timeout=60)
    assert not errors
    served = served_episodes(tmp_path)
    assert [p.name for p in served["e1"].parent.glob("*.mp3")] == [served["e1"].name]


def episode_files(outdir: Path, episode_id: str) -> dict[str, bytes]:
    """Every file of a published episode (not the lock), by name."""
    folder = outdir / "episodes" / episode_id
    return {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.startswith(".")}


def test_a_rebuild_whose_encoding_fails_leaves_the_episode_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.publish.artefacts
    from briefing.errors import EngineError
    from tests.publish.tone_episode import publish_tone_episode

    publish_tone_episode(tmp_path, "e1", day=27)
    publish_tone_episode(tmp_path, "e1", day=28)  # a rebuild: files under fresh names
    before, feed = episode_files(tmp_path, "e1"), (tmp_path / FEED_NAME).read_bytes()

    def fails(*_args: object) -> None:
        raise EngineError("MP3 encoding: ffmpeg failed")

    monkeypatch.setattr(briefing.publish.artefacts, "encode_mp3", fails)
    with pytest.raises(EngineError):
        publish_tone_episode(tmp_path, "e1", title="عنوان آخر", day=29)
    assert episode_files(tmp_path, "e1") == before  # byte-identical, nothing left over
    assert (tmp_path / FEED_NAME).read_bytes() == feed


class Killed(BaseException):
    """Stands for SIGKILL at one exact moment: nothing after it runs, no handler sees it."""


def test_a_rebuild_killed_before_its_record_keeps_the_served_mp3_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The narrow window a random kill rarely hits: new MP3 written, feed not yet."""
    from briefing.publish import store
    from tests.publish.tone_episode import publish_tone_episode

    record = publish_tone_episode(tmp_path, "e1", day=27)
    before = served_episodes(tmp_path)
    named = [record.mp3, record.cover, record.chapters_json, record.transcript]
    named.append(record.transcript.replace(".vtt", ".srt"))
    files = {path: (tmp_path / path).read_bytes() for path in named}

    def killed(*_args: object) -> None:
        raise Killed

    monkeypatch.setattr(store, "save", killed)
    with pytest.raises(Killed):
        publish_tone_episode(tmp_path, "e1", title="عنوان أطول بكثير من العنوان الأول", day=28)
    assert served_episodes(tmp_path) == before  # same file, whole, its length as advertised
    assert {path: (tmp_path / path).read_bytes() for path in named} == files  # and its others
    monkeypatch.undo()
    publish_tone_episode(tmp_path, "e1", title="عنوان أطول بكثير من العنوان الأول", day=28)
    (mp3,) = (tmp_path / "episodes/e1").glob("*.mp3")  # the earlier builds' MP3s are gone
    assert served_episodes(tmp_path) == {"e1": mp3}
    kinds = sorted(p.suffix for p in (tmp_path / "episodes/e1").iterdir() if p.name[0] != ".")
    assert kinds == [
        ".html",
        ".jpg",
        ".json",
        ".json",
        ".md",
        ".mp3",
        ".srt",
        ".vtt",
    ]  # one build's
