"""An engine per voice: each its own with auto, one for all when forced, offline fallback
with one warning line per engine that did not answer."""

from __future__ import annotations

import pytest

from briefing.errors import InputError
from briefing.model import Voice
from briefing.tts.availability import EngineCheck
from briefing.tts.routing import plan_engines


def voice(name: str, engine: str, **tables: dict) -> Voice:
    return Voice(name, "", engine, "ar", tables)


VOICES = [
    voice("anchor", "edge"),
    voice("quote", "gtts"),
    voice("quote_female", "edge"),
    voice("presenter", "espeak"),
]


def check(**answers: bool) -> EngineCheck:
    return EngineCheck(probes={engine: (lambda a=a: a) for engine, a in answers.items()})


def test_auto_gives_each_voice_its_own_engine_when_all_answer() -> None:
    plan = plan_engines(VOICES, "auto", check(edge=True, gtts=True))
    assert plan.engines == {
        "anchor": "edge", "quote": "gtts", "quote_female": "edge", "presenter": "espeak",
    }  # fmt: skip
    assert plan.warnings == ()


def test_auto_falls_back_per_voice_with_one_line_per_silent_engine() -> None:
    plan = plan_engines(VOICES, "auto", check(edge=False, gtts=True))
    assert plan.engines["anchor"] == plan.engines["quote_female"] == "espeak"
    assert plan.engines["quote"] == "gtts"
    assert plan.warnings == (
        "Microsoft's speech service (edge-tts): no answer; "
        "anchor, quote_female speak offline with espeak-ng",
    )


def test_a_missing_piper_voice_falls_back_and_says_why(tmp_path: pytest.TempPathFactory) -> None:
    mine = voice("mine", "piper", piper={"model": f"{tmp_path}/gone.onnx"})
    plan = plan_engines([mine], "auto", check())
    assert plan.engines == {"mine": "espeak"}
    assert len(plan.warnings) == 1 and plan.warnings[0].startswith("piper: ")
    assert plan.warnings[0].endswith("mine speaks offline with espeak-ng")


@pytest.mark.parametrize("forced", ["espeak", "gtts", "edge", "piper"])
def test_a_forced_engine_speaks_every_voice_and_looks_at_nothing(forced: str) -> None:
    plan = plan_engines(VOICES, forced, EngineCheck(probes={}))  # a probe would KeyError
    assert set(plan.engines.values()) == {forced} and plan.warnings == ()


def test_an_unknown_engine_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown engine 'festival'"):
        plan_engines(VOICES, "festival", check())
