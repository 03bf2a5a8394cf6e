"""Synthesis jobs run side by side: in threads, and for engines that keep one caller per
process (espeak-ng's library has global state, and it and the diacritizer are CPU-bound), in
helper processes as well, so that every core speaks.

Jobs are taken longest first from one queue by lanes: threads that run a job here, and, for
the process-bound engines, one lane per helper process, a helper per core. This process then
runs none of them itself, so it never loads the diacritizer's three models and onnxruntime
(about 60 MB that stayed resident through the mix and the encode, where the build's memory
peaks); the helpers go when synthesis ends. Helpers are forked from a server that has the
modules they need imported once (0.3-0.5 s for two helpers to answer their first job, 0.01 s
for the next ones); below POOL_MIN_CHARS of text the build does it alone. (espeak-ng's takes
differ a little from call to call wherever they are made: its state carries over between
calls, 6 samples in 87k for one sentence said again; the cache keeps the first take.)
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from briefing.errors import EngineError
from briefing.model import Clip, Voice
from briefing.tts.engine import Engine

# About two seconds of offline speech (~0.3 ms a character for espeak-ng and the diacritizer).
POOL_MIN_CHARS = 6000
# Imported once by the server the helpers are forked from (the job's function, its engine,
# the diacritizer's runtime); the models themselves load in each helper, after the fork.
_PRELOAD = ["briefing.tts", "briefing.tts.espeak", "onnxruntime", "text2tashkeel"]


@dataclass(frozen=True)
class Job:
    key: str
    engine: Engine
    text: str  # speakable: the engine prepares it
    voice: Voice
    shown: str  # for messages: the cue as written

    @property
    def in_processes(self) -> bool:
        return bool(getattr(self.engine, "process_bound", False))


Speak = Callable[[Engine, str, Voice, str], Clip]


def _context() -> multiprocessing.context.BaseContext:
    """forkserver: helpers forked from a clean server, never from this process's threads."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _aside(work: Callable[[], object]) -> None:
    """Work done ahead of its time only warms what its later caller reads; if it fails, it
    fails again there, where the error belongs, so here it is let go."""
    with contextlib.suppress(Exception):
        work()


def run_jobs(
    jobs: list[Job],
    speak: Speak,
    done: Callable[[Job, Clip], None],
    workers: int,
    processes: int,
    pool_min_chars: int = POOL_MIN_CHARS,
    beside: Callable[[], object] | None = None,
) -> None:
    """speak() every job, `done` with each clip as it comes (from this thread's lanes); the
    first error stops the others from starting new jobs and is raised. `beside`, when there
    are jobs, runs in a thread of its own meanwhile: work the build needs later, done on
    the core that the engines leave idle (see _aside)."""
    heavy = sorted((j for j in jobs if j.in_processes), key=lambda j: -len(j.text))
    light = [j for j in jobs if not j.in_processes]
    pooled = processes > 1 and sum(len(j.text) for j in heavy) >= pool_min_chars
    helpers = processes if pooled else 0
    stop = threading.Event()
    pool = ProcessPoolExecutor(helpers, mp_context=_context()) if helpers > 0 else None

    def here(job: Job) -> Clip:
        return speak(job.engine, job.text, job.voice, job.shown)

    def there(job: Job) -> Clip:
        assert pool is not None
        try:
            return pool.submit(speak, job.engine, job.text, job.voice, job.shown).result()
        except BrokenProcessPool:  # killed (out of memory?) or crashed inside the library
            raise EngineError(
                f"{job.engine.name}: a speech helper process died while speaking "
                f"{job.shown[:40]!r}; try again, or [episode] processes = 1"
            ) from None

    def drain(lane: Callable[[Job], Clip], waiting: queue.SimpleQueue[Job]) -> None:
        while not stop.is_set():
            try:
                job = waiting.get_nowait()
            except queue.Empty:
                return
            try:
                done(job, lane(job))
            except BaseException:
                stop.set()
                raise

    lanes: list[tuple[Callable[[Job], Clip], queue.SimpleQueue[Job]]] = []
    # Without helpers, two lanes for the offline voice: one diacritizes (onnxruntime lets go
    # of Python's lock) while the other is in espeak-ng.
    for group, local in ((heavy, 2), (light, workers)):
        waiting: queue.SimpleQueue[Job] = queue.SimpleQueue()
        for job in group:
            waiting.put(job)
        if group:
            remote = helpers if group is heavy else 0
            lanes += [(here, waiting)] * (0 if remote else min(len(group), max(1, local)))
            lanes += [(there, waiting)] * remote
    aside = [beside] if beside is not None and jobs else []
    try:
        with ThreadPoolExecutor(max_workers=max(1, len(lanes) + len(aside))) as threads:
            for work in aside:
                threads.submit(_aside, work)
            futures = [threads.submit(drain, lane, waiting) for lane, waiting in lanes]
            try:
                for future in futures:
                    future.result()
            except BaseException:  # an error, or Ctrl-C: the lanes finish the job they hold
                stop.set()
                raise
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
