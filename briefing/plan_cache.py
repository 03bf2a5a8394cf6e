"""A store of planned episodes, so that building the same articles again skips planning.

A rebuild with nothing changed reuses the published files, and most of what is left of it is
planning (ingest, segment, select, script, speech): at 40 articles 0.62 of the rebuild's 1.02 s,
4 % of a cold build (bench/bench_scale.py). The plan that planning returns, and the lines it
said to the producer on the way (skipped files, merges, old articles), are kept here under a
digest of everything that determines them: each input's path and bytes (a folder's listing and
every file of it that reading looks at), the day, strict, the config, the voice profiles, the
lexicon, the package's own files, the Python and the installed distributions (any change in
the code or a library that reads articles, such as trafilatura or text2tashkeel, is a miss).

An entry is MAGIC + sha256(body) + body, the body a pickle of (key, lines, plan), written
atomically. Unpickling only builds this package's classes and datetime's (a restricted
Unpickler), so a file that is not ours cannot run code; an entry that is damaged, foreign (it
holds another key) or unreadable is a miss, removed, and the plan is made again. A bounded
number of entries is kept, the least recently used going first.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import io
import json
import os
import pickle
import sys
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import briefing
from briefing import ingest
from briefing.errors import InputError
from briefing.fileio import read_entry, remove_stale_temporaries, sealed, write_atomic

if TYPE_CHECKING:
    from briefing.plan import Plan
    from briefing.production import Production

MAGIC = b"BRFP1\n"
SUFFIX = ".plan"
FOLDER = "plans"  # beside the speech cache's clips (SpeechCache.directory)
MAX_ENTRIES = 64  # a daily show's two months of builds; an entry is ~200 KB at 40 articles

Line = tuple[str, str]  # ("warn" | "note", the line)


@dataclass(frozen=True)
class PlannedEntry:
    plan: Plan
    lines: tuple[Line, ...]  # what planning said, in order, to say again on a hit


def _canonical(value: object) -> object:
    """`value` as plain JSON values, the same in every process (sets sorted: their order
    follows the string hash, which changes per process)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [
            type(value).__qualname__,
            {f.name: _canonical(getattr(value, f.name)) for f in dataclasses.fields(value)},
        ]
    if isinstance(value, enum.Enum):
        return _canonical(value.value)
    if isinstance(value, Mapping):
        items = [[_canonical(key), _canonical(item)] for key, item in value.items()]
        return sorted(items, key=lambda pair: json.dumps(pair[0], ensure_ascii=False))
    if isinstance(value, Set):
        return sorted((_canonical(item) for item in value), key=json.dumps)
    if isinstance(value, (list, tuple)):
        return [_canonical(item) for item in value]
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"no canonical form for {type(value).__name__}")


def source_digest(package: Path) -> str:
    """A digest of every file of a package (names and bytes), its compiled caches aside."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode("utf-8") + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@functools.cache
def _code_and_environment() -> tuple[str, str, tuple[str, ...]]:
    """This package's version and files, the Python, and the installed distributions (the
    names of their metadata folders: name and version), once per process: ~7 ms."""
    code = f"{briefing.__version__} {source_digest(Path(briefing.__file__).parent)}"
    installed = sorted(
        name
        for folder in sys.path
        if os.path.isdir(folder)
        for name in os.listdir(folder)
        if name.endswith((".dist-info", ".egg-info"))
    )
    return code, sys.version, tuple(installed)


def _file_part(path: Path) -> list[object]:
    """What reading `path` sees of it: its bytes (digested), or why there are none."""
    try:
        if not path.is_file():
            return [str(path), "missing" if not path.exists() else "not a file"]
        size = path.stat().st_size
        if size > ingest.MAX_BYTES:  # refused unread, by its size
            return [str(path), f"{size} bytes"]
        return [str(path), hashlib.sha256(path.read_bytes()).hexdigest()]
    except OSError as error:
        return [str(path), f"unreadable: {error.errno}"]


def _input_part(path: Path) -> list[object]:
    if path.is_dir():
        try:
            return [str(path), "folder", [_file_part(file) for file in ingest.folder_files(path)]]
        except OSError as error:
            return [str(path), f"unreadable folder: {error.errno}"]
    return _file_part(path)


def plan_key(inputs: Sequence[Path], production: Production, day: dt.date, strict: bool) -> str:
    """The digest of everything that makes the plan of `inputs` (see the module's doc)."""
    code, python, installed = _code_and_environment()
    material = {
        "format": MAGIC.decode().strip(),
        "code": code,
        "python": python,
        "installed": installed,
        "day": day.isoformat(),
        "strict": strict,
        "config": _canonical(production.config),
        "voices": _canonical(production.voices),
        "lexicon": _canonical(production.lexicon),
        "inputs": [_input_part(path) for path in inputs],
    }
    encoded = json.dumps(material, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


class _OwnClasses(pickle.Unpickler):
    """Builds only classes of this package and of datetime: nothing else can be called."""

    def find_class(self, module: str, name: str) -> type:
        if module == "datetime" or module == "briefing" or module.startswith("briefing."):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a planned value")


def _entry(body: bytes, key: str) -> PlannedEntry | None:
    """The entry a verified body holds, if it is the entry of `key`."""
    from briefing.plan import Plan

    try:
        stored_key, lines, plan = _OwnClasses(io.BytesIO(body)).load()
    except Exception:  # any unreadable entry is a miss, never a crash
        return None
    if stored_key != key or not isinstance(plan, Plan):
        return None
    return PlannedEntry(plan=plan, lines=tuple(lines))


class PlanCache:
    def __init__(
        self, directory: Path, warn: Callable[[str], None], max_entries: int = MAX_ENTRIES
    ) -> None:
        self.directory = directory
        self.warn = warn
        self.max_entries = max_entries
        self._write_failed = False  # warned once; later failures are silent

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}{SUFFIX}"

    def _entries(self) -> list[Path]:
        return list(self.directory.glob(f"*{SUFFIX}")) if self.directory.is_dir() else []

    def get(self, key: str) -> PlannedEntry | None:
        """The entry stored under `key`; a missing, damaged or foreign one is a miss."""
        return read_entry(self._path(key), MAGIC, lambda body: _entry(body, key))

    def put(self, key: str, entry: PlannedEntry) -> None:
        body = pickle.dumps((key, entry.lines, entry.plan), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            write_atomic(self._path(key), sealed(MAGIC, body), durable=False)
        except InputError as error:
            # A read-only or full cache costs speed next time, never this build.
            if not self._write_failed:
                self._write_failed = True
                self.warn(f"plan cache not written, carrying on without it: {error}")
            return
        self._evict(keep=self.max_entries)

    def _evict(self, keep: int) -> None:
        entries = []
        for path in self._entries():
            with contextlib.suppress(OSError):
                entries.append((path.stat().st_mtime, path))
        for _, path in sorted(entries, reverse=True)[keep:]:
            path.unlink(missing_ok=True)
        if len(entries) > keep:
            remove_stale_temporaries(self.directory)

    def clear(self) -> int:
        """Remove every entry (and writes that killed builds left behind); how many."""
        entries = self._entries()
        for path in entries:
            path.unlink(missing_ok=True)
        remove_stale_temporaries(self.directory)
        return len(entries)
