"""Score segmentation against the hand-annotated development corpus.

Reads ../shared/corpus/ (or the folder given as the first argument) and prints, per file
and in total: headline exact match (where the annotation gives one), recall of `full`
quotes, `non_speech_quoted` items wrongly returned as quotes, speakers of the annotated
quotes that were found counted three ways (right: the annotated name contained in ours or
ours in it; none: no speaker given; wrong: another name), and boilerplate lines that reach
the kept text. The front of the story is scored apart (score_front): the annotated lead as
the summary's first sentence, boilerplate lines in what the script reads (headline,
summary, quotes, or the source of a quote it reads), and bylines/datelines in the summary.
Totals are printed per split as well: parts 1-2 (00-14), part 3 tuned (40-55), part 3 held
out (56-67).
`--files 40-55` scores only the files whose number lies in the range; `-v` adds notes;
`--paths` adds a table of the speakers right, none and wrong per path of attribution (the
reading that chose the speaker, Quote.evidence, and the speaker's kind): where precision is
lost, and so which reading to trust less.
Exits 0 with a note when the corpus is absent.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.errors import BriefingError
from briefing.ingest import read_article
from briefing.model import Story
from briefing.segment import segment

REPO = Path(__file__).resolve().parent.parent


def default_corpus() -> Path:
    """shared/corpus beside the checkout (../shared), or in any folder above it."""
    for folder in (REPO, *REPO.parents):
        if (folder / "shared" / "corpus").is_dir():
            return folder / "shared" / "corpus"
    return REPO.parent / "shared" / "corpus"


ARTICLE_SUFFIXES = (".txt", ".html")


def norm(text: str) -> str:
    """Comparison form: NFC, no tashkeel or tatweel, one space, no outer punctuation."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(c for c in text if not ("\u064b" <= c <= "\u0652" or c == "\u0640"))
    return " ".join(text.split()).strip(' .،,:؛"“”«»')


@dataclass
class Score:
    headline: int = 0
    headlines: int = 0  # files whose annotation gives a headline (a page excerpt may have none)
    files: int = 0
    full: int = 0
    full_found: int = 0
    non_speech: int = 0
    non_speech_returned: int = 0
    speakers: int = 0
    speakers_right: int = 0
    speakers_none: int = 0
    boilerplate: int = 0
    leaked: int = 0
    # The front of the story (score_front).
    leads: int = 0
    leads_kept: int = 0
    spoken: int = 0
    bylines: int = 0
    bylines_in_summary: int = 0
    # (the reading that chose the speaker, the speaker's kind, right/wrong/none): how
    # precise each path of attribution is (`--paths`)
    paths: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def spoken_parts(story: Story) -> list[str]:
    """Everything the story keeps for speech: headline, summary, quotes, sections."""
    parts = [story.headline, *story.summary, *(q.text for q in story.quotes)]
    for section in story.sections:
        parts += [section.title or "", *section.paragraphs]
    return [norm(p) for p in parts if p]


def leaked(line: str, parts: list[str]) -> bool:
    target = norm(line)
    if not target:
        return False
    if len(target.split()) < 3:  # a short menu entry leaks when it stands as a line
        return target in parts
    return any(target in part for part in parts)


def spoken_text(story: Story) -> list[str]:
    """What the script reads aloud of a story: headline, summary sentences, quotes."""
    return [norm(p) for p in (story.headline, *story.summary, *(q.text for q in story.quotes)) if p]


def lead_kept(story: Story, lead: str, datelines: list[str]) -> bool:
    """The summary opens on the annotated lead; a dateline glued to the lead ("دمشق، سوريا
    (CNN) --") may have been split off it, since the story keeps that apart."""
    if not story.summary:
        return False
    first, wanted = norm(story.summary[0]), norm(lead)
    if first == wanted:
        return True
    for dateline in datelines:
        if wanted.startswith(norm(dateline)) and norm(wanted[len(norm(dateline)) :]) == first:
            return True
    return False


def at_home(part: str, line: str, boilerplate: list[str], text: str, headline: str = "") -> bool:
    """Whether `part` (read aloud) comes from the article's own text rather than from the
    boilerplate `line`: it occurs in the article more often than inside boilerplate lines,
    or (a line inside a longer part) the line also stands in the article on its own, so the
    part read is the sentence around it. A boilerplate line that repeats the `headline`
    stands once in the text as the headline itself, which is the article's own line.
    Without the article's text: never at home."""
    if not text:
        return False
    if line in part and line != part:  # a caption repeating part of a sentence read
        own = not any(part in b for b in boilerplate)
        return own and text.count(line) > text.count(part) * part.count(line)
    inside = sum(
        (text.count(b) - (b == headline)) * b.count(part) for b in boilerplate if part in b
    )
    return text.count(part) > inside


