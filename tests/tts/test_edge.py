"""The edge-tts engine against a stand-in of Microsoft's WebSocket service on 127.0.0.1:
edge-tts's own client code runs; every fault is retried, then one clear error, and the
speech cache holds only whole clips afterwards."""

from __future__ import annotations

import random
import socket
from pathlib import Path

import pytest

from briefing.errors import EngineError
from briefing.model import Cue, PostProcessing, Role, Voice
from briefing.speech import speak_cues
from briefing.tts import OneEngine, synthesize
from briefing.tts.cache import SpeechCache
from briefing.tts.edge_engine import EdgeEngine, EdgeTimeouts
from briefing.tts.post import apply_post
from briefing.tts.retry import RetryPolicy
from briefing.voices import parse_voice
from tests.tts.edge_standin import FAULTS, EdgeStandIn
from tests.tts.test_engine_faults import assert_cache_sound

SETTINGS = {"voice": "ar-SA-HamedNeural", "rate": "-5%", "pitch": "-2Hz"}
VOICE = Voice("anchor", "", "edge", "ar", {"edge": SETTINGS})
VOICES = {"anchor": VOICE}
CUES = speak_cues(
    (
        Cue("مرحبا بكم في النشرة", Role.INTRO, "anchor"),
        Cue("افتتحت الحكومة محطة للطاقة الشمسية. وقال الوزير إنها الأكبر", Role.SUMMARY, "anchor"),
    )
)
# A hanging server costs the deadline on every try: short, but long enough for a healthy
# answer on a loaded machine (they take 20-80 ms here).
HANG = EdgeTimeouts(connect_s=2, read_s=2, total_s=0.8)
SOUND = EdgeTimeouts(connect_s=5, read_s=5, total_s=20)
RETRYABLE = [fault for fault in FAULTS if fault != "403"]


def engine(
    attempts: int = 5, sleeps: list[float] | None = None, fault: str = "", **kwargs: object
) -> EdgeEngine:
    record = sleeps.append if sleeps is not None else (lambda _s: None)
    return EdgeEngine(
        retry=RetryPolicy(attempts=attempts),
        timeouts=HANG if fault == "hang" else SOUND,
        sleep=record,
        rng=random.Random(3),
        **kwargs,
    )


@pytest.fixture
def service() -> EdgeStandIn:
    standin = EdgeStandIn()
    with standin.serving():
        yield standin


def test_the_voice_and_its_prosody_go_to_the_service(service: EdgeStandIn) -> None:
    clip = engine().synthesize(CUES[0].text, VOICE)
    [request] = service.requests
    assert request.voice == "Microsoft Server Speech Text to Speech Voice (ar-SA, HamedNeural)"
    assert (request.rate, request.pitch, request.volume) == ("-5%", "-2Hz", "+0%")
    assert request.text == CUES[0].text and request.sentence_boundaries
    assert clip.duration_ms > 500


def test_sentence_boundaries_come_back_as_spans_inside_the_clip(service: EdgeStandIn) -> None:
    clip = engine().synthesize(CUES[1].text, VOICE)
    expected = service.sentences(CUES[1].text)
    assert [span.text for span in clip.spans] == [text for _, _, text in expected]
    assert [(span.start_ms, span.end_ms) for span in clip.spans] == [
        (offset, offset + duration) for offset, duration, _ in expected
    ]
    assert clip.spans[-1].end_ms <= clip.duration_ms


def test_a_faster_tempo_moves_the_spans_with_the_words(service: EdgeStandIn) -> None:
    clip = engine().synthesize(CUES[1].text, VOICE)
    faster = apply_post(clip, PostProcessing(tempo=1.25))
    assert [span.end_ms for span in faster.spans] == [round(s.end_ms / 1.25) for s in clip.spans]
    assert abs(faster.duration_ms - clip.duration_ms / 1.25) < 30


