"""The files of one episode build: cover, tagged MP3, chapters, transcripts, then its page."""

from __future__ import annotations

from pathlib import Path

from briefing.config import Config
from briefing.fileio import write_atomic, write_atomic_with, write_text_atomic
from briefing.model import Master, Script, Source
from briefing.parallel import processes_for
from briefing.publish.artwork import draw_show_cover_ahead
from briefing.publish.cover import render_cover
from briefing.publish.id3 import write_tags
from briefing.publish.layout import BuildFiles
from briefing.publish.mp3 import encode_mp3
from briefing.publish.notes import show_notes
from briefing.publish.page import render_page
from briefing.publish.sidecars import chapters_json, plain_transcript, srt, webvtt
from briefing.timing import Timings, timed


def episode_cover(script: Script, config: Config, headlines: tuple[str, ...]) -> bytes:
    """The episode's cover art: the show, the date and the top headline."""
    top_headline = headlines[0] if headlines else script.title
    date = script.date_label or script.date.isoformat()
    return render_cover(config.show.title, date, top_headline, config.cover_size)


def draw_covers_ahead(
    script: Script, config: Config, outdir: Path, headlines: tuple[str, ...]
) -> None:
    """Both covers, drawn now so that publishing finds them kept (render_cover and
    render_show_cover keep what they drew): the build runs this beside synthesis, whose
    engines leave a core idle on a short episode."""
    episode_cover(script, config, headlines)
    draw_show_cover_ahead(outdir, config.show, config.cover_size)


def write_files(
    master: Master,
    script: Script,
    config: Config,
    files: BuildFiles,
    headlines: tuple[str, ...],
    timings: Timings | None,
    sources: tuple[Source, ...] = (),
) -> Path:
    """The build's files, each atomically, then the episode page that links them (only
    those; a stable URL, so written last): its path."""
    timeline = master.timeline
    with timed(timings, "cover"):
        jpeg = episode_cover(script, config, headlines)
        write_atomic(files.cover, jpeg)

    def write_mp3(tmp: Path) -> None:
        with timed(timings, "encode"):
            encode_mp3(master.audio, tmp, config.bitrate, processes_for(config.processes))
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
