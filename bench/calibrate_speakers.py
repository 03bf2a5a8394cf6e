"""Calibrate the speaker threshold: how right and wrong attributions are scored.

Segments every corpus file in the range (`--files 0-55` by default: the tuning split) with
no threshold at all, so that each annotated quote that is found comes back with its best
candidate and that candidate's score. Prints the score distribution of right and wrong
candidates, then right / none / wrong at a range of thresholds (a candidate below the
threshold becomes none). `-v` lists every decision (for the tuning split only). The same
for the original sentences of tests/fixtures/attribution/cases.json, where a speaker given
to a quote whose text does not say who spoke counts as wrong.
Skips the corpus with a note when it is absent.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval_segment import annotated_files, default_corpus, file_range, norm

from briefing.ingest import read_article
from briefing.segment import SPEAKER_THRESHOLD, segment
from briefing.segment.quotes import find_quotes

THRESHOLDS = (0.0, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0)
CASES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "attribution" / "cases.json"


def decisions(corpus: Path, low: int, high: int) -> list[tuple[str, float | None, str, str]]:
    """(file, score or None, ours, annotated) for every annotated quote that is found."""
    found: list[tuple[str, float | None, str, str]] = []
    for article, annotation in annotated_files(corpus, low, high):
        story = segment(read_article(article), speaker_threshold=-math.inf)
        quotes = {norm(q.text): q for q in story.quotes}
        for item in annotation.get("quotes", []):
            quote = quotes.get(norm(item["text"]))
            if quote is not None:
                found.append(
                    (article.stem[:2], quote.confidence, quote.speaker or "", item["speaker"])
                )
    return found


def case_decisions(path: Path) -> list[tuple[str, float | None, str, str]]:
    """(case, score or None, ours, expected) for every quote of the own-sentence cases;
    an expected speaker of "" means the text does not say."""
    found: list[tuple[str, float | None, str, str]] = []
    for case in json.loads(path.read_text(encoding="utf-8")):
        headline = case.get("headline")
        text = "\n".join([headline, *case["paragraphs"]]) if headline else None
        quotes = find_quotes(case["paragraphs"], text, -math.inf, headline)
        for quote, item in zip(quotes, case["quotes"], strict=False):
            ours = quote.speaker or ""
            found.append((case["name"][:20], quote.confidence, ours, item["speaker"] or ""))
    return found


def outcome(ours: str, theirs: str) -> str:
    mine, gold = norm(ours), norm(theirs)
    if not mine:
        return "none"
    if not gold:
        return "wrong"  # a name where the text names no one
    return "right" if gold in mine or mine in gold else "wrong"


def curve(found: list[tuple[str, float | None, str, str]], verbose: bool) -> None:
    bins: dict[str, Counter[float]] = {"right": Counter(), "wrong": Counter()}
    for _, score, ours, theirs in found:
        result = outcome(ours, theirs)
        if result != "none" and score is not None:
            bins[result][math.floor(score * 2) / 2] += 1
    print("score bin   right  wrong")
    for edge in sorted(set(bins["right"]) | set(bins["wrong"])):
        print(f"  {edge:4.1f}+     {bins['right'][edge]:5d}  {bins['wrong'][edge]:5d}")
    print("threshold   right / none / wrong")
    for threshold in sorted({*THRESHOLDS, SPEAKER_THRESHOLD}):
        counts = Counter(
            outcome(ours if score is not None and score >= threshold else "", theirs)
            for _, score, ours, theirs in found
        )
        mark = "  <- in use" if threshold == SPEAKER_THRESHOLD else ""
        print(
            f"  {threshold:4.1f}      {counts['right']:5d} / {counts['none']:4d} / "
            f"{counts['wrong']:5d}{mark}"
        )
    if verbose:
        for name, score, ours, theirs in found:
            shown = "-" if score is None else f"{score:4.1f}"
            print(f"  {name} {shown:>5} {outcome(ours, theirs):5}  {ours!r}  <- {theirs!r}")


def main(argv: list[str]) -> int:
    low, high = file_range(argv) if "--files" in argv else (0, 55)
    verbose = "-v" in argv
    corpus = default_corpus()
    if corpus.is_dir():
        found = decisions(corpus, low, high)
        print(f"corpus files {low:02d}-{high:02d}: {len(found)} annotated quotes found")
        curve(found, verbose)
    else:
        print(f"skipped: no corpus at {corpus}")
    found = case_decisions(CASES)
    print(f"own sentences ({CASES.name}): {len(found)} quotes")
    curve(found, verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
