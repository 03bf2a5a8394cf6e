"""The indexes built from the episode store: feed.xml and the show page, under the folder
lock, so that concurrent builds into one folder all end up in the feed.

A damaged or unreadable episode.json does not cost listeners that episode: its item is kept
from the current feed as it was published, and the damage is reported by the file's name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefing.config import Config
from briefing.fileio import remove_stale_temporaries, write_atomic, write_text_atomic
from briefing.model import EpisodeRecord
from briefing.publish import store
from briefing.publish.artwork import published_artwork
from briefing.publish.feed import FEED_NAME, published_items, render_feed
from briefing.publish.layout import remove_unnamed_files
from briefing.publish.lock import folder_lock
from briefing.publish.show_page import SHOW_PAGE_NAME, render_show_page


@dataclass(frozen=True)
class Indexes:
    feed: Path
    damaged: tuple[str, ...] = ()  # a line per damaged record: which file, what was kept


def write_indexes(outdir: Path, config: Config, max_items: int | None = None) -> Indexes:
    """feed.xml and the show page from every record (`max_items` trims the feed only).
    Caller holds the folder lock, so no other build saves a record in between."""
    records, damaged = store.read_all(outdir)
    path = outdir / FEED_NAME
    current = path.read_bytes() if path.is_file() else b""
    kept = published_items(current, [d.episode_id for d in damaged])
    notes = tuple(
        f"{d.path}: damaged episode record ({d.reason}); "
        + (
            "its item is kept from the current feed"
            if d.episode_id in kept
            else "the current feed has no item for it, so it is not listed"
        )
        for d in damaged
    )
    show = published_artwork(outdir, config.show, config.cover_size)
    limit = show.max_items if max_items is None else max_items
    write_atomic(path, render_feed(show, records, limit, tuple(kept.values())))
    write_text_atomic(outdir / SHOW_PAGE_NAME, render_show_page(show, records))
    return Indexes(feed=path, damaged=notes)


def write_feed(outdir: Path, config: Config, max_items: int | None = None) -> Indexes:
    """Rebuild feed.xml and the show page from the store (`briefing feed`)."""
    with folder_lock(outdir):
        return write_indexes(outdir, config, max_items)


def publish_record(
    outdir: Path,
    config: Config,
    record: EpisodeRecord,
    warn: Callable[[str], None] | None = None,
) -> Indexes:
    """Store the record (adding or replacing its episode), then rebuild the feed and the
    show page from every record: one step under the folder lock. Caller holds the episode
    lock (the files of earlier builds that the record no longer names are removed)."""
    with folder_lock(outdir):
        store.save(outdir, record)
        indexes = write_indexes(outdir, config)
        remove_unnamed_files(outdir, record)
        for folder in (outdir, store.episode_dir(outdir, record.episode_id)):
            remove_stale_temporaries(folder)
    for note in indexes.damaged if warn else ():
        warn(note)
    return indexes
