"""Publish: the master audio and script to the episode files, the store and the feed."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefing.config import Config
from briefing.fileio import (
    remove_stale_temporaries,
    write_atomic,
    write_atomic_with,
    write_text_atomic,
)
from briefing.model import EpisodeRecord, Master, Script, Source
from briefing.publish import store
from briefing.publish.artwork import published_artwork
from briefing.publish.cover import render_cover
from briefing.publish.feed import FEED_NAME, render_feed
from briefing.publish.id3 import write_tags
from briefing.publish.lock import folder_lock
from briefing.publish.mp3 import encode_mp3
from briefing.publish.notes import show_notes
from briefing.publish.page import render_page
from briefing.publish.show_page import SHOW_PAGE_NAME, render_show_page
from briefing.publish.sidecars import chapters_json, plain_transcript, srt, webvtt
from briefing.timing import Timings, timed

__all__ = [
    "FEED_NAME",
    "SHOW_PAGE_NAME",
    "episode_lock",
    "publish_episode",
    "publish_record",
    "unchanged_episode",
    "write_feed",
]


# A build of the same episode holds its lock while encoding: minutes for a long one.
_EPISODE_LOCK_S = 600.0


def _relative(path: Path, outdir: Path) -> str:
    return path.relative_to(outdir).as_posix()


@dataclass(frozen=True)
class _BuildFiles:
    """The files one build of an episode writes; a rebuild's all carry one fresh suffix."""

    mp3: Path
    cover: Path
    chapters: Path
    transcript: Path
    subtitles: Path
    notes: Path

    @classmethod
    def named(cls, folder: Path, episode_id: str, suffix: str) -> _BuildFiles:
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


def _named_by(outdir: Path, record: EpisodeRecord) -> set[Path]:
    """The build files a record names; the SRT is the record's transcript beside it."""
    named = {record.mp3, record.chapters_json, record.transcript, record.cover, record.notes}
    paths = {outdir / path for path in named if path}
    return (
        paths | {(outdir / record.transcript).with_suffix(".srt")} if record.transcript else paths
    )


def _fresh_files(outdir: Path, folder: Path, episode_id: str) -> _BuildFiles:
    """Where this build's files go: never over a file that the published record names.

    Rebuilding an episode must not replace its files in place: a build that fails or is
    killed before its record is saved would leave the feed's MP3 described by another
    build's cover, chapters and transcript. Caller holds the episode lock.
    """
    plain = _BuildFiles.named(folder, episode_id, "")
    published = store.load(outdir, episode_id)
    if published is None or not _named_by(outdir, published) & set(plain.all()):
        return plain
    return _BuildFiles.named(folder, episode_id, f"-{secrets.token_hex(4)}")


def _remove_unnamed_files(outdir: Path, record: EpisodeRecord) -> None:
    """The files of earlier builds of this episode, once the record no longer names them."""
    folder = store.episode_dir(outdir, record.episode_id)
    keep = _named_by(outdir, record)
    patterns = _BuildFiles.named(folder, record.episode_id, "*").all()
    for pattern in patterns:
        for path in folder.glob(pattern.name):
            if path not in keep:
                path.unlink(missing_ok=True)


@contextmanager
def episode_lock(outdir: Path, episode_id: str) -> Iterator[None]:
    """Serializes builds of one episode, from choosing its file names to saving its record
    (and removing the files it replaced), so two builds never delete each other's files.
    Taken before the folder lock, never inside it."""
    with folder_lock(store.episode_dir(outdir, episode_id), timeout_s=_EPISODE_LOCK_S):
        yield


def publish_episode(
    master: Master,
    script: Script,
    config: Config,
    outdir: Path,
    episode_id: str,
    headlines: tuple[str, ...],
    now: dt.datetime,
    timings: Timings | None = None,
    fingerprint: str = "",
    sources: tuple[Source, ...] = (),
) -> EpisodeRecord:
    """Write the episode's files, then its page, then its record, then the feed: each
    atomically, under the episode lock.

    A rebuild writes every file under fresh names, so until its record is saved the
    published episode's files stay as they were; the record is written only after every
    file it names exists, and the feed is rebuilt from all records, so an interrupted
    build never lists a broken episode. The page (a stable URL) is written last.
    """
    folder = store.episode_dir(outdir, episode_id)
    with episode_lock(outdir, episode_id):
        files = _fresh_files(outdir, folder, episode_id)
        try:
            page = _write_files(master, script, config, files, headlines, timings, sources)
        except BaseException:
            for path in files.all():  # never the published files: their names differ
                path.unlink(missing_ok=True)
            raise
        record = EpisodeRecord(
            episode_id=episode_id,
            title=script.title,
            date=script.date,
            published=now,
            mp3=_relative(files.mp3, outdir),
            mp3_bytes=files.mp3.stat().st_size,
            duration_s=master.timeline.duration_ms / 1000,
            chapters=master.timeline.chapters,
            headlines=headlines,
            chapters_json=_relative(files.chapters, outdir),
            transcript=_relative(files.transcript, outdir),
            page=_relative(page, outdir),
            cover=_relative(files.cover, outdir),
            fingerprint=fingerprint,
            sources=sources,
            notes=_relative(files.notes, outdir),
        )
        with timed(timings, "feed"):
            publish_record(outdir, config, record)
    return record


