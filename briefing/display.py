"""What the terminal shows: Arabic shaped and reordered (terminals rarely do it
themselves; files and audio always get the raw text), and the progress of a long build.
"""

from __future__ import annotations

from typing import TextIO

import arabic_reshaper
from bidi.algorithm import get_display


def for_terminal(text: str, shape: bool) -> str:
    if not shape:
        return text
    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))


# What each stage is called on the progress line (stages not named here are not shown).
STAGE_LABELS = {
    "reading": "reading articles",
    "segmenting": "segmenting",
    "synthesis": "synthesizing speech",
    "mix": "mixing",
    "loudness": "setting the loudness",
    "cover": "drawing the cover",
    "encode": "encoding the MP3",
    "side files": "writing chapters and transcripts",
    "feed": "updating the feed",
}
_BAR = 24


class StageDisplay:
    """One line on a terminal that follows the build: a bar for counted stages ("reading
    articles 3/14"), the name of the others while they run; cleared when the work ends.
    Only for a terminal: the caller makes none when stderr is piped or with --json."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        label = STAGE_LABELS.get(stage)
        if label is None or (not total and done):  # an unnamed stage, or one that ended
            return
        if total:
            filled = round(_BAR * done / total)
            line = f"{label} [{'#' * filled}{'.' * (_BAR - filled)}] {done}/{total}"
        else:
            line = f"{label}…"
        self.stream.write(f"\r\x1b[2K{line}")
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        """Clear the line (the work ended, or a message is about to be printed)."""
        if self._shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._shown = False
