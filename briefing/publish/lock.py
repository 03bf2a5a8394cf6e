"""An exclusive lock on an output folder, so concurrent builds never drop each other's item.

Each build writes its own episode files under its episode's lock (the same lock on the
episode folder, taken first); only "save the record, then rebuild the feed and the show
page from all records" runs under the output folder's. Without the lock, two
builds could each read the store before the other saved, and the later feed would miss
the earlier episode.
"""

from __future__ import annotations

import fcntl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.errors import EngineError, InputError

LOCK_NAME = ".briefing.lock"
_POLL_S = 0.02


@contextmanager
def folder_lock(outdir: Path, timeout_s: float = 60.0) -> Iterator[None]:
    """Hold an advisory flock on OUTDIR/.briefing.lock; released when the process dies."""
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        handle = open(outdir / LOCK_NAME, "a+b")  # noqa: SIM115 (closed by the with below)
    except OSError as error:
        raise InputError(f"{outdir}: cannot write ({error.strerror or error})") from None
    with handle:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise EngineError(
                        f"{outdir}: another build has held the folder lock for {timeout_s:.0f} s"
                    ) from None
                time.sleep(_POLL_S)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
