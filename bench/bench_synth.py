"""Synthesis of the demo episode against the gTTS stand-in with 200 ms per request.

Prints, from one run:
  1. cold synthesis through our pipeline vs gTTS's own sequential save() of the same
     texts (target: at least 4x faster);
  2. a warm rebuild vs the cold build (target: zero engine calls, at most 10 % of the
     cold time), both for the synthesis stage and for the whole `build`.

Run: .venv/bin/python bench/bench_synth.py [--delay-ms 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing import ingest  # noqa: E402
from briefing.build import build  # noqa: E402
from briefing.config import Config  # noqa: E402
from briefing.script import build_script  # noqa: E402
from briefing.segment import segment  # noqa: E402
from briefing.speech import shipped_lexicon, speak_script  # noqa: E402
from briefing.tts import OneEngine, synthesize  # noqa: E402
from briefing.tts.cache import SpeechCache  # noqa: E402
from briefing.tts.gtts_engine import GttsEngine  # noqa: E402
from briefing.voices import load_voices  # noqa: E402
from tests.tts.gtts_standin import GoogleStandIn  # noqa: E402

DAY = dt.date(2026, 11, 29)


def demo_inputs(folder: Path) -> list[Path]:
    for source in sorted((ROOT / "examples").glob("*.txt")):
        (folder / source.name).write_bytes(source.read_bytes())
    return [folder]


def timed(google: GoogleStandIn, action: Callable[[], None]) -> tuple[float, int]:
    calls, start = google.calls, time.perf_counter()
    action()
    return time.perf_counter() - start, google.calls - calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay-ms", type=float, default=200.0)
    delay = parser.parse_args().delay_ms / 1000
    google = GoogleStandIn(delay_s=delay)
    config = Config()
    voices = load_voices()
    with tempfile.TemporaryDirectory() as tmp, google.serving():
        root = Path(tmp)
        inputs = demo_inputs(root)
        script = build_script([segment(a) for a in ingest.load(inputs)], DAY, config)
        cues = speak_script(script, shipped_lexicon()).cues
        engine = GttsEngine()
        GttsEngine().synthesize("تحمية", voices["anchor"])  # warm imports and ffmpeg

        def ours(cache: SpeechCache) -> None:
            synthesize(cues, voices, OneEngine(engine), cache, config.workers)

        def gtts_sequential() -> None:
            from gtts import gTTS

            for i, cue in enumerate(cues):
                gTTS(cue.spoken, lang="ar", lang_check=False).save(root / f"{i}.mp3")

        baseline, baseline_calls = timed(google, gtts_sequential)
        synth_cache = SpeechCache(root / "synth-cache")
        cold, cold_calls = timed(google, lambda: ours(synth_cache))
        warm, warm_calls = timed(google, lambda: ours(synth_cache))

        def full_build() -> None:
            build(inputs, root / "out", config, "gtts", SpeechCache(root / "cache"), DAY)

        build_cold, build_cold_calls = timed(google, full_build)
        build_warm, build_warm_calls = timed(google, full_build)

    print(f"demo episode: {len(cues)} segments, stand-in +{delay * 1000:.0f} ms per request")
    print(f"gTTS sequential save(): {baseline:6.2f} s  {baseline_calls:3d} requests")
    print(f"our cold synthesis:     {cold:6.2f} s  {cold_calls:3d} requests"
          f"  -> {baseline / cold:.1f}x faster (target >= 4x)")  # fmt: skip
    print(f"our warm synthesis:     {warm:6.2f} s  {warm_calls:3d} requests"
          f"  -> {100 * warm / cold:.1f}% of cold (target <= 10%, 0 requests)")  # fmt: skip
    print(f"whole build, cold:      {build_cold:6.2f} s  {build_cold_calls:3d} requests")
    print(f"whole build, warm:      {build_warm:6.2f} s  {build_warm_calls:3d} requests"
          f"  -> {100 * build_warm / build_cold:.1f}% of cold")  # fmt: skip


if __name__ == "__main__":
    main()
