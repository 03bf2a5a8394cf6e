"""Synthesis on every core: the offline engine in helper processes, its clips for the right
cues; other engines in threads; an engine's error stops the rest."""

from __future__ import annotations

import os

import pytest

from briefing.errors import EngineError
from briefing.model import Clip, PcmFormat, Voice
from briefing.tts import is_silent, speak
from briefing.tts.espeak import EspeakEngine
from briefing.tts.pool import Job, run_jobs
from briefing.voices import load_voices
from tests.conftest import ToneEngine

TEXTS = (
    "مرحبا بكم في موجز الأخبار.",
    "أعلنت الحكومة إطلاق مشروع جديد للطاقة الشمسية في المنطقة الجنوبية.",
    "وقال الوزير إن العمل سيبدأ الشهر المقبل.",
    "شكرا لكم.",
)


def made(jobs: list[Job], processes: int, pool_min_chars: int = 0) -> dict[str, Clip]:
    clips: dict[str, Clip] = {}
    run_jobs(jobs, speak, lambda job, clip: clips.__setitem__(job.key, clip), 4, processes,
             pool_min_chars)  # fmt: skip
    return clips


def test_helper_processes_speak_each_cue_as_this_process_does() -> None:
    engine, voice = EspeakEngine(), load_voices()["anchor"]
    jobs = [Job(str(i), engine, text, voice, text) for i, text in enumerate(TEXTS)]
    alone, shared = made(jobs, processes=1), made(jobs, processes=3)
    assert alone.keys() == shared.keys() == {str(i) for i in range(len(TEXTS))}
    for key, clip in shared.items():
        assert not is_silent(clip) and clip.format == alone[key].format
        # espeak-ng's takes vary a little from call to call (its state carries over), by far
        # less than these texts differ in length: each clip is its own cue's
        assert len(clip.pcm) == pytest.approx(len(alone[key].pcm), rel=0.05)


class Fails(ToneEngine):
    def synthesize(self, text: str, voice: Voice) -> Clip:
        if "2" in text:
            raise EngineError("tone: no answer")
        return super().synthesize(text, voice)


def test_an_engine_error_is_raised_and_stops_the_queue() -> None:
    engine, voice = Fails(), Voice("v", "", "espeak", "ar")
    jobs = [Job(str(i), engine, f"cue {i}", voice, f"cue {i}") for i in range(50)]
    with pytest.raises(EngineError, match="no answer"):
        made(jobs, processes=2)
    assert len(engine.calls) < 50


class WhereSpoken(ToneEngine):
    """Process-bound, like espeak-ng: says in its clip which process spoke it."""

    process_bound = True

    def synthesize(self, text: str, voice: Voice) -> Clip:
        return Clip(os.getpid().to_bytes(8, "little") * 50, PcmFormat(22050, 1, 2))


def test_with_helpers_this_process_speaks_none_of_the_offline_cues() -> None:
    # the build process then never loads the diacritizer's models (they stayed resident
    # through the mix and the encode); without helpers it speaks every cue itself
    engine, voice = WhereSpoken(), Voice("v", "", "espeak", "ar")
    jobs = [Job(str(i), engine, f"cue {i}", voice, f"cue {i}") for i in range(12)]
    speakers = {
        processes: {
            int.from_bytes(clip.pcm[:8], "little") for clip in made(jobs, processes).values()
        }
        for processes in (1, 2)
    }
    assert speakers[1] == {os.getpid()}
    assert os.getpid() not in speakers[2] and 1 <= len(speakers[2]) <= 2


class Dies(WhereSpoken):
    """A helper that dies inside the engine (as one killed for memory would)."""

    def synthesize(self, text: str, voice: Voice) -> Clip:
        os._exit(1)


def test_a_helper_that_dies_is_one_engine_error() -> None:
    engine, voice = Dies(), Voice("v", "", "espeak", "ar")
    jobs = [Job(str(i), engine, f"cue {i}", voice, f"cue {i}") for i in range(4)]
    with pytest.raises(EngineError, match="helper process died"):
        made(jobs, processes=2)


def test_work_beside_runs_while_there_are_jobs_and_its_failure_is_left_to_its_caller() -> None:
    engine, voice = ToneEngine(), Voice("v", "", "espeak", "ar")
    jobs = [Job(str(i), engine, f"cue {i}", voice, f"cue {i}") for i in range(3)]
    ran: list[str] = []

    def beside() -> None:
        ran.append("covers")
        raise OSError("drawn again, and raised, where it is needed")

    clips: dict[str, Clip] = {}
    run_jobs(jobs, speak, lambda job, clip: clips.__setitem__(job.key, clip), 4, 1,
             beside=beside)  # fmt: skip
    assert ran == ["covers"] and clips.keys() == {"0", "1", "2"}
    run_jobs([], speak, lambda job, clip: None, 4, 1, beside=lambda: ran.append("again"))
    assert ran == ["covers"]  # nothing to synthesize: a build that reuses its files
