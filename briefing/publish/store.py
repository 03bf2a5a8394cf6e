"""The episode store: one episode.json per published episode, the feed's source of truth."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
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
    data["stories"] = tuple(data.get("stories", ()))
    return EpisodeRecord(**data)


def save(outdir: Path, record: EpisodeRecord) -> Path:
    path = episode_dir(outdir, record.episode_id) / RECORD_NAME
    write_text_atomic(path, to_json(record))
    return path


def load(outdir: Path, episode_id: str) -> EpisodeRecord | None:
    """The published record of one episode, or None (also when it cannot be read)."""
    try:
        return from_json((episode_dir(outdir, episode_id) / RECORD_NAME).read_text("utf-8"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


@dataclass(frozen=True)
class Damaged:
    """An episode.json that cannot be read back: which episode, where, and why."""

    episode_id: str
    path: Path
    reason: str


def read_all(outdir: Path) -> tuple[list[EpisodeRecord], list[Damaged]]:
    """Every published episode, newest first, and the records that could not be read."""
    records, damaged = [], []
    for path in sorted((outdir / EPISODES_DIR).glob(f"*/{RECORD_NAME}")):
        try:
            records.append(from_json(path.read_text(encoding="utf-8")))
        except OSError as error:
            damaged.append(Damaged(path.parent.name, path, error.strerror or str(error)))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            reason = f"{type(error).__name__}: {error}"
            damaged.append(Damaged(path.parent.name, path, reason))
    return sorted(records, key=lambda r: (r.published, r.episode_id), reverse=True), damaged


def load_all(outdir: Path) -> list[EpisodeRecord]:
    """Every readable published episode, newest first."""
    return read_all(outdir)[0]
