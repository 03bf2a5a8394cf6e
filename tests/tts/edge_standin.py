"""A stand-in for Microsoft's read-aloud WebSocket service, so that edge-tts's own code runs
offline against 127.0.0.1.

It speaks the service's protocol: it takes the speech.config and SSML text frames,
answers turn.start, one audio.metadata frame per sentence (SentenceBoundary, offsets in
100 ns ticks), the MP3 in binary frames (a 2-byte big-endian header length, the headers,
the audio), and turn.end. Like the Google stand-in it can be told to misbehave first: a
queue of faults is served, one per connection, before it answers properly again.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from aiohttp import WSMsgType, web

from briefing.tts.mp3check import is_complete_mp3
from tests.tts.gtts_standin import sample_mp3

PATH = "/consumer/speech/synthesize/readaloud/edge/v1"
FAULTS = ("403", "429", "503", "reset", "hang", "no-audio", "truncated", "cut", "garbled")
OUTPUT_FORMAT = "audio-24khz-48kbitrate-mono-mp3"
MS_PER_CHARACTER = 40  # how long the stand-in "speaks" each character
_SENTENCE = re.compile(r"[^.!?؟]+[.!?؟]*")


@dataclass(frozen=True)
class EdgeRequest:
    """What one connection asked for."""

    voice: str
    rate: str
    pitch: str
    volume: str
    text: str
    sentence_boundaries: bool


def _frame(path: str, body: str) -> str:
    headers = "X-RequestId:standin\r\nContent-Type:application/json; charset=utf-8"
    return f"{headers}\r\nPath:{path}\r\n\r\n{body}"


def _audio_frame(audio: bytes) -> bytes:
    headers = b"X-RequestId:standin\r\nContent-Type:audio/mpeg\r\nX-StreamId:1\r\nPath:audio\r\n"
    return len(headers).to_bytes(2, "big") + headers + audio


def _boundary(offset_ms: int, duration_ms: int, text: str) -> str:
    data = {
        "Offset": offset_ms * 10_000,
        "Duration": duration_ms * 10_000,
        "text": {"Text": text, "Length": len(text), "BoundaryType": "SentenceBoundary"},
    }
    return json.dumps(
        {"Metadata": [{"Type": "SentenceBoundary", "Data": data}]}, ensure_ascii=False
    )


def _parse_ssml(frame: str) -> tuple[str, str, str, str, str]:
    ssml = frame.split("\r\n\r\n", 1)[1]
    root = ET.fromstring(ssml)
    voice = next(el for el in root.iter() if el.tag.endswith("voice"))
    prosody = next(el for el in root.iter() if el.tag.endswith("prosody"))
    text = "".join(prosody.itertext())
    return (
        voice.get("name", ""),
        prosody.get("rate", ""),
        prosody.get("pitch", ""),
        prosody.get("volume", ""),
        text,
    )


class EdgeStandIn:
    def __init__(
        self, retry_after: str | None = None, ms_per_character: int = MS_PER_CHARACTER
    ) -> None:
        self.retry_after = retry_after  # sent with 429 answers
        self.ms_per_character = ms_per_character
        self.requests: list[EdgeRequest] = []  # every request that got as far as its SSML
        self.connections = 0  # every connection, faults included
        self.max_in_flight = 0
        self._in_flight = 0
        self._faults: list[str] = []
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self.port = 0

    @property
    def url(self) -> str:
        """What edge-tts's WSS_URL becomes: the service's path and token, on 127.0.0.1."""
        return (
            f"ws://127.0.0.1:{self.port}{PATH}?TrustedClientToken=6A5AA1D4EAFF4E9FB37E23D68491D6F4"
        )

    def fail_next(self, faults: Iterable[str]) -> None:
        faults = list(faults)
        assert set(faults) <= set(FAULTS), faults
        with self._lock:
            self._faults.extend(faults)

    def sentences(self, text: str) -> list[tuple[int, int, str]]:
        """(offset ms, duration ms, sentence) as the stand-in speaks `text`."""
        spans, offset = [], 100  # a little leading silence, as the real voices have
        for match in _SENTENCE.finditer(text):
            sentence = match.group().strip()
            if sentence:
                duration = self.ms_per_character * len(sentence)
                spans.append((offset, duration, sentence))
                offset += duration + 150
        return spans

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        with self._lock:
            self.connections += 1
            fault = self._faults.pop(0) if self._faults else None
        if "Sec-MS-GEC" not in request.query or "ConnectionId" not in request.query:
            return web.Response(status=403, text="missing token")
        if fault in ("403", "429", "503"):
            retry = {"Retry-After": self.retry_after} if fault == "429" and self.retry_after else {}
            return web.Response(status=int(fault), headers=retry, text="refused")
        if fault == "reset":
            assert request.transport is not None
            request.transport.close()
            return web.Response(status=500)
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        with self._lock:
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
        try:
            await self._converse(ws, fault)
        finally:
            with self._lock:
                self._in_flight -= 1
        return ws

    async def _converse(self, ws: web.WebSocketResponse, fault: str | None) -> None:
        config = await ws.receive_str()
        assert "Path:speech.config" in config and OUTPUT_FORMAT in config, config
        ssml = await ws.receive_str()
        assert "Path:ssml" in ssml, ssml
        voice, rate, pitch, volume, text = _parse_ssml(ssml)
        boundaries = '"sentenceBoundaryEnabled":"true"' in config
        with self._lock:
            self.requests.append(EdgeRequest(voice, rate, pitch, volume, text, boundaries))
        if fault == "hang":  # connected, asked, and never answered
            assert self._stopping is not None
            await self._stopping.wait()
            return
        await ws.send_str(_frame("turn.start", '{"context":{"serviceTag":"standin"}}'))
        spans = self.sentences(text)
        if fault == "no-audio":
            await ws.send_str(_frame("turn.end", "{}"))
            return
        if boundaries:
            for offset, duration, sentence in spans:
                await ws.send_str(_frame("audio.metadata", _boundary(offset, duration, sentence)))
        end_ms = spans[-1][0] + spans[-1][1] + 100 if spans else 400
        mp3 = sample_mp3(end_ms, kbps=48)
        if fault == "garbled":
            await ws.send_bytes(b"\x00\x10Path:nonsense\r\n" + mp3[:100])
            return
        if fault == "truncated":
            mp3 = mp3[: len(mp3) * 2 // 3 + 7]  # not on a frame boundary
        if fault == "cut":  # whole frames, but the connection closes half-way
            mp3 = mp3[: _whole_frames_at_or_after(mp3, len(mp3) // 2)]
        for start in range(0, len(mp3), 4096):
            await ws.send_bytes(_audio_frame(mp3[start : start + 4096]))
        if fault == "cut":
            await ws.close()
            return
        await ws.send_bytes(_end_of_audio())
        await ws.send_str(_frame("turn.end", "{}"))
        async for message in ws:  # the client closes
            if message.type in (WSMsgType.CLOSE, WSMsgType.ERROR):
                break

    @contextlib.contextmanager
    def serving(self) -> Iterator[EdgeStandIn]:
        """Serve on 127.0.0.1 in a thread, with edge-tts's endpoint pointed here."""
        from edge_tts import communicate

        ready = threading.Event()
        thread = threading.Thread(
            target=self._serve, args=(ready,), name="edge-standin", daemon=True
        )
        thread.start()
        ready.wait(10)
        original = communicate.WSS_URL
        communicate.WSS_URL = self.url
        try:
            yield self
        finally:
            communicate.WSS_URL = original
            assert self._loop is not None and self._stopping is not None
            self._loop.call_soon_threadsafe(self._stopping.set)
            thread.join(10)

    def _serve(self, ready: threading.Event) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stopping = asyncio.Event()
            app = web.Application()
            app.router.add_get(PATH, self._handle)
            runner = web.AppRunner(app, shutdown_timeout=0.5)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            server = site._server
            assert server is not None
            self.port = server.sockets[0].getsockname()[1]
            ready.set()
            await self._stopping.wait()
            await runner.cleanup()

        asyncio.run(main())


def _end_of_audio() -> bytes:
    """The binary frame with no Content-Type and no data that ends the service's audio."""
    headers = b"X-RequestId:standin\r\nPath:audio\r\n"
    return len(headers).to_bytes(2, "big") + headers


def _whole_frames_at_or_after(mp3: bytes, position: int) -> int:
    """The first length from `position` on at which the MP3 ends on a frame boundary."""
    return next(end for end in range(position, len(mp3) + 1) if is_complete_mp3(mp3[:end]))
