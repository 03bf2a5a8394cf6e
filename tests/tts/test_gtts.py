"""gTTS's real code path against a stand-in endpoint: chunks, retries, faults, limits."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.errors import EngineError
from briefing.model import Cue, Role, Voice
from briefing.speech import speak_cues
from briefing.tts import OneEngine, synthesize
from briefing.tts.cache import SpeechCache
from briefing.tts.gtts_engine import GTTS_LIMIT, GttsEngine
from briefing.tts.retry import RetryPolicy
from tests.tts.gtts_standin import GoogleStandIn

VOICE = Voice("anchor", "", "gtts", "ar", {"gtts": {"lang": "ar", "tld": "com"}})
SHORT = "مرحبا بكم في النشرة"
STANDIN_MS = 400  # each stand-in answer is this long


@pytest.fixture
def google() -> Iterator[GoogleStandIn]:
    stand_in = GoogleStandIn()
    with stand_in.serving():
        yield stand_in


class Sleeps(list):
    """Records backoff sleeps instead of sleeping them."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def engine_with(sleeps: Sleeps, **kwargs: object) -> GttsEngine:
    return GttsEngine(sleep=sleeps, rng=random.Random(5), **kwargs)  # type: ignore[arg-type]


def test_speaks_through_gtts(google: GoogleStandIn) -> None:
    clip = engine_with(Sleeps()).synthesize(SHORT, VOICE)
    assert google.texts == [SHORT]
    assert abs(clip.duration_ms - STANDIN_MS) < 80  # decoded from the MP3 it sent


def test_our_chunks_split_at_arabic_question_marks(google: GoogleStandIn) -> None:
    question = "هل ستنخفض أسعار الكهرباء في المدن الكبرى خلال الأشهر المقبلة بعد افتتاح المحطة؟"
    answer = "قال الوزير إن الأسعار ستنخفض تدريجيا اعتبارا من الصيف المقبل في معظم المناطق"
    clip = engine_with(Sleeps()).synthesize(f"{question} {answer}", VOICE)
    # gTTS alone would cut the question apart; the two are sent in parallel, in either order
    assert sorted(google.texts) == sorted([question, answer])
    assert all(len(text) <= GTTS_LIMIT for text in google.texts)
    assert abs(clip.duration_ms - 2 * STANDIN_MS) < 150  # parts kept in order, all there


def test_429_then_success_honours_retry_after(google: GoogleStandIn) -> None:
    google.retry_after = "7"
    google.fail_next(["429"])
    sleeps = Sleeps()
    clip = engine_with(sleeps).synthesize(SHORT, VOICE)
    assert google.calls == 2 and clip.pcm
    assert sleeps == [pytest.approx(7.0)]


def test_storm_of_500s_is_an_engine_error(google: GoogleStandIn) -> None:
    google.fail_next(["500"] * 20)
    sleeps = Sleeps()
    policy = RetryPolicy(attempts=5, base_s=0.5, cap_s=3.0)
    with pytest.raises(EngineError, match="HTTP 500 after 5 attempts"):
        engine_with(sleeps, retry=policy).synthesize(SHORT, VOICE)
    assert google.calls == 5
    assert len(sleeps) == 4
    for retry, seconds in enumerate(sleeps):  # exponential, jittered, capped
        assert 0 <= seconds <= min(policy.cap_s, policy.base_s * 2**retry)
    assert len(set(sleeps)) == 4


def test_timeouts_are_retried(google: GoogleStandIn) -> None:
    google.fail_next(["timeout", "timeout"])
    sleeps = Sleeps()
    assert engine_with(sleeps).synthesize(SHORT, VOICE).pcm
    assert google.calls == 3 and len(sleeps) == 2


def test_only_timeouts_give_a_clear_error(google: GoogleStandIn) -> None:
    google.fail_next(["timeout"] * 5)
    with pytest.raises(EngineError, match=r"no answer .*ReadTimeout.* after 5 attempts"):
        engine_with(Sleeps()).synthesize(SHORT, VOICE)


@pytest.mark.parametrize("fault", ["truncated", "garbled", "no-audio", "503"])
def test_bad_payload_is_never_used(google: GoogleStandIn, fault: str) -> None:
    clean = engine_with(Sleeps()).synthesize(SHORT, VOICE)
    google.fail_next([fault])
    retried = engine_with(Sleeps()).synthesize(SHORT, VOICE)
    assert retried == clean  # the whole answer, not the damaged one
    assert google.calls == 3


def test_client_errors_are_not_retried(google: GoogleStandIn) -> None:
    google.fail_next(["403"])
    sleeps = Sleeps()
    with pytest.raises(EngineError, match="HTTP 403 after 1 attempt "):
        engine_with(sleeps).synthesize(SHORT, VOICE)
    assert google.calls == 1 and sleeps == []


def test_a_failed_segment_leaves_nothing_in_the_cache(
    google: GoogleStandIn, cache_dir: Path
) -> None:
    google.fail_next(["truncated"] * 5)
    cache = SpeechCache(cache_dir)
    cue = speak_cues((Cue(SHORT, Role.SUMMARY, "anchor"),))
    with pytest.raises(EngineError, match="truncated"):
        synthesize(cue, {"anchor": VOICE}, OneEngine(engine_with(Sleeps())), cache)
    assert cache.info().entries == 0
    assert (
        synthesize(cue, {"anchor": VOICE}, OneEngine(engine_with(Sleeps())), cache).synthesized == 1
    )


def test_concurrency_is_bounded_across_segments(cache_dir: Path) -> None:
    google = GoogleStandIn(delay_s=0.03)
    sentence = "وأضاف المتحدث أن العمل مستمر في المشروع منذ سنوات، وأن النتائج ستظهر قريبا جدا."
    cues = speak_cues(
        tuple(Cue(f"{i}. {sentence} {sentence}", Role.SUMMARY, "anchor") for i in range(6))
    )
    with google.serving():
        result = synthesize(
            cues,
            {"anchor": VOICE},
            OneEngine(engine_with(Sleeps(), max_requests=3)),
            SpeechCache(cache_dir),
        )
    assert result.synthesized == 6 and google.calls >= 12
    assert google.max_in_flight == 3


def test_a_failed_chunk_cancels_its_waiting_siblings(google: GoogleStandIn) -> None:
    sentence = "وأضاف المتحدث أن العمل مستمر في المشروع منذ سنوات وأن النتائج ستظهر قريبا جدا."
    text = " ".join([sentence] * 6)  # six chunks, asked one at a time
    google.fail_next(["403"])
    engine = engine_with(Sleeps(), max_requests=1)
    with pytest.raises(EngineError, match="HTTP 403"):
        engine.synthesize(text, VOICE)
    engine._requests().shutdown(wait=True)  # let whatever is still queued run out
    assert google.calls <= 2  # the failed one, and at most one already on its way


def test_close_stops_the_request_threads(google: GoogleStandIn) -> None:
    before = set(threading.enumerate())
    engine = engine_with(Sleeps(), max_requests=3)
    engine.synthesize(SHORT, VOICE)
    started = [thread for thread in threading.enumerate() if thread not in before]
    assert any(thread.name.startswith("gtts") for thread in started)
    engine.close()
    assert not any(thread.is_alive() for thread in started)
    engine.synthesize(SHORT, VOICE)  # still usable: a new pool on demand
    engine.close()
