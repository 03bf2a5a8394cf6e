"""Publish: the master audio and script to the episode files, the store and the feed."""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

from briefing.config import Config
from briefing.fileio import write_atomic, write_atomic_with, write_text_atomic
from briefing.model import EpisodeRecord, Master, Script
from briefing.publish import store
from briefing.publish.cover import render_cover
from briefing.publish.feed import FEED_NAME, render_feed
from briefing.publish.id3 import write_tags
from briefing.publish.lock import folder_lock
from briefing.publish.mp3 import encode_mp3
from briefing.publish.page import render_page
from briefing.publish.show_page import SHOW_PAGE_NAME, render_show_page
from briefing.publish.sidecars import chapters_json, plain_transcript, srt, webvtt
from briefing.script import arabic_date
from briefing.timing import Timings, timed

__all__ = [
    "FEED_NAME",
    "SHOW_PAGE_NAME",
    "publish_episode",
    "publish_record",
    "unchanged_episode",
    "write_feed",
]


def _relative(path: Path, outdir: Path) -> str:
    return path.relative_to(outdir).as_posix()


def _fresh_mp3(outdir: Path, folder: Path, episode_id: str) -> Path:
    """Where the new MP3 goes: never over the file that the published feed points to.

    Rebuilding an episode must not replace its MP3 in place: a build killed between
    that rename and the feed's would leave an enclosure whose length is not the file's.
    """
    plain = folder / f"{episode_id}.mp3"
    published = store.load(outdir, episode_id)
    if published is None or published.mp3 != _relative(plain, outdir):
        return plain
    return folder / f"{episode_id}-{secrets.token_hex(4)}.mp3"


def _remove_unlisted_mp3s(outdir: Path, record: EpisodeRecord) -> None:
    """The MP3s of earlier builds of this episode, once the feed no longer lists them."""
    listed = outdir / record.mp3
    for mp3 in store.episode_dir(outdir, record.episode_id).glob("*.mp3"):
        if mp3 != listed:
            mp3.unlink(missing_ok=True)


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
) -> EpisodeRecord:
    """Write the episode's files, then its record, then the feed: each atomically.

    The record is written only after every file it names exists, and the feed is
    rebuilt from all records, so an interrupted build never lists a broken episode.
    """
    folder = store.episode_dir(outdir, episode_id)
    mp3 = _fresh_mp3(outdir, folder, episode_id)
    timeline = master.timeline

    with timed(timings, "cover"):
        top_headline = headlines[0] if headlines else script.title
        jpeg = render_cover(
            config.show.title, arabic_date(script.date), top_headline, config.cover_size
        )
        cover = folder / "cover.jpg"
        write_atomic(cover, jpeg)

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

    write_atomic_with(mp3, write_mp3)
    with timed(timings, "side files"):
        chapters = folder / "chapters.json"
        write_text_atomic(chapters, chapters_json(timeline))
        transcript = folder / "transcript.vtt"
        write_text_atomic(transcript, webvtt(timeline))
        subtitles = folder / "transcript.srt"
        write_text_atomic(subtitles, srt(timeline))
        page = folder / "index.html"
        downloads = (
            ("MP3", mp3.name),
            ("الفصول JSON", chapters.name),
            ("النص WebVTT", transcript.name),
            ("النص SRT", subtitles.name),
        )
        write_text_atomic(
            page,
            render_page(
                script.title,
                mp3.name,
                timeline,
                show_title=config.show.title,
                downloads=downloads,
                cover=cover.name,
            ),
        )

    record = EpisodeRecord(
        episode_id=episode_id,
        title=script.title,
        date=script.date,
        published=now,
        mp3=_relative(mp3, outdir),
        mp3_bytes=mp3.stat().st_size,
        duration_s=timeline.duration_ms / 1000,
        chapters=timeline.chapters,
        headlines=headlines,
        chapters_json=_relative(chapters, outdir),
        transcript=_relative(transcript, outdir),
        page=_relative(page, outdir),
        cover=_relative(cover, outdir),
        fingerprint=fingerprint,
    )
    with timed(timings, "feed"):
        publish_record(outdir, config, record)
    return record


def unchanged_episode(outdir: Path, episode_id: str, fingerprint: str) -> EpisodeRecord | None:
    """The published record when it was made from the same inputs and its files are whole."""
    record = store.load(outdir, episode_id)
    if record is None or not fingerprint or record.fingerprint != fingerprint:
        return None
    mp3 = outdir / record.mp3
    if not mp3.is_file() or mp3.stat().st_size != record.mp3_bytes:
        return None
    others = (record.chapters_json, record.transcript, record.page, record.cover)
    if not all((outdir / path).is_file() for path in others if path):
        return None
    return record


def publish_record(outdir: Path, config: Config, record: EpisodeRecord) -> None:
    """Store the record (adding or replacing its episode), then rebuild the feed and the
    show page from every record: one step under the folder lock, so concurrent builds
    into one folder all end up in the feed."""
    with folder_lock(outdir):
        store.save(outdir, record)
        _write_indexes(outdir, config, None)
        _remove_unlisted_mp3s(outdir, record)


def write_feed(outdir: Path, config: Config, max_items: int | None = None) -> Path:
    """Rebuild feed.xml and the show page from the store; `max_items` trims the feed only."""
    with folder_lock(outdir):
        return _write_indexes(outdir, config, max_items)


def _write_indexes(outdir: Path, config: Config, max_items: int | None) -> Path:
    """Caller holds the folder lock, so no other build saves a record in between."""
    records = store.load_all(outdir)  # newest first
    limit = config.show.max_items if max_items is None else max_items
    path = outdir / FEED_NAME
    write_atomic(path, render_feed(config.show, records[:limit] if limit else records))
    write_text_atomic(outdir / SHOW_PAGE_NAME, render_show_page(config.show, records))
    return path
