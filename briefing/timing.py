"""Stage timings: where a build spends its time (printed by bench/bench_build.py), and the
hook a terminal's progress display follows.

`timed` adds a block's wall time to a Timings mapping; a `Stopwatch` is such a mapping that
also says when each stage starts and ends, so that every stage timed anywhere (synthesis in
build.py, encoding deep in publish) reaches the display without being passed a callback."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager

Timings = MutableMapping[str, float]
# (stage, done, total): total 0 for a stage that is not counted ("mix": started 0/0, done 1/0)
StageReport = Callable[[str, int, int], None]


class Stopwatch(dict[str, float]):
    """Timings that report each stage's start and end to `report`."""

    def __init__(self, report: StageReport | None = None) -> None:
        super().__init__()
        self.report = report

    def started(self, stage: str) -> None:
        if self.report:
            self.report(stage, 0, 0)

    def ended(self, stage: str) -> None:
        if self.report:
            self.report(stage, 1, 0)


@contextmanager
def timed(timings: Timings | None, stage: str) -> Iterator[None]:
    """Add the block's wall time to timings[stage]; nothing when timings is None."""
    if isinstance(timings, Stopwatch):
        timings.started(stage)
    start = time.perf_counter()
    try:
        yield
    finally:
        if timings is not None:
            timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start
        if isinstance(timings, Stopwatch):
            timings.ended(stage)
