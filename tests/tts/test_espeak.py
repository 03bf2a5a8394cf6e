"""The real offline engine: libespeak-ng from the wheel, through ctypes."""

from __future__ import annotations

import audioop

from briefing.tts.espeak import EspeakEngine
from briefing.voices import load_voices


def test_speaks_arabic() -> None:
    engine = EspeakEngine()
    voice = load_voices()["anchor"]
    clip = engine.synthesize(engine.prepare("مرحبا بكم في النشرة"), voice)
    assert clip.format.sample_rate == 22050 and clip.format.channels == 1
    assert 0.5 < clip.duration_ms / 1000 < 5
    assert audioop.rms(clip.pcm, 2) > 300  # speech, not silence


def test_prepare_adds_tashkeel() -> None:
    prepared = EspeakEngine().prepare("قال الرئيس")
    assert any("\u064b" <= ch <= "\u0652" for ch in prepared)


def test_settings_change_the_sound() -> None:
    engine = EspeakEngine()
    voices = load_voices()
    text = engine.prepare("مرحبا بكم")
    slow = engine.synthesize(text, voices["presenter"])
    fast = engine.synthesize(text, voices["quote"])
    assert slow.duration_ms > fast.duration_ms
