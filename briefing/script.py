"""Script: Stories to a running order (intro, a chapter per story, outro), a voice per cue."""

from __future__ import annotations

import datetime as dt

from briefing.config import Config
from briefing.model import Chapter, Cue, Role, Script, Story

WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
INTRO_TITLE = "المقدمة"
OUTRO_TITLE = "الختام"


def arabic_date(day: dt.date) -> str:
    """'الأحد 29 نوفمبر 2026' (the speech stage reads the digits)."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def story_count(count: int) -> str:
    """'خبر واحد', 'خبران', '3 أخبار', '11 خبرا': the counted noun follows Arabic number rules."""
    if count == 1:
        return "خبر واحد"
    if count == 2:
        return "خبران"
    return f"{count} {'أخبار' if 3 <= count <= 10 else 'خبرا'}"


def _cue(text: str, role: Role, config: Config, speaker: str | None = None) -> Cue:
    return Cue(text=text, role=role, voice=config.roles[role], speaker=speaker)


def _quote_intro(speaker: str | None) -> str:
    return f"وقال {speaker}:" if speaker else "وجاء في الخبر:"


def story_chapter(story: Story, config: Config) -> Chapter:
    cues = [_cue(story.headline, Role.HEADLINE, config)]
    cues += [_cue(sentence, Role.SUMMARY, config) for sentence in story.summary]
    for quote in story.quotes[: config.quotes_per_story]:
        cues.append(_cue(_quote_intro(quote.speaker), Role.QUOTE_INTRO, config))
        cues.append(_cue(quote.text, Role.QUOTE, config, speaker=quote.speaker))
    return Chapter(title=story.headline, cues=tuple(cues))


def build_script(stories: list[Story], day: dt.date, config: Config) -> Script:
    show = config.show.title
    intro = Chapter(
        INTRO_TITLE,
        (
            _cue(
                f"مرحبا بكم في {show}، نشرة {arabic_date(day)}. "
                f"في هذه النشرة {story_count(len(stories))}.",
                Role.INTRO,
                config,
            ),
        ),
    )
    outro = Chapter(
        OUTRO_TITLE,
        (_cue(f"كانت هذه {show}. شكرا لحسن استماعكم، وإلى اللقاء.", Role.OUTRO, config),),
    )
    chapters = (intro, *(story_chapter(story, config) for story in stories), outro)
    return Script(title=f"{show}: {arabic_date(day)}", date=day, chapters=chapters)
