"""The real offline engine: libespeak-ng from the wheel, through ctypes."""

from __future__ import annotations

import audioop
from dataclasses import replace

from briefing.speech.marks import strip_marks
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


def test_prepare_reads_pausal_forms() -> None:
    # the models' case endings go (قالَ الوزيرُ -> قَال الْوَزِير); the endings our rules set
    # stay where the words run on (عشرين حالةَ وفاةٍ), and go before a pause
    prepared = EspeakEngine().prepare("قال الوزير إن المشروع كبير. سجلت عشرين حالة وفاة")
    words = prepared.split()
    assert not ("\u064b" <= words[-1][-1] <= "\u0650")  # the end of the text is a pause
    assert not ("\u064b" <= words[4].rstrip(".")[-1] <= "\u0650")  # so is a full stop
    assert not ("\u064b" <= words[0][-1] <= "\u0650")  # the models' ending of قال
    assert words[0] != strip_marks(words[0])  # ... and its other vowels stay
    assert words[-2][-1] == "\u064e"  # حَالَةَ وَفَاة: the construct's ending, ours


def test_a_pause_between_sentences() -> None:
    engine = EspeakEngine()
    base = load_voices()["anchor"]

    def spoken(pause_ms: int) -> float:
        settings = {**base.settings("espeak"), "sentence_pause_ms": pause_ms}
        voice = replace(base, engine_settings={"espeak": settings})
        return engine.synthesize(engine.prepare("وصل الوفد. بدأت المحادثات"), voice).duration_ms

    # sentences spoken one by one, the silence between them as set
    assert abs(spoken(400) - spoken(100) - 300) < 40  # espeak-ng varies a little per call
