"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from briefing.errors import InputError

T = TypeVar("T")


def write_atomic(path: Path, data: bytes, durable: bool = True) -> None:
    write_atomic_with(path, lambda tmp: tmp.write_bytes(data), durable)


def write_text_atomic(path: Path, text: str) -> None:
    write_atomic(path, text.encode("utf-8"))


def write_atomic_with(path: Path, writer: Callable[[Path], None], durable: bool = True) -> None:
    """Let `writer` fill a temporary file beside `path`, then rename it into place.

    `durable`: on disk before the rename (fsync), so that a crash leaves the old file or the
    new one. A sealed cache entry (`sealed`) needs no fsync: one torn by a crash fails its
    seal when read and is made again; its fsync was 4-5 ms a clip here, with the helper
    that spoke the clip waiting for its next job meanwhile.
    A folder that cannot be written (read-only, full, not ours) is one clear error that
    names the file; the old file, if any, is left as it was."""
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        tmp = Path(name)
        writer(tmp)
        if durable:
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as error:
        raise InputError(f"{path}: cannot write ({error.strerror or error})") from None
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


SEAL_BYTES = 32  # the sha256 between a sealed entry's magic and its body


def sealed(magic: bytes, body: bytes) -> bytes:
    """`body` after `magic` and its sha256: a stored entry that `unsealed` can verify."""
    return magic + hashlib.sha256(body).digest() + body


def unsealed(magic: bytes, data: bytes) -> bytes | None:
    """The body of a sealed entry; None when it is not one of `magic`, or not whole."""
    body = data[len(magic) + SEAL_BYTES :]
    seal = data[len(magic) : len(magic) + SEAL_BYTES]
    if data.startswith(magic) and hashlib.sha256(body).digest() == seal:
        return body
    return None


def read_entry(path: Path, magic: bytes, parse: Callable[[bytes], T | None]) -> T | None:
    """A cache's entry: `parse` of the sealed body at `path`. A missing one is None; a damaged
    one (or one `parse` refuses) is None and removed, so that the next write replaces it; a
    good one is touched (its mtime is the recency that eviction sorts by)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    body = unsealed(magic, data)
    value = parse(body) if body is not None else None
    if value is None:
        path.unlink(missing_ok=True)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)
    return value


TEMPORARY_GLOB = ".*.tmp"  # what write_atomic_with names its temporary files
STALE_AFTER_S = 3600.0  # no write of ours takes an hour: older ones are a killed build's


def remove_stale_temporaries(folder: Path, older_than_s: float = STALE_AFTER_S) -> int:
    """Delete the temporary files that killed writers left in `folder`; how many.

    Fresh ones are left alone: they may belong to a write still in progress."""
    removed = 0
    cutoff = time.time() - older_than_s
    for path in folder.glob(TEMPORARY_GLOB) if folder.is_dir() else ():
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue  # gone already, or not ours to remove: never fail a build over it
    return removed
