"""How close the pre-synthesis length estimate (max_minutes) comes to the real programme.

Run: .venv/bin/python bench/bench_estimate.py [ARTICLES...]   (default: examples/ and
tests/fixtures/desk/). Each input folder is planned, estimated, then synthesized offline
with espeak-ng and mixed; prints estimate, real length and their ratio.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.audio import mix  # noqa: E402
from briefing.config import Config  # noqa: E402
from briefing.plan import plan_episode  # noqa: E402
from briefing.production import load_production  # noqa: E402
from briefing.select import estimate_seconds  # noqa: E402
from briefing.tts import OneEngine, synthesize  # noqa: E402
from briefing.tts.cache import SpeechCache  # noqa: E402
from briefing.tts.espeak import EspeakEngine  # noqa: E402


def main() -> None:
    inputs = [Path(arg) for arg in sys.argv[1:]] or [
        ROOT / "examples",
        ROOT / "tests/fixtures/desk",
    ]
    config = replace(Config(), max_minutes=0, max_stories=0)  # every story, to compare
    production = load_production(config)
    voices = production.voices
    engine = OneEngine(EspeakEngine())
    with tempfile.TemporaryDirectory() as tmp:
        cache = SpeechCache(Path(tmp) / "cache")
        for folder in inputs:
            plan = plan_episode([folder], production, dt.date(2026, 11, 29), warn=lambda _: None)
            estimate = estimate_seconds(plan.script, voices, config)
            synthesis = synthesize(plan.script.cues, voices, engine, cache, config.workers)
            real = mix(plan.script, synthesis.clips, voices, config).timeline.duration_ms / 1000
            print(
                f"{folder.name}: {len(plan.stories)} stories, estimate {estimate:.0f} s, "
                f"real {real:.0f} s, estimate/real {estimate / real:.2f}"
            )


if __name__ == "__main__":
    main()
