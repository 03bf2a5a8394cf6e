"""The episode's side files: Podcasting 2.0 chapters JSON and a WebVTT transcript."""

from __future__ import annotations

import json

from briefing.model import Role, Timeline

# Cues that only introduce a quote are spoken but carry no content of their own;
# they stay in the transcript, attributed to the anchor.
_VOICED_ROLES = {Role.QUOTE}


def chapters_json(timeline: Timeline) -> str:
    """`{"version": "1.2.0", "chapters": [{"startTime": s, "title": ...}]}`."""
    document = {
        "version": "1.2.0",
        "chapters": [
            {"startTime": round(chapter.start_ms / 1000, 3), "title": chapter.title}
            for chapter in timeline.chapters
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _timestamp(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def webvtt(timeline: Timeline) -> str:
    """One cue per spoken segment; quotes carry a `<v Speaker>` voice tag."""
    blocks = ["WEBVTT", ""]
    for number, timed in enumerate(timeline.cues, start=1):
        text = _escape(timed.cue.text)
        if timed.cue.role in _VOICED_ROLES and timed.cue.speaker:
            text = f"<v {_escape(timed.cue.speaker)}>{text}"
        blocks += [
            str(number),
            f"{_timestamp(timed.start_ms)} --> {_timestamp(timed.end_ms)}",
            text,
            "",
        ]
    return "\n".join(blocks)
