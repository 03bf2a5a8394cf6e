"""MP3 completeness, Retry-After, backoff, post-processing and voice profiles."""

from __future__ import annotations

import audioop
import datetime as dt
import random
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.model import PostProcessing
from briefing.tts.mp3check import is_complete_mp3
from briefing.tts.post import apply_post
from briefing.tts.retry import RetryPolicy, parse_retry_after
from briefing.voices import load_voices, parse_voice
from tests.conftest import tone
from tests.tts.gtts_standin import sample_mp3


def test_whole_mp3_and_damaged_ones() -> None:
    mp3 = sample_mp3()
    assert is_complete_mp3(mp3)
    tag = b"ID3\x04\x00\x00\x00\x00\x00\x05" + b"\x00" * 5
    assert is_complete_mp3(tag + mp3 + b"TAG" + b"\x00" * 125)
    assert not is_complete_mp3(mp3[:-7])  # the last frame cut short
    assert not is_complete_mp3(mp3 + b"<html>")
    assert not is_complete_mp3(b"<!doctype html>" + mp3)
    assert not is_complete_mp3(b"")


def test_retry_after_seconds_and_dates() -> None:
    now = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC)
    assert parse_retry_after("12") == 12.0
    assert parse_retry_after("Sun, 29 Nov 2026 12:00:30 GMT", now) == 30.0
    assert parse_retry_after("Sun, 29 Nov 2026 11:00:00 GMT", now) == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_backoff_grows_and_is_capped() -> None:
    policy = RetryPolicy(base_s=1.0, cap_s=4.0, max_retry_after_s=30.0)
    rng = random.Random(1)
    delays = [[policy.delay(retry, rng) for _ in range(200)] for retry in range(5)]
    assert [round(max(d)) for d in delays] == [1, 2, 4, 4, 4]
    assert policy.delay(0, rng, retry_after=10.0) == 10.0
    assert policy.delay(0, rng, retry_after=600.0) == 30.0


def test_tempo_changes_length_and_pitch_does_not() -> None:
    clip = tone(2000, hz=300)
    faster = apply_post(clip, PostProcessing(tempo=1.25))
    assert faster.format == clip.format
    assert faster.duration_ms == pytest.approx(1600, abs=40)
    higher = apply_post(clip, PostProcessing(pitch_semitones=4.0))
    assert higher.duration_ms == pytest.approx(2000, abs=50)
    assert apply_post(clip, PostProcessing()) is clip


def test_band_pass_takes_out_the_lows() -> None:
    field = PostProcessing(band_pass_hz=(300, 3400))
    low, mid = tone(1000, hz=60), tone(1000, hz=1000)
    low_after, mid_after = apply_post(low, field), apply_post(mid, field)
    assert audioop.rms(low_after.pcm, 2) < 0.3 * audioop.rms(low.pcm, 2)
    assert audioop.rms(mid_after.pcm, 2) > 0.7 * audioop.rms(mid.pcm, 2)


def test_voice_profile_post_section() -> None:
    data = {"name": "x", "post": {"tempo": 1.1, "band_pass_hz": [300, 3400]}}
    voice = parse_voice(data, "x.toml")
    assert voice.post == PostProcessing(tempo=1.1, band_pass_hz=(300, 3400))


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ({"name": "x", "post": {"tempo": 5}}, r"\[post\] tempo = 5: must be within 0.5..2"),
        ({"name": "x", "post": {"pitch_semitones": -30}}, r"\[post\] pitch_semitones"),
        ({"name": "x", "post": {"band_pass_hz": [3400, 300]}}, "low < high"),
        ({"name": "x", "post": {"band_pass_hz": [300, "x"]}}, r"band_pass_hz\[1\]"),
        (
            {"name": "x", "engine": "festival"},
            "engine = 'festival': use one of espeak, gtts, edge, piper",
        ),
        ({"description": "no name"}, "name is missing"),
        # these loaded, then crashed mid-synthesis with a traceback / were silently ignored
        ({"name": "x", "espeak": {"rate": "fast"}}, r"\[espeak\] rate = 'fast': expected an int"),
        ({"name": "x", "gian_db": 3}, r"unknown setting gian_db \(did you mean gain_db\?\)"),
        ({"name": "x", "espeak": {"pich": 50}}, r"\[espeak\] pich \(did you mean pitch\?\)"),
        ({"name": "x", "gtts": {"slow": "no"}}, r"\[gtts\] slow = 'no': expected a boolean"),
        ({"name": "x", "espeak": {"rate": 9000}}, r"rate = 9000: must be within 80..450"),
        ({"name": "x", "post": "fast"}, r"\[post\] must be a table"),
        (
            {"name": "x", "edge": {"voice": "Hamed"}},
            r"\[edge\] voice = 'Hamed': expected a value like",
        ),
        ({"name": "x", "edge": {"rate": 5}}, r"\[edge\] rate = 5: expected a string"),
        ({"name": "x", "edge": {"rate": "fast"}}, r"rate = 'fast': expected a value like '-5%'"),
        ({"name": "x", "edge": {"pitch": "+2%"}}, r"pitch = '\+2%': expected a value like '\+0Hz'"),
        ({"name": "x", "edge": {"speed": "+5%"}}, r"unknown setting \[edge\] speed"),
        ({"name": "x", "engine": "piper"}, r"engine piper needs a \[piper\] table with model"),
        ({"name": "x", "piper": {"length_scale": 1.0}}, r"\[piper\] model is missing"),
        ({"name": "x", "piper": {"model": 3}}, r"\[piper\] model = 3: expected a string"),
        (
            {"name": "x", "piper": {"model": "v.onnx", "lenght_scale": 1.0}},
            r"lenght_scale \(did you mean length_scale\?\)",
        ),
        ({"name": "x", "piper": {"model": "v.onnx", "speaker": True}}, r"speaker = True"),
    ],
)
def test_bad_voice_profiles(data: dict, says: str) -> None:
    with pytest.raises(InputError, match=r"^x\.toml: .*" + says):
        parse_voice(data, "x.toml")


def test_a_piper_voice_file_is_found_beside_its_profile(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(
        'name = "mine"\nengine = "piper"\n[piper]\nmodel = "ar_JO-kareem-medium.onnx"\n'
        '[edge]\nvoice = "ar-JO-TaimNeural"\nrate = "-10%"\n',
        encoding="utf-8",
    )
    voice = load_voices(tmp_path)["mine"]
    assert voice.settings("piper")["model"] == str(tmp_path / "ar_JO-kareem-medium.onnx")
    assert voice.settings("edge") == {"voice": "ar-JO-TaimNeural", "rate": "-10%"}


def test_the_shipped_neural_voices_name_edge_and_keep_an_offline_table() -> None:
    voices = load_voices()
    neural = [voice for voice in voices.values() if voice.engine == "edge"]
    assert len(neural) >= 3
    assert all(voice.settings("espeak") and voice.settings("edge")["voice"] for voice in neural)
    assert len({voice.settings("edge")["voice"] for voice in neural}) == len(neural)
