from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.model import Cue, Role, Voice
from briefing.tts import synthesize
from briefing.tts.cache import SpeechCache, cache_key
from briefing.voices import load_voices
from tests.conftest import ToneEngine, tone

VOICE = Voice("anchor", "", "espeak", "ar", {"espeak": {"rate": 150}})


def cues(*texts: str) -> tuple[Cue, ...]:
    return tuple(Cue(text, Role.SUMMARY, "anchor") for text in texts)


def test_cache_round_trip(cache_dir: Path) -> None:
    cache = SpeechCache(cache_dir)
    clip = tone(300)
    cache.put("ab" * 32, clip)
    assert cache.get("ab" * 32) == clip
    assert cache.get("cd" * 32) is None


def test_corrupt_cache_entry_is_a_miss(cache_dir: Path) -> None:
    cache = SpeechCache(cache_dir)
    cache.put("ab" * 32, tone(300))
    next(cache_dir.rglob("*.wav")).write_bytes(b"RIFF garbage")
    assert cache.get("ab" * 32) is None


def test_key_covers_engine_settings_and_text() -> None:
    base = cache_key("espeak", "1.52", VOICE, "نص")
    slower = Voice("anchor", "", "espeak", "ar", {"espeak": {"rate": 120}})
    assert base == cache_key("espeak", "1.52", VOICE, "نص")
    assert base != cache_key("espeak", "1.53", VOICE, "نص")
    assert base != cache_key("espeak", "1.52", slower, "نص")
    assert base != cache_key("espeak", "1.52", VOICE, "نصوص")
    assert base != cache_key("gtts", "1.52", VOICE, "نص")


def test_second_synthesis_makes_no_engine_call(cache_dir: Path) -> None:
    engine, cache = ToneEngine(), SpeechCache(cache_dir)
    first = synthesize(cues("واحد", "اثنان", "ثلاثة"), {"anchor": VOICE}, engine, cache)
    assert (first.synthesized, first.cached) == (3, 0)
    second = synthesize(cues("واحد", "اثنان", "أربعة"), {"anchor": VOICE}, engine, cache)
    assert (second.synthesized, second.cached) == (1, 2)
    assert second.clips[:2] == first.clips[:2]
    assert len(engine.calls) == 4


def test_clips_keep_cue_order(cache_dir: Path) -> None:
    texts = [f"جملة {'طويلة ' * i}" for i in range(12)]
    result = synthesize(cues(*texts), {"anchor": VOICE}, ToneEngine(), SpeechCache(cache_dir))
    durations = [clip.duration_ms for clip in result.clips]
    assert durations == sorted(durations)


def test_unknown_voice(cache_dir: Path) -> None:
    with pytest.raises(InputError, match="no voice profile"):
        synthesize(cues("نص"), {}, ToneEngine(), SpeechCache(cache_dir))


def test_shipped_voices() -> None:
    voices = load_voices()
    assert {"anchor", "quote", "presenter"} <= set(voices)
    assert all(v.settings("espeak") and v.settings("gtts") for v in voices.values())