def _write_files(
    master: Master,
    script: Script,
    config: Config,
    files: _BuildFiles,
    headlines: tuple[str, ...],
    timings: Timings | None,
    sources: tuple[Source, ...] = (),
) -> Path:
    """The build's files, then the episode page that links them (only those): its path."""
    timeline = master.timeline
    with timed(timings, "cover"):
        top_headline = headlines[0] if headlines else script.title
        jpeg = render_cover(
            config.show.title,
            script.date_label or script.date.isoformat(),
            top_headline,
            config.cover_size,
        )
        write_atomic(files.cover, jpeg)

    def write_mp3(tmp: Path) -> None:
        with timed(timings, "encode"):
            encode_mp3(master.clip, tmp, config.bitrate)
        with timed(timings, "tags"):
            write_tags(
                tmp,
                title=script.title,
                artist=config.show.author,
                album=config.show.title,
                date=script.date,
                language=config.show.language,
                chapters=timeline.chapters,
                cover_jpeg=jpeg,
                transcript=plain_transcript(timeline),
            )

    write_atomic_with(files.mp3, write_mp3)
    with timed(timings, "side files"):
        write_text_atomic(files.chapters, chapters_json(timeline))
        write_text_atomic(files.transcript, webvtt(timeline))
        write_text_atomic(files.subtitles, srt(timeline))
        date_label = script.date_label or script.date.isoformat()
        write_text_atomic(
            files.notes, show_notes(script.title, date_label, timeline.chapters, sources)
        )
        page = files.mp3.parent / "index.html"
        downloads = (  # in words a listener knows: no file formats
            ("تنزيل الحلقة", files.mp3.name),
            ("ملاحظات الحلقة", files.notes.name),
            ("ملف الترجمة", files.subtitles.name),
        )
        write_text_atomic(
            page,
            render_page(
                script.title,
                files.mp3.name,
                timeline,
                show_title=config.show.title,
                downloads=downloads,
                cover=files.cover.name,
                sources=sources,
            ),
        )
    return page


def unchanged_episode(outdir: Path, episode_id: str, fingerprint: str) -> EpisodeRecord | None:
    """The published record when it was made from the same inputs and its files are whole."""
    record = store.load(outdir, episode_id)
    if record is None or not fingerprint or record.fingerprint != fingerprint:
        return None
    mp3 = outdir / record.mp3
    if not mp3.is_file() or mp3.stat().st_size != record.mp3_bytes:
        return None
    others = (record.chapters_json, record.transcript, record.page, record.cover, record.notes)
    if not all((outdir / path).is_file() for path in others if path):
        return None
    return record


def publish_record(outdir: Path, config: Config, record: EpisodeRecord) -> None:
    """Store the record (adding or replacing its episode), then rebuild the feed and the
    show page from every record: one step under the folder lock, so concurrent builds
    into one folder all end up in the feed. Caller holds the episode lock (the files of
    earlier builds that the record no longer names are removed)."""
    with folder_lock(outdir):
        store.save(outdir, record)
        _write_indexes(outdir, config, None)
        _remove_unnamed_files(outdir, record)
        for folder in (outdir, store.episode_dir(outdir, record.episode_id)):
            remove_stale_temporaries(folder)


def write_feed(outdir: Path, config: Config, max_items: int | None = None) -> Path:
    """Rebuild feed.xml and the show page from the store; `max_items` trims the feed only."""
    with folder_lock(outdir):
        return _write_indexes(outdir, config, max_items)


def _write_indexes(outdir: Path, config: Config, max_items: int | None) -> Path:
    """Caller holds the folder lock, so no other build saves a record in between."""
    records = store.load_all(outdir)  # newest first
    show = published_artwork(outdir, config.show, config.cover_size)
    limit = show.max_items if max_items is None else max_items
    path = outdir / FEED_NAME
    write_atomic(path, render_feed(show, records[:limit] if limit else records))
    write_text_atomic(outdir / SHOW_PAGE_NAME, render_show_page(show, records))
    return path
