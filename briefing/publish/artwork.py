"""The show's artwork in the output folder: the producer's own image, or a stable cover.

Podcast apps show the show's image beside every episode and cache it by its address, so
it must not change from one episode to the next (the newest episode's cover, headline and
all, did). The producer's file is copied in when it changed; without one, a cover with
the show's name and description is drawn once, named by what it shows.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from briefing.config import Show
from briefing.errors import InputError
from briefing.fileio import write_atomic
from briefing.publish.cover import render_show_cover

ARTWORK_STEM = "artwork"  # the producer's image, copied in: artwork.jpg or artwork.png
SHOW_COVER_GLOB = "show-cover-*.jpg"
_COVER_DESIGN = "1"  # change when render_show_cover draws differently


def is_web_address(artwork: str) -> bool:
    return urlsplit(artwork).scheme in ("http", "https")


def _copy_in(outdir: Path, source: Path) -> str:
    try:
        data = source.read_bytes()
    except OSError as error:
        raise InputError(f"[show] artwork {source}: cannot read it ({error.strerror})") from None
    target = outdir / f"{ARTWORK_STEM}{source.suffix.lower()}"
    if not target.is_file() or target.read_bytes() != data:
        write_atomic(target, data)
    return target.name


def _show_cover_path(outdir: Path, show: Show, size: int) -> Path:
    key = repr((show.title, show.description, size, _COVER_DESIGN)).encode("utf-8")
    return outdir / f"show-cover-{hashlib.sha256(key).hexdigest()[:12]}.jpg"


def draw_show_cover_ahead(outdir: Path, show: Show, size: int) -> None:
    """Draw the show cover now (render_show_cover keeps it for published_artwork) if the
    output folder lacks it and the producer has no artwork of their own: a hint read
    without the folder's lock, so at worst it is drawn once for nothing."""
    if not show.artwork and not _show_cover_path(outdir, show, size).is_file():
        render_show_cover(show.title, show.description, size)


def _show_cover(outdir: Path, show: Show, size: int) -> str:
    target = _show_cover_path(outdir, show, size)
    if not target.is_file():
        write_atomic(target, render_show_cover(show.title, show.description, size))
        for old in outdir.glob(SHOW_COVER_GLOB):
            if old != target:
                old.unlink(missing_ok=True)
    return target.name


def published_artwork(outdir: Path, show: Show, size: int) -> Show:
    """The show with `artwork` as the feed and the show page link it: a web address as
    given; a file of the producer's (an absolute path, see config.load_config) copied into
    OUTDIR; a path already inside OUTDIR as given; none: the stable show cover. Caller
    holds the output folder's lock."""
    artwork = show.artwork
    if artwork and (is_web_address(artwork) or not Path(artwork).is_absolute()):
        return show
    name = _copy_in(outdir, Path(artwork)) if artwork else _show_cover(outdir, show, size)
    return replace(show, artwork=name)
