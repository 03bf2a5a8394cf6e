"""What every speech engine offers the synthesis stage."""

from __future__ import annotations

from typing import Protocol

from briefing.model import Clip, Voice


class Engine(Protocol):
    """An engine may also say `process_bound = True`: its calls serialize within a process
    (global state) and keep a CPU busy, so synthesis runs it in a process per core (pool.py);
    it is then pickled to those processes. Others run in threads."""

    name: str

    @property
    def version(self) -> str:
        """Part of the cache key: a new engine version may sound different."""
        ...

    @property
    def preparation(self) -> str:
        """Part of the cache key: names everything that decides prepare()'s output (e.g. the
        tashkeel model and its version), so that the key need not hold the prepared text."""
        ...

    def prepare(self, speakable: str) -> str:
        """The exact text this engine is given for a speakable text (e.g. with tashkeel)."""
        ...

    def synthesize(self, text: str, voice: Voice) -> Clip:
        """Speech for prepared text; raises EngineError after its own retries."""
        ...

    def close(self) -> None:
        """Release what the engine holds (threads, connections); called once it is done."""
        ...
