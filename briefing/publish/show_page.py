"""The show's web page (index.html of the output folder): every stored episode, newest first."""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from briefing.config import Show
from briefing.model import EpisodeRecord
from briefing.publish.feed import FEED_NAME, clock
from briefing.publish.webpage import document, href

SHOW_PAGE_NAME = "index.html"


def _episode(record: EpisodeRecord) -> str:
    target = record.page or record.mp3
    image = f'<img class="cover" src="{href(record.cover)}" alt="">' if record.cover else ""
    return (
        f"<li>{image}"
        f'<a href="{href(target)}">{escape(record.title)}</a>'
        f"<br><time>{record.date.isoformat()}</time>"
        f"<time>{clock(round(record.duration_s * 1000))}</time>"
        f' <a href="{href(record.mp3)}">MP3</a></li>'
    )


def render_show_page(show: Show, records: list[EpisodeRecord]) -> str:
    # Only artwork kept in the output folder is shown: the page loads nothing from elsewhere.
    local_art = show.artwork and not urlsplit(show.artwork).scheme
    image = f'<img class="cover" src="{href(show.artwork)}" alt="">' if local_art else ""
    episodes = "\n".join(_episode(record) for record in records)
    body = f"""<header>
{image}
<h1>{escape(show.title)}</h1>
<p>{escape(show.description)}</p>
<p><a href="{href(FEED_NAME)}">RSS</a></p>
</header>
<h2>الحلقات</h2>
<ul class="episodes" id="episodes">
{episodes}
</ul>
<footer>{escape(show.author)}</footer>"""
    return document(show.title, body)
