"""Work spread over threads, for jobs that spend their time outside Python's lock (numpy,
scipy, a child process such as ffmpeg), and the machine's share of cores to use."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MAX_DEFAULT_PROCESSES = 8


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def processes_for(setting: int) -> int:
    """How many CPU-bound jobs at once: the setting, or (0) one per core, up to 8."""
    return setting if setting > 0 else min(cores(), MAX_DEFAULT_PROCESSES)


def in_threads(function: Callable[[T], R], items: Iterable[T], workers: int) -> list[R]:
    """function(item) for each item, in order, `workers` at a time; the first error is
    raised once the jobs already started are done, and no further one starts."""
    items = list(items)
    if workers <= 1 or len(items) <= 1:
        return [function(item) for item in items]
    with ThreadPoolExecutor(max_workers=min(workers, len(items))) as pool:
        futures = [pool.submit(function, item) for item in items]
        try:
            return [future.result() for future in futures]
        except BaseException:
            for future in futures:
                future.cancel()
            raise
