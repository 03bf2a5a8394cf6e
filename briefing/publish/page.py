"""The episode's web page: right-to-left, a player, chapters that seek, the transcript."""

from __future__ import annotations

from html import escape

from briefing.model import Source, Timeline
from briefing.publish.credits import SOURCES_TITLE, source_label, web_link
from briefing.publish.feed import clock
from briefing.publish.webpage import document, href

SHOW_PAGE_FROM_EPISODE = "../../index.html"

# Times live in data-start/data-end (seconds); the script only reads them, so no article
# text ever reaches JavaScript.
_SCRIPT = """
const player = document.getElementById('player');
const seek = (el) => {
  player.currentTime = Number(el.dataset.start);
  player.play().catch(() => {});
};
document.querySelectorAll('button.chapter, p.cue')
  .forEach(el => el.addEventListener('click', () => seek(el)));
const cues = [...document.querySelectorAll('p.cue')];
const chapters = [...document.querySelectorAll('ol.chapters li')];
const within = (el, t) => t >= Number(el.dataset.start) && t < Number(el.dataset.end);
let shown = null;
player.addEventListener('timeupdate', () => {
  const t = player.currentTime;
  chapters.forEach(li => li.classList.toggle('current', within(li, t)));
  const current = cues.find(c => within(c, t)) || null;
  if (current === shown) return;
  if (shown) shown.classList.remove('current');
  if (current) {
    current.classList.add('current');
    if (!player.paused) current.scrollIntoView({block: 'nearest', behavior: 'smooth'});
  }
  shown = current;
});
"""


def _seconds(ms: int) -> str:
    return f"{ms / 1000:.3f}"


def render_page(
    title: str,
    mp3_name: str,
    timeline: Timeline,
    *,
    show_title: str | None = None,
    cover: str | None = None,
    downloads: tuple[tuple[str, str], ...] = (),
    show_page: str = SHOW_PAGE_FROM_EPISODE,
    sources: tuple[Source, ...] = (),
) -> str:
    """The page beside the MP3; every link in it is relative to the episode's folder."""
    chapters = "\n".join(
        f'<li data-start="{_seconds(c.start_ms)}" data-end="{_seconds(c.end_ms)}">'
        f'<button class="chapter" type="button" data-start="{_seconds(c.start_ms)}">'
        f"{escape(c.title)}</button><time>{clock(c.start_ms)}</time></li>"
        for c in timeline.chapters
    )
    cues = "\n".join(
        f'<p class="cue" data-start="{_seconds(t.start_ms)}" data-end="{_seconds(t.end_ms)}">'
        + (f"<strong>{escape(t.cue.speaker)}:</strong> " if t.cue.speaker else "")
        + f"{escape(t.cue.text)}</p>"
        for t in timeline.cues
    )
    back = (
        f'<p class="back"><a href="{href(show_page)}">{escape(show_title)}</a></p>'
        if show_title
        else ""
    )
    image = f'<img class="cover" src="{href(cover)}" alt="">' if cover else ""
    files = " ".join(f'<a href="{href(link)}">{escape(label)}</a>' for label, link in downloads)
    body = f"""<header class="episode">
{back}
{image}
<div>
<h1>{escape(title)}</h1>
<p><time>{clock(timeline.duration_ms)}</time></p>
</div>
</header>
<audio id="player" controls preload="metadata" src="{href(mp3_name)}"></audio>
<nav class="files">{files}</nav>
<h2>الفصول</h2>
<ol class="chapters" id="chapters">
{chapters}
</ol>
<h2>النص</h2>
<div id="transcript">
{cues}
</div>{_sources(sources)}"""
    return document(title, body, _SCRIPT)


def _sources(sources: tuple[Source, ...]) -> str:
    """The stories' origins, each outlet linked to its article (http(s) addresses only)."""
    if not sources:
        return ""
    items = []
    for source in sources:
        label, link = escape(source_label(source)), web_link(source.url)
        if link:
            label = f'<a href="{escape(link)}" rel="noopener">{label or escape(link)}</a>'
        items.append(f"<li>{escape(source.headline)}" + (f": {label}" if label else "") + "</li>")
    return f"""
<h2>{SOURCES_TITLE}</h2>
<ul class="sources" id="sources">
{chr(10).join(items)}
</ul>"""
