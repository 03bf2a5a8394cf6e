"""Speech-stage evaluation over ../shared/corpus/ (skipped when absent).

Counts characters an engine would misread in the speakable text (digits, Latin,
symbols) — target 0 —, the words whose letters the diacritizer changed — the model's raw
output, and what the offline engine receives (target 0) —, and times normalization with
and without tashkeel per 1000 characters. Run: python bench/eval_speech.py [CORPUS_DIR]
"""

from __future__ import annotations

import difflib
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_segment import ARTICLE_SUFFIXES, default_corpus
from briefing.ingest import read_article
from briefing.speech import speakable
from briefing.speech.diacritizers import diacritizer
from briefing.speech.tashkeel import add_tashkeel, strip_marks
from briefing.text import split_sentences

MISREAD = re.compile(r"[0-9٠-٩۰-۹A-Za-z%$€£¥#@&*+=/\\<>|_~^`()\[\]{}“”«»\"°²³½¼¾\u0640]")


def changed_words(text: str, diacritized: str) -> list[tuple[str, str]]:
    """The words of `text` whose letters differ in `diacritized` (marks aside)."""
    mine, theirs = strip_marks(text).split(), strip_marks(diacritized).split()
    changed: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            changed.append((" ".join(mine[i1:i2]), " ".join(theirs[j1:j2])))
            changed += [("", "")] * (i2 - i1 - 1)  # one entry per word of ours
    return changed


def main(corpus: Path) -> int:
    if not corpus.is_dir():
        print(f"skip: no corpus at {corpus}")
        return 0
    paths = [p for p in sorted(corpus.iterdir()) if p.suffix in ARTICLE_SUFFIXES]
    texts = [(p.name, "\n".join(read_article(p).lines)) for p in paths]
    characters = sum(len(text) for _, text in texts)
    add_tashkeel("تهيئة")  # load the model outside the timing
    start = time.perf_counter()
    spoken = [(name, speakable(text)) for name, text in texts]
    normalize_s = time.perf_counter() - start
    start = time.perf_counter()
    vowelled = [add_tashkeel(text) for _, text in spoken]
    tashkeel_s = time.perf_counter() - start
    misread = words = model_changed = engine_changed = 0
    examples: dict[tuple[str, str], int] = {}
    for (name, text), ours in zip(spoken, vowelled, strict=True):
        left = MISREAD.findall(text)
        misread += len(left)
        if left:
            print(f"{name}: {len(left)} left: {''.join(sorted(set(left)))}")
        for sentence in split_sentences(text):
            raw = changed_words(sentence, diacritizer()(strip_marks(sentence)))
            model_changed += len(raw)
            for pair in raw:
                if pair[0]:
                    examples[pair] = examples.get(pair, 0) + 1
        words += len(text.split())
        engine_changed += len(changed_words(text, ours))
    per_k = 1000 / max(characters, 1)
    print(f"{len(texts)} articles, {characters} characters, misread characters left: {misread}")
    print(f"words whose letters the diacritizer changed, of {words}:")
    print(f"  model output: {model_changed}   what the engine receives: {engine_changed}")
    common = sorted(examples.items(), key=lambda item: -item[1])[:15]
    print("  the model's commonest: " + "، ".join(f"{a}→{b} ×{n}" for (a, b), n in common))
    print(f"normalize: {normalize_s * per_k * 1000:.1f} ms per 1000 characters")
    print(f"tashkeel:  {tashkeel_s * per_k * 1000:.1f} ms per 1000 characters (after normalize)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default_corpus()))
