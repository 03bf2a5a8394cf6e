"""Where the offline voice's synthesis time goes, at the scale of a long episode.

Run: .venv/bin/python bench/bench_speech_cost.py [ARTICLES] [--pool]   (default: 40)

Plans an episode of ARTICLES articles (bench/scale_articles.py), takes the texts the build
would synthesize (one per distinct voice and spoken text), and times each step of one cue's
synthesis in this process, one caller, as the engine does it: the three tashkeel readings
(speech/diacritizers.py, side by side on its own threads), the merge of their marks and the
pausal forms, espeak-ng itself, and the voice's colour (tts/post.py, one ffmpeg per coloured
clip). Then, with --pool, the same synthesis through tts/pool.py on every core against one
caller, in one run (timings on a shared machine are noisy: compare the ratios).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DAY = dt.date(2026, 11, 29)


def _texts(size: int) -> list[tuple[str, str]]:
    """(voice, spoken text) of each distinct cue of a planned episode of `size` articles."""
    from scale_articles import write_articles

    from briefing.config import Config
    from briefing.plan import plan_episode
    from briefing.production import load_production

    with tempfile.TemporaryDirectory() as tmp:
        write_articles(Path(tmp), size)
        production = load_production(replace(Config(), max_minutes=0))
        plan = plan_episode(sorted(Path(tmp).glob("*.txt")), production, DAY, lambda _: None)
    return list(dict.fromkeys((cue.voice, cue.spoken or "") for cue in plan.script.cues))


def steps(said: list[tuple[str, str]]) -> dict[str, float]:
    """Seconds spent in each step over all texts, one caller."""
    from briefing.speech import diacritizers, tashkeel
    from briefing.speech.lexicon import shipped_lexicon
    from briefing.text import split_sentences
    from briefing.tts.espeak import EspeakEngine
    from briefing.tts.post import apply_post
    from briefing.voices import load_voices

    voices, engine, vowels = load_voices(), EspeakEngine(), shipped_lexicon().vowels
    diacritizers.readings(["تجربة"])  # sessions built outside the timing
    diacritizers.forget()  # every sentence read afresh, as in a cold build
    engine.synthesize("تجربة", voices["anchor"])
    spent: dict[str, float] = defaultdict(float)

    def clock(step: str, start: float) -> float:
        now = time.perf_counter()
        spent[step] += now - start
        return now

    for voice, text in said:
        start = time.perf_counter()
        sentences = split_sentences(text.replace(tashkeel.TATWEEL, ""))
        read = diacritizers.readings([tashkeel.strip_marks(sentence) for sentence in sentences])
        start = clock("tashkeel: three readings", start)
        vowelled = [
            tashkeel.only_marks(sentence, main, vowels, others)
            for sentence, (main, *others) in zip(sentences, read, strict=True)
        ]
        start = clock("tashkeel: merge", start)
        prepared = tashkeel.pausal_forms(" ".join(vowelled))
        start = clock("pausal forms", start)
        clip = engine.synthesize(prepared, voices[voice])
        start = clock("espeak-ng", start)
        apply_post(clip, voices[voice].post)
        clock("colour (ffmpeg)", start)
    return dict(spent)


def pooled(said: list[tuple[str, str]], processes: int) -> float:
    """Wall time of synthesizing every text through the pool with `processes` lanes."""
    from briefing.speech import diacritizers
    from briefing.tts import speak
    from briefing.tts.espeak import EspeakEngine
    from briefing.tts.pool import Job, run_jobs
    from briefing.voices import load_voices

    voices, engine = load_voices(), EspeakEngine()
    jobs = [Job(str(i), engine, text, voices[voice], text) for i, (voice, text) in enumerate(said)]
    diacritizers.forget()  # no reading kept from the round before
    start = time.perf_counter()
    run_jobs(jobs, speak, lambda job, clip: None, workers=8, processes=processes)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=int, default=40)
    parser.add_argument("--pool", action="store_true", help="also: pool on every core vs one")
    args = parser.parse_args()
    said = _texts(args.articles)
    characters = sum(len(text) for _, text in said)
    print(f"{args.articles} articles: {len(said)} texts, {characters} characters; load {_load()}")
    spent = steps(said)
    total = sum(spent.values())
    for step, seconds in spent.items():
        print(
            f"  {step:28s} {seconds:6.2f} s  {100 * seconds / total:4.1f}%  "
            f"{1000 * seconds / characters * 1000:6.1f} ms per 1000 characters"
        )
    print(f"  {'all':28s} {total:6.2f} s; load {_load()}")
    if args.pool:
        from briefing.parallel import cores

        one, every = pooled(said, 1), pooled(said, cores())
        print(
            f"  synthesis, one caller {one:.2f} s, pool of {cores()} lanes {every:.2f} s "
            f"({one / every:.2f}x); load {_load()}"
        )


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f}/{five:.2f}"


if __name__ == "__main__":
    main()
