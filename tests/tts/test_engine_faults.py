"""Engine faults end to end: every fault retried, then one clear error, and the speech cache
holds only whole, audible clips afterwards (checked after each fault)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from briefing.errors import EngineError
from briefing.model import Clip, Cue, Role, Voice
from briefing.speech import speak_cues
from briefing.tts import SILENT_ATTEMPTS, OneEngine, is_silent, synthesize
from briefing.tts.cache import SpeechCache
from briefing.tts.gtts_engine import GttsEngine
from briefing.tts.retry import RetryPolicy
from tests.conftest import ToneEngine, tone
from tests.tts.gtts_standin import FAULTS, GoogleStandIn

VOICE = Voice("anchor", "", "gtts", "ar", {"gtts": {"lang": "ar", "tld": "com"}})
VOICES = {"anchor": VOICE}
CUES = speak_cues(
    (
        Cue("مرحبا بكم في النشرة", Role.INTRO, "anchor"),
        Cue("افتتحت الحكومة محطة للطاقة الشمسية", Role.HEADLINE, "anchor"),
    )
)
RETRYABLE = [f for f in FAULTS if f != "403"]


def engine(attempts: int = 5) -> GttsEngine:
    return GttsEngine(
        retry=RetryPolicy(attempts=attempts), sleep=lambda _s: None, rng=random.Random(8)
    )


def assert_cache_sound(cache: SpeechCache) -> int:
    """Every entry on disk is served whole and audible; how many there are."""
    entries = list(cache.directory.glob("??/*.clip"))
    for path in entries:
        clip = cache.get(path.stem)
        assert clip is not None and not is_silent(clip), path
    assert not list(cache.directory.rglob("*.tmp"))
    return len(entries)


@pytest.mark.parametrize("fault", RETRYABLE)
def test_each_fault_is_retried_and_only_good_audio_is_cached(fault: str, tmp_path: Path) -> None:
    google = GoogleStandIn()
    cache = SpeechCache(tmp_path / "cache")
    google.fail_next([fault, fault])
    with google.serving():
        result = synthesize(CUES, VOICES, OneEngine(engine()), cache, workers=1)
    assert result.synthesized == 2 and google.calls == 4
    assert assert_cache_sound(cache) == 2


@pytest.mark.parametrize("fault", RETRYABLE)
def test_a_fault_that_persists_is_one_clear_error_and_caches_nothing(
    fault: str, tmp_path: Path
) -> None:
    google = GoogleStandIn()
    cache = SpeechCache(tmp_path / "cache")
    google.fail_next([fault] * 20)
    with google.serving(), pytest.raises(EngineError, match=r"gTTS: .* after 3 attempts"):
        synthesize(CUES[:1], VOICES, OneEngine(engine(attempts=3)), cache, workers=1)
    assert google.calls == 3
    assert assert_cache_sound(cache) == 0


def test_a_storm_of_mixed_faults_across_parallel_segments(tmp_path: Path) -> None:
    google = GoogleStandIn()
    storm = random.Random(8).choices(RETRYABLE, k=12)
    google.fail_next(storm)
    cache = SpeechCache(tmp_path / "cache")
    cues = speak_cues(
        tuple(Cue(f"الخبر رقم {n} من النشرة", Role.SUMMARY, "anchor") for n in range(6))
    )
    with google.serving():
        first = synthesize(cues, VOICES, OneEngine(engine(attempts=13)), cache, workers=3)
        again = synthesize(cues, VOICES, OneEngine(engine(attempts=13)), cache, workers=3)
    assert google.calls == 6 + len(storm)  # every fault retried, the rebuild cached
    assert again.cached == 6 and again.clips == first.clips
    assert assert_cache_sound(cache) == 6


class SilentFirst(ToneEngine):
    """Answers with silence `silent` times, then speaks."""

    def __init__(self, silent: int) -> None:
        super().__init__()
        self.silent = silent

    def synthesize(self, text: str, voice: Voice) -> Clip:
        self.calls.append(text)
        clip = tone(200)
        if len(self.calls) <= self.silent:
            return Clip(pcm=bytes(len(clip.pcm)), format=clip.format)  # digital silence
        return clip


def test_silence_is_asked_again(tmp_path: Path) -> None:
    engine = SilentFirst(silent=SILENT_ATTEMPTS - 1)
    cache = SpeechCache(tmp_path / "cache")
    result = synthesize(CUES[:1], VOICES, OneEngine(engine), cache, workers=1)
    assert len(engine.calls) == SILENT_ATTEMPTS and not is_silent(result.clips[0])
    assert assert_cache_sound(cache) == 1


def test_an_engine_that_only_returns_silence_is_an_engine_error(tmp_path: Path) -> None:
    engine = SilentFirst(silent=100)
    cache = SpeechCache(tmp_path / "cache")
    with pytest.raises(EngineError, match="silence instead of speech"):
        synthesize(CUES[:1], VOICES, OneEngine(engine), cache, workers=1)
    assert len(engine.calls) == SILENT_ATTEMPTS
    assert assert_cache_sound(cache) == 0


def test_quiet_speech_is_not_silence() -> None:
    assert not is_silent(tone(200))
    assert is_silent(Clip(pcm=bytes(800), format=tone(10).format))
    assert is_silent(Clip(pcm=b"", format=tone(10).format))
