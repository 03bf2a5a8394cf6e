"""The user's own sting and music bed: read and decoded once by the build, mixed purely."""

from __future__ import annotations

import datetime as dt
import wave
from pathlib import Path

import numpy as np
import pytest

from briefing.audio import Sounds, arrange
from briefing.config import AudioSettings, Config
from briefing.errors import InputError
from briefing.model import Chapter, Clip, Cue, PcmFormat, Role, Script, Voice
from briefing.production import load_sounds
from tests.conftest import tone

FMT = PcmFormat(44100, 1, 2)
VOICES = {"v": Voice("v", "", "espeak", "ar")}


def write_wav(path: Path, clip: Clip) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(clip.format.channels)
        out.setsampwidth(clip.format.sample_width)
        out.setframerate(clip.format.sample_rate)
        out.writeframes(clip.pcm)
    return path


def two_chapters(intro: bool = False) -> Script:
    first = Cue("مرحبا", Role.INTRO if intro else Role.SUMMARY, "v")
    return Script(
        "t",
        dt.date(2026, 1, 1),
        (Chapter("a", (first,)), Chapter("b", (Cue("خبر", Role.SUMMARY, "v"),))),
    )


def test_a_sting_of_ones_own_is_decoded_once_and_mixed_in(tmp_path: Path) -> None:
    sting = tone(700, PcmFormat(22050, 2, 2), hz=300)  # another rate and channel count
    path = write_wav(tmp_path / "sting.wav", sting)
    config = Config(audio=AudioSettings(sting_file=str(path), bed=False))
    sounds = load_sounds(config)
    assert sounds.sting is not None and sounds.bed is None
    assert sounds.sting.format == FMT and abs(sounds.sting.duration_ms - 700) <= 1
    path.unlink()  # the mix reads no file: everything it needs came decoded
    master = arrange(two_chapters(), (tone(300, FMT), tone(300, FMT)), VOICES, config, FMT, sounds)
    second = master.timeline.cues[1].start_ms - master.timeline.chapters[1].start_ms
    assert abs(second - (700 + config.audio.sting_gap_ms)) <= 1
    start = round(master.timeline.chapters[1].start_ms * 44.1)
    laid = np.frombuffer(master.clip.pcm, "<i2")[start : start + len(sounds.sting.pcm) // 2]
    assert np.array_equal(laid, np.frombuffer(sounds.sting.pcm, "<i2"))


def test_a_bed_of_ones_own_plays_under_the_intro(tmp_path: Path) -> None:
    bed = write_wav(tmp_path / "bed.wav", tone(500, FMT, hz=200))
    config = Config(audio=AudioSettings(bed_file=str(bed), stings=False))
    sounds = load_sounds(config)
    script, clips = two_chapters(intro=True), (tone(1000, FMT), tone(300, FMT))
    own = arrange(script, clips, VOICES, config, FMT, sounds)
    built_in = arrange(script, clips, VOICES, config, FMT)
    lead = slice(0, round(config.audio.bed_lead_ms * 44.1))  # the bed alone
    own_lead = np.frombuffer(own.clip.pcm, "<i2")[lead].astype(float)
    peak = float(np.max(np.abs(own_lead)))
    assert abs(20 * np.log10(peak / 32768) - config.audio.bed_db) < 0.5  # scaled to bed_db
    assert not np.array_equal(own.clip.pcm, built_in.clip.pcm)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"sting_file": "/no/such/sting.wav"}, "sting /no/such/sting.wav: cannot read it"),
        ({"bed_file": "/no/such/bed.wav"}, "music bed /no/such/bed.wav: cannot read it"),
        ({"bed_file": "EMPTY"}, "no audio in it"),
    ],
)
def test_unusable_sounds_are_input_errors(tmp_path: Path, settings: dict, message: str) -> None:
    if settings.get("bed_file") == "EMPTY":
        settings = {"bed_file": str(write_wav(tmp_path / "empty.wav", Clip(b"", FMT)))}
    with pytest.raises(InputError, match=message):
        load_sounds(Config(audio=AudioSettings(**settings)))


def test_sounds_switched_off_are_not_read() -> None:
    audio = AudioSettings(sting_file="/no/sting", bed_file="/no/bed", stings=False, bed=False)
    assert load_sounds(Config(audio=audio)) == Sounds()
