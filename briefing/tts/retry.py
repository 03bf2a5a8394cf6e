"""When and how long to wait before asking a throttled or failing service again."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TypeVar

from briefing.errors import EngineError

T = TypeVar("T")

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Failure:
    """What went wrong with one request, and whether asking again may help."""

    reason: str
    retryable: bool
    retry_after: float | None = None  # seconds the service asked us to wait


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5  # tries in all, the first included
    base_s: float = 0.5
    cap_s: float = 8.0
    max_retry_after_s: float = 60.0  # a longer Retry-After is waited only this long

    def delay(self, retry: int, rng: random.Random, retry_after: float | None = None) -> float:
        """Seconds before retry number `retry` (0-based): exponential backoff with full
        jitter, so that parallel workers do not come back in step; never shorter than
        what the server asked for in Retry-After."""
        backoff = rng.uniform(0, min(self.cap_s, self.base_s * 2**retry))
        if retry_after is None:
            return backoff
        return max(backoff, min(retry_after, self.max_retry_after_s))

    def call(
        self,
        once: Callable[[], T | Failure],
        *,
        label: str,
        shown: str,
        sleep: Callable[[float], None],
        rng: random.Random,
    ) -> T:
        """`once()` until it returns a result, a Failure that is not retryable, or the
        attempts run out; then one EngineError naming the engine, the reason, the attempts
        and the start of the text (`shown`)."""
        failure = Failure("no attempt", retryable=False)
        attempt = 0
        for attempt in range(self.attempts):
            if attempt:
                sleep(self.delay(attempt - 1, rng, failure.retry_after))
            outcome = once()
            if not isinstance(outcome, Failure):
                return outcome
            failure = outcome
            if not failure.retryable:
                break
        tries = f"after {attempt + 1} attempt{'s' if attempt else ''}"
        raise EngineError(f"{label}: {failure.reason} {tries} for {shown[:40]!r}")


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Retry-After as seconds: either a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - (now or dt.datetime.now(dt.UTC))).total_seconds())
