"""A whole offline build, its time split by stage, against its floor (synthesis + one encode).

Run: .venv/bin/python bench/bench_build.py [ARTICLES...]   (default: examples/; a fresh
speech cache, so synthesis is really done). Reads /work/shared/corpus only when given it.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.build import BuildOptions, build  # noqa: E402
from briefing.config import Config  # noqa: E402
from briefing.production import load_production  # noqa: E402
from briefing.tts import EngineChoice  # noqa: E402
from briefing.tts.cache import SpeechCache  # noqa: E402


def main() -> None:
    inputs = [Path(arg) for arg in sys.argv[1:]] or [ROOT / "examples"]
    if not all(path.exists() for path in inputs):
        print(f"skipped: {', '.join(map(str, inputs))} not found")
        return
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        engines = EngineChoice("espeak")
        result = build(
            inputs,
            load_production(Config()),
            engines,
            SpeechCache(Path(tmp) / "cache"),
            BuildOptions(Path(tmp) / "out", dt.date(2026, 11, 29)),
        )
        engines.close()
        total = time.perf_counter() - start
    timings = result.timings
    print(f"{result.segments} segments, {result.record.duration_s:.0f} s of programme")
    for stage, seconds in timings.items():
        print(f"  {stage:15s} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")
    floor = timings["synthesis"] + timings["encode"]
    print(
        f"total {total:.2f} s; floor (synthesis + one encode) {floor:.2f} s; {total / floor:.2f}x"
    )


if __name__ == "__main__":
    main()
