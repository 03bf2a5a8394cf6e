"""The frame shared by the episode and show pages: one self-contained right-to-left file.

Everything (style, script) is inline and every link is relative, so the output folder
works on any static host and straight from file://.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

STYLE = """
:root{color-scheme:light dark}
body{font-family:'Noto Naskh Arabic','Amiri','Segoe UI',Tahoma,sans-serif;max-width:46rem;
margin:2rem auto;padding:0 1rem;line-height:1.8;background:#fbfaf7;color:#1d1d1b}
a{color:#0b5cad}header p{margin:0;color:#555}img.cover{width:10rem;height:10rem;
object-fit:cover;border-radius:.5rem;float:left;margin:0 1rem 1rem 0}
audio{width:100%;margin:1rem 0}ol.chapters{padding-inline-start:1.5rem}
button.chapter{font:inherit;background:none;border:0;color:#0b5cad;cursor:pointer;padding:0;
text-align:start}li.current button.chapter{font-weight:bold}
time{font-family:monospace;color:#666;margin:0 .5rem;direction:ltr;
unicode-bidi:isolate}p.cue{margin:.3rem 0;padding:.2rem .4rem;border-radius:.3rem;cursor:pointer}
p.cue.current{background:#ffe9a8;color:#1d1d1b}ul.episodes{list-style:none;padding:0}
ul.episodes li{margin:.8rem 0;padding:.6rem;border-bottom:1px solid #ddd}
nav.files a{margin-inline-end:1rem}footer{margin-top:2rem;color:#777;font-size:.9rem;clear:both}
@media (prefers-color-scheme:dark){body{background:#1b1b1d;color:#eee}a,button.chapter{
color:#8cc4ff}}
"""


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
