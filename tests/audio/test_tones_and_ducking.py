from __future__ import annotations

import datetime as dt

import numpy as np

from briefing.audio import arrange, duck_gains, tones
from briefing.config import AudioSettings, Config
from briefing.model import Chapter, Cue, PcmFormat, Role, Script, Voice
from briefing.script import build_script
from tests.conftest import tone

FMT = PcmFormat(44100, 1, 2)
VOICES = {
    name: Voice(name, "", "espeak", "ar")
    for name in ("anchor", "presenter", "quote", "quote_female")
}


def samples(pcm: bytes) -> np.ndarray:
    return np.frombuffer(pcm, "<i2").astype(np.float64) / 32768


def rms_db(x: np.ndarray) -> float:
    return 20 * np.log10(np.sqrt(np.mean(x**2)) + 1e-12)


def test_duck_gains_dip_under_speech_and_ramp_back() -> None:
    gains = duck_gains(10_000, [(4000, 6000)], duck_db=-12.0, ramp=500)
    assert gains[0] == 1.0 and gains[-1] == 1.0
    assert abs(20 * np.log10(gains[5000]) + 12.0) < 1e-6
    assert abs(20 * np.log10(gains[4000]) + 12.0) < 1e-6  # fully down by the first word
    assert np.all(np.diff(gains[3000:4000]) <= 1e-12)  # gliding down, never up
    assert np.all(np.diff(gains[6000:7000]) >= -1e-12)


def test_synthesized_sounds_are_deterministic_and_within_their_peaks() -> None:
    sting = tones.sting(44100)
    assert 1.0 < len(sting) / 44100 < 1.5
    assert np.array_equal(sting, tones.sting(44100))
    assert abs(20 * np.log10(np.max(np.abs(sting))) + 4.0) < 0.01
    bed = tones.bed(5.0, 44100, peak_dbfs=-18.0)
    assert len(bed) == 5 * 44100
    assert abs(20 * np.log10(np.max(np.abs(bed))) + 18.0) < 0.01
    assert abs(bed[0]) < 1e-3 and abs(bed[-1]) < 1e-3  # faded in and out


def test_bed_plays_under_the_intro_and_ducks_under_speech() -> None:
    script = Script(
        "t",
        dt.date(2026, 1, 1),
        (
            Chapter("intro", (Cue("مرحبا", Role.INTRO, "presenter"),)),
            Chapter("story", (Cue("خبر", Role.HEADLINE, "anchor"),)),
        ),
    )
    clips = (tone(3000, FMT), tone(1000, FMT))
    audio = AudioSettings(duck_db=-14.0, bed_db=-18.0)
    with_bed = arrange(script, clips, VOICES, Config(audio=audio), FMT)
    without = arrange(script, clips, VOICES, Config(audio=AudioSettings(bed=False)), FMT)
    cue = with_bed.timeline.cues[0]
    assert cue.start_ms == audio.bed_lead_ms  # the bed plays alone first
    mixed, speech = samples(with_bed.clip.pcm), samples(without.clip.pcm)
    assert without.timeline.cues[0].start_ms == 0  # no bed, no lead-in
    start = round(cue.start_ms * 44.1)
    clear = rms_db(mixed[4410:66150])  # 0.1–1.5 s: the bed alone
    words = slice(44100, 110250)  # 1–2.5 s into the words: the bed is what differs
    ducked = rms_db(mixed[start:][words] - speech[words])
    assert abs((ducked - clear) - audio.duck_db) < 3.0


def test_pauses_follow_role_and_punctuation() -> None:
    from briefing.audio.pauses import pause_after

    config = Config()
    say = Cue("جملة.", Role.SUMMARY, "anchor")
    ask = Cue("جملة؟", Role.SUMMARY, "anchor")
    lean = Cue("جملة،", Role.SUMMARY, "anchor")
    intro = Cue("وقال الوزير:", Role.QUOTE_INTRO, "anchor")
    head = Cue("عنوان", Role.HEADLINE, "anchor")
    assert pause_after(lean, config, False) < pause_after(say, config, False)
    assert pause_after(say, config, False) < pause_after(ask, config, False)
    assert pause_after(intro, config, False) < pause_after(say, config, False)
    assert pause_after(head, config, False) > pause_after(say, config, False)
    assert pause_after(say, config, True) == config.chapter_pause_ms


def test_a_whole_script_arranges_with_every_cue_in_order() -> None:
    from briefing.model import Quote, Story

    story = Story("s", None, "عنوان", ("جملة.",), (Quote("نص", "الوزيرة"),), (), ())
    script = build_script([story, story], dt.date(2026, 1, 1), Config())
    clips = tuple(tone(200, FMT) for _ in script.cues)
    timeline = arrange(script, clips, VOICES, Config(), FMT).timeline
    starts = [c.start_ms for c in timeline.cues]
    assert starts == sorted(starts) and len(starts) == len(script.cues)
    assert timeline.cues[-1].end_ms == timeline.duration_ms


def test_the_beds_pad_is_its_sines_sample_by_sample() -> None:
    """The pad is made by turning one chunk's sines (tones._Oscillator); written out with a
    sine per sample, it is the same to 1e-9, across chunk boundaries."""
    rate = 8000
    t = np.arange(20 * rate) / rate  # three chunks
    expected = np.zeros(len(t))
    for index, freq in enumerate(110.0 * 2 ** (np.array([0, 7, 12, 16, 19]) / 12)):
        breathing = 0.75 + 0.25 * np.sin(2 * np.pi * (0.15 + 0.03 * index) * t + index)
        expected += np.sin(2 * np.pi * freq * t) * breathing / (1 + 0.4 * index)
    assert np.abs(tones.pad(len(t), rate) - expected).max() < 1e-9
