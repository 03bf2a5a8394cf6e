"""A stand-in for Google's speech endpoint, so that gTTS's own code path runs offline.

It answers gTTS's batchexecute POST with a real MP3, base64-encoded in the compact
JSON envelope that gTTS parses, and can be told to misbehave first: a queue of
faults is served, one per request, before it answers properly again.
"""

from __future__ import annotations

import base64
import json
import math
import re
import struct
import threading
import time
import urllib.parse
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

import requests
import responses

from briefing.ffmpeg import run_ffmpeg

URL = re.compile(r"https://translate\.google\.[a-z.]+/_/TranslateWebserverUi/data/batchexecute")
FAULTS = ("429", "500", "503", "403", "timeout", "reset", "truncated", "garbled", "no-audio")


@lru_cache(maxsize=64)
def sample_mp3(ms: int = 400, kbps: int = 32) -> bytes:
    """A real MPEG-2 Layer III file at 24 kHz, like the ones Google (32 kbit/s) and
    Microsoft (48 kbit/s) send."""
    rate = 24000
    samples = [
        round(6000 * math.sin(2 * math.pi * 330 * i / rate)) for i in range(rate * ms // 1000)
    ]
    pcm = struct.pack(f"<{len(samples)}h", *samples)
    args = ["-f", "s16le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0"]
    args += [
        "-codec:a",
        "libmp3lame",
        "-b:a",
        f"{kbps}k",
        "-id3v2_version",
        "0",
        "-f",
        "mp3",
        "pipe:1",
    ]
    return run_ffmpeg(args, pcm, "stand-in MP3")


def envelope(mp3: bytes) -> str:
    """The body gTTS expects: )]}' , a blank line, a length line, then compact JSON."""
    audio = json.dumps([base64.b64encode(mp3).decode("ascii")], separators=(",", ":"))
    payload = json.dumps(
        [["wrb.fr", "jQ1olc", audio, None, None, None, "generic"]], separators=(",", ":")
    )
    return f")]}}'\n\n{len(payload)}\n{payload}\n"


def spoken_text(body: str | bytes) -> str:
    """The text gTTS sent in its form-encoded f.req."""
    if isinstance(body, bytes):
        body = body.decode("ascii")
    rpc = json.loads(urllib.parse.parse_qs(body)["f.req"][0])
    return json.loads(rpc[0][0][1])[0]


class GoogleStandIn:
    def __init__(self, delay_s: float = 0.0, retry_after: str | None = None) -> None:
        self.delay_s = delay_s  # added to every request, like a real round trip
        self.retry_after = retry_after  # sent with 429 answers
        self.texts: list[str] = []  # every text asked for, faults included
        self._faults: list[str] = []
        self._lock = threading.Lock()
        self._in_flight = 0
        self.max_in_flight = 0  # the most requests it was serving at once

    @property
    def calls(self) -> int:
        return len(self.texts)

    def fail_next(self, faults: Iterable[str]) -> None:
        faults = list(faults)
        assert set(faults) <= set(FAULTS), faults
        with self._lock:
            self._faults.extend(faults)

    def _answer(self, request: requests.PreparedRequest) -> tuple[int, dict, object]:
        with self._lock:
            self.texts.append(spoken_text(request.body or ""))
            fault = self._faults.pop(0) if self._faults else None
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
        try:
            return self._respond(fault)
        finally:
            with self._lock:
                self._in_flight -= 1

    def _respond(self, fault: str | None) -> tuple[int, dict, object]:
        if self.delay_s:
            time.sleep(self.delay_s)
        good = envelope(sample_mp3())
        if fault in ("429", "500", "503", "403"):
            headers = (
                {"Retry-After": self.retry_after} if fault == "429" and self.retry_after else {}
            )
            return int(fault), headers, "throttled" if fault == "429" else "error"
        if fault == "timeout":
            return 0, {}, requests.exceptions.ReadTimeout("stand-in: read timed out")
        if fault == "reset":
            reset = ConnectionResetError(104, "Connection reset by peer")
            return 0, {}, requests.exceptions.ConnectionError(reset)
        if fault == "truncated":
            mp3 = sample_mp3()
            return 200, {}, envelope(mp3[: len(mp3) * 2 // 3])
        if fault == "garbled":  # decodes, but is not audio
            return 200, {}, envelope(b"<!doctype html><p>unusual traffic</p>")
        if fault == "no-audio":  # gTTS yields nothing and raises nothing
            return 200, {}, good.replace("jQ1olc", "xxxxxx")
        return 200, {}, good

    @contextmanager
    def serving(self) -> Iterator[GoogleStandIn]:
        with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
            mock.add_callback(responses.POST, URL, callback=self._answer)
            yield self
