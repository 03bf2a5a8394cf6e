"""An episode of the right size: the most recent, then the top, stories first.

"Top" is the producer's order (and a feed's, newest first); "most recent" is the
publication date where the article gives one, the episode's own date where it does not
(a text file dropped into today's folder is today's news). Yesterday's news is as current
as today's for a daily briefing: within that, the producer's order decides alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from briefing.model import Script, Story

CURRENT_DAYS = 1  # published this many days before the episode or later: current news


def priority(stories: list[Story], day: dt.date) -> list[int]:
    """Indexes of `stories`, most wanted first: current news in input order, then older
    news, newest first."""

    def key(index: int) -> tuple[int, int]:
        published = stories[index].credit.published
        age = (day - published.date()).days if published else 0
        return (max(0, age - CURRENT_DAYS), index)

    return sorted(range(len(stories)), key=key)


def _pick(stories: list[Story], indexes: list[int]) -> list[Story]:
    return [stories[i] for i in indexes]


def fit(
    stories: list[Story],
    day: dt.date,
    max_stories: int,
    max_seconds: float,
    script_of: Callable[[list[Story]], Script],
    seconds_of: Callable[[Script], float],
) -> tuple[list[int], list[int], list[int]]:
    """(kept, left out by the story cap, left out by the length cap), as indexes.

    Stories are taken in priority order; one that would take the episode past
    `max_seconds` is left out and the next tried, so a long story does not shut out the
    short ones after it. The top story is always kept. 0 turns a cap off. Kept indexes
    are in input order: the running order stays the producer's."""
    order = priority(stories, day)
    by_count = order[max_stories:] if max_stories else []
    kept: list[int] = []
    by_length: list[int] = []
    for index in order[:max_stories] if max_stories else order:
        trial = sorted([*kept, index])
        if kept and max_seconds and seconds_of(script_of(_pick(stories, trial))) > max_seconds:
            by_length.append(index)
        else:
            kept = trial
    return kept, by_count, by_length
