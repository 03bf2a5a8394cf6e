"""The episode's side files: Podcasting 2.0 chapters JSON, WebVTT and SRT transcripts,
and the plain transcript the MP3 carries as USLT."""

from __future__ import annotations

import json

from briefing.model import Role, TimedCue, Timeline

# Cues that only introduce a quote are spoken but carry no content of their own;
# they stay in the transcript, attributed to the anchor.
_VOICED_ROLES = {Role.QUOTE}
MAX_LINE = 65  # characters per caption line, markup included


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


def _timestamp(ms: int, separator: str = ".") -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wrap_words(words: list[str], width: int = MAX_LINE, first_indent: int = 0) -> list[str]:
    """Greedy wrap into lines of at most width characters (the first line has
    first_indent fewer); a word longer than a line is cut."""
    lines: list[str] = [""]
    for word in words:
        room = width - (first_indent if len(lines) == 1 else 0)
        candidate = f"{lines[-1]} {word}" if lines[-1] else word
        if len(candidate) <= room:
            lines[-1] = candidate
            continue
        if lines[-1]:
            lines.append("")
        while len(word) > width:  # no caption line may overflow, not even for a URL
            lines[-1] = word[:width]
            lines.append("")
            word = word[width:]
        lines[-1] = word
    return [line for line in lines if line]


def _voice(timed: TimedCue) -> str | None:
    cue = timed.cue
    return cue.speaker if cue.role in _VOICED_ROLES and cue.speaker else None


def webvtt(timeline: Timeline) -> str:
    """One cue per spoken segment; quotes carry a `<v Speaker>` voice tag."""
    blocks = ["WEBVTT", ""]
    for number, timed in enumerate(timeline.cues, start=1):
        speaker = _voice(timed)
        tag = f"<v {_escape(speaker)}>" if speaker else ""
        lines = wrap_words([_escape(w) for w in timed.cue.text.split()], first_indent=len(tag))
        blocks += [
            str(number),
            f"{_timestamp(timed.start_ms)} --> {_timestamp(timed.end_ms)}",
            tag + "\n".join(lines),
            "",
        ]
    return "\n".join(blocks)


def srt(timeline: Timeline) -> str:
    """The same cues as SubRip: numbered, comma before the milliseconds, plain text."""
    blocks: list[str] = []
    for number, timed in enumerate(timeline.cues, start=1):
        blocks += [
            str(number),
            f"{_timestamp(timed.start_ms, ',')} --> {_timestamp(timed.end_ms, ',')}",
            *wrap_words(timed.cue.text.split()),
            "",
        ]
    return "\n".join(blocks)


def plain_transcript(timeline: Timeline) -> str:
    """What was said, a paragraph per chapter, quotes in «»: for the MP3's USLT frame."""
    paragraphs: dict[int, list[str]] = {}
    for timed in timeline.cues:
        chapter = sum(1 for c in timeline.chapters if c.start_ms <= timed.start_ms) - 1
        text = f"«{timed.cue.text}»" if timed.cue.role is Role.QUOTE else timed.cue.text
        paragraphs.setdefault(chapter, []).append(text)
    return "\n\n".join(" ".join(texts) for texts in paragraphs.values()) + "\n"
