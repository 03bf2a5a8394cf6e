"""Select: the segmented stories to the ones the episode tells.

Duplicates merged (the same article from two sites, a feed item and its page), the
episode kept to `max_stories` and `max_minutes` (most recent and top stories first), and
stories older than `max_age_days` pointed out. Pure: the caller gives the script builder
and the length estimate, and prints the notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from briefing.model import Script, Story
from briefing.select.duplicates import Merge, merge_duplicates
from briefing.select.estimate import estimate_seconds
from briefing.select.fit import fit, priority

__all__ = ["Merge", "Selection", "estimate_seconds", "priority", "select_stories"]


def _quoted(story: Story) -> str:
    return f"«{story.headline}»"


def _listed(stories: tuple[Story, ...], most: int = 5) -> str:
    shown = ", ".join(_quoted(story) for story in stories[:most])
    return shown + (f" and {len(stories) - most} more" if len(stories) > most else "")


@dataclass(frozen=True)
class Selection:
    stories: tuple[Story, ...]  # what the episode tells, in running order
    merges: tuple[Merge, ...] = ()
    over_count: tuple[Story, ...] = ()  # left out by max_stories, most wanted first
    over_length: tuple[Story, ...] = ()  # left out by max_minutes
    stale: tuple[tuple[Story, int], ...] = ()  # kept stories and their age in days
    max_stories: int = 0
    max_minutes: float = 0.0
    max_age_days: int = 0
    estimated_s: float = 0.0  # the kept stories' episode, estimated

    @property
    def left_out(self) -> tuple[Story, ...]:
        return self.over_count + self.over_length

    def notes(self) -> list[str]:
        """What was merged and what was left out, one line each, for the producer."""
        lines = []
        for merge in self.merges:
            sources = ", ".join(story.source for story in (merge.kept, *merge.dropped))
            lines.append(
                f"merged {1 + len(merge.dropped)} copies of one story: {_quoted(merge.kept)} "
                f"({sources}); kept {merge.kept.source}"
            )
        if self.over_count:
            lines.append(
                f"left out {len(self.over_count)} stories beyond max_stories = "
                f"{self.max_stories}: {_listed(self.over_count)}"
            )
        if self.over_length:
            lines.append(
                f"left out {len(self.over_length)} stories to keep within {self.max_minutes:g} "
                f"minutes (about {self.estimated_s / 60:.0f} with what is kept): "
                f"{_listed(self.over_length)}"
            )
        return lines

    def warnings(self) -> list[str]:
        """Old articles read as news: one line each."""
        return [
            f"{story.source}: published {story.credit.published:%Y-%m-%d}, {age} days before "
            f"the episode (over max_age_days = {self.max_age_days}): {_quoted(story)}"
            for story, age in self.stale
            if story.credit.published is not None
        ]


def _age_days(story: Story, day: dt.date) -> int | None:
    published = story.credit.published
    return (day - published.date()).days if published else None


def select_stories(
    stories: list[Story],
    day: dt.date,
    *,
    max_stories: int = 0,
    max_minutes: float = 0.0,
    max_age_days: int = 0,
    script_of: Callable[[list[Story]], Script],
    seconds_of: Callable[[Script], float],
) -> Selection:
    """0 turns a limit off."""
    merged, merges = merge_duplicates(stories)
    kept, over_count, over_length = fit(
        merged, day, max_stories, max_minutes * 60, script_of, seconds_of
    )
    chosen = [merged[i] for i in kept]
    stale = tuple(
        (story, age)
        for story in chosen
        if max_age_days and (age := _age_days(story, day)) is not None and age > max_age_days
    )
    return Selection(
        stories=tuple(chosen),
        merges=tuple(merges),
        over_count=tuple(merged[i] for i in over_count),
        over_length=tuple(merged[i] for i in over_length),
        stale=stale,
        max_stories=max_stories,
        max_minutes=max_minutes,
        max_age_days=max_age_days,
        estimated_s=seconds_of(script_of(chosen)) if chosen else 0.0,
    )
