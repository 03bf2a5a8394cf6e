"""Speech-stage evaluation over ../shared/corpus/ (skipped when absent).

Counts characters an engine would misread in the speakable text (digits, Latin,
symbols) — target 0 — and times normalization with and without tashkeel per 1000
characters. Run: python bench/eval_speech.py [CORPUS_DIR]
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from briefing.speech import speakable
from briefing.speech.tashkeel import add_tashkeel

MISREAD = re.compile(r"[0-9٠-٩۰-۹A-Za-z%$€£¥#@&*+=/\\<>|_~^`()\[\]{}“”«»\"°²³½¼¾]")
DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def main(corpus: Path) -> int:
    if not corpus.is_dir():
        print(f"skip: no corpus at {corpus}")
        return 0
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.txt"))]
    characters = sum(len(text) for _, text in texts)
    add_tashkeel("تهيئة")  # load the model outside the timing
    start = time.perf_counter()
    spoken = [(name, speakable(text)) for name, text in texts]
    normalize_s = time.perf_counter() - start
    start = time.perf_counter()
    for _, text in spoken:
        add_tashkeel(text)
    tashkeel_s = time.perf_counter() - start
    misread = 0
    for name, text in spoken:
        left = MISREAD.findall(text)
        misread += len(left)
        if left:
            print(f"{name}: {len(left)} left: {''.join(sorted(set(left)))}")
    per_k = 1000 / max(characters, 1)
    print(f"{len(texts)} articles, {characters} characters, misread characters left: {misread}")
    print(f"normalize: {normalize_s * per_k * 1000:.1f} ms per 1000 characters")
    print(f"tashkeel:  {tashkeel_s * per_k * 1000:.1f} ms per 1000 characters (after normalize)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