def test_spans_survive_the_cache(service: EdgeStandIn, tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    first = synthesize(CUES, VOICES, OneEngine(engine()), cache, workers=2)
    again = synthesize(CUES, VOICES, OneEngine(engine()), cache, workers=2)
    assert again.cached == 2 and again.clips == first.clips
    assert first.clips[1].spans and len(service.requests) == 2


@pytest.mark.parametrize("fault", RETRYABLE)
def test_each_fault_is_retried_and_only_good_audio_is_cached(
    fault: str, service: EdgeStandIn, tmp_path: Path
) -> None:
    cache = SpeechCache(tmp_path / "cache")
    service.fail_next([fault, fault])
    result = synthesize(CUES, VOICES, OneEngine(engine(fault=fault)), cache, workers=1)
    assert result.synthesized == 2 and service.connections >= 4
    assert assert_cache_sound(cache) == 2


@pytest.mark.parametrize("fault", RETRYABLE)
def test_a_fault_that_persists_is_one_clear_error_and_caches_nothing(
    fault: str, service: EdgeStandIn, tmp_path: Path
) -> None:
    cache = SpeechCache(tmp_path / "cache")
    service.fail_next([fault] * 20)
    with pytest.raises(EngineError, match=r"^edge-tts: .* after 3 attempts for 'مرحبا"):
        synthesize(CUES[:1], VOICES, OneEngine(engine(attempts=3, fault=fault)), cache, workers=1)
    assert assert_cache_sound(cache) == 0


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ("429", "HTTP 429"),
        ("503", "HTTP 503"),
        ("hang", "no answer in time"),
        ("no-audio", "an answer without audio"),
        ("truncated", "a truncated or damaged MP3"),
        ("cut", "audio cut short"),
        ("garbled", "a garbled answer"),
    ],
)
def test_the_error_says_what_went_wrong(fault: str, reason: str, service: EdgeStandIn) -> None:
    service.fail_next([fault] * 20)
    with pytest.raises(EngineError, match=reason):
        engine(attempts=2, fault=fault).synthesize(CUES[0].text, VOICE)


def test_a_refused_handshake_is_not_asked_again(service: EdgeStandIn) -> None:
    service.fail_next(["403"] * 20)
    with pytest.raises(EngineError, match=r"HTTP 403 after 1 attempt for"):
        engine().synthesize(CUES[0].text, VOICE)
    assert service.connections == 2  # edge-tts's own second try, after fixing its clock
    assert not service.requests


def test_nothing_listening_is_retried_then_an_error() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    standin = EdgeStandIn()
    with standin.serving():
        from edge_tts import communicate

        communicate.WSS_URL = standin.url.replace(f":{standin.port}", f":{port}")
        sleeps: list[float] = []
        with pytest.raises(
            EngineError, match=r"no answer \(ClientConnectorError\) after 3 attempts"
        ):
            engine(attempts=3, sleeps=sleeps).synthesize(CUES[0].text, VOICE)
    assert len(sleeps) == 2 and standin.connections == 0


def test_a_throttled_request_waits_as_long_as_it_is_told() -> None:
    standin = EdgeStandIn(retry_after="7")
    standin.fail_next(["429"])
    sleeps: list[float] = []
    with standin.serving():
        engine(sleeps=sleeps).synthesize(CUES[0].text, VOICE)
    assert len(sleeps) == 1 and sleeps[0] >= 7


def test_requests_in_flight_are_bounded(service: EdgeStandIn, tmp_path: Path) -> None:
    cues = speak_cues(
        tuple(Cue(f"الخبر رقم {n} من النشرة", Role.SUMMARY, "anchor") for n in range(8))
    )
    synthesize(
        cues, VOICES, OneEngine(engine(max_requests=2)), SpeechCache(tmp_path / "c"), workers=8
    )
    assert len(service.requests) == 8 and service.max_in_flight <= 2


def test_punctuation_alone_is_refused_before_asking(service: EdgeStandIn) -> None:
    with pytest.raises(EngineError, match="nothing speakable"):
        engine().synthesize("«…»", VOICE)
    assert service.connections == 0


def test_good_settings_load() -> None:
    good = {"voice": "ar-EG-SalmaNeural", "rate": "+10%", "pitch": "-5Hz", "volume": "+0%"}
    assert parse_voice({"name": "x", "edge": good}, "x.toml").settings("edge") == good
    parse_voice({"name": "x", "edge": {"voice": "zh-CN-liaoning-XiaobeiNeural"}}, "x.toml")
