"""What the words around a number tell its reading: case from before, gender from after."""

from __future__ import annotations

import re

from briefing.speech.cleanup import GLUE, prefix_before
from briefing.speech.lexicon import Lexicon

# A number in running news text is most often an object or after a preposition or a noun
# in construct, so its oblique forms (عشرين، ألفين) are the default; a number that opens a
# sentence (or stands alone) is nominative (عشرون، ألفان).
_SENTENCE_START = re.compile(r"(^|[.!؟?:؛\n])\s*$")
_GLUED_TAIL = re.compile(r"\S*" + GLUE + r"\s*$")
_LAST_WORD = re.compile(r"(\S+)\s*$")
_NEXT_WORD = re.compile(r"^\s*([^\s.,،؛;:!؟?()«»\"“”]+)")
_DIACRITICS = re.compile("[\u064b-\u0652\u0670]")


def is_oblique(before: str) -> bool:
    """Oblique unless the number opens a sentence; ب ل ك glued to it make it genitive."""
    prefix = prefix_before(before)
    if any(letter in prefix for letter in "بلك"):
        return True
    return not _SENTENCE_START.search(_GLUED_TAIL.sub("", before))


def next_word(after: str) -> str:
    match = _NEXT_WORD.match(after)
    return _DIACRITICS.sub("", match.group(1)) if match else ""


def previous_word(before: str) -> str:
    match = _LAST_WORD.search(before.replace(GLUE, ""))
    return _DIACRITICS.sub("", match.group(1)) if match else ""


# Words that follow a number without being what it counts: particles and pronouns.
_NOT_NOUNS = frozenset(("من", "في", "على", "إلى", "الى", "عن", "مع", "أو", "ثم", "التي",
                        "الذي", "الذين", "اللتين", "اللذين", "قد", "لا", "لم", "لن", "إن",
                        "أن", "ان", "ما", "هو", "هي", "هم", "منها", "منهم", "منهن", "خلال",
                        "بين", "حتى", "إلا", "فقط", "أيضا", "تقريبا", "نحو", "حوالي", "فيما",
                        "بينما", "كما", "عند", "بعد", "قبل", "مقابل"))  # fmt: skip


YEAR_WORDS = frozenset(("عام", "العام", "عامي", "سنة", "السنة", "سنتي", "منذ", "حتى", "في",
                        "قبل", "بعد", "خلال", "مطلع", "أواخر", "أوائل", "منتصف", "نهاية",
                        "بداية", "بين", "من", "إلى", "الموافق"))  # fmt: skip


def after_year_word(before: str) -> bool:
    """Whether the word before says a year follows (عام، منذ، في، وفي…)."""
    word = previous_word(before)
    return word in YEAR_WORDS or (word[:1] in ("و", "ف", "ب", "ل") and word[1:] in YEAR_WORDS)


def is_year(number: int, before: str) -> bool:
    """A four-digit number after في, عام, منذ… is a year (في 2002 إعادة انتخاب: not a
    count of إعادة)."""
    return 1000 <= number <= 2100 and after_year_word(before)


def counted_noun(after: str) -> str:
    """The noun a number counts, if the next word is one ('' before من, في, التي…)."""
    word = next_word(after)
    if not word or not ("\u0621" <= word[0] <= "\u064a") or word in _NOT_NOUNS:
        return ""
    return word


# Sound plurals in ات of masculine nouns: verbal nouns of the derived forms (اجتماعات،
# انتخابات، استثمارات، إجراءات، تحقيقات) and nouns in اء (لقاءات): ثلاثة لقاءات.
_MASCULINE_SINGULAR = re.compile(
    "^(?:ا[^ا]ت[^ا]ا[^ا]|ان[^ا]{2}ا[^ا]|است[^ا]{2}ا[^ا]|[إا][^ا]{2}ا[^ا]|ت[^ا]{2}ي[^ا]|.+اء)$"
)


def is_feminine(noun: str, lexicon: Lexicon) -> bool:
    """The gender of a counted noun as written (سنوات، شركة → feminine; أشهر → masculine)."""
    bare = noun.removeprefix("ال")
    if noun in lexicon.masculine or bare in lexicon.masculine:
        return False
    if noun in lexicon.feminine or bare in lexicon.feminine:
        return True
    if bare.endswith("ات") and _MASCULINE_SINGULAR.match(bare[:-2]):
        return False
    return bare.endswith(("ة", "ات", "اة")) and len(bare) > 2
