"""Joining 800 clips (conform, pauses, stings, bed) against encoding the result to MP3.

Run: .venv/bin/python bench/bench_join.py   (prints the times and the ratio; target < 5%)
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.audio import arrange, master_format
from briefing.config import Config
from briefing.model import Chapter, Clip, Cue, PcmFormat, Role, Script, Voice
from briefing.publish.mp3 import encode_mp3

CLIPS, PER_CHAPTER = 800, 20
SOURCE = PcmFormat(22050, 1, 2)  # espeak's output, resampled to 44.1 kHz when joined


def clip(ms: int) -> Clip:
    frames = SOURCE.sample_rate * ms // 1000
    wave = (8000 * np.sin(np.arange(frames) / 7)).astype("<i2")
    return Clip(wave.tobytes(), SOURCE)


def main() -> None:
    voices = {"v": Voice("v", "", "espeak", "ar")}
    chapters = tuple(
        Chapter(
            f"ch{c}",
            tuple(
                Cue("جملة.", Role.INTRO if c == 0 else Role.SUMMARY, "v")
                for _ in range(2 if c == 0 else PER_CHAPTER)  # a real intro: greeting, contents
            ),
        )
        for c in range(CLIPS // PER_CHAPTER + 1)
    )
    script = Script("bench", dt.date(2026, 1, 1), chapters)
    count = sum(len(chapter.cues) for chapter in chapters)
    clips = tuple(clip(1500 + 37 * (i % 20)) for i in range(count))
    config = Config()
    start = time.perf_counter()
    master = arrange(script, clips, voices, config, master_format(config))
    join_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        encode_mp3(master.clip, Path(tmp) / "bench.mp3", config.bitrate)
        encode_s = time.perf_counter() - start
    audio_s = master.timeline.duration_ms / 1000
    print(f"{count} clips, {audio_s:.0f} s of programme")
    print(f"join (conform+pauses+stings+bed): {join_s:.3f} s")
    print(f"encode MP3 {config.bitrate}: {encode_s:.3f} s ({audio_s / encode_s:.0f}x real time)")
    print(f"join / encode: {100 * join_s / encode_s:.1f}% (target < 5%)")


if __name__ == "__main__":
    main()
