"""From inputs to the running order: ingest, segment, select, script. Nothing is spoken yet.

`briefing build` speaks what this plans; the producer's notes (what was merged, what was
left out, which articles are old) are said here, before any slow work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefing import ingest
from briefing.config import Config
from briefing.model import Credit, Script, Source, Story
from briefing.script import build_script
from briefing.segment import segment
from briefing.select import Selection, estimate_seconds, select_stories
from briefing.voices import load_voices

Say = Callable[[str], None]


@dataclass(frozen=True)
class Plan:
    selection: Selection
    script: Script

    @property
    def stories(self) -> tuple[Story, ...]:
        return self.selection.stories

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every telling of every story told, in running order (page, feed, notes)."""
        return tuple(
            source_of(story.headline, credit, story.byline)
            for story in self.stories
            for credit in (story.credit, *story.also_credited)
            if not credit.is_empty or credit is story.credit
        )

    def as_json(self) -> dict[str, object]:
        """What `build --json` adds about the choice of stories."""
        selection = self.selection
        return {
            "stories": len(selection.stories),
            "merged": [
                {"kept": merge.kept.source, "dropped": [s.source for s in merge.dropped]}
                for merge in selection.merges
            ],
            "left_out": [story.source for story in selection.left_out],
            "estimated_s": round(selection.estimated_s, 1),
        }


def source_of(headline: str, credit: Credit, byline: str | None = None) -> Source:
    published = credit.published.date().isoformat() if credit.published else None
    return Source(headline, credit.outlet, credit.url, credit.author or byline, published)


def choose(stories: list[Story], day: dt.date, config: Config) -> Selection:
    """The stories the episode tells, by the config's limits."""
    voices = load_voices()
    return select_stories(
        stories,
        day,
        max_stories=config.max_stories,
        max_minutes=config.max_minutes,
        max_age_days=config.max_age_days,
        script_of=lambda chosen: build_script(chosen, day, config),
        seconds_of=lambda script: estimate_seconds(script, voices, config),
    )


def plan_episode(
    inputs: list[Path],
    config: Config,
    day: dt.date,
    warn: Say,
    note: Say | None = None,
    strict: bool = False,
) -> Plan:
    articles = ingest.load(inputs, warn=warn, strict=strict)
    selection = choose([segment(article) for article in articles], day, config)
    for line in selection.notes():
        (note or warn)(line)
    for line in selection.warnings():
        warn(line)
    return Plan(selection=selection, script=build_script(list(selection.stories), day, config))
