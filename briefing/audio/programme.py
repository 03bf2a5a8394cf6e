"""The arranged programme: where each clip, sting and silence lies, rendered on demand.

Arranging needs each clip's shape only (format, length, sentence spans); its samples are
read when a stretch that holds it is rendered, and conformed to the master's format then.
So the whole programme is never in memory: an hour of 44.1 kHz mono is 318 MB as 16-bit
PCM and 1.3 GB as the float64 copy a filter makes of it.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from briefing.audio.conform import conform
from briefing.model import Clip, PcmFormat

# A silence this long may be cut: far more than the memory of the MP3 encoder and decoder
# (about 60 ms) and of the loudness meter's filters (about 10 ms).
QUIET_MIN_MS = 150
STING = -1  # Placed.clip of the sting


@dataclass(frozen=True)
class Placed:
    """A sound in the programme: a clip (by index) or the sting, from frame `start`."""

    start: int
    frames: int
    clip: int
    gain_db: float = 0.0


def quiet_min_frames(fmt: PcmFormat) -> int:
    return fmt.sample_rate * QUIET_MIN_MS // 1000


class Programme:
    """The mix as a PcmSource: clips and stings at their places, silence between, and the
    music bed laid over the frames before `bed_end` by `lay_bed` (the intro only, so a
    stretch never needs more than the intro's samples at once)."""

    def __init__(
        self,
        fmt: PcmFormat,
        frames: int,
        placed: Sequence[Placed],
        quiet: tuple[tuple[int, int], ...],
        clips: Sequence[Clip],
        sting: bytes = b"",
        bed_end: int = 0,
        lay_bed: Callable[[bytes], bytes] | None = None,
    ) -> None:
        self.format, self.frames, self.quiet = fmt, frames, quiet
        self.placed = tuple(placed)
        self._starts = [p.start for p in self.placed]
        self._clips, self._sting = clips, sting
        self._bed_end, self._lay_bed = bed_end, lay_bed
        self._intro: bytes | None = None
        self._lock = threading.Lock()
        self._frame = fmt.channels * fmt.sample_width

    def _sound(self, placed: Placed) -> bytes:
        if placed.clip == STING:
            return self._sting
        pcm = conform(self._clips[placed.clip], self.format, placed.gain_db)
        return pcm[: placed.frames * self._frame]

    def _raw(self, start: int, end: int) -> bytearray:
        """Frames [start, end) without the bed."""
        out = bytearray((end - start) * self._frame)
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        for placed in self.placed[first:]:
            if placed.start >= end:
                break
            lo, hi = max(start, placed.start), min(end, placed.start + placed.frames)
            if lo >= hi:
                continue
            sound = self._sound(placed)
            out[(lo - start) * self._frame : (hi - start) * self._frame] = sound[
                (lo - placed.start) * self._frame : (hi - placed.start) * self._frame
            ]
        return out

    def _intro_with_bed(self) -> bytes:
        with self._lock:  # stretches render in parallel; the intro is laid once
            if self._intro is None:
                raw = bytes(self._raw(0, self._bed_end))
                self._intro = self._lay_bed(raw) if self._lay_bed else raw
            return self._intro

    def render(self, start: int, end: int) -> bytes:
        start, end = max(0, start), min(self.frames, end)
        if end <= start:
            return b""
        if start >= self._bed_end:
            return bytes(self._raw(start, end))
        intro = self._intro_with_bed()[start * self._frame : min(end, self._bed_end) * self._frame]
        if end <= self._bed_end:
            return intro
        return intro + bytes(self._raw(self._bed_end, end))


def zero_runs(pcm: bytes, fmt: PcmFormat, least: int) -> tuple[tuple[int, int], ...]:
    """Frame ranges of at least `least` frames whose samples are all zero."""
    frame = fmt.channels * fmt.sample_width
    whole = len(pcm) // frame * frame
    if not whole:
        return ()
    silent = ~np.frombuffer(pcm[:whole], np.uint8).reshape(-1, frame).any(axis=1)
    edges = np.flatnonzero(np.diff(np.concatenate([[0], silent.astype(np.int8), [0]])))
    runs = edges.reshape(-1, 2)
    return tuple((int(a), int(b)) for a, b in runs if b - a >= least)


class ClipAudio:
    """A PcmSource over one clip in memory (a short sample, a test's tone)."""

    def __init__(self, clip: Clip) -> None:
        self.clip = clip
        self.format = clip.format
        self.frames = clip.frames

    @cached_property
    def quiet(self) -> tuple[tuple[int, int], ...]:
        return zero_runs(self.clip.pcm, self.format, quiet_min_frames(self.format))

    def render(self, start: int, end: int) -> bytes:
        frame = self.format.channels * self.format.sample_width
        return self.clip.pcm[max(0, start) * frame : min(self.frames, end) * frame]
