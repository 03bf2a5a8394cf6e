"""The pronunciation lexicon: shipped defaults (lexicon.toml) plus the user's own files.

Which files are the user's is the edge's business (cli.py: briefing.toml's [speech] lexicon
and --lexicon); nothing here looks at the environment or the home folder."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from briefing.errors import InputError
from briefing.speech.numbers import Noun
from briefing.speech.tashkeel import strip_marks
from briefing.validate import ListOf, Table, Value, check

SHIPPED = Path(__file__).with_name("lexicon.toml")


@dataclass(frozen=True)
class Lexicon:
    latin: Mapping[str, str] = field(default_factory=dict)  # keys case-folded
    abbreviations: Mapping[str, str] = field(default_factory=dict)
    eras: Mapping[str, str] = field(default_factory=dict)  # after a year: هـ، م
    feminine: frozenset[str] = frozenset()
    masculine: frozenset[str] = frozenset()
    # Bare word or phrase → the same letters vowelled, for the offline engine ([tashkeel]).
    vowels: Mapping[str, str] = field(default_factory=dict)
    # What a short form after a number measures ([units]: 120 كم/س، 3X، 45 °م).
    units: Mapping[str, Noun] = field(default_factory=dict)

    @cached_property
    def abbreviation_pattern(self) -> re.Pattern[str] | None:
        """Every abbreviation in one alternation, longest first ("أ.د." before "د."), compiled
        once per lexicon: reading runs it on every chunk. Spaces around a dot are free (ق.م،
        ق. م، ق .م، ق . م are one); a space without a dot must be there (ق م, not قم); a
        final dot may touch the word after it."""
        if not self.abbreviations:
            return None
        shorts = sorted(self.abbreviations, key=len, reverse=True)
        alternatives = dict.fromkeys(map(_spaced, shorts))
        # A title's dot may be glued to the name after it (د.ليلى), never to one letter (د.ك
        # is a currency); so glued, a title may take و، ل، ب (ود.سامر، لد.منى).
        return re.compile(
            rf"(?<![\w.])(?:(?P<prefix>[وفلب])(?={_TITLE_GLUED})|)(?:{'|'.join(alternatives)})"
            rf"(?:(?<=\.)(?=[\u0621-\u064a]{{2}})|(?![\w]))"
        )

    @cached_property
    def _abbreviations_unspaced(self) -> dict[str, str]:
        return {_unspaced(short): words for short, words in self.abbreviations.items()}

    def abbreviation(self, written: str) -> str:
        """What an abbreviation the pattern found stands for, however it was spaced."""
        return self._abbreviations_unspaced[_unspaced(written)]

    def expansion(self, match: re.Match[str]) -> tuple[str, str]:
        """The prefix glued before an abbreviation the pattern found (و، ل…), and what the
        abbreviation stands for."""
        prefix = match.group("prefix") or ""
        return prefix, self.abbreviation(match.group(0)[len(prefix) :])

    @cached_property
    def unit_words(self) -> dict[str, Noun]:
        """The units' nouns written out (2 كيلومتر: كيلومترين, the table's own dual; a ك
        or ب that opens them is the word's, not a preposition)."""
        return {unit.singular: unit for unit in self.units.values() if " " not in unit.singular}

    @cached_property
    def glued_phrases(self) -> dict[str, str]:
        """The [tashkeel] phrases of two or more words, each under its letters with no space
        (الأممالمتحدة → الأمم المتحدة): source text that glued them is split back."""
        phrases = (bare for bare in self.vowels if " " in bare)
        return {bare.replace(" ", ""): bare for bare in phrases if min(map(len, bare.split())) > 2}

    def merged(self, other: Lexicon) -> Lexicon:
        """`other` wins where both say something."""
        return Lexicon(
            latin={**self.latin, **other.latin},
            abbreviations={**self.abbreviations, **other.abbreviations},
            eras={**self.eras, **other.eras},
            feminine=(self.feminine - other.masculine) | other.feminine,
            masculine=(self.masculine - other.feminine) | other.masculine,
            vowels={**self.vowels, **other.vowels},
            units={**self.units, **other.units},
        )


