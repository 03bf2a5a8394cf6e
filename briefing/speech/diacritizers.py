"""The three bundled text2tashkeel models' readings of sentences, computed with the least
work: what tashkeel.py compares.

rawi-ensemble is rawi-v3-int8's marks where rawi-v2-int8 puts one (text2tashkeel ships it as
one stitched graph, "same output as rawi-v2-int8+rawi-v3-int8"), and rawi-v2-int8 is also
one of the checks: so rawi-v2-int8 runs once and serves both, and rawi-v3-int8 runs in
place of the stitched graph, which ran rawi-v2 a second time. Over every sentence of the
35 corpus articles (495) the composed reading is the stitched one, letter for letter
(tests/speech/test_diacritizers.py holds the same check on our own sentences). Each session
runs on one thread (the default pool of spinning threads was 5x slower on a shared 2-core
machine, same output), the models side by side on a small pool (onnxruntime releases the
GIL), and a sentence said again is read once.

The composition needs the rawi backends' class predictions (text2tashkeel 0.1's `_predict`
and `i2d`); a version without them gets the three models through the public API instead.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Any

MODEL = "rawi-ensemble"  # the reading whose marks are kept
CHECKS = ("rawi-v2-int8", "rawi-int8")  # the readings that must agree with it
_GATE, _VALUE = "rawi-v2-int8", "rawi-v3-int8"  # what MODEL is made of
_SESSION_LOCK = threading.Lock()


_BUILDING: dict[str, threading.Lock] = {}  # one per model: two lanes never both build it


def diacritizer(model: str = MODEL) -> Any:
    """A model whose onnxruntime session runs on one thread, built once per process: the
    build's two synthesis lanes start at the same moment, and without the lock each built
    every model it needed (5 models built for 3)."""
    with _BUILDING.setdefault(model, threading.Lock()):
        return _built(model)


@lru_cache(maxsize=8)
def _built(model: str) -> Any:
    """text2tashkeel reads the thread count from TT_ORT_THREADS when it builds the session:
    set only for that moment."""
    from text2tashkeel import Diacritizer

    built = Diacritizer(model)
    with _SESSION_LOCK:
        before = os.environ.get("TT_ORT_THREADS")
        os.environ["TT_ORT_THREADS"] = "1"
        try:
            built.backend  # noqa: B018  (builds the session now)
        finally:
            if before is None:
                del os.environ["TT_ORT_THREADS"]
            else:
                os.environ["TT_ORT_THREADS"] = before
    return built


@lru_cache(maxsize=1)
def _pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(min(3, os.cpu_count() or 1))


def _composable() -> bool:
    backends = [diacritizer(name).backend for name in (_GATE, _VALUE)]
    return all(hasattr(backend, "_predict") and hasattr(backend, "i2d") for backend in backends)


def _with_marks(bare: str, classes: Any, i2d: dict[int, str], gate: Any = None) -> str:
    """The letters of `bare` with the mark of each class (none where the gate says none),
    as text2tashkeel writes them."""
    out = []
    for index, (char, mark) in enumerate(zip(bare, classes, strict=True)):
        letter = unicodedata.category(char).startswith("L")
        keep = letter and (gate is None or gate[index] != 0)
        out.append(char + (i2d[int(mark)] if keep else ""))
    return unicodedata.normalize("NFC", "".join(out))


def _gate_and_check(bare: str) -> tuple[Any, str]:
    """rawi-v2-int8's classes (the ensemble's gate) and its own reading (a check)."""
    backend = diacritizer(_GATE).backend
    letters, classes = backend._predict(bare)
    if not letters:
        return None, bare
    return (letters, classes), _with_marks(letters, classes, backend.i2d)


def _value(bare: str) -> Any:
    return diacritizer(_VALUE).backend._predict(bare)


def _job(kind: str, bare: str) -> Any:
    if kind == "gate":
        return _gate_and_check(bare)
    if kind == "value":
        return _value(bare)
    return diacritizer(kind)(bare)


def _assemble(kinds: tuple[str, ...], results: list[Any], bare: str) -> tuple[str, ...]:
    if kinds[0] != "gate":
        return tuple(results)
    (gate, check), value, other = results
    if gate is None:
        return bare, check, other  # no letters: every model gives the text back
    letters, gate_classes = gate
    main = _with_marks(letters, value[-1], diacritizer(_VALUE).backend.i2d, gate_classes)
    return main, check, other


# Readings already made (a fixed text of every episode, a sentence said twice), bounded.
_SEEN_MAX = 4096
_seen: OrderedDict[str, tuple[str, ...]] = OrderedDict()
_seen_lock = threading.Lock()


def forget() -> None:
    """Drop the readings made so far (a benchmark round that must pay for each)."""
    with _seen_lock:
        _seen.clear()


def readings(bares: list[str]) -> list[tuple[str, ...]]:
    """For each bare sentence, the readings of (MODEL, *CHECKS), in that order: every
    sentence not read before through every model at once, on the pool."""
    with _seen_lock:
        missing = list(dict.fromkeys(bare for bare in bares if bare not in _seen))
        known = {bare: _seen[bare] for bare in bares if bare in _seen}
    if missing:
        kinds = ("gate", "value", "rawi-int8") if _composable() else (MODEL, *CHECKS)
        names = [kind for _ in missing for kind in kinds]
        texts = [bare for bare in missing for _ in kinds]
        results = list(_pool().map(_job, names, texts))
        size = len(kinds)
        for index, bare in enumerate(missing):
            known[bare] = _assemble(kinds, results[index * size : (index + 1) * size], bare)
        with _seen_lock:
            _seen.update((bare, known[bare]) for bare in missing)
            while len(_seen) > _SEEN_MAX:
                _seen.popitem(last=False)
    return [known[bare] for bare in bares]
