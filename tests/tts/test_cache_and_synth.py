from __future__ import annotations

import errno
import hashlib
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.errors import EngineError, InputError
from briefing.fileio import sealed
from briefing.model import Clip, Cue, PostProcessing, Role, Voice
from briefing.speech import speak_cues
from briefing.tts import OneEngine, synthesize
from briefing.tts import cache as cache_module
from briefing.tts.cache import SpeechCache, cache_key
from briefing.voices import load_voices
from tests.conftest import ToneEngine, tone

PREP = "tashkeel rawi-v2-int8"
VOICE = Voice("anchor", "", "espeak", "ar", {"espeak": {"rate": 150}})


def cues(*texts: str) -> tuple[Cue, ...]:
    return speak_cues(tuple(Cue(text, Role.SUMMARY, "anchor") for text in texts))


def test_cache_round_trip(cache_dir: Path) -> None:
    cache = SpeechCache(cache_dir)
    clip = tone(300)
    cache.put("ab" * 32, clip)
    assert cache.get("ab" * 32) == clip
    assert cache.get("cd" * 32) is None


def test_a_hit_brings_its_pcm_digest_without_hashing_again(cache_dir: Path) -> None:
    cache = SpeechCache(cache_dir)
    clip, other = tone(300), tone(200)
    cache.put("ab" * 32, clip)
    cache.put("cd" * 32, other, pcm_digest=b"given")  # the caller's digest is what is kept
    hit = cache.lookup("ab" * 32)
    assert hit is not None and hit.clip == clip
    assert hit.pcm_digest == hashlib.sha256(clip.pcm).digest()
    given = cache.lookup("cd" * 32)
    assert given is not None and given.pcm_digest == b"given"


def test_an_entry_without_a_pcm_digest_is_hashed_when_read(cache_dir: Path) -> None:
    clip = tone(300)
    body = cache_module._to_body(clip, "tone", b"")
    length = int.from_bytes(body[:4], "big")
    header = json.loads(body[4 : 4 + length])
    del header["pcm_sha256"]  # as entries were written before the digest came in
    encoded = json.dumps(header).encode("utf-8")
    old_body = len(encoded).to_bytes(4, "big") + encoded + body[4 + length :]
    path = cache_dir / "ab" / f"{'ab' * 32}{cache_module.SUFFIX}"
    path.parent.mkdir(parents=True)
    path.write_bytes(sealed(cache_module.MAGIC, old_body))
    hit = SpeechCache(cache_dir).lookup("ab" * 32)
    assert hit is not None and hit.clip == clip
    assert hit.pcm_digest == hashlib.sha256(clip.pcm).digest()


def test_corrupt_cache_entry_is_a_miss(cache_dir: Path) -> None:
    cache = SpeechCache(cache_dir)
    cache.put("ab" * 32, tone(300))
    entry = next(cache_dir.rglob("*.clip"))
    entry.write_bytes(b"RIFF garbage")
    assert cache.get("ab" * 32) is None
    assert not entry.exists()  # removed, so the next put replaces it


def test_truncated_or_flipped_entry_is_a_miss(cache_dir: Path) -> None:
    cache = SpeechCache(cache_dir)
    cache.put("ab" * 32, tone(300))
    cache.put("cd" * 32, tone(300))
    cut, flipped = sorted(cache_dir.rglob("*.clip"))
    cut.write_bytes(cut.read_bytes()[:-100])  # a WAV reader would return it, shorter
    data = bytearray(flipped.read_bytes())
    data[-5] ^= 0xFF
    flipped.write_bytes(bytes(data))
    assert cache.get("ab" * 32) is None
    assert cache.get("cd" * 32) is None


def test_eviction_keeps_the_recently_used(cache_dir: Path) -> None:
    entry_size = len(tone(300).pcm) + 200  # the WAV header and the checksum
    cache = SpeechCache(cache_dir, max_bytes=3 * entry_size)
    keys = [f"{i:02d}" * 32 for i in range(3)]
    for age, key in enumerate(keys):
        cache.put(key, tone(300))
        path = next(cache_dir.rglob(f"{key}.clip"))
        os.utime(path, (1000 + age, 1000 + age))  # put in order: 00 oldest
    assert cache.get(keys[0]) is not None  # a hit makes 00 the most recent
    cache.put("ff" * 32, tone(300))
    assert cache.get(keys[1]) is None  # least recently used: gone
    assert cache.get(keys[0]) is not None and cache.get("ff" * 32) is not None
    assert cache.info().bytes <= 3 * entry_size


def test_info_and_clear(cache_dir: Path) -> None:
    cache = SpeechCache(cache_dir)
    assert cache.info().entries == 0  # not even created yet
    cache.put("ab" * 32, tone(300))
    cache.put("cd" * 32, tone(200))
    info = cache.info()
    assert info.entries == 2 and info.bytes > len(tone(500).pcm)
    assert cache.clear() == 2
    assert cache.info().entries == 0 and cache.get("ab" * 32) is None


