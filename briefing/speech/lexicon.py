"""The pronunciation lexicon: shipped defaults (lexicon.toml) plus the user's own files."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import platformdirs

from briefing.errors import InputError
from briefing.speech.tashkeel import strip_marks

SHIPPED = Path(__file__).with_name("lexicon.toml")
USER_FILE_NAME = "lexicon.toml"


@dataclass(frozen=True)
class Lexicon:
    latin: Mapping[str, str] = field(default_factory=dict)  # keys case-folded
    abbreviations: Mapping[str, str] = field(default_factory=dict)
    eras: Mapping[str, str] = field(default_factory=dict)  # after a year: هـ، م
    feminine: frozenset[str] = frozenset()
    masculine: frozenset[str] = frozenset()
    # Bare word or phrase → the same letters vowelled, for the offline engine ([tashkeel]).
    vowels: Mapping[str, str] = field(default_factory=dict)

    @cached_property
    def abbreviation_pattern(self) -> re.Pattern[str] | None:
        """Every abbreviation in one alternation, longest first ("أ.د." before "د."), compiled
        once per lexicon: reading runs it on every chunk."""
        if not self.abbreviations:
            return None
        shorts = sorted(self.abbreviations, key=len, reverse=True)
        return re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, shorts))})(?![\w])")

    def merged(self, other: Lexicon) -> Lexicon:
        """`other` wins where both say something."""
        return Lexicon(
            latin={**self.latin, **other.latin},
            abbreviations={**self.abbreviations, **other.abbreviations},
            eras={**self.eras, **other.eras},
            feminine=(self.feminine - other.masculine) | other.feminine,
            masculine=(self.masculine - other.feminine) | other.masculine,
            vowels={**self.vowels, **other.vowels},
        )


def _strings(value: object, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise InputError(f"{where}: expected a table of strings")
    return value


def _words(value: object, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: expected a list of strings")
    return frozenset(value)


def _vowels(value: object, where: str) -> dict[str, str]:
    """[tashkeel] entries add marks only: the value's letters are the key's."""
    table = _strings(value, where)
    for bare, vowelled in table.items():
        if strip_marks(vowelled).split() != bare.split() or strip_marks(bare) != bare:
            raise InputError(f"{where}: {vowelled!r} must be {bare!r} with marks added")
    return {" ".join(bare.split()): " ".join(vowelled.split()) for bare, vowelled in table.items()}


def read_lexicon(path: Path) -> Lexicon:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"{path}: cannot read the lexicon ({error.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: not a valid TOML lexicon ({error})") from None
    gender = data.get("gender", {})
    latin = _strings(data.get("latin", {}), f"{path} [latin]")
    abbreviations = dict(data.get("abbreviations", {}))
    eras = abbreviations.pop("after_year", {})
    return Lexicon(
        latin={key.casefold(): value for key, value in latin.items()},
        abbreviations=_strings(abbreviations, f"{path} [abbreviations]"),
        eras=_strings(eras, f"{path} [abbreviations.after_year]"),
        feminine=_words(gender.get("feminine", []), f"{path} [gender] feminine"),
        masculine=_words(gender.get("masculine", []), f"{path} [gender] masculine"),
        vowels=_vowels(data.get("tashkeel", {}), f"{path} [tashkeel]"),
    )


def user_lexicon_path() -> Path:
    base = os.environ.get("BRIEFING_LEXICON")
    if base:
        return Path(base)
    return Path(platformdirs.user_config_dir("briefing")) / USER_FILE_NAME


def load_lexicon(extra: Iterable[Path] = ()) -> Lexicon:
    """Shipped defaults, then the user's lexicon if present, then `extra` files in order."""
    lexicon = read_lexicon(SHIPPED)
    user = user_lexicon_path()
    for path in (user, *extra) if user.is_file() else tuple(extra):
        lexicon = lexicon.merged(read_lexicon(path))
    return lexicon


@lru_cache(maxsize=1)
def shipped_lexicon() -> Lexicon:
    """The defaults alone (lexicon.toml beside this module)."""
    return read_lexicon(SHIPPED)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon()
