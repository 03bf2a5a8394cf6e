"""Builds of 1, 10 and 40 articles (offline voice, cold speech cache each), against their floor.

Run: .venv/bin/python bench/bench_scale.py [SIZES...] [--repeat N]   (default: 1 10 40)

Per size it prints the build's wall time, the programme's length, the real-time factor,
the peak memory (the build's own process, and the proportional sum over it and its helpers,
sampled), each stage's time, and the ratio to the floor measured in the same run: espeak-ng
alone on the same prepared texts in one process, plus one single-core MP3 encode of the same
audio; and the same ratio in CPU seconds (every process of the build, its speech helpers
sampled, against the floor's), which is what the wall ratio becomes on a machine whose
cores are all taken by others: the steadier figure under load. Then a rebuild of the same
inputs (the published files and the planned episode reused), the same rebuild planning
again (no plan cache), and a build from a warm cache into a fresh folder, each as a share
of the cold build, with their stages. The articles come from the
project's own (bench/scale_articles.py). Every build runs in a child process of its own so
that its memory is its own; the machine's load average is printed with each size (timings on
a shared machine are noisy: compare ratios of one run, repeat).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DAY = "2026-11-29"


def _memory_kb(pid: int) -> int:
    """A process's proportional share of resident memory (Pss: pages shared with another
    process, such as a forked helper's, count half to each), else its RSS, in KiB."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _cpu_ticks(pid: int) -> int:
    """User + system CPU of a process so far, in clock ticks (/proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def _tree_rss_kb(pid: int, helper_ticks: dict[int, int] | None = None) -> int:
    """Memory of a process and all its descendants, in KiB (Linux /proc). A child that
    still runs its parent's command line is a copy on its way to start another program
    (subprocess forks, then execs ffmpeg): it shares its parent's pages and is not counted.
    The pool's helpers are such copies of the forkserver that stay: they count. The CPU
    ticks of the forkserver and its helpers go into `helper_ticks` (by pid): the build
    never waits for them, so its own rusage does not hold them."""
    total = 0
    todo: list[tuple[int, bytes, bool]] = [
        (pid, b"", False)
    ]  # pid, parent's command, parent forks helpers
    while todo:
        current, parent_command, parent_serves = todo.pop()
        try:
            with open(f"/proc/{current}/cmdline", "rb") as cmdline:
                command = cmdline.read()
            copy = command == parent_command
            if not copy or parent_serves:
                total += _memory_kb(current)
            serves = not copy and b"multiprocessing.forkserver" in command
            if helper_ticks is not None and (serves or (copy and parent_serves)):
                helper_ticks[current] = max(helper_ticks.get(current, 0), _cpu_ticks(current))
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo += [(int(child), command, serves) for child in children.read().split()]
        except (OSError, ValueError):
            continue
    return total


def _run_child(args: list[str]) -> tuple[dict, int]:
    """Run this script as a child with `args`; its JSON answer (with "helpers_cpu_s", the
    sampled CPU of its speech helpers) and the peak tree RSS (KiB)."""
    process = subprocess.Popen(
        [sys.executable, __file__, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    peak = 0
    done = threading.Event()
    helper_ticks: dict[int, int] = {}

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(process.pid, helper_ticks))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{err.decode(errors='replace')[-3000:]}")
    answer = json.loads(out.decode().strip().splitlines()[-1])
    answer["helpers_cpu_s"] = sum(helper_ticks.values()) / os.sysconf("SC_CLK_TCK")
    return answer, peak


def _cpu_s() -> float:
    """CPU seconds of this process and of the children it has waited for (ffmpeg)."""
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# --- children -------------------------------------------------------------------------------


def child_build(folder: Path, cache: Path, out: Path, texts: Path | None, plans: bool) -> None:
    """One build with the offline voice; prints its figures as JSON (and writes the texts
    that were synthesized, for the floor). `plans`: with the plan cache, as the command line
    builds."""
    import datetime as dt
    from dataclasses import replace

    start = time.perf_counter()
    from briefing.build import BuildOptions, build
    from briefing.config import Config
    from briefing.plan_cache import FOLDER, PlanCache
    from briefing.production import load_production
    from briefing.tts import EngineChoice
    from briefing.tts.cache import SpeechCache

    imported, imported_cpu = time.perf_counter(), _cpu_s()
    rss_imports = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    config = replace(Config(), max_minutes=0)  # every article: the size is the point
    engines = EngineChoice("espeak")
    try:
        result = build(
            sorted(folder.glob("*.txt")),
            load_production(config),
            engines,
            SpeechCache(cache),
            BuildOptions(out, dt.date.fromisoformat(DAY), warn=lambda _: None),
            PlanCache(cache / FOLDER, warn=lambda _: None) if plans else None,
        )
    finally:
        engines.close()
    wall = time.perf_counter() - imported
    if texts is not None and result.plan is not None:
        said = list(dict.fromkeys((cue.voice, cue.spoken) for cue in result.plan.script.cues))
        texts.write_text(json.dumps(said, ensure_ascii=False), encoding="utf-8")
    figures = {
        "wall_s": wall,
        "cpu_s": _cpu_s() - imported_cpu,  # with the ffmpeg it waited for; not the helpers
        "imports_s": imported - start,
        "programme_s": result.record.duration_s,
        "segments": result.segments,
        "synthesized": result.synthesized,
        "reused": result.reused,
        "timings": dict(result.timings),
        "rss_imports_kb": rss_imports,
        "rss_self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "mp3": str(out / result.record.mp3),
    }
    print(json.dumps(figures))


def child_floor(texts: Path, mp3: Path, bitrate: str) -> None:
    """espeak-ng alone on the same texts (prepared first, untimed), one caller; then one
    single-core encode of the finished audio (decoded first, untimed)."""
    from briefing.ffmpeg import decode, raw_pcm, run_ffmpeg
    from briefing.model import MASTER_MONO
    from briefing.tts.espeak import EspeakEngine
    from briefing.voices import load_voices

    engine, voices = EspeakEngine(), load_voices()
    said = json.loads(texts.read_text("utf-8"))
    prepared = [(voices[voice], engine.prepare(text)) for voice, text in said]
    engine.synthesize("تجربة", prepared[0][0])  # the library loaded outside the timing
    start, start_cpu = time.perf_counter(), _cpu_s()
    for voice, text in prepared:
        engine.synthesize(text, voice)
    espeak_s, espeak_cpu_s = time.perf_counter() - start, _cpu_s() - start_cpu
    pcm = decode(mp3.read_bytes(), MASTER_MONO, "the episode").pcm
    with tempfile.TemporaryDirectory() as tmp:
        start, start_cpu = time.perf_counter(), _cpu_s()
        encode = ["-c:a", "libmp3lame", "-b:a", bitrate, "-threads", "1", f"{tmp}/floor.mp3"]
        run_ffmpeg([*raw_pcm(MASTER_MONO), "-i", "pipe:0", *encode], pcm, "the floor's encode")
        encode_s, encode_cpu_s = time.perf_counter() - start, _cpu_s() - start_cpu
    print(
        json.dumps(
            {
                "espeak_s": espeak_s,
                "encode_s": encode_s,
                "espeak_cpu_s": espeak_cpu_s,
                "encode_cpu_s": encode_cpu_s,
            }
        )
    )


# --- the parent -----------------------------------------------------------------------------


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f}/{five:.2f} (1/5 min)"


def measure(size: int, tmp: Path) -> dict:
    from scale_articles import write_articles

    from briefing.config import Config

    folder = tmp / f"articles-{size}"
    write_articles(folder, size)
    cache, out, texts = tmp / f"cache-{size}", tmp / f"out-{size}", tmp / f"texts-{size}.json"
    load_before = _load()
    cold, peak = _run_child(["--build", str(folder), str(cache), str(out), str(texts)])
    floor, _ = _run_child(["--floor", str(texts), cold["mp3"], Config().bitrate])
    rebuild, _ = _run_child(["--build", str(folder), str(cache), str(out)])
    unplanned, _ = _run_child(["--build", str(folder), str(cache), str(out), "--without-plans"])
    warm, _ = _run_child(["--build", str(folder), str(cache), str(tmp / f"warm-{size}")])
    return {
        "size": size,
        "cold": cold,
        "peak_tree_kb": peak,
        "floor": floor,
        "rebuild": rebuild,
        "unplanned": unplanned,
        "warm": warm,
        "load": f"{load_before} -> {_load()}",
    }


def report(run: dict) -> float:
    cold, floor = run["cold"], run["floor"]
    floor_s = floor["espeak_s"] + floor["encode_s"]
    ratio = cold["wall_s"] / floor_s
    programme = cold["programme_s"]
    print(
        f"\n{run['size']} articles: {programme / 60:.1f} min of programme, "
        f"{cold['segments']} cues ({cold['synthesized']} synthesized); {run['load']}"
    )
    print(
        f"  build {cold['wall_s']:.2f} s (+{cold['imports_s']:.2f} s imports), "
        f"{programme / cold['wall_s']:.0f}x real time; floor {floor_s:.2f} s "
        f"(espeak-ng {floor['espeak_s']:.2f} + encode {floor['encode_s']:.2f}): {ratio:.2f}x"
    )
    build_cpu = cold["cpu_s"] + cold["helpers_cpu_s"]
    floor_cpu = floor["espeak_cpu_s"] + floor["encode_cpu_s"]
    print(
        f"  CPU: build {build_cpu:.2f} s (its process and ffmpeg {cold['cpu_s']:.2f}, speech "
        f"helpers {cold['helpers_cpu_s']:.2f}); floor {floor_cpu:.2f} s (espeak-ng "
        f"{floor['espeak_cpu_s']:.2f} + encode {floor['encode_cpu_s']:.2f}): "
        f"{build_cpu / floor_cpu:.2f}x (the wall ratio where no core is free)"
    )
    print(
        f"  peak RSS: build process {cold['rss_self_kb'] / 1024:.0f} MB "
        f"({cold['rss_imports_kb'] / 1024:.0f} after imports); with its helper processes "
        f"(ffmpeg, speech), sampled, proportional: {run['peak_tree_kb'] / 1024:.0f} MB"
    )
    stages = "  ".join(f"{k} {v:.2f}" for k, v in cold["timings"].items())
    print(f"  stages (s): {stages}")
    for name, what in (
        ("rebuild", "rebuild (files reused)"),
        ("unplanned", "rebuild without the plan cache"),
        ("warm", "warm cache, fresh folder"),
    ):
        again = run[name]
        print(
            f"  {what}: {again['wall_s']:.2f} s (+{again['imports_s']:.2f} s imports) = "
            f"{100 * again['wall_s'] / cold['wall_s']:.1f}%"
            f" of cold (reused={again['reused']}, synthesized {again['synthesized']}); "
            + "  ".join(f"{k} {v:.2f}" for k, v in again["timings"].items())
        )
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1, 10, 40])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--build", nargs="+", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--without-plans", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--floor", nargs=3, metavar="ARG", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        folder, cache, out, *texts = map(Path, args.build)
        child_build(folder, cache, out, texts[0] if texts else None, not args.without_plans)
        return
    if args.floor:
        texts, mp3, bitrate = args.floor
        child_floor(Path(texts), Path(mp3), bitrate)
        return
    ratios: dict[int, list[float]] = {size: [] for size in args.sizes}
    for attempt in range(args.repeat):
        print(f"\n=== run {attempt + 1} of {args.repeat}; {_load()}")
        for size in args.sizes:
            with tempfile.TemporaryDirectory() as tmp:
                ratios[size].append(report(measure(size, Path(tmp))))
    if args.repeat > 1:
        print("\nbuild / floor over the runs:")
        for size, values in ratios.items():
            print(
                f"  {size:3d} articles: min {min(values):.2f}x, "
                f"median {statistics.median(values):.2f}x ({', '.join(f'{v:.2f}' for v in values)})"
            )


if __name__ == "__main__":
    main()
