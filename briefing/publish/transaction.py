"""One publish transaction: episode lock → reuse check → render → write → record → feed.

Whoever publishes an episode calls `publish` and knows nothing of the protocol: the order of
the steps is what keeps the feed whole when a build fails or is killed at any moment. Every
file is written atomically under fresh names, so until the record is saved the published
episode's files stay as they were; the record is written only after every file it names
exists, and the feed is rebuilt from all records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import replace as dataclass_replace
from pathlib import Path

from briefing.config import Config
from briefing.model import EpisodeRecord, Master, Script, Source
from briefing.publish import store
from briefing.publish.artefacts import write_files
from briefing.publish.identity import episode_identity
from briefing.publish.indexes import publish_record
from briefing.publish.layout import fresh_files, relative
from briefing.publish.lock import folder_lock
from briefing.timing import Timings, timed

# A build of the same episode holds its lock while mixing and encoding: minutes for a long one.
_EPISODE_LOCK_S = 600.0


@dataclass(frozen=True)
class Publication:
    record: EpisodeRecord
    reused: bool  # nothing the files are made from had changed: they (and the pubDate) stay


@contextmanager
def episode_lock(outdir: Path, episode_id: str) -> Iterator[None]:
    """Serializes builds of one episode, from the reuse check to saving its record (and
    removing the files it replaced), so two builds never delete each other's files.
    Taken before the folder lock, never inside it."""
    with folder_lock(store.episode_dir(outdir, episode_id), timeout_s=_EPISODE_LOCK_S):
        yield


def unchanged_episode(
    outdir: Path, record: EpisodeRecord | None, fingerprint: str
) -> EpisodeRecord | None:
    """The published `record` when it was made from the same inputs and its files are whole."""
    if record is None or not fingerprint or record.fingerprint != fingerprint:
        return None
    mp3 = outdir / record.mp3
    if not mp3.is_file() or mp3.stat().st_size != record.mp3_bytes:
        return None
    others = (record.chapters_json, record.transcript, record.page, record.cover, record.notes)
    if not all((outdir / path).is_file() for path in others if path):
        return None
    return record


def publish(
    render: Callable[[], Master],
    script: Script,
    config: Config,
    outdir: Path,
    episode_id: str,
    headlines: tuple[str, ...],
    now: dt.datetime,
    fingerprint: str = "",
    timings: Timings | None = None,
    warn: Callable[[str], None] | None = None,
    sources: tuple[Source, ...] = (),
    replace: bool = False,
    named: bool = False,
) -> Publication:
    """Publish the episode that `render` mixes, unless the published one was made from the
    same inputs (same `fingerprint`): then its files and pubDate are kept, and only the feed
    is rebuilt. `render` runs only when needed, under the episode lock. An id published
    from other stories takes `replace` (identity.py); `named`: the title is the producer's."""
    stories = tuple(chapter.source for chapter in script.chapters if chapter.source)
    with episode_lock(outdir, episode_id):  # no other build of it in between
        published = store.load(outdir, episode_id)  # read once, for reuse and identity
        unchanged = unchanged_episode(outdir, published, fingerprint)
        if unchanged is not None:
            publish_record(outdir, config, unchanged, warn)
            return Publication(unchanged, reused=True)
        identity = episode_identity(
            outdir,
            published,
            episode_id,
            script.title,
            stories,
            headlines,
            script.date,
            replace,
            named,
        )
        script = dataclass_replace(script, title=identity.title)
        master = render()
        files = fresh_files(outdir, episode_id)
        try:
            page = write_files(master, script, config, files, headlines, timings, sources)
        except BaseException:
            for path in files.all():  # never the published files: their names differ
                path.unlink(missing_ok=True)
            raise
        record = EpisodeRecord(
            episode_id=episode_id,
            title=script.title,
            date=script.date,
            published=now,
            mp3=relative(files.mp3, outdir),
            mp3_bytes=files.mp3.stat().st_size,
            duration_s=master.timeline.duration_ms / 1000,
            chapters=master.timeline.chapters,
            headlines=headlines,
            chapters_json=relative(files.chapters, outdir),
            transcript=relative(files.transcript, outdir),
            page=relative(page, outdir),
            cover=relative(files.cover, outdir),
            fingerprint=fingerprint,
            sources=sources,
            notes=relative(files.notes, outdir),
            stories=stories,
            guid=identity.guid,
        )
        with timed(timings, "feed"):
            publish_record(outdir, config, record, warn)
    return Publication(record, reused=False)


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
    """`publish` of a master already mixed (the preview, the tests)."""
    return publish(
        lambda: master,
        script,
        config,
        outdir,
        episode_id,
        headlines,
        now,
        fingerprint,
        timings,
        sources=sources,
    ).record
