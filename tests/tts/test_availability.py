"""Which engines can speak now: one look per engine, stand-ins for the services."""

from __future__ import annotations

import socket
from pathlib import Path

from briefing.model import Voice
from briefing.tts.availability import Availability, EngineCheck
from briefing.tts.probe import edge_answers
from tests.tts.edge_standin import EdgeStandIn

VOICE = Voice("v", "", "espeak", "ar")


def test_espeak_is_always_there() -> None:
    assert EngineCheck(probes={}).check("espeak", VOICE) == Availability(True, "offline")


def test_a_network_engine_is_looked_at_once_per_run() -> None:
    looks: list[str] = []
    check = EngineCheck(probes={"gtts": lambda: looks.append("g") or False})
    assert check.check("gtts", VOICE) == Availability(False, "no answer")
    assert check.check("gtts", VOICE).available is False
    assert looks == ["g"]


def test_the_edge_probe_finds_the_service_and_its_absence() -> None:
    service = EdgeStandIn()
    with service.serving():
        assert edge_answers(timeout=2)
        assert EngineCheck().check("edge", VOICE) == Availability(True, "answers")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        from edge_tts import communicate

        communicate.WSS_URL = service.url.replace(f":{service.port}", f":{port}")
        assert not edge_answers(timeout=2)


def test_a_piper_voice_is_there_when_its_files_are(tmp_path: Path) -> None:
    model = tmp_path / "v.onnx"
    voice = Voice("v", "", "piper", "ar", {"piper": {"model": str(model)}})
    check = EngineCheck(probes={})
    found = check.check("piper", voice)
    if found.reason == "piper-tts is not installed":
        return  # without the extra, that is the whole answer
    assert found == Availability(False, f"Piper voice file {model} not found")
    model.write_bytes(b"x")
    (tmp_path / "v.onnx.json").write_text("{}")
    assert check.check("piper", voice) == Availability(True, "offline")
    assert check.check("piper", VOICE).reason == "no [piper] model"
