"""The clips of one synthesis, kept in a temporary file rather than in memory.

An hour of offline speech is 160 MB of 22.05 kHz PCM (twice that once conformed to the
master's rate); held in memory through the mix, it grew the build's peak with the episode.
Each clip is written once, as it arrives (from the cache or an engine), with its digest, and
read back when the mix renders the stretch that holds it. The file has no name (deleted as
soon as it is made), so a killed build leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from briefing.model import Clip, ClipShape, PcmFormat, SpokenSpan


@dataclass(frozen=True)
class _Entry:
    offset: int
    length: int
    format: PcmFormat
    spans: tuple[SpokenSpan, ...]
    digest: bytes  # sha256 of the PCM

    @property
    def shape(self) -> ClipShape:
        frame = self.format.channels * self.format.sample_width
        return ClipShape(self.format, self.length // frame, self.spans)


class ClipSpool:
    """Clips appended from any thread, read back from any thread."""

    def __init__(self) -> None:
        # open as long as the spool lives (closed with it): no context manager can scope it
        self._file = tempfile.TemporaryFile(prefix="briefing-clips-")  # noqa: SIM115
        self._entries: list[_Entry] = []
        self._lock = threading.Lock()
        self._end = 0

    def add(self, clip: Clip, digest: bytes | None = None) -> int:
        """Store a clip (`digest`: sha256 of its PCM, when known); its number in this spool."""
        digest = digest or hashlib.sha256(clip.pcm).digest()
        with self._lock:
            self._file.seek(self._end)
            self._file.write(clip.pcm)
            entry = _Entry(self._end, len(clip.pcm), clip.format, clip.spans, digest)
            self._end += len(clip.pcm)
            self._entries.append(entry)
            return len(self._entries) - 1

    def entry(self, number: int) -> _Entry:
        return self._entries[number]

    def read(self, number: int) -> Clip:
        entry = self._entries[number]
        with self._lock:  # one file position for every thread
            self._file.flush()
            if hasattr(os, "pread"):
                pcm = os.pread(self._file.fileno(), entry.length, entry.offset)
            else:  # pragma: no cover - Windows
                self._file.seek(entry.offset)
                pcm = self._file.read(entry.length)
        return Clip(pcm=pcm, format=entry.format, spans=entry.spans)

    def clips(self, numbers: Sequence[int]) -> SpooledClips:
        return SpooledClips(self, tuple(numbers))


class SpooledClips(Sequence[Clip]):
    """One clip per cue, in cue order (a clip said twice is stored once), read on demand;
    the mix learns their shapes, and the fingerprint their digests, without reading them."""

    def __init__(self, spool: ClipSpool, numbers: tuple[int, ...]) -> None:
        self._spool, self._numbers = spool, numbers

    def __len__(self) -> int:
        return len(self._numbers)

    @overload
    def __getitem__(self, index: int) -> Clip: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Clip, ...]: ...

    def __getitem__(self, index: int | slice) -> Clip | tuple[Clip, ...]:
        if isinstance(index, slice):
            return tuple(self._spool.read(number) for number in self._numbers[index])
        return self._spool.read(self._numbers[index])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # as a list: compared by content

    def __iter__(self) -> Iterator[Clip]:
        return (self._spool.read(number) for number in self._numbers)

    @property
    def shapes(self) -> tuple[ClipShape, ...]:
        return tuple(self._spool.entry(number).shape for number in self._numbers)

    @property
    def digests(self) -> tuple[bytes, ...]:
        return tuple(self._spool.entry(number).digest for number in self._numbers)
