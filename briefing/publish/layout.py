"""Where an episode's files go: their names, and which files a published record names.

A rebuild never writes over a file the published record names (a build that fails or is
killed before its record is saved would leave the feed's MP3 described by another build's
cover, chapters and transcript): its files all get one fresh suffix instead."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from briefing.model import EpisodeRecord
from briefing.publish import store


def relative(path: Path, outdir: Path) -> str:
    return path.relative_to(outdir).as_posix()


@dataclass(frozen=True)
class BuildFiles:
    """The files one build of an episode writes; a rebuild's all carry one fresh suffix."""

    mp3: Path
    cover: Path
    chapters: Path
    transcript: Path
    subtitles: Path
    notes: Path

    @classmethod
    def named(cls, folder: Path, episode_id: str, suffix: str) -> BuildFiles:
        return cls(
            mp3=folder / f"{episode_id}{suffix}.mp3",
            cover=folder / f"cover{suffix}.jpg",
            chapters=folder / f"chapters{suffix}.json",
            transcript=folder / f"transcript{suffix}.vtt",
            subtitles=folder / f"transcript{suffix}.srt",
            notes=folder / f"notes{suffix}.md",
        )

    def all(self) -> tuple[Path, ...]:
        return (self.mp3, self.cover, self.chapters, self.transcript, self.subtitles, self.notes)


def named_by(outdir: Path, record: EpisodeRecord) -> set[Path]:
    """The build files a record names; the SRT is the record's transcript beside it."""
    named = {record.mp3, record.chapters_json, record.transcript, record.cover, record.notes}
    paths = {outdir / path for path in named if path}
    return (
        paths | {(outdir / record.transcript).with_suffix(".srt")} if record.transcript else paths
    )


def fresh_files(outdir: Path, episode_id: str) -> BuildFiles:
    """Where this build's files go: never over a file that is already there (the published
    record's, or a damaged record's that the feed may still serve)."""
    folder = store.episode_dir(outdir, episode_id)
    plain = BuildFiles.named(folder, episode_id, "")
    if not any(path.exists() for path in plain.all()):
        return plain
    return BuildFiles.named(folder, episode_id, f"-{secrets.token_hex(4)}")


def remove_unnamed_files(outdir: Path, record: EpisodeRecord) -> None:
    """The files of earlier builds of this episode, once the record no longer names them."""
    folder = store.episode_dir(outdir, record.episode_id)
    keep = named_by(outdir, record)
    for pattern in BuildFiles.named(folder, record.episode_id, "*").all():
        for path in folder.glob(pattern.name):
            if path not in keep:
                path.unlink(missing_ok=True)
