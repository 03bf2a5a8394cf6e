"""Publish: the master audio and script to the episode files, the store and the feed.

transaction.py: `publish`, the one transaction (lock, reuse check, render, write, record,
feed); layout.py: file names; artefacts.py: the files of a build; indexes.py: feed and show
page from the store; store.py: episode.json; feed.py, page.py, ...: the formats."""

from __future__ import annotations

from briefing.publish.artefacts import draw_covers_ahead
from briefing.publish.feed import FEED_NAME
from briefing.publish.indexes import Indexes, publish_record, write_feed
from briefing.publish.show_page import SHOW_PAGE_NAME
from briefing.publish.transaction import (
    Publication,
    episode_lock,
    publish,
    publish_episode,
    unchanged_episode,
)

__all__ = [
    "FEED_NAME",
    "SHOW_PAGE_NAME",
    "Indexes",
    "Publication",
    "draw_covers_ahead",
    "episode_lock",
    "publish",
    "publish_episode",
    "publish_record",
    "unchanged_episode",
    "write_feed",
]
