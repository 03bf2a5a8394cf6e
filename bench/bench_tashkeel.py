"""The offline voice's tashkeel, timed: as it runs (diacritizers.py: one thread per model
session, rawi-v2-int8 run once for the ensemble and the check, the models side by side, each
sentence once) against the way it ran before (text2tashkeel's
default sessions, the models one after the other), on the same text in one run, rounds
interleaved so that a loaded machine slows both alike. Checks that both give the same text.

Text: the corpus in ../shared/corpus (speakable first), or without it the hand-vowelled
fixture's sentences. Run: python bench/bench_tashkeel.py [--rounds 3] [CORPUS_DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_segment import ARTICLE_SUFFIXES, default_corpus
from bench.eval_tashkeel import FIXTURE, read_gold
from briefing.ingest import read_article
from briefing.speech import speakable
from briefing.speech.diacritizers import CHECKS, MODEL, forget
from briefing.speech.lexicon import shipped_lexicon
from briefing.speech.tashkeel import add_tashkeel, only_marks, strip_marks
from briefing.text import split_sentences


def texts(corpus: Path) -> list[str]:
    if corpus.is_dir():
        paths = [p for p in sorted(corpus.iterdir()) if p.suffix in ARTICLE_SUFFIXES]
        return [speakable("\n".join(read_article(p).lines)) for p in paths]
    return [strip_marks(gold) for gold in read_gold([FIXTURE])]


def before(text: str, models: list, vowels: dict[str, str]) -> str:
    """The previous add_tashkeel: default sessions, one model after the other."""
    main, *checks = models
    out = []
    for sentence in split_sentences(text):
        bare = strip_marks(sentence)
        others = [check(bare) for check in checks]
        out.append(only_marks(sentence, main(bare), vowels, others))
    return " ".join(out)


def main() -> int:
    from text2tashkeel import Diacritizer
    from text2tashkeel._models import _REGISTRY  # fresh default sessions, not the shared ones

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=default_corpus())
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    corpus = texts(args.corpus)
    characters = sum(map(len, corpus))
    vowels = dict(shipped_lexicon().vowels)
    old_models = []
    for name in (MODEL, *CHECKS):
        model = Diacritizer(name)
        model._backend = _REGISTRY[name](None)
        old_models.append(model)
    add_tashkeel("تهيئة")
    before(corpus[0][:50], old_models, vowels)
    now_s, before_s = [], []
    same = True
    for _ in range(args.rounds):
        forget()  # each round pays for every sentence
        start = time.perf_counter()
        ours = [add_tashkeel(text, vowels) for text in corpus]
        now_s.append(time.perf_counter() - start)
        start = time.perf_counter()
        theirs = [before(text, old_models, vowels) for text in corpus]
        before_s.append(time.perf_counter() - start)
        same &= ours == theirs
    per_k = 1000 / characters * 1000
    now, old = statistics.median(now_s) * per_k, statistics.median(before_s) * per_k
    print(f"{len(corpus)} texts, {characters} characters, {args.rounds} rounds (median)")
    print(f"before: {old:.1f} ms per 1000 characters")
    print(f"now:    {now:.1f} ms per 1000 characters ({old / now:.1f}x faster)")
    print(f"same output: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
