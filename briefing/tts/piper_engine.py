"""Your own neural voice, offline: a Piper voice file (.onnx and its .json) through piper-tts.

No Arabic Piper voice can be installed from a package index; a producer downloads one once
(see the README) and names it in a voice profile's [piper] table. Piper diacritizes Arabic
itself (its bundled libtashkeel model), so the engine takes the speakable text as it is.
A voice is loaded once per file and shared by the workers; a missing file, or a file that
is not a Piper voice, is an input error that names the file.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import metadata
from pathlib import Path
from typing import Any

from briefing.errors import EngineError, InputError
from briefing.model import Clip, PcmFormat, Setting, Voice

# Piper's own pipeline reads sentences back to back; a breath between them is what a
# newsreader does (the pause after a whole cue is the mix's).
SENTENCE_PAUSE_MS = 200
_PIPER_INPUTS = {"input", "input_lengths", "scales"}  # what every Piper voice model takes


def voice_files(settings: Mapping[str, Setting]) -> tuple[Path, Path]:
    """The voice's model and config paths (config defaults to the model's name + .json)."""
    model = Path(str(settings.get("model", ""))).expanduser()
    config = Path(str(settings.get("config", f"{model}.json"))).expanduser()
    return model, config


def missing_files(settings: Mapping[str, Setting]) -> str | None:
    """Why this voice cannot be loaded without trying (a file that is not there), or None."""
    for path in voice_files(settings):
        if not path.is_file():
            return f"Piper voice file {path} not found"
    return None


@dataclass(frozen=True)
class _Loaded:
    voice: Any  # piper.PiperVoice
    format: PcmFormat


class PiperEngine:
    name = "piper"
    preparation = "as-is"  # Piper vowels Arabic itself (libtashkeel, bundled)

    def __init__(self) -> None:
        self._voices: dict[tuple[Path, Path], _Loaded] = {}
        self._lock = threading.Lock()

    @cached_property
    def version(self) -> str:
        return metadata.version("piper-tts")

    def prepare(self, speakable: str) -> str:
        return speakable

    def load(self, settings: Mapping[str, Setting]) -> _Loaded:
        """The voice these settings name, loaded once (about 0.7 s for a 60 MB voice)."""
        model, config = voice_files(settings)
        with self._lock:
            loaded = self._voices.get((model, config))
            if loaded is None:
                loaded = self._voices[(model, config)] = _load(model, config)
            return loaded

    def synthesize(self, text: str, voice: Voice) -> Clip:
        from piper import SynthesisConfig

        settings = voice.settings(self.name)
        if "model" not in settings:
            raise InputError(f"voice {voice.name!r} has no [piper] model (a Piper voice file)")
        loaded = self.load(settings)
        config = SynthesisConfig(
            speaker_id=int(settings["speaker"]) if "speaker" in settings else None,
            length_scale=_optional_float(settings, "length_scale"),
            noise_scale=_optional_float(settings, "noise_scale"),
            noise_w_scale=_optional_float(settings, "noise_w_scale"),
            volume=float(settings.get("volume", 1.0)),
        )
        fmt = loaded.format
        pause_ms = int(settings.get("sentence_pause_ms", SENTENCE_PAUSE_MS))
        pause = bytes(round(pause_ms * fmt.sample_rate / 1000) * fmt.sample_width)
        try:
            sentences = [chunk.audio_int16_bytes for chunk in loaded.voice.synthesize(text, config)]
        except Exception as error:  # onnxruntime and the phonemizer raise their own kinds
            raise EngineError(f"piper: synthesis failed for {text[:40]!r} ({error})") from None
        if not sentences:
            raise EngineError(f"piper: no audio for {text[:40]!r}")
        return Clip(pcm=pause.join(sentences), format=fmt)

    def close(self) -> None:
        with self._lock:
            self._voices.clear()


def _optional_float(settings: Mapping[str, Setting], key: str) -> float | None:
    return float(settings[key]) if key in settings else None


def _load(model: Path, config: Path) -> _Loaded:
    try:
        from piper import PiperVoice
    except ImportError:
        raise InputError(
            "the piper engine needs piper-tts: pip install 'briefing[piper]'"
        ) from None
    for path in (model, config):
        if not path.is_file():
            raise InputError(f"Piper voice file {path} not found")
    try:
        json.loads(config.read_text(encoding="utf-8"))
        voice = PiperVoice.load(model, config_path=config)
    except Exception as error:  # JSON, KeyError in the config, onnxruntime's own errors
        reason = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
        raise InputError(f"{model}: not a Piper voice ({reason})") from None
    inputs = {node.name for node in voice.session.get_inputs()}
    if not inputs >= _PIPER_INPUTS:
        raise InputError(
            f"{model}: not a Piper voice (its model takes {', '.join(sorted(inputs))})"
        )
    return _Loaded(voice=voice, format=PcmFormat(voice.config.sample_rate, 1, 2))
