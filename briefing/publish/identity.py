"""Which episode a build publishes: the same one again, or another under a used id, and a
title no other episode of the show already has.

Rebuilding an id from the same stories (a corrected sentence, another voice, one story more
or less) updates that episode. Building it from other stories would silently replace an
episode listeners may be playing, so it takes --replace, and the replacement gets a new
feed guid (see feed.episode_guid). Two episodes of one day (morning, evening) get distinct
titles: the later one is numbered ("…، الحلقة الثانية") unless the producer named it
(--title, or an episode_title without the date: then the producer chose to repeat it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import InputError
from briefing.model import EpisodeRecord
from briefing.publish import store
from briefing.publish.feed import episode_guid, guid_revision

_ORDINALS = ("الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
             "التاسعة", "العاشرة")  # fmt: skip


def numbered(title: str, number: int) -> str:
    """ "موجز الأخبار: الأحد 29 نوفمبر 2026، الحلقة الثانية" (the first keeps its title)."""
    if number <= 1:
        return title
    word = _ORDINALS[number - 2] if number - 2 < len(_ORDINALS) else str(number)
    return f"{title}، الحلقة {word}"


def same_stories(
    published: EpisodeRecord, stories: Sequence[str], headlines: Sequence[str]
) -> bool:
    """Whether a build tells at least half of what the published episode told (an article
    counts when its file or its headline is the same: a folder may move, a headline be
    corrected)."""
    if published.stories:
        told = [
            source in stories or headline in headlines
            for source, headline in zip(published.stories, published.headlines, strict=False)
        ]
    else:  # a record of an earlier version: headlines only
        told = [headline in headlines for headline in published.headlines]
    return not told or 2 * sum(told) >= len(told)


@dataclass(frozen=True)
class Identity:
    title: str
    guid: str  # "" for the id's own guid; set once the episode was replaced


def _listed(headlines: Sequence[str], most: int = 3) -> str:
    shown = "، ".join(f"«{h}»" for h in headlines[:most])
    return shown + (f" and {len(headlines) - most} more" if len(headlines) > most else "")


def episode_identity(
    outdir: Path,
    published: EpisodeRecord | None,
    episode_id: str,
    title: str,
    stories: Sequence[str],
    headlines: Sequence[str],
    day: dt.date,
    replace: bool = False,
    named: bool = False,
) -> Identity:
    """The title and guid of the episode this build publishes; an InputError when the id is
    taken by an episode of other stories and `replace` is not given. `named`: the producer
    chose the title (--title): it is kept even when another episode has it. `published`: the
    id's record as stored (store.load), read by the caller under the episode lock."""
    guid = published.guid if published else ""  # "": the id's own (feed.episode_guid)
    if published is not None and not same_stories(published, stories, headlines):
        if not replace:
            raise InputError(
                f"episode {episode_id!r} is already published from other stories "
                f"({_listed(published.headlines)}): --replace makes this build its new "
                "version (podcast apps will list it as a new episode), or choose another "
                "--episode-id"
            )
        guid = episode_guid(episode_id, guid_revision(guid) + 1 if guid else 2)
    if named:
        return Identity(title, guid)
    taken = {
        r.title for r in store.load_all(outdir) if r.episode_id != episode_id and r.date == day
    }
    number = 1
    while numbered(title, number) in taken:
        number += 1
    return Identity(numbered(title, number), guid)
