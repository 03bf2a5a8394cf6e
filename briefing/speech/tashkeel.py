"""Diacritics for engines that cannot guess Arabic short vowels (espeak-ng).

The model only ever adds marks. It is trained on text whose hamzas were normalized, so it
also rewrites letters (واحد → وأحد, آب → أب, إيست → أيست, أنتجت → انتجت): its output is
aligned to its input and only its marks are kept, on the input's own letters. A word whose
letters it changed gets no marks from it (the engine then reads the word as written, as it
would without tashkeel), since marks predicted for other letters are wrong for these.
Over the 35 corpus articles the model changes the letters of 293 words in 15772 (1 in 54,
`bench/eval_speech.py`); before this alignment 288 of them reached the engine, now none.

Marks that are already there win: a word that came vowelled (a lexicon entry) keeps its
own, and the vowels table (lexicon.toml [tashkeel]: the script's fixed texts, and the
words the model gets wrong in news) vowels the words and phrases it knows.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import pairwise

from briefing.text import TATWEEL, split_sentences

# The int8 model is bundled with text2tashkeel (no download) and fast on a CPU.
MODEL = "rawi-v2-int8"
MARKS = "\u064b-\u0652\u0670"  # tanween, short vowels, shadda, sukun, dagger alef
_MARK = re.compile(f"[{MARKS}]")
_WORD = re.compile(f"(?:[\u0621-\u063a\u0641-\u064a\u0671-\u06d3][{MARKS}]*)+")

Units = list[tuple[str, str]]  # (letter or other character, the marks on it)


@lru_cache(maxsize=1)
def _diacritizer():  # type: ignore[no-untyped-def]
    import os

    # One onnxruntime thread: a sentence is too short for a second to help (11k characters:
    # 0.35-0.46 s with one, 0.54-1.27 s with the default two), and synthesis gives each core a
    # process of its own. A value the user set wins.
    os.environ.setdefault("TT_ORT_THREADS", "1")
    from text2tashkeel import Diacritizer

    return Diacritizer(MODEL)


def strip_marks(text: str) -> str:
    return _MARK.sub("", text)


def _units(text: str) -> Units:
    """Each base character with the marks written after it."""
    units: Units = []
    for char in text:
        if _MARK.match(char) and units:
            base, marks = units[-1]
            units[-1] = (base, marks + char)
        elif not _MARK.match(char):
            units.append((char, ""))
    return units


def _aligned_marks(bare: str, diacritized: str) -> list[str | None]:
    """For each character of `bare`, the model's marks on it, or None where the model wrote
    another letter (or none) in its place."""
    predicted = _units(diacritized)
    theirs = "".join(base for base, _ in predicted)
    marks: list[str | None] = [None] * len(bare)
    matcher = difflib.SequenceMatcher(None, bare, theirs, autojunk=False)
    for tag, i1, i2, j1, _j2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                marks[i1 + k] = predicted[j1 + k][1]
    return marks


@lru_cache(maxsize=8)
def _phrases(vowels: tuple[tuple[str, str], ...]) -> dict[str, list[tuple[list[str], list[str]]]]:
    """The vowels table by first word, longest phrases first."""
    table: dict[str, list[tuple[list[str], list[str]]]] = {}
    for bare, vowelled in vowels:
        words, marked = bare.split(), vowelled.split()
        table.setdefault(words[0], []).append((words, marked))
    for entries in table.values():
        entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    return table


def _table_words(
    text: str, words: list[re.Match[str]], vowels: Mapping[str, str]
) -> dict[int, str]:
    """Which words (by index) the vowels table gives, and their vowelled form. A phrase
    matches words separated by spaces only, so it never spans a clause boundary."""
    table = _phrases(tuple(sorted(vowels.items())))
    found: dict[int, str] = {}
    index = 0
    while index < len(words):
        for keys, marked in table.get(strip_marks(words[index].group(0)), ()):
            span = words[index : index + len(keys)]
            bare = [strip_marks(word.group(0)) for word in span]
            gaps = [text[a.end() : b.start()] for a, b in pairwise(span)]
            if bare == keys and all(gap.isspace() for gap in gaps):
                found.update({index + k: marked[k] for k in range(len(keys))})
                index += len(keys) - 1
                break
        index += 1
    return found


def _only_an_ending(units: Units) -> bool:
    """Marks on the last two letters only (the tanween of جنيهًا، مساءً), none before."""
    marked = [i for i, (_, marks) in enumerate(units) if marks]
    return bool(marked) and len(units) > 2 and min(marked) >= len(units) - 2


def only_marks(source: str, diacritized: str, vowels: Mapping[str, str] | None = None) -> str:
    """`source` with the marks of `diacritized` (the model's output for its bare letters):
    the letters are always the source's. Given marks and the vowels table come first."""
    predicted = _aligned_marks(strip_marks(source), diacritized)
    words = list(_WORD.finditer(source))
    chosen = _table_words(source, words, vowels or {})
    out: list[str] = []
    position = start = 0  # in the source, and in its bare letters
    for index, word in enumerate(words):
        between = source[position : word.start()]
        out.append(between)
        start += len(strip_marks(between))
        length = len(strip_marks(word.group(0)))
        marks, start, position = predicted[start : start + length], start + length, word.end()
        given = _units(word.group(0))
        if _only_an_ending(given) and index not in chosen and None not in marks:
            # جنيهًا، مساءً، دينارًا: the number reader gave the tanween; the model the rest
            merged = zip(given, marks, strict=True)
            out.append("".join(char + (own or model or "") for (char, own), model in merged))
        elif _MARK.search(word.group(0)):
            out.append(word.group(0))  # vowelled already: a lexicon entry, a user's text
        elif index in chosen:
            out.append(chosen[index])
        elif any(mark is None for mark in marks):
            out.append(word.group(0))  # the model changed its letters: no guess is better
        else:
            out.append("".join(c + (m or "") for c, m in zip(word.group(0), marks, strict=True)))
    out.append(source[position:])
    return "".join(out)


def add_tashkeel(text: str, vowels: Mapping[str, str] | None = None) -> str:
    """Diacritize sentence by sentence (the model is trained on single sentences).

    `vowels`: bare word or phrase → vowelled (lexicon.toml [tashkeel]); by default the
    shipped table."""
    text = text.replace(TATWEEL, "")
    if not text.strip():
        return text
    if vowels is None:
        from briefing.speech.lexicon import shipped_lexicon

        vowels = shipped_lexicon().vowels
    diacritize = _diacritizer()
    return " ".join(
        only_marks(sentence, diacritize(strip_marks(sentence)), vowels)
        for sentence in split_sentences(text)
    )


# A word's last vowel marks (shadda stays: it doubles a consonant, it is no case ending).
_FINAL_VOWELS = re.compile("[\u064b-\u0650\u0652]*(\u0651?)[\u064b-\u0650\u0652]*$")
_TANWEEN_ALEF = re.compile("\u064bا$|ا\u064b$")  # كتابًا: paused, the tanween goes, the alef stays
_PAUSE = re.compile(r"^(.*?)([،,.؛;:!?؟…»\"”)]+)$")


def _paused(word: str) -> str:
    if _TANWEEN_ALEF.search(word):
        return _TANWEEN_ALEF.sub("ا", word)
    return _FINAL_VOWELS.sub(r"\1", word, count=1)


def _case_endings_dropped(text: str, everywhere: bool) -> str:
    words = text.split(" ")
    out = []
    for index, token in enumerate(words):
        match = _PAUSE.match(token)
        word, mark = (match.group(1), match.group(2)) if match else (token, "")
        if everywhere or mark or index == len(words) - 1:
            word = _paused(word)
        out.append(word + mark)
    return " ".join(out)


def pausal_forms(text: str) -> str:
    """Newsreaders' pausal forms: no case ending on the last word before a pause
    (punctuation or the end), as in الوزيرْ، for الوزيرُ،."""
    return _case_endings_dropped(text, everywhere=False)


def without_case_endings(text: str) -> str:
    """No case ending on any word (every word read as if before a pause)."""
    return _case_endings_dropped(text, everywhere=True)
