"""Microsoft's neural voices through the edge-tts library (needs the network).

edge-tts opens one WebSocket per request and, by itself, waits up to a minute between
messages, never retries, and hands back whatever audio arrived before the connection
dropped. Here every cue is one request under an overall deadline, at most
`max_requests` of them in flight across all segments, retried with backoff on
throttling, refusals, silence and damaged or short audio, and its MP3 checked whole
before it is used. The sentence boundaries that the service sends with the audio come
back with the clip (Clip.spans): they tell where each sentence is actually spoken, and
they prove the audio complete (it must last until the last sentence ends).
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import cached_property

from briefing.errors import EngineError
from briefing.ffmpeg import decode
from briefing.model import MASTER_MONO, Clip, Setting, SpokenSpan, Voice
from briefing.tts.mp3check import is_complete_mp3, mp3_duration_ms
from briefing.tts.retry import RETRY_STATUSES, Failure, RetryPolicy, parse_retry_after
from briefing.voices import DEFAULT_EDGE_VOICE

MAX_REQUESTS = 4  # connections at once: the service refuses (429) a client that opens many
TICKS_PER_MS = 10_000  # the service's offsets and durations are in 100 ns ticks
# Decoding an MP3 adds the encoder's delay and the last frame's padding; a sentence that
# ends within this margin of the audio's end is not evidence of cut-off audio.
END_TOLERANCE_MS = 120


@dataclass(frozen=True)
class EdgeTimeouts:
    connect_s: int = 10  # edge-tts takes whole seconds for its own two
    read_s: int = 20  # between two messages of one answer
    total_s: float = 90.0  # one request, from connecting to the last audio frame


def _classify(error: BaseException) -> Failure:
    """What went wrong with one request, and whether asking again may help."""
    import aiohttp
    from edge_tts import exceptions

    if isinstance(error, aiohttp.ClientResponseError):  # the handshake was answered, not upgraded
        headers = error.headers or {}
        return Failure(
            f"HTTP {error.status}",
            retryable=error.status in RETRY_STATUSES,
            retry_after=parse_retry_after(headers.get("Retry-After")),
        )
    if isinstance(error, TimeoutError):  # aiohttp's read timeouts are TimeoutErrors too
        return Failure("no answer in time", retryable=True)
    if isinstance(error, exceptions.NoAudioReceived):
        return Failure("an answer without audio", retryable=True)
    if isinstance(error, exceptions.SkewAdjustmentError):  # a 403 without a usable date
        return Failure("refused (HTTP 403)", retryable=False)
    if isinstance(error, aiohttp.ClientError | OSError):
        return Failure(f"no answer ({type(error).__name__})", retryable=True)
    if isinstance(error, ValueError):  # edge-tts refused the settings before asking
        return Failure(f"bad voice settings ({error})", retryable=False)
    return Failure(f"a garbled answer ({error})", retryable=True)


def _check_audio(mp3: bytes, spans: tuple[SpokenSpan, ...]) -> Failure | None:
    if not is_complete_mp3(mp3):
        return Failure("a truncated or damaged MP3", retryable=True)
    if spans and mp3_duration_ms(mp3) + END_TOLERANCE_MS < spans[-1].end_ms:
        # Whole frames, but fewer than the sentences need: the connection closed early.
        return Failure("audio cut short", retryable=True)
    return None


class EdgeEngine:
    name = "edge"
    preparation = "as-is"  # the neural voices vowel Arabic themselves

    def __init__(
        self,
        max_requests: int = MAX_REQUESTS,
        retry: RetryPolicy | None = None,
        timeouts: EdgeTimeouts | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.retry = retry or RetryPolicy()
        self.timeouts = timeouts or EdgeTimeouts()
        self.sleep = sleep  # injectable, so that tests of backoff run instantly
        self.rng = rng or random.Random()
        self._slots = threading.BoundedSemaphore(max(1, max_requests))

    @cached_property
    def version(self) -> str:
        import edge_tts

        return edge_tts.__version__

    def prepare(self, speakable: str) -> str:
        return speakable

    async def _request(
        self, text: str, settings: Mapping[str, Setting]
    ) -> tuple[bytes, tuple[SpokenSpan, ...]]:
        import edge_tts

        communicate = edge_tts.Communicate(
            text,
            str(settings.get("voice", DEFAULT_EDGE_VOICE)),
            rate=str(settings.get("rate", "+0%")),
            pitch=str(settings.get("pitch", "+0Hz")),
            volume=str(settings.get("volume", "+0%")),
            boundary="SentenceBoundary",
            connect_timeout=self.timeouts.connect_s,
            receive_timeout=self.timeouts.read_s,
        )
        audio = bytearray()
        spans: list[SpokenSpan] = []
        async with asyncio.timeout(self.timeouts.total_s):
            async for chunk in communicate.stream():
                if chunk["type"] == "audio":
                    audio += chunk.get("data", b"")
                elif chunk["type"] == "SentenceBoundary":
                    start = chunk.get("offset", 0) // TICKS_PER_MS
                    end = start + chunk.get("duration", 0) // TICKS_PER_MS
                    spans.append(SpokenSpan(start, end, chunk.get("text", "")))
        return bytes(audio), tuple(spans)

    def fetch(
        self, text: str, settings: Mapping[str, Setting]
    ) -> tuple[bytes, tuple[SpokenSpan, ...]]:
        """One text's MP3 and sentence spans, retried until whole or out of attempts."""

        def once() -> tuple[bytes, tuple[SpokenSpan, ...]] | Failure:
            try:
                with self._slots:
                    mp3, spans = asyncio.run(self._request(text, settings))
            except Exception as error:  # classified: every failure is a reason, not a crash
                return _classify(error)
            return _check_audio(mp3, spans) or (mp3, spans)

        return self.retry.call(once, label="edge-tts", shown=text, sleep=self.sleep, rng=self.rng)

    def synthesize(self, text: str, voice: Voice) -> Clip:
        if not any(ch.isalnum() for ch in text):
            raise EngineError(f"edge-tts: nothing speakable in {text[:40]!r}")
        mp3, spans = self.fetch(text, voice.settings(self.name))
        return replace(decode(mp3, MASTER_MONO, "edge-tts audio"), spans=spans)

    def close(self) -> None:
        """Nothing to release: each request opens and closes its own connection."""
