"""A content-addressed store of synthesized speech, so nothing is paid for twice."""

from __future__ import annotations

import hashlib
import io
import json
import wave
from pathlib import Path

import platformdirs

from briefing.fileio import write_atomic
from briefing.model import Clip, PcmFormat, Voice


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("briefing")) / "speech"


def cache_key(engine: str, engine_version: str, voice: Voice, text: str) -> str:
    """Everything that changes the sound is in the key; nothing else is."""
    material = json.dumps(
        {
            "engine": engine,
            "version": engine_version,
            "settings": dict(voice.settings(engine)),
            "text": text,
        },
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class SpeechCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.wav"

    def get(self, key: str) -> Clip | None:
        """The clip stored under `key`; a missing or unreadable entry is a miss."""
        path = self._path(key)
        try:
            with wave.open(str(path), "rb") as reader:
                fmt = PcmFormat(reader.getframerate(), reader.getnchannels(), reader.getsampwidth())
                pcm = reader.readframes(reader.getnframes())
        except (OSError, EOFError, wave.Error):
            return None
        if not pcm:
            return None
        return Clip(pcm=pcm, format=fmt)

    def put(self, key: str, clip: Clip) -> None:
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as writer:
            writer.setnchannels(clip.format.channels)
            writer.setsampwidth(clip.format.sample_width)
            writer.setframerate(clip.format.sample_rate)
            writer.writeframes(clip.pcm)
        data = buffer.getvalue()
        write_atomic(self._path(key), data)
