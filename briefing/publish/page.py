"""The episode's web page: right-to-left, a player, chapters that seek, the transcript."""

from __future__ import annotations

import json
from html import escape

from briefing.model import Timeline

_STYLE = """
body{font-family:'Amiri','Noto Naskh Arabic','Segoe UI',Tahoma,sans-serif;max-width:46rem;
margin:2rem auto;padding:0 1rem;line-height:1.8;background:#fbfaf7;color:#1d1d1b}
audio{width:100%}button.chapter{font:inherit;background:none;border:0;color:#0b5cad;
cursor:pointer;padding:0}time{font-family:monospace;color:#666;margin-inline-start:.5rem}
p.cue{margin:.3rem 0;padding:.2rem .4rem;border-radius:.3rem}p.cue.current{background:#ffe9a8}
"""

_SCRIPT = """
const player = document.getElementById('player');
document.querySelectorAll('button.chapter').forEach(b => b.addEventListener('click', () => {
  player.currentTime = Number(b.dataset.start); player.play().catch(() => {});
}));
const cues = [...document.querySelectorAll('p.cue')];
player.addEventListener('timeupdate', () => {
  const t = player.currentTime;
  cues.forEach(c => c.classList.toggle('current',
    t >= Number(c.dataset.start) && t < Number(c.dataset.end)));
});
"""


def _clock(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 60:d}:{seconds % 60:02d}"


def render_page(title: str, mp3_name: str, timeline: Timeline) -> str:
    chapters = "\n".join(
        f'<li><button class="chapter" data-start="{c.start_ms / 1000:.3f}">{escape(c.title)}'
        f"</button><time>{_clock(c.start_ms)}</time></li>"
        for c in timeline.chapters
    )
    cues = "\n".join(
        f'<p class="cue" data-start="{t.start_ms / 1000:.3f}" data-end="{t.end_ms / 1000:.3f}">'
        + (f"<strong>{escape(t.cue.speaker)}:</strong> " if t.cue.speaker else "")
        + f"{escape(t.cue.text)}</p>"
        for t in timeline.cues
    )
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>{escape(title)}</h1>
<audio id="player" controls preload="metadata" src={json.dumps(mp3_name)}></audio>
<h2>الفصول</h2>
<ol id="chapters">
{chapters}
</ol>
<h2>النص</h2>
<div id="transcript">
{cues}
</div>
<script>{_SCRIPT}</script>
</body>
</html>
"""
