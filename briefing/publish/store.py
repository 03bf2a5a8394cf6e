"""The episode store: one episode.json per published episode, the feed's source of truth."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path

from briefing.fileio import write_text_atomic
from briefing.model import EpisodeRecord, Source, TimedChapter

EPISODES_DIR = "episodes"
RECORD_NAME = "episode.json"


def episode_dir(outdir: Path, episode_id: str) -> Path:
    return outdir / EPISODES_DIR / episode_id


def to_json(record: EpisodeRecord) -> str:
    data = asdict(record)
    data["date"] = record.date.isoformat()
    data["published"] = record.published.isoformat()
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def from_json(text: str) -> EpisodeRecord:
    data = json.loads(text)
    data["date"] = dt.date.fromisoformat(data["date"])
    data["published"] = dt.datetime.fromisoformat(data["published"])
    data["chapters"] = tuple(TimedChapter(**chapter) for chapter in data["chapters"])
    data["headlines"] = tuple(data["headlines"])
    data["sources"] = tuple(Source(**source) for source in data.get("sources", ()))
    return EpisodeRecord(**data)


def save(outdir: Path, record: EpisodeRecord) -> Path:
    path = episode_dir(outdir, record.episode_id) / RECORD_NAME
    write_text_atomic(path, to_json(record))
    return path


def load(outdir: Path, episode_id: str) -> EpisodeRecord | None:
    """The published record of one episode, or None (also when it cannot be read)."""
    try:
        return from_json((episode_dir(outdir, episode_id) / RECORD_NAME).read_text("utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def load_all(outdir: Path) -> list[EpisodeRecord]:
    """Every published episode, newest first; an unreadable record is skipped, not fatal."""
    records = []
    for path in sorted((outdir / EPISODES_DIR).glob(f"*/{RECORD_NAME}")):
        try:
            records.append(from_json(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(records, key=lambda r: (r.published, r.episode_id), reverse=True)