def test_key_covers_engine_settings_and_text() -> None:
    base = cache_key("espeak", "1.52", VOICE, "نص", preparation=PREP)
    slower = Voice("anchor", "", "espeak", "ar", {"espeak": {"rate": 120}})
    assert base == cache_key("espeak", "1.52", VOICE, "نص", preparation=PREP)
    assert base != cache_key("espeak", "1.53", VOICE, "نص", preparation=PREP)
    assert base != cache_key("espeak", "1.52", slower, "نص", preparation=PREP)
    assert base != cache_key("espeak", "1.52", VOICE, "نصوص", preparation=PREP)
    assert base != cache_key("gtts", "1.52", VOICE, "نص", preparation=PREP)
    assert base != cache_key("espeak", "1.52", VOICE, "نص", preparation="tashkeel other")
    faster = replace(VOICE, post=PostProcessing(tempo=1.1))
    assert base != cache_key("espeak", "1.52", faster, "نص", preparation=PREP)
    # what is not in the sound is not in the key
    assert base == cache_key(
        "espeak", "1.52", replace(VOICE, description="x"), "نص", preparation=PREP
    )


def test_progress_counts_every_cue(cache_dir: Path) -> None:
    engine, cache = ToneEngine(), SpeechCache(cache_dir)
    synthesize(cues("واحد", "اثنان"), {"anchor": VOICE}, OneEngine(engine), cache)
    seen: list[tuple[int, int]] = []
    synthesize(
        cues("واحد", "اثنان", "ثلاثة"),
        {"anchor": VOICE},
        OneEngine(engine),
        cache,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(2, 3), (1, 3)]


def test_engine_failure_stores_nothing(cache_dir: Path) -> None:
    class Broken(ToneEngine):
        def synthesize(self, text: str, voice: Voice) -> Clip:
            if "ثلاثة" in text:
                raise EngineError("tone: broken")
            return super().synthesize(text, voice)

    cache = SpeechCache(cache_dir)
    with pytest.raises(EngineError):
        synthesize(cues("ثلاثة"), {"anchor": VOICE}, OneEngine(Broken()), cache, workers=1)
    assert cache.info().entries == 0


def test_second_synthesis_makes_no_engine_call(cache_dir: Path) -> None:
    engine, cache = ToneEngine(), SpeechCache(cache_dir)
    first = synthesize(cues("واحد", "اثنان", "ثلاثة"), {"anchor": VOICE}, OneEngine(engine), cache)
    assert (first.synthesized, first.cached) == (3, 0)
    second = synthesize(cues("واحد", "اثنان", "أربعة"), {"anchor": VOICE}, OneEngine(engine), cache)
    assert (second.synthesized, second.cached) == (1, 2)
    assert second.clips[:2] == first.clips[:2]
    assert len(engine.calls) == 4


def test_clips_keep_cue_order(cache_dir: Path) -> None:
    texts = [f"جملة {'طويلة ' * i}" for i in range(12)]
    result = synthesize(
        cues(*texts), {"anchor": VOICE}, OneEngine(ToneEngine()), SpeechCache(cache_dir)
    )
    durations = [clip.duration_ms for clip in result.clips]
    assert durations == sorted(durations)


def test_unknown_voice(cache_dir: Path) -> None:
    with pytest.raises(InputError, match="no voice profile"):
        synthesize(cues("نص"), {}, OneEngine(ToneEngine()), SpeechCache(cache_dir))


def test_shipped_voices() -> None:
    voices = load_voices()
    assert {"anchor", "quote", "presenter", "correspondent"} <= set(voices)
    assert all(v.settings("espeak") and v.settings("gtts") for v in voices.values())


def test_a_repeated_cue_is_synthesized_once(cache_dir: Path) -> None:
    engine = ToneEngine()
    seen: list[tuple[int, int]] = []
    result = synthesize(
        cues("وأضاف:", "واحد", "وأضاف:", "وأضاف:"),
        {"anchor": VOICE},
        OneEngine(engine),
        SpeechCache(cache_dir),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert sorted(engine.calls) == sorted(["وأضاف:", "واحد"])
    assert (result.synthesized, result.cached) == (2, 2)
    assert result.clips[0] == result.clips[2] == result.clips[3]  # one take, stored once
    assert len(set(result.clips.digests)) == 2
    assert sum(done for done, _ in seen) == 4


class CountsPreparation(ToneEngine):
    def __init__(self) -> None:
        super().__init__()
        self.prepared: list[str] = []

    def prepare(self, speakable: str) -> str:
        self.prepared.append(speakable)
        return speakable


def test_cached_cues_are_not_prepared(cache_dir: Path) -> None:
    engine, cache = CountsPreparation(), SpeechCache(cache_dir)
    synthesize(cues("واحد", "اثنان"), {"anchor": VOICE}, OneEngine(engine), cache)
    assert len(engine.prepared) == 2
    synthesize(cues("واحد", "اثنان", "ثلاثة"), {"anchor": VOICE}, OneEngine(engine), cache)
    assert engine.prepared[2:] == ["ثلاثة"]  # only the miss pays for preparation


def test_another_preparation_is_another_clip(cache_dir: Path) -> None:
    engine, cache = ToneEngine(), SpeechCache(cache_dir)
    synthesize(cues("واحد"), {"anchor": VOICE}, OneEngine(engine), cache)
    engine.preparation = "tashkeel a newer model"
    assert synthesize(cues("واحد"), {"anchor": VOICE}, OneEngine(engine), cache).synthesized == 1


def test_a_full_cache_warns_once_and_the_synthesis_goes_on(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_bytes", full)  # what write_atomic fills its file with
    warnings: list[str] = []
    cache = SpeechCache(cache_dir, warn=warnings.append)
    result = synthesize(
        cues("واحد", "اثنان", "ثلاثة"), {"anchor": VOICE}, OneEngine(ToneEngine()), cache
    )
    assert len(result.clips) == 3 and result.synthesized == 3
    assert len(warnings) == 1 and "No space left" in warnings[0]
    assert cache.info().entries == 0