# One or two letters and a dot glued to a word of two letters or more: a title on its name.
_TITLE_GLUED = r"[\u0621-\u064a](?:\.?[\u0621-\u064a])?\.[\u0621-\u064a]{2}"


def _spaced(short: str) -> str:
    """The pattern of an abbreviation with free spaces around its inner dots (and before a
    final one: "د ." too, but never the space after it, which belongs to the next word)."""
    pieces = [re.escape(piece.strip()) for piece in short.split(".")]
    spaced = [re.sub(r"(?:\\ )+", r"\\s+", piece) for piece in pieces]
    if short.endswith("."):
        return r"\s*\.\s*".join(spaced[:-1]) + r"\s*\."
    return r"\s*\.\s*".join(spaced)


def _unspaced(written: str) -> str:
    return re.sub(r"\s*\.\s*", ".", " ".join(written.split()))


LEXICON_SCHEMA = Table(
    {
        "latin": Table(any_key=Value(str)),
        # [abbreviations.after_year]: the words that follow a year (هـ، م), read as eras.
        "abbreviations": Table({"after_year": Table(any_key=Value(str))}, any_key=Value(str)),
        "gender": Table({"feminine": ListOf(Value(str)), "masculine": ListOf(Value(str))}),
        "tashkeel": Table(any_key=Value(str)),
        "units": Table(any_key=ListOf(Value(str), length=4)),
    }
)


def _unit(forms: list[str]) -> Noun:
    """[singular, dual, plural, accusative]: a noun whose first word ends in ة is feminine
    (درجة مئوية، ثلاث درجات)."""
    singular, dual, plural, accusative = forms
    return Noun(singular, dual, plural, accusative, feminine=singular.split()[0].endswith("ة"))


def _vowels(table: Mapping[str, str], where: str) -> dict[str, str]:
    """[tashkeel] entries add marks only: the value's letters are the key's."""
    for bare, vowelled in table.items():
        if strip_marks(vowelled).split() != bare.split() or strip_marks(bare) != bare:
            raise InputError(f"{where}: {vowelled!r} must be {bare!r} with marks added")
    return {" ".join(bare.split()): " ".join(vowelled.split()) for bare, vowelled in table.items()}


def parse_lexicon(data: dict, source: str) -> Lexicon:
    """A lexicon file's tables, validated (unknown tables refused, every entry a string)."""
    check(data, LEXICON_SCHEMA, source)
    gender = data.get("gender", {})
    abbreviations = dict(data.get("abbreviations", {}))
    eras = abbreviations.pop("after_year", {})
    return Lexicon(
        latin={key.casefold(): value for key, value in data.get("latin", {}).items()},
        abbreviations=abbreviations,
        eras=dict(eras),
        feminine=frozenset(gender.get("feminine", [])),
        masculine=frozenset(gender.get("masculine", [])),
        vowels=_vowels(data.get("tashkeel", {}), f"{source} [tashkeel]"),
        units={short: _unit(forms) for short, forms in data.get("units", {}).items()},
    )


def read_lexicon(path: Path) -> Lexicon:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"{path}: cannot read the lexicon ({error.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: not a valid TOML lexicon ({error})") from None
    return parse_lexicon(data, str(path))


@lru_cache(maxsize=1)
def shipped_lexicon() -> Lexicon:
    """The defaults alone (lexicon.toml beside this module)."""
    return read_lexicon(SHIPPED)


def load_lexicon(files: Iterable[Path] = ()) -> Lexicon:
    """The shipped lexicon, then each file in order (later files win)."""
    lexicon = shipped_lexicon()
    for path in files:
        lexicon = lexicon.merged(read_lexicon(path))
    return lexicon
