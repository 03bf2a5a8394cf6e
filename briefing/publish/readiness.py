"""Is the feed ready for listeners? The settings a new show leaves at their defaults.

A feed whose addresses point at localhost plays on the producer's machine only; podcast
directories refuse a show without an owner e-mail or with undersized artwork.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

from briefing.config import Show
from briefing.publish.feed import FEED_NAME, ITUNES

_LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "0.0.0.0")
ARTWORK_PIXELS = (1400, 3000)  # Apple Podcasts' bounds, which the other directories follow


def _artwork_gap(path: Path) -> str | None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            kind, mode, (width, height) = image.format, image.mode, image.size
    except (OSError, UnidentifiedImageError):
        return f"the artwork {path} is not an image"
    low, high = ARTWORK_PIXELS
    if kind not in ("JPEG", "PNG") or mode != "RGB":
        return f"the artwork {path.name} is {kind} {mode}: directories want RGB JPEG or PNG"
    if width != height or not low <= width <= high:
        return f"the artwork {path.name} is {width}×{height}: make it square, {low}–{high} px"
    return None


def publishing_gaps(show: Show) -> list[str]:
    """What keeps the feed from being published as it is, one phrase each."""
    gaps = []
    host = urlsplit(show.base_url).hostname or ""
    if host in _LOCAL_HOSTS or host.endswith(".localhost"):
        gaps.append(f"base_url is {show.base_url} (only this machine can reach it)")
    if show.author == Show.author:
        gaps.append(f"the author is the default {show.author!r}")
    if not show.email:
        gaps.append("there is no owner email")
    if show.artwork and Path(show.artwork).is_absolute():
        gap = _artwork_gap(Path(show.artwork))
        gaps += [gap] if gap else []
    return gaps


def _published_as(feed: Path) -> tuple[str | None, ...] | None:
    """(link, author, owner e-mail) of the feed already in a folder, or None."""
    try:
        channel = ET.parse(feed).getroot().find("channel")
    except (OSError, ET.ParseError):
        return None
    if channel is None:
        return None
    return (
        channel.findtext("link"),
        channel.findtext(f"{{{ITUNES}}}author"),
        channel.findtext(f"{{{ITUNES}}}owner/{{{ITUNES}}}email") or "",
    )


def warned_before(outdir: Path, show: Show) -> bool:
    """Whether OUTDIR's feed was already written with these [show] settings, so that its
    gaps were said then: the warning comes once per folder and settings, not every build."""
    return _published_as(outdir / FEED_NAME) == (show.base_url, show.author, show.email)


def readiness_warning(gaps: list[str]) -> str | None:
    """One line for all the gaps (publishing_gaps), or None when there are none."""
    if not gaps:
        return None
    return (
        f"the feed is not ready for listeners: {'; '.join(gaps)}. Set them in [show] of "
        "briefing.toml ('briefing init' writes one)"
    )
