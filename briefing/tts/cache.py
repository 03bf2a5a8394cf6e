"""A content-addressed store of synthesized speech, so nothing is paid for twice.

An entry is MAGIC + sha256(body) + body, where body is a JSON header (after a 4-byte
length: the engine that spoke the clip, its sentence spans, the sha256 of its PCM) and then
the clip's WAV;
written atomically and verified when read:
a damaged entry is a miss (and is removed), never a crash or a clipped word. The
store is bounded: past `max_bytes`, the least recently used entries go (a hit
refreshes an entry's mtime, which is the recency the eviction sorts by).
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import logging
import threading
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from briefing.errors import InputError
from briefing.fileio import SEAL_BYTES, read_entry, remove_stale_temporaries, sealed, write_atomic
from briefing.model import Clip, PcmFormat, SpokenSpan, Voice

MAGIC = b"BRFC2\n"  # 2: the sentence spans came in (a BRFC1 entry is a miss)
SUFFIX = ".clip"
DEFAULT_MAX_BYTES = 1024 * 1024 * 1024  # 1 GiB: some hundreds of episodes' speech
_EVICT_TO = 0.9  # evict down to 90 % so that every put does not evict


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("briefing")) / "speech"


def cache_key(
    engine: str, engine_version: str, voice: Voice, text: str, *, preparation: str
) -> str:
    """Everything that changes the sound is in the key; nothing else is. `text` is the
    speakable text; `preparation` names what the engine does to it (Engine.preparation)."""
    material = json.dumps(
        {
            "engine": engine,
            "version": engine_version,
            "preparation": preparation,
            "settings": dict(voice.settings(engine)),
            "post": dataclasses.asdict(voice.post),
            "text": text,
        },
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def _to_wav(clip: Clip) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(clip.format.channels)
        writer.setsampwidth(clip.format.sample_width)
        writer.setframerate(clip.format.sample_rate)
        writer.writeframes(clip.pcm)
    return buffer.getvalue()


def _to_body(clip: Clip, engine: str, pcm_digest: bytes) -> bytes:
    header = {
        "engine": engine,
        "spans": [dataclasses.astuple(span) for span in clip.spans],
        "pcm_sha256": pcm_digest.hex(),
    }
    encoded = json.dumps(header, ensure_ascii=False).encode("utf-8")
    return len(encoded).to_bytes(4, "big") + encoded + _to_wav(clip)


def _header(data: bytes) -> dict:
    """The JSON header of an entry's body (after MAGIC and the digest)."""
    length = int.from_bytes(data[:4], "big")
    return dict(json.loads(data[4 : 4 + length]))


@dataclass(frozen=True)
class Stored:
    clip: Clip
    pcm_digest: bytes  # sha256 of clip.pcm (the episode's fingerprint is made of these)


def _from_body(data: bytes) -> Stored | None:
    length = int.from_bytes(data[:4], "big")
    try:
        header = _header(data)
        spans = tuple(SpokenSpan(*span) for span in header["spans"])
        with wave.open(io.BytesIO(data[4 + length :]), "rb") as reader:
            fmt = PcmFormat(reader.getframerate(), reader.getnchannels(), reader.getsampwidth())
            pcm = reader.readframes(reader.getnframes())
        # Read from the sealed header, not hashed again (entries written before it came in
        # are hashed here): 0.39 s an hour of speech on a rebuild.
        digest = bytes.fromhex(header["pcm_sha256"]) if "pcm_sha256" in header else None
    except (EOFError, wave.Error, ValueError, TypeError, KeyError):
        return None
    if not pcm:
        return None
    return Stored(Clip(pcm=pcm, format=fmt, spans=spans), digest or hashlib.sha256(pcm).digest())


@dataclass(frozen=True)
class CacheInfo:
    directory: Path
    entries: int
    bytes: int
    max_bytes: int


def _log_warning(message: str) -> None:
    logging.getLogger("briefing").warning(message)


