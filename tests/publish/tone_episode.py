"""A real, short episode published through `publish_episode`: a tone MP3 from our encoder,
four chapters of two cues each, and article text that tries to inject HTML."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.audio import ClipAudio
from briefing.config import Config
from briefing.model import (
    Chapter,
    Cue,
    EpisodeRecord,
    Master,
    Role,
    Script,
    Source,
    TimedChapter,
    TimedCue,
    Timeline,
)
from briefing.publish import publish_episode
from tests.conftest import tone

CUE_MS = 1500
INJECTION = '<img src=x onerror="document.title=1">'
CHAPTER_TITLES = ("المقدمة", 'خبر "الطاقة" & <الشمس>', "خبر الرياضة", "الختام")


def tone_script(title: str, day: dt.date) -> Script:
    chapters = tuple(
        Chapter(
            name,
            (
                Cue(f"{name}: الجملة الأولى {INJECTION}", Role.HEADLINE, "anchor"),
                Cue("«الوضع مستقر» & هادئ", Role.QUOTE, "quote", speaker="الوزير <b>"),
            ),
        )
        for name in CHAPTER_TITLES
    )
    return Script(title=title, date=day, chapters=chapters)


def tone_master(script: Script) -> Master:
    cues, chapters, position = [], [], 0
    for chapter in script.chapters:
        start = position
        for cue in chapter.cues:
            cues.append(TimedCue(cue, position, position + CUE_MS))
            position += CUE_MS
        chapters.append(TimedChapter(chapter.title, start, position))
    timeline = Timeline(tuple(cues), tuple(chapters), position)
    return Master(audio=ClipAudio(tone(position)), timeline=timeline)


def publish_tone_episode(
    outdir: Path,
    episode_id: str,
    config: Config | None = None,
    title: str = "موجز: حلقة تجريبية",
    day: int = 28,
    sources: tuple[Source, ...] = (),
) -> EpisodeRecord:
    script = tone_script(title, dt.date(2026, 11, day))
    return publish_episode(
        tone_master(script),
        script,
        config or Config(),
        outdir,
        episode_id,
        headlines=CHAPTER_TITLES[1:3],
        now=dt.datetime(2026, 11, day, 6, 0, tzinfo=dt.UTC),
        sources=sources,
    )
