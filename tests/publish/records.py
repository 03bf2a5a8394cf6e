"""Episode records for publishing tests, with every path where a build would put it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.model import EpisodeRecord, TimedChapter

DEFAULT_CHAPTERS = (TimedChapter("المقدمة", 0, 2000), TimedChapter("خبر", 2000, 65_432))


def episode_record(episode_id: str, day: int, **changes: object) -> EpisodeRecord:
    """A published record of `episode_id` on November `day`, 2026; `changes` override fields."""
    folder = f"episodes/{episode_id}"
    record = EpisodeRecord(
        episode_id=episode_id,
        title="حلقة",
        date=dt.date(2026, 11, day),
        published=dt.datetime(2026, 11, day, 6, 0, tzinfo=dt.UTC),
        mp3=f"{folder}/{episode_id}.mp3",
        mp3_bytes=123_456,
        duration_s=65.432,
        chapters=DEFAULT_CHAPTERS,
        headlines=("خبر",),
        chapters_json=f"{folder}/chapters.json",
        transcript=f"{folder}/transcript.vtt",
        page=f"{folder}/index.html",
        cover=None,
    )
    return replace(record, **changes)
