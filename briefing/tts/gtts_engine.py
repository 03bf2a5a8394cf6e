"""Google's voices through the gTTS library (needs the network).

gTTS alone posts its chunks one after another, waits forever, splits Arabic badly
(not on ؟ or ؛) and gives up on the first error. Here each of our chunks is one
gTTS request with a timeout, run on a bounded pool shared by all segments, retried
on throttling and server errors, and checked to be a whole MP3 before it is used.
"""

from __future__ import annotations

import binascii
import random
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from functools import cached_property

from briefing.errors import EngineError
from briefing.ffmpeg import decode
from briefing.model import MASTER_MONO, Clip, Setting, Voice
from briefing.speech.chunks import chunk
from briefing.tts.mp3check import is_complete_mp3
from briefing.tts.retry import RETRY_STATUSES, Failure, RetryPolicy, parse_retry_after

GTTS_LIMIT = 100  # gTTS sends at most 100 characters per request
TIMEOUT_S = (5.0, 20.0)  # (connect, read): gTTS waits forever by default
MAX_REQUESTS = 8  # requests in flight at once, across all segments


def _classify(error: Exception) -> Failure:
    """What went wrong with one request, and whether asking again may help."""
    from gtts import gTTSError

    if isinstance(error, gTTSError):
        response = error.rsp
        if response is None:  # no answer: refused, unreachable or timed out
            cause = type(error.__context__).__name__ if error.__context__ else "no connection"
            return Failure(f"no answer ({cause})", retryable=True)
        status = response.status_code
        if status == 200:  # an answer without audio in it
            return Failure("an answer without audio", retryable=True)
        return Failure(
            f"HTTP {status}",
            retryable=status in RETRY_STATUSES,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    return Failure(f"a garbled answer ({error})", retryable=True)  # e.g. bad base64


def _speakable(piece: str) -> bool:
    # gTTS refuses a chunk of punctuation alone ("No text to send").
    return any(ch.isalnum() for ch in piece)


class GttsEngine:
    name = "gtts"
    preparation = "as-is"  # Google's voices vowel Arabic themselves

    def __init__(
        self,
        max_requests: int = MAX_REQUESTS,
        retry: RetryPolicy | None = None,
        timeout: tuple[float, float] = TIMEOUT_S,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.max_requests = max(1, max_requests)
        self.retry = retry or RetryPolicy()
        self.timeout = timeout
        self.sleep = sleep  # injectable, so that tests of backoff run instantly
        self.rng = rng or random.Random()
        self._pool_lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None

    @cached_property
    def version(self) -> str:
        import gtts

        return gtts.__version__

    def prepare(self, speakable: str) -> str:
        return speakable

    def _requests(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.max_requests, thread_name_prefix="gtts")
            return self._pool

    def fetch(self, piece: str, settings: Mapping[str, Setting]) -> bytes:
        """One chunk's MP3, retried until it arrives whole or the attempts run out."""
        from gtts import gTTS, gTTSError

        def once() -> bytes | Failure:
            try:
                mp3 = b"".join(
                    gTTS(
                        piece,
                        lang=str(settings.get("lang", "ar")),
                        tld=str(settings.get("tld", "com")),
                        slow=bool(settings.get("slow", False)),
                        lang_check=False,
                        timeout=self.timeout,
                    ).stream()
                )
            except (gTTSError, binascii.Error, ValueError) as error:
                return _classify(error)
            if is_complete_mp3(mp3):
                return mp3
            return Failure("a truncated or damaged MP3", retryable=True)

        return self.retry.call(once, label="gTTS", shown=piece, sleep=self.sleep, rng=self.rng)

    def synthesize(self, text: str, voice: Voice) -> Clip:
        settings = voice.settings(self.name)
        # gTTS's own splitter misses ؟ and ؛, so it gets chunks ours already cut.
        pieces = [piece for piece in chunk(text, GTTS_LIMIT) if _speakable(piece)]
        if not pieces:
            raise EngineError(f"gTTS: nothing speakable in {text[:40]!r}")
        pool = self._requests()
        futures = [pool.submit(self.fetch, piece, settings) for piece in pieces]
        done, pending = wait(futures, return_when=FIRST_EXCEPTION)
        for future in pending:
            future.cancel()  # left only when a request failed: the segment is lost, ask no more
        errors = [future.exception() for future in done if future.exception() is not None]
        if errors:
            raise errors[0]
        mp3 = b"".join(future.result() for future in futures)
        return decode(mp3, MASTER_MONO, "gTTS audio")

    def close(self) -> None:
        """Stop the request pool; requests not yet sent are dropped."""
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
