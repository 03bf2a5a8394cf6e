"""The show's web page (index.html of the output folder): every stored episode, newest first.

Each episode is one row of a grid, its cover in a fixed column, so covers line up and a long
title wraps beside its own cover however many episodes there are (floats stacked them
diagonally). Labels are in the listener's words: "اشترك", "تنزيل", not "RSS" and "MP3".
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from briefing.config import Show
from briefing.model import EpisodeRecord
from briefing.publish.feed import FEED_NAME, clock
from briefing.publish.webpage import day_label, document, href

SHOW_PAGE_NAME = "index.html"
SUBSCRIBE = "اشترك في البرنامج"  # the feed: a podcast app takes this link
DOWNLOAD = "تنزيل"


def _cover(src: str | None) -> str:
    """The cover, or an empty square of the same size, so every row lines up."""
    if src:
        return f'<img class="cover" src="{href(src)}" alt="" loading="lazy">'
    return '<span class="cover" aria-hidden="true"></span>'


def _episode(record: EpisodeRecord) -> str:
    target = record.page or record.mp3
    duration = clock(round(record.duration_s * 1000))
    return (
        f"<li>{_cover(record.cover)}"
        f'<a class="title" href="{href(target)}">{escape(record.title)}</a>'
        f'<p class="meta"><time class="day" datetime="{record.date.isoformat()}">'
        f"{escape(day_label(record.date))}</time> · <time>{duration}</time> · "
        f'<a href="{href(record.mp3)}" download>{DOWNLOAD}</a></p></li>'
    )


def render_show_page(show: Show, records: list[EpisodeRecord]) -> str:
    # Only artwork kept in the output folder is shown: the page loads nothing from elsewhere.
    local_art = show.artwork and not urlsplit(show.artwork).scheme
    image = _cover(show.artwork) if local_art else ""
    episodes = "\n".join(_episode(record) for record in records)
    # The author is signed only once it is the show's own: not the placeholder "briefing".
    footer = f"\n<footer>{escape(show.author)}</footer>" if show.author != Show.author else ""
    body = f"""<header class="show">
{image}
<div>
<h1>{escape(show.title)}</h1>
<p>{escape(show.description)}</p>
<p><a class="subscribe" href="{href(FEED_NAME)}">{SUBSCRIBE}</a></p>
</div>
</header>
<h2>الحلقات</h2>
<ul class="episodes" id="episodes">
{episodes}
</ul>{footer}"""
    return document(show.title, body)
