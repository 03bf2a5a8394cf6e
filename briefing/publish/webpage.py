"""The frame shared by the episode and show pages: one self-contained right-to-left file.

Everything (style, script) is inline and every link is relative, so the output folder
works on any static host and straight from file://.
"""

from __future__ import annotations

from datetime import date
from html import escape
from urllib.parse import quote

from briefing.text import GREGORIAN

# Grids, not floats: a cover sits in its own column and text wraps beside it, at any
# width (checked in headless Chromium at 1280 and 390 px: tests/publish/test_page_layout.py).
STYLE = """
:root{color-scheme:light dark}*,*::before,*::after{box-sizing:border-box}
body{font-family:'Noto Naskh Arabic','Amiri','Segoe UI',Tahoma,sans-serif;max-width:46rem;
margin:2rem auto;padding:0 1rem;line-height:1.8;background:#fbfaf7;color:#1d1d1b;
overflow-wrap:anywhere}
h1{font-size:clamp(1.35rem,1rem + 2vw,2rem);line-height:1.45;margin:0 0 .3rem}
a{color:#0b5cad}header p{margin:0;color:#555}
header.show,header.episode{display:grid;grid-template-columns:auto minmax(0,1fr);
gap:.5rem 1.25rem;align-items:center;margin-bottom:1.5rem}
header .back{grid-column:1/-1}
.cover{display:block;width:8rem;height:8rem;object-fit:cover;border-radius:.5rem;
background:#0c1f3a}
audio{width:100%;margin:1rem 0}ol.chapters{padding-inline-start:1.5rem}
button.chapter{font:inherit;background:none;border:0;color:#0b5cad;cursor:pointer;padding:0;
text-align:start}li.current button.chapter{font-weight:bold}
time{color:#666;margin:0 .25rem;direction:ltr;unicode-bidi:isolate;
font-variant-numeric:tabular-nums}time.day{direction:rtl}
p.cue{margin:.3rem 0;padding:.2rem .4rem;border-radius:.3rem;cursor:pointer}
p.cue.current{background:#ffe9a8;color:#1d1d1b}
ul.episodes{list-style:none;padding:0;margin:0}
ul.episodes li{display:grid;grid-template-columns:5.5rem minmax(0,1fr);grid-template-rows:auto 1fr;
gap:.2rem 1rem;padding:.9rem 0;border-bottom:1px solid #ddd}
ul.episodes .cover{width:5.5rem;height:5.5rem;grid-row:1/3}
ul.episodes .title{font-weight:bold;line-height:1.6}ul.episodes .meta{margin:0;color:#666}
ul.sources{padding-inline-start:1.2rem}
nav.files a{margin-inline-end:1rem;display:inline-block}
footer{margin-top:2rem;color:#777;font-size:.9rem}
@media (max-width:32rem){body{margin:1rem auto}.cover{width:5.5rem;height:5.5rem}
ul.episodes li{grid-template-columns:4.5rem minmax(0,1fr)}
ul.episodes .cover{width:4.5rem;height:4.5rem}}
@media (prefers-color-scheme:dark){body{background:#1b1b1d;color:#eee}a,button.chapter{
color:#8cc4ff}ul.episodes li{border-color:#444}}
"""


def day_label(day: date) -> str:
    """ "28 نوفمبر 2026": a date as the show writes it."""
    return f"{day.day} {GREGORIAN[day.month - 1]} {day.year}"


def href(relative: str) -> str:
    """A relative URL for an attribute: path characters percent-encoded, then HTML-escaped."""
    return escape(quote(relative))


def document(title: str, body: str, script: str = "") -> str:
    """A whole page; `title` is escaped here, `body` must already be safe HTML."""
    tail = f"<script>{script}</script>\n" if script else ""
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="briefing">
<title>{escape(title)}</title>
<style>{STYLE}</style>
</head>
<body>
{body}
{tail}</body>
</html>
"""
