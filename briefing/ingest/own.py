"""Files that briefing itself wrote (feed, pages, episode records, chapters): never articles.

A producer who keeps articles and output in one folder, or points a build at an output
folder, would otherwise hear the show page read as a story. Recognized by content, not by
name: a saved news page may well be called index.html.
"""

from __future__ import annotations

import re

from briefing.errors import InputError

_HEAD_BYTES = 8192
_SIGNATURES: tuple[tuple[str, re.Pattern[bytes]], ...] = (
    ("page", re.compile(rb'<meta name="generator" content="briefing[ "]')),
    ("feed", re.compile(rb"<generator>briefing</generator>")),
    # pages written before they carried the generator tag
    ("show page", re.compile(rb'<ul class="episodes" id="episodes">')),
    ("episode page", re.compile(rb'<audio id="player" controls')),
    ("episode record", re.compile(rb'^\s*\{\s*"episode_id":')),
    ("chapters", re.compile(rb'^\s*\{\s*"version": "[\d.]+",\s*"chapters": \[')),
)


class OwnOutputError(InputError):
    """The file is one of briefing's outputs."""


def own_output_kind(data: bytes) -> str | None:
    """What briefing file this is ("feed", "page", …), or None for anything else."""
    head = data[:_HEAD_BYTES]
    for kind, signature in _SIGNATURES:
        if signature.search(head) or (kind.endswith("page") and signature.search(data)):
            return kind
    return None


def refuse_own_output(data: bytes, source: str) -> None:
    kind = own_output_kind(data)
    if kind is not None:
        raise OwnOutputError(f"{source}: written by briefing (its {kind}), not an article")
