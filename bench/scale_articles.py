"""Many distinct articles from the project's own few, for benchmarks at scale.

Each article keeps the shape of a scraped page (section, headline, a lead, paragraphs with
quoted speech, the site's footer), so that every stage does its usual work on it. Variant k
of a template takes the template's section, headline and lead, then paragraphs drawn from
all templates (so two variants share few word runs and the select stage does not merge
them), with every number moved by an amount of its own (so that no cue's text repeats and
the speech cache does not make the bigger builds free).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = (
    *sorted((ROOT / "examples").glob("*.txt")),
    *sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")),
)
_NUMBER = re.compile(r"(?<![\d.:/])\d{1,4}(?![\d.:/])")
_QUOTE = re.compile('([“«”"])([^“”«»"]+)([”»"])')
_WEEKDAYS = ("الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
_WEEKDAY = re.compile("|".join(_WEEKDAYS))
_PARAGRAPHS_PER_ARTICLE = 6
_MIN_WORDS = 8  # shorter lines are subheadings and the site's footer


def _parts(path: Path) -> tuple[str, str, list[str], list[str]]:
    """(section, headline, body paragraphs, footer lines) of a template."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    section, headline, body = lines[0], lines[1], lines[2:]
    paragraphs = [line for line in body if len(line.split()) >= _MIN_WORDS]
    last = max(i for i, line in enumerate(body) if len(line.split()) >= _MIN_WORDS)
    return section, headline, paragraphs, body[last + 1 :]


def _days(variant: int, place: int) -> str:
    """A phrase with a number that differs between any two of the first 90 variants."""
    return f"قبل {3 + (variant * 13 + place * 7) % 90} يوما"


def _varied(text: str, variant: int) -> str:
    """Numbers moved (each by its own amount: years stay years), the weekday changed, and
    a quotation (read as a cue of its own) without digits given a phrase with a number."""
    counter = iter(range(1, 10_000))
    places = iter(range(10_000))

    def numbered(match: re.Match[str]) -> str:
        opening, quoted, closing = match.groups()
        if re.search(r"\d", quoted):
            return match.group(0)
        return f"{opening}{quoted.rstrip(' .')}، {_days(variant, next(places))}{closing}"

    def move(match: re.Match[str]) -> str:
        value = int(match.group(0))
        step = 1 + (variant * 7 + next(counter)) % 9
        return str(value + step if value < 1900 or value > 2100 else value + step % 3)

    text = _QUOTE.sub(numbered, _NUMBER.sub(move, text))
    return _WEEKDAY.sub(lambda _: _WEEKDAYS[variant % 7], text)


def scale_articles(count: int, seed: int = 16) -> list[tuple[str, str]]:
    """`count` articles as (file name, text), the same for the same count and seed."""
    rng = random.Random(seed)
    templates = [_parts(path) for path in TEMPLATES]
    pool = [paragraph for _, _, paragraphs, _ in templates for paragraph in paragraphs[1:]]
    articles = []
    for variant in range(count):
        section, headline, paragraphs, footer = templates[variant % len(templates)]
        body = [paragraphs[0], *rng.sample(pool, _PARAGRAPHS_PER_ARTICLE)]
        headline = f"{_varied(headline, variant)} {_days(variant, 99)}"
        text = "\n\n".join([section, headline, *(_varied(p, variant) for p in body), *footer])
        articles.append((f"{variant:03d}.txt", text + "\n"))
    return articles


def write_articles(folder: Path, count: int, seed: int = 16) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in scale_articles(count, seed):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