def score_front(
    story: Story, annotation: dict, score: Score, notes: list[str], text: str = ""
) -> None:
    """Lead kept, boilerplate spoken, bylines and datelines in the summary."""
    lead = annotation.get("lead")
    datelines = annotation.get("byline_dateline_lines") or []
    if lead:
        score.leads += 1
        kept = lead_kept(story, lead, datelines)
        score.leads_kept += kept
        if not kept:
            opening = story.summary[0] if story.summary else ""
            notes.append(f"lead not kept: summary opens {opening[:60]!r}")
    spoken = spoken_text(story)
    headline = norm(annotation["headline"]) if story.headline else ""
    if headline and norm(story.headline) == headline:
        spoken = spoken[1:]  # the headline read is the article's own line 1, not a repeat of it
    else:
        headline = ""
    quotes = [norm(q.text) for q in story.quotes if len(q.text.split()) >= 3]
    boilerplate = [norm(b) for b in annotation.get("boilerplate_lines", []) if norm(b)]
    for line in annotation.get("boilerplate_lines", []):
        # Spoken whole (a headline, a summary sentence), or as the source of a quote read
        # aloud (a teaser's quotation) -- unless what was read has its own place in the
        # article outside the boilerplate (a teaser that repeats the body's quote, a caption
        # that repeats the opening of a sentence the summary reads).
        target = norm(line)
        whole = len(target.split()) < 3  # a short menu entry is read when it stands as a line
        read = [p for p in spoken if target and (target == p or (not whole and target in p))]
        read += [q for q in quotes if q in target]
        if any(not at_home(part, target, boilerplate, text, headline) for part in read):
            score.spoken += 1
            notes.append(f"boilerplate spoken: {line[:50]!r}")
    summary = [norm(sentence) for sentence in story.summary]
    for line in datelines:
        if lead and norm(line) in norm(lead):
            continue  # the annotation keeps this dateline in the lead (01, 57, 58)
        score.bylines += 1
        if leaked(line, summary):
            score.bylines_in_summary += 1
            notes.append(f"byline/dateline in the summary: {line[:50]!r}")


def score_file(article_path: Path, annotation: dict) -> tuple[Score, list[str]]:
    article = read_article(article_path)
    story = segment(article)
    score, notes = Score(files=1), []
    # an excerpt that opens on its body has no headline to match: the one drawn from its lead
    # is not scored
    score.headlines = int(bool(norm(annotation["headline"])))
    score.headline = score.headlines and int(norm(story.headline) == norm(annotation["headline"]))
    if score.headlines and not score.headline:
        notes.append(f"headline: {story.headline!r}")
    found = {norm(q.text): q for q in story.quotes}
    for quote in annotation.get("quotes", []):
        key = norm(quote["text"])
        if quote["kind"] == "full":
            score.full += 1
            score.full_found += key in found
            if key not in found:
                notes.append(f"missed full quote: {quote['text'][:50]!r}")
        if key in found:
            score.speakers += 1
            mine, theirs = norm(found[key].speaker or ""), norm(quote["speaker"] or "")
            # An annotation without a speaker (the text does not show who): none is right.
            right = (theirs in mine or mine in theirs) if mine and theirs else not (mine or theirs)
            score.speakers_right += right
            score.speakers_none += not mine and not right
            verdict = "right" if right else "wrong" if mine else "none"
            path = (found[key].evidence or "-", found[key].speaker_kind or "-", verdict)
            score.paths[path] += 1
            if verdict == "none":
                notes.append(f"speaker none for {quote['speaker']!r}")
            elif verdict == "wrong":
                notes.append(f"speaker WRONG {found[key].speaker!r} for {quote['speaker']!r}")
    for item in annotation.get("non_speech_quoted", []):
        score.non_speech += 1
        if norm(item) in found:
            score.non_speech_returned += 1
            notes.append(f"non-speech returned as a quote: {item!r}")
    parts = spoken_parts(story)
    headline = norm(annotation["headline"])
    for line in annotation.get("boilerplate_lines", []):
        score.boilerplate += 1
        # a line repeating the headline leaks only where it is read again, not as the headline
        repeat = norm(line) == headline and parts[:1] == [headline]
        if leaked(line, parts[1:] if repeat else parts):
            score.leaked += 1
            notes.append(f"boilerplate leaked: {line[:50]!r}")
    score_front(story, annotation, score, notes, norm(" ".join(article.lines)))
    return score, notes


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   n/a"


