"""List the corpus sentences that hold digits, symbols or Latin, with their speakable form.

For judging the speech stage by hand on articles no rule was written against: pick a range
of corpus files (the held-out split is 56-67), read each sentence's speakable text and the
text the offline engine receives (with tashkeel), and mark it right or wrong. The corpus
is read at run time from ../shared/corpus and never copied.

Run: python bench/speech_sentences.py [--files 56-67] [--no-tashkeel] [CORPUS_DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_segment import ARTICLE_SUFFIXES, default_corpus
from briefing.ingest import read_article
from briefing.speech import speakable
from briefing.speech.tashkeel import add_tashkeel
from briefing.text import split_sentences

# What a sentence must hold to be a case for the speech stage: digits of any script,
# Latin letters, number and currency signs, tatweel.
INTERESTING = re.compile(r"[0-9٠-٩۰-۹A-Za-z%٪$€£¥&+=°²³½¼¾\u0640]")


def file_range(spec: str) -> range:
    low, _, high = spec.partition("-")
    return range(int(low), int(high or low) + 1)


def sentences(corpus: Path, numbers: range) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for path in sorted(corpus.iterdir()):
        prefix = path.name[:2]
        if path.suffix not in ARTICLE_SUFFIXES or not prefix.isdigit():
            continue
        if int(prefix) not in numbers:
            continue
        for line in read_article(path).lines:
            found += [(path.name, s) for s in split_sentences(line) if INTERESTING.search(s)]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=default_corpus())
    parser.add_argument("--files", default="56-67", help="file number range, e.g. 00-55")
    parser.add_argument("--no-tashkeel", action="store_true")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skip: no corpus at {args.corpus}")
        return 0
    found = sentences(args.corpus, file_range(args.files))
    for number, (name, sentence) in enumerate(found, 1):
        spoken = speakable(sentence)
        print(f"[{number}] {name}\n  in:  {sentence}\n  out: {spoken}")
        if not args.no_tashkeel:
            print(f"  tsh: {add_tashkeel(spoken)}")
    print(f"{len(found)} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
