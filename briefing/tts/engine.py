"""What every speech engine offers the synthesis stage."""

from __future__ import annotations

from typing import Protocol

from briefing.model import Clip, Voice


class Engine(Protocol):
    name: str

    @property
    def version(self) -> str:
        """Part of the cache key: a new engine version may sound different."""
        ...

    def prepare(self, speakable: str) -> str:
        """The exact text this engine is given for a speakable text (e.g. with tashkeel)."""
        ...

    def synthesize(self, text: str, voice: Voice) -> Clip:
        """Speech for prepared text; raises EngineError after its own retries."""
        ...
