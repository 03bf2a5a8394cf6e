"""From inputs to the running order as it will be spoken: ingest, segment, select, script,
speech. Nothing is synthesized yet.

`briefing build` speaks what this plans, and `briefing script` shows it; the producer's
notes (what was merged, what was left out, which articles are old) are said here, before
any slow work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from briefing import ingest
from briefing.config import Config
from briefing.model import Script, Source, Story, Voice
from briefing.plan_cache import Line, PlanCache, PlannedEntry, plan_key
from briefing.production import Production
from briefing.script import build_script
from briefing.segment import segment
from briefing.select import Selection, estimate_seconds, select_stories
from briefing.speech import speak_script
from briefing.timing import StageReport

Say = Callable[[str], None]


@dataclass(frozen=True)
class Plan:
    selection: Selection
    script: Script  # with every cue's spoken text

    @property
    def stories(self) -> tuple[Story, ...]:
        return self.selection.stories

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


def script_sources(script: Script) -> tuple[Source, ...]:
    """Every telling of every story the script tells, in running order."""
    return tuple(source for chapter in script.chapters for source in chapter.credits)


def choose(
    stories: list[Story], day: dt.date, config: Config, voices: Mapping[str, Voice]
) -> Selection:
    """The stories the episode tells, by the config's limits."""
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
    production: Production,
    day: dt.date,
    warn: Say,
    note: Say | None = None,
    strict: bool = False,
    progress: StageReport | None = None,
    plans: PlanCache | None = None,
) -> Plan:
    """`progress` hears the files read and the articles segmented, counted. With `plans`,
    the same inputs planned again (same bytes, options, lexicon, config and code) are the
    stored plan, and its lines are said again, as they were, without planning."""
    key = plan_key(inputs, production, day, strict) if plans else ""
    stored = plans.get(key) if plans else None
    if stored is not None:
        for kind, line in stored.lines:
            say = (note or warn) if kind == "note" else warn
            say(line)
        return stored.plan
    said: list[Line] = []

    def kept(kind: str, say: Say) -> Say:
        def hear(line: str) -> None:
            said.append((kind, line))
            say(line)

        return hear

    plan = _plan(
        inputs, production, day, kept("warn", warn), kept("note", note or warn), strict, progress
    )
    # An input changed while it was read: its plan is not this key's.
    if plans and plan_key(inputs, production, day, strict) == key:
        plans.put(key, PlannedEntry(plan=plan, lines=tuple(said)))
    return plan


def _plan(
    inputs: list[Path],
    production: Production,
    day: dt.date,
    warn: Say,
    note: Say,
    strict: bool,
    progress: StageReport | None,
) -> Plan:
    config = production.config
    articles = ingest.load(
        inputs,
        warn=warn,
        strict=strict,
        progress=(lambda done, total: progress("reading", done, total)) if progress else None,
    )
    stories = []
    for number, article in enumerate(articles, 1):
        stories.append(segment(article))
        if progress:
            progress("segmenting", number, len(articles))
    selection = choose(stories, day, config, production.voices)
    for line in selection.notes():
        note(line)
    for line in selection.warnings():
        warn(line)
    script = build_script(list(selection.stories), day, config)
    return Plan(selection=selection, script=speak_script(script, production.lexicon))
