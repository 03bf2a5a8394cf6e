"""The episode's show notes (notes.md): title, date, chapters with their times, sources."""

from __future__ import annotations

import re

from briefing.model import Source, TimedChapter
from briefing.publish.credits import SOURCES_TITLE, source_label, web_link
from briefing.publish.feed import clock

CHAPTERS_TITLE = "الفصول"
# Markdown's own characters in article text are escaped, so a headline stays text.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")


def _md(text: str) -> str:
    return _MARKDOWN.sub(r"\\\1", text)


def show_notes(
    title: str,
    date_label: str,
    chapters: tuple[TimedChapter, ...],
    sources: tuple[Source, ...],
) -> str:
    """The episode's show notes in Markdown: title, date, chapters with times, sources."""
    lines = [f"# {_md(title)}", "", _md(date_label), "", f"## {CHAPTERS_TITLE}", ""]
    lines += [f"- {clock(chapter.start_ms)} {_md(chapter.title)}" for chapter in chapters]
    if sources:
        lines += ["", f"## {SOURCES_TITLE}", ""]
        for source in sources:
            label = _md(source_label(source))
            link = web_link(source.url)
            if link:
                target = link.replace(">", "%3E").replace(" ", "%20")
                label = f"[{label}](<{target}>)" if label else f"<{target}>"
            lines.append(f"- {_md(source.headline)}" + (f": {label}" if label else ""))
    return "\n".join(lines) + "\n"