class SpeechCache:
    def __init__(
        self,
        directory: Path,
        max_bytes: int = DEFAULT_MAX_BYTES,
        warn: Callable[[str], None] = _log_warning,
    ) -> None:
        self.directory = directory
        self.max_bytes = max_bytes
        self.warn = warn
        self._write_failed = False  # warned once; later failures are silent
        self._lock = threading.Lock()
        self._size: int | None = None  # bytes on disk, counted once, then kept up to date

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}{SUFFIX}"

    def _remove_stale_temporaries(self) -> None:
        if self.directory.is_dir():
            for folder in self.directory.iterdir():
                if folder.is_dir():
                    remove_stale_temporaries(folder)

    def _entries(self) -> list[Path]:
        return list(self.directory.glob(f"??/*{SUFFIX}")) if self.directory.is_dir() else []

    def lookup(self, key: str) -> Stored | None:
        """The clip stored under `key`, with its PCM's digest; a missing or damaged entry is
        a miss."""
        return read_entry(self._path(key), MAGIC, _from_body)

    def get(self, key: str) -> Clip | None:
        stored = self.lookup(key)
        return stored.clip if stored else None

    def put(self, key: str, clip: Clip, engine: str = "", pcm_digest: bytes | None = None) -> None:
        """Store `clip` under `key`; `engine`: the one that spoke it (cache info counts it);
        `pcm_digest`: sha256 of its PCM, when the caller has it already."""
        body = _to_body(clip, engine, pcm_digest or hashlib.sha256(clip.pcm).digest())
        data = sealed(MAGIC, body)
        path = self._path(key)
        try:
            write_atomic(path, data, durable=False)  # sealed: a torn entry is a miss
        except InputError as error:
            # A read-only or full cache costs speed next time, never this build.
            with self._lock:
                warned, self._write_failed = self._write_failed, True
            if not warned:
                self.warn(f"speech cache not written, carrying on without it: {error}")
            return
        with self._lock:
            if self._size is None:
                self._size = self.info().bytes
            else:
                self._size += len(data)
            if self._size > self.max_bytes:
                self._size = self._evict(int(self.max_bytes * _EVICT_TO), keep=path)

    def _evict(self, target: int, keep: Path) -> int:
        """Remove least recently used entries until at most `target` bytes remain."""
        stats = []
        for path in self._entries():
            try:
                stat = path.stat()
            except OSError:
                continue
            stats.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in stats)
        self._remove_stale_temporaries()
        for _, size, path in sorted(stats, key=lambda entry: entry[0]):
            if total <= target:
                break
            if path == keep:
                continue
            path.unlink(missing_ok=True)
            total -= size
        return total

    def info(self) -> CacheInfo:
        sizes = []
        for path in self._entries():
            try:
                sizes.append(path.stat().st_size)
            except OSError:
                continue
        return CacheInfo(self.directory, len(sizes), sum(sizes), self.max_bytes)

    def by_engine(self) -> dict[str, CacheInfo]:
        """Entries and bytes per engine that spoke them (read from each entry's header;
        "" for entries whose header does not say)."""
        counts: dict[str, list[int]] = {}
        for path in self._entries():
            try:
                with path.open("rb") as entry:
                    head = entry.read(len(MAGIC) + SEAL_BYTES + 4)
                    length = int.from_bytes(head[-4:], "big")
                    engine = str(
                        _header(head[-4:] + entry.read(min(length, 1 << 20))).get("engine", "")
                    )
                size = path.stat().st_size
            except (OSError, ValueError, TypeError):
                continue
            entries_bytes = counts.setdefault(engine, [0, 0])
            entries_bytes[0] += 1
            entries_bytes[1] += size
        return {
            engine: CacheInfo(self.directory, entries, size, self.max_bytes)
            for engine, (entries, size) in sorted(counts.items())
        }

    def clear(self) -> int:
        """Remove every entry (and writes that killed builds left behind); how many entries."""
        entries = self._entries()
        for path in entries:
            path.unlink(missing_ok=True)
        self._remove_stale_temporaries()
        with self._lock:
            self._size = 0
        return len(entries)
