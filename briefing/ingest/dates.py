"""Publication dates as pages, feeds and JSON exports write them, to one aware datetime."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time

# "2026-11-27", "2026-11-27T08:00:00+03:00", "2026-11-27 08:00:00Z", "2026-11-27T08:00:00.5Z"
_ISO = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
# A year outside these is a parsing accident (a "0001-01-01" placeholder, an id read as a time).
_PLAUSIBLE_YEARS = range(1850, 2200)
_MILLISECONDS_FROM = 10**11  # a Unix time this large is in milliseconds (JavaScript's Date)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def parse_published(value: object) -> dt.datetime | None:
    """An ISO 8601 or RFC 822 string, a struct_time (feedparser's), or a Unix time in
    seconds or milliseconds, as an aware datetime; None for anything else and for implausible dates.

    A date without a time is taken as midnight UTC, so dates and times sort together."""
    moment: dt.datetime | None = None
    if isinstance(value, time.struct_time):
        moment = dt.datetime(*value[:6], tzinfo=dt.UTC)  # feedparser gives UTC
    elif isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > _MILLISECONDS_FROM else value
        try:
            moment = dt.datetime.fromtimestamp(seconds, dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    elif isinstance(value, str):
        text = value.strip()
        try:
            if _ISO.match(text):
                moment = _aware(dt.datetime.fromisoformat(text.replace("Z", "+00:00")))
            elif text:
                moment = _aware(email.utils.parsedate_to_datetime(text))
        except (ValueError, TypeError, IndexError):
            return None
    return moment if moment is not None and moment.year in _PLAUSIBLE_YEARS else None
