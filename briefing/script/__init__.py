"""Script: Stories to a running order (intro, a chapter per story, outro), a voice per cue.

running_order.py builds it; lines.py writes its own lines from [script] in briefing.toml
(see ScriptSettings); rundown.py names each story in the contents line; document.py is the
script file a producer reads and edits (`briefing script`, `briefing build --script`).
"""

from __future__ import annotations

from briefing.script.dates import arabic_date, date_in_words, story_count
from briefing.script.lines import fill, quote_intro, this_was
from briefing.script.rundown import short_title
from briefing.script.running_order import (
    INTRO_TITLE,
    OUTRO_TITLE,
    build_script,
    quote_cue,
    spoken_quotes,
    story_chapter,
)
from briefing.text import short_headline

__all__ = [
    "INTRO_TITLE",
    "OUTRO_TITLE",
    "arabic_date",
    "build_script",
    "date_in_words",
    "fill",
    "quote_cue",
    "quote_intro",
    "short_headline",
    "short_title",
    "spoken_quotes",
    "story_chapter",
    "story_count",
    "this_was",
]
