"""The user's own sting and music bed, decoded before the mix so that mixing stays pure."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.model import Clip


@dataclass(frozen=True)
class Sounds:
    """Decoded sounds that replace the synthesized ones; None: the built-in tone."""

    sting: Clip | None = None
    bed: Clip | None = None


BUILT_IN = Sounds()