def report(name: str, s: Score) -> str:
    wrong = s.speakers - s.speakers_right - s.speakers_none
    return (
        f"{name:<40} headline {percent(s.headline, s.headlines)}  "
        f"full-quote recall {percent(s.full_found, s.full)} ({s.full_found}/{s.full})  "
        f"non-speech FP {s.non_speech_returned}/{s.non_speech}  "
        f"speakers right {percent(s.speakers_right, s.speakers)} "
        f"none {percent(s.speakers_none, s.speakers)} wrong {percent(wrong, s.speakers)} "
        f"({s.speakers_right}/{s.speakers_none}/{wrong} of {s.speakers})  "
        f"boilerplate leaked {s.leaked}/{s.boilerplate}  {front_report(s)}"
    )


def front_report(s: Score) -> str:
    return (
        f"lead kept {s.leads_kept}/{s.leads}  boilerplate spoken {s.spoken}  "
        f"bylines in summary {s.bylines_in_summary}/{s.bylines}"
    )


# The corpus's parts, as the closing notes report them: 56-67 is the held-out split.
SPLITS = (("parts 1-2 (00-14)", 0, 14), ("part 3 tuned (40-55)", 40, 55),
          ("part 3 held out (56-67)", 56, 67))  # fmt: skip


def paths_report(s: Score) -> list[str]:
    """Per path of attribution (the reading that chose the speaker, the speaker's kind):
    how many of its speakers were right, none and wrong, the most used first."""
    tally: dict[tuple[str, str], Counter[str]] = {}
    for (evidence, kind, verdict), count in s.paths.items():
        tally.setdefault((evidence, kind), Counter())[verdict] += count
    lines = [f"{'path (evidence, speaker kind)':56} right  none wrong"]
    for (evidence, kind), verdicts in sorted(tally.items(), key=lambda t: -t[1].total()):
        lines.append(
            f"{evidence + ', ' + kind:56} {verdicts['right']:5} {verdicts['none']:5}"
            f" {verdicts['wrong']:5}"
        )
    return lines


def file_number(path: Path) -> int:
    digits = path.name[:2]
    return int(digits) if digits.isdigit() else -1


def file_range(argv: list[str]) -> tuple[int, int]:
    """`--files 40-55` (or `--files 44`): the numbers to score; all by default."""
    if "--files" not in argv or argv.index("--files") + 1 >= len(argv):
        return 0, 99
    low, _, high = argv[argv.index("--files") + 1].partition("-")
    return int(low), int(high or low)


def annotated_files(corpus: Path, low: int, high: int) -> Iterator[tuple[Path, dict]]:
    """(article, annotation) for every annotated corpus file numbered low..high."""
    for annotation_path in sorted(corpus.glob("*.json")):
        articles = [annotation_path.with_suffix(s) for s in ARTICLE_SUFFIXES]
        article = next((p for p in articles if p.exists()), None)
        if article is not None and low <= file_number(article) <= high:
            yield article, json.loads(annotation_path.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    low, high = file_range(argv)
    options = [a for a in argv[1:] if a.startswith("-")]
    given = [a for i, a in enumerate(argv[1:]) if not a.startswith("-") and argv[i] != "--files"]
    corpus = Path(given[0]) if given else default_corpus()
    if not corpus.is_dir():
        print(f"skipped: no corpus at {corpus}")
        return 0
    total = Score()
    splits = {name: Score() for name, _, _ in SPLITS}
    verbose = "-v" in options
    for article, annotation in annotated_files(corpus, low, high):
        try:
            score, notes = score_file(article, annotation)
        except BriefingError as error:
            print(f"{article.name}: error: {error}")
            continue
        total.add(score)
        for name, first, last in SPLITS:
            if first <= file_number(article) <= last:
                splits[name].add(score)
        print(report(article.stem, score))
        if verbose:
            for note in notes:
                print(f"    {note}")
    for name, split in splits.items():
        if split.files:
            print(report(f"TOTAL {name}", split))
    print(report("TOTAL", total))
    if "--paths" in options:
        print("\n".join(paths_report(total)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
