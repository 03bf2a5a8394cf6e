"""Atomic writes, and the sweep of what killed writers leave behind."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.fileio import remove_stale_temporaries, write_atomic, write_atomic_with
from briefing.tts.cache import SpeechCache
from tests.conftest import tone


def age(path: Path, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "feed.xml"
    write_atomic(target, b"old")

    def fail(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(InputError, match="No space left"):
        write_atomic_with(target, fail)
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_only_stale_temporaries_are_swept(tmp_path: Path) -> None:
    stale = tmp_path / ".episode.mp3.abc123.tmp"
    fresh = tmp_path / ".feed.xml.def456.tmp"
    kept = tmp_path / "episode.mp3"
    for path in (stale, fresh, kept):
        path.write_bytes(b"x")
    age(stale, 2 * 3600)
    age(kept, 2 * 3600)
    assert remove_stale_temporaries(tmp_path) == 1
    assert not stale.exists() and fresh.exists() and kept.exists()
    assert remove_stale_temporaries(tmp_path / "missing") == 0


def test_publishing_sweeps_the_output_and_episode_folders(tmp_path: Path) -> None:
    from briefing.config import Config
    from briefing.publish import publish_record
    from tests.publish.records import episode_record

    record = episode_record("2026-11-29", 29)
    folder = tmp_path / "episodes" / record.episode_id
    folder.mkdir(parents=True)
    leftovers = [tmp_path / ".feed.xml.x1.tmp", folder / ".2026-11-29.mp3.x2.tmp"]
    for path in leftovers:
        path.write_bytes(b"partial")
        age(path, 2 * 3600)
    publish_record(tmp_path, Config(), record)
    assert not any(path.exists() for path in leftovers)
    assert (tmp_path / "feed.xml").is_file()


def test_cache_clear_sweeps_stale_temporaries(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    cache.put("ab" * 32, tone(100))
    leftover = next((tmp_path / "cache").iterdir()) / f".{'cd' * 32}.clip.x.tmp"
    leftover.write_bytes(b"partial")
    age(leftover, 2 * 3600)
    assert cache.clear() == 1
    assert not leftover.exists()
