"""Diacritics for engines that cannot guess Arabic short vowels (espeak-ng).

The model only ever adds marks. It is trained on text whose hamzas were normalized, so it
also rewrites letters (واحد → وأحد, آب → أب, إيست → أيست, أنتجت → انتجت): its output is
aligned to its input and only its marks are kept, on the input's own letters. A word whose
letters it changed gets no marks from it (the engine then reads the word as written, as it
would without tashkeel), since marks predicted for other letters are wrong for these.
Over the 35 corpus articles the model changes the letters of 280 words in 15796 (1 in 56,
`bench/eval_speech.py`); before this alignment such words reached the engine, now none.

A wrong vowel is worse than none: a word left bare is read plainly, a wrongly vowelled one
is another word (يُقَدِّرُ for يُقَدَّرُ, النَّيْل, وَدَعَ for وَدَّعَ). So the marks of the main model
are kept only where two other bundled models read the word the same way; where one of them
reads it otherwise, the word stays bare, as it does when the reading cannot be said (a
sukun opening the word or two in a row). On 145 hand-vowelled news sentences of our own
(964 words, bench/eval_tashkeel.py), words with a wrong vowel before their ending: 69 with
rawi-v2-int8 alone and the old table (the engine's text before; 58 sentences), 61 with
rawi-ensemble alone, 3 now (3 sentences; 21% of the words left bare). Wrong endings 55 → 9.
The three readings come from diacritizers.py (computed with shared work, 3.8x faster).

Marks that are already there win: a word that came vowelled (a lexicon entry, a Latin
name spelled in Arabic) keeps its own; a word that came with only a tanween or a shadda
(قاتلاً، جداً، ودّع: the way news writes them) keeps those and takes the model's other marks,
and exactly one tanween, on the letter before a final alef. The vowels table (lexicon.toml
[tashkeel]: the script's fixed texts, the words the model gets wrong in news, and the words
left bare on purpose) vowels the words and phrases it knows, with و ف ب ل ك before them
(a phrase too: وثلاثة عشر). Last, what ال and a construct fix (definite.py): no tanween on
a definite word or before one, and one reading for لل بال وال فال كال. Then the doubtful
readings go bare (doubt.py), and the models' case endings go (endings.py): an ending is
where their readings make another word most often (a tanween on a construct or a name, an
accusative subject); on 145 hand-vowelled sentences wrong endings 9 → 1, no word read wrong
more, 6 more words bare (198 → 204 of 964).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from briefing.speech.clitics import behind_a_clitic
from briefing.speech.definite import construct_head, definite
from briefing.speech.diacritizers import readings
from briefing.speech.doubt import doubted
from briefing.speech.endings import doubled_final_waw, ends_marked, model_ending_dropped, paused
from briefing.speech.marks import (
    DAMMA,
    FATHA,
    FATHATAN,
    KASRA,
    KASRATAN,
    MARK,
    MARKS,
    SHADDA,
    SUKUN,
    TANWEEN,
    joined,
    mark_units,
    strip_marks,
)
from briefing.speech.numbers import NUMBER_WORDS
from briefing.text import TATWEEL, split_sentences, word_list

# The version of the rules below and of the vowels table: part of the offline voice's cache
# key (tts/espeak.py), raised with every change that changes what the engine receives.
RULES = 8
_WORD = re.compile(f"(?:[\u0621-\u063a\u0641-\u064a\u0671-\u06d3][{MARKS}]*)+")
_VOWELS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650")  # tanween and short vowels
# Letters whose marks tell nothing of a reading (long alef, alef maqsura, madda).
_SILENT = frozenset("اىآ")

Units = list[tuple[str, str]]  # (letter or other character, the marks on it)
Marks = Sequence[str | None]  # the model's marks on each letter; None where it changed it


def _aligned_marks(bare: str, diacritized: str) -> list[str | None]:
    """For each character of `bare`, the model's marks on it, or None where the model wrote
    another letter (or none) in its place."""
    predicted = mark_units(diacritized)
    theirs = "".join(base for base, _ in predicted)
    if theirs == bare:  # the common case: no letter rewritten, nothing to align
        return [marks for _, marks in predicted]
    ours_words, their_words = bare.split(" "), theirs.split(" ")
    if len(ours_words) != len(their_words):
        return _matched(bare, predicted)
    # Word by word: a rewritten letter is aligned within its word (5x faster than the
    # whole sentence at once, and the same result while the model keeps the spaces).
    marks: list[str | None] = []
    at = 0
    for ours, their in zip(ours_words, their_words, strict=True):
        units = predicted[at : at + len(their)]
        marks += [m for _, m in units] if ours == their else _matched(ours, units)
        marks.append(predicted[at + len(their)][1] if at + len(their) < len(predicted) else "")
        at += len(their) + 1
    return marks[: len(bare)]


def _matched(bare: str, predicted: Units) -> list[str | None]:
    theirs = "".join(base for base, _ in predicted)
    marks: list[str | None] = [None] * len(bare)
    matcher = difflib.SequenceMatcher(None, bare, theirs, autojunk=False)
    for tag, i1, i2, j1, _j2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                marks[i1 + k] = predicted[j1 + k][1]
    return marks


def _reading(word: str, index: int, marks: str) -> str:
    """What a letter's marks say aloud: its vowel and shadda (a sukun is no vowel; marks on
    a long alef, on the lam of ال and on a first alef, which is hamzat al-wasl, say nothing)."""
    letter = word[index]
    if (
        letter in _SILENT
        or (index == 1 and word.startswith("ال"))
        or (index == 0 and letter == "ا")
    ):
        return ""
    return "".join(sorted(mark for mark in marks if mark in _VOWELS or mark == SHADDA))


def _agreed(word: str, marks: Marks, checks: Sequence[Marks]) -> bool:
    """Whether every check reads each letter as `marks` do (a letter a check rewrote is no
    vote against)."""
    return all(
        theirs is None or _reading(word, i, ours or "") == _reading(word, i, theirs)
        for check in checks
        for i, (ours, theirs) in enumerate(zip(marks, check, strict=True))
    )


def _pronounceable(marks: Marks) -> bool:
    """No Arabic word opens on a sukun or holds two in a row (شَارَكْتْ: the models' guess
    at شَارَكَتْ): such a reading is no reading, and the word stays bare."""
    sukuns = [SUKUN in (mark or "") for mark in marks]
    return not (sukuns[:1] == [True] or any(a and b for a, b in pairwise(sukuns)))


def _one_tanween(units: Units) -> Units:
    """A tanween written on a final alef (قاتلاً، حرباً) goes on the letter before it, where
    the engine reads it; any other tanween on the word but the last goes."""
    units = list(units)
    if len(units) > 1 and units[-1][0] == "ا" and TANWEEN & set(units[-1][1]):
        tanween = "".join(m for m in units[-1][1] if m in TANWEEN)
        units[-1] = ("ا", "".join(m for m in units[-1][1] if m not in TANWEEN))
        base, marks = units[-2]
        units[-2] = (base, "".join(m for m in marks if m not in _VOWELS) + tanween)
    last = max((i for i, (_, m) in enumerate(units) if TANWEEN & set(m)), default=-1)
    return [
        (base, "".join(m for m in marks if m not in TANWEEN or i == last))
        for i, (base, marks) in enumerate(units)
    ]


def _merged(given: Units, model: Marks | None) -> str:
    """A word written with only a tanween or a shadda, with the model's other marks: the
    written marks win on their letter, a written shadda keeps the model's vowel."""
    out: list[str] = []
    for (base, own), theirs in zip(given, model or [None] * len(given), strict=True):
        extra = theirs or ""
        if any(mark in _VOWELS for mark in own):
            extra = ""  # the writer's tanween says the vowel of this letter
        elif SHADDA in own:
            extra = "".join(mark for mark in extra if mark in _VOWELS)
        out.append(base + "".join(sorted(own + extra, key=unicodedata.combining)))
    units = mark_units("".join(out))
    if any(TANWEEN & set(own) for _, own in given):
        units = _one_tanween(units)  # the writer's, not the model's too
    return joined(units)


def _only_hints(units: Units) -> bool:
    """Marks, and only those news writes as hints (a tanween, a shadda): not a vowelled word."""
    marks = "".join(m for _, m in units)
    return bool(marks) and all(mark in TANWEEN or mark == SHADDA for mark in marks)


# Proclitics written on a word of the vowels table, with their vowel: وَالنِّيل، بِالْقَاهِرَة.
_PROCLITICS = {"و": "وَ", "ف": "فَ", "ب": "بِ", "ل": "لِ", "ك": "كَ"}


# خمس، سبع، تسع are also fractions (a fifth), so the table leaves them to the model, which
# reads خَمْسٌ; before و and a ten they are the number reader's: خَمْس وَعِشْرِين.
_ONES_ALSO_FRACTIONS = {"خمس": "خَمْس", "سبع": "سَبْع", "تسع": "تِسْع"}
_TENS = [f"{ten}{end}" for ten in ("عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع")
         for end in ("ون", "ين")]  # fmt: skip


def _number_phrases(vowels: Mapping[str, str]) -> dict[str, str]:
    """خمس وعشرين → خَمْس وَعِشْرِين, with the table's own vowels of the ten."""
    return {
        f"{one} و{ten}": f"{vowelled} وَ{vowels[ten]}"
        for one, vowelled in _ONES_ALSO_FRACTIONS.items()
        for ten in _TENS
        if ten in vowels
    }


@lru_cache(maxsize=8)
def _phrases(vowels: tuple[tuple[str, str], ...]) -> dict[str, list[tuple[list[str], list[str]]]]:
    """The vowels table by first word, longest phrases first (and the numbers' phrases that
    it implies, where it has no entry of its own)."""
    table: dict[str, list[tuple[list[str], list[str]]]] = {}
    entries = dict(vowels)
    for bare, vowelled in {**_number_phrases(entries), **entries}.items():
        words, marked = bare.split(), vowelled.split()
        table.setdefault(words[0], []).append((words, marked))
    for entries in table.values():
        entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    return table


def _proclitic_readings(word: str, shortest: int = 3) -> list[tuple[str, str, bool]]:
    """The ways to read `word` as و ف ب ل ك (one or two of them) before a word of at least
    `shortest` letters: (the proclitics said, the word behind them, whether the alef of its
    ال went unwritten). لل is ل + ال: للقاهرة is لِ + القاهرة; لالرياض keeps its alef."""
    readings: list[tuple[str, str, bool]] = []
    for cut in (1, 2):
        lead, rest = word[:cut], word[cut:]
        if not all(letter in _PROCLITICS for letter in lead) or len(rest) < shortest:
            continue
        said = "".join(_PROCLITICS[letter] for letter in lead)
        readings.append((said, rest, False))
        if lead.endswith("ل") and rest.startswith("ل"):
            readings.append((said, "ا" + rest, True))
    return readings


def _phrase_at(
    words: list[re.Match[str]],
    index: int,
    text: str,
    table: Mapping[str, list[tuple[list[str], list[str]]]],
) -> list[str] | None:
    """The vowelled words of the longest table phrase starting at `index`, whose first word
    is the word itself or, failing that, the word behind its proclitics. A word left bare
    on purpose found behind letters that may be proclitics stays bare whole: those letters
    may be its own (بلدي is no ب + لدي, فعلي no ف + علي, والي no و + الي)."""
    first = strip_marks(words[index].group(0))
    rest = [strip_marks(word.group(0)) for word in words[index + 1 : index + 8]]
    # A word of two letters behind them only opens a phrase (وست عشرة: it was left to the
    # model, which said وَسِتّ عَشَرَة, judged set 8), never alone.
    for said, behind, dropped in [("", first, False), *_proclitic_readings(first, 2)]:
        for keys, marked in table.get(behind, ()):
            if said and len(behind) < 3 and len(keys) < 2:
                continue
            span = words[index : index + len(keys)]
            gaps = [text[a.end() : b.start()] for a, b in pairwise(span)]
            if [behind, *rest[: len(keys) - 1]] == keys and all(gap.isspace() for gap in gaps):
                head = marked[0][1:] if dropped else marked[0]  # no alef of ال after لل
                if said and not MARK.search(head):
                    return [first, *marked[1:]]
                return [said + head, *marked[1:]]
    return None


def _table_words(
    text: str, words: list[re.Match[str]], vowels: Mapping[str, str]
) -> dict[int, str]:
    """Which words (by index) the vowels table gives, and their vowelled form. A phrase
    matches words separated by spaces only, so it never spans a clause boundary; its first
    word may carry proclitics (وثلاثة عشر، بخمس عشرة، للحادي عشر: the teens' fixed vowels
    hold behind و and ب as they do alone)."""
    table = _phrases(tuple(sorted(vowels.items())))
    found: dict[int, str] = {}
    index = 0
    while index < len(words):
        if (marked := _phrase_at(words, index, text, table)) is not None:
            found.update({index + k: word for k, word in enumerate(marked)})
            index += len(marked)
        else:
            index += 1
    return found


def _vowelled(word: str, model: Marks | None) -> str:
    """A bare word with the model's marks (the tanween on the letter before a final alef),
    or as written where the model gave none."""
    if model is None:
        return word
    units = [(char, mark or "") for char, mark in zip(word, model, strict=True)]
    return joined(_one_tanween(units))


# The last word of a number from 11 to 99 (أحد عشر، خمسة وعشرين): what it counts comes
# next, in the accusative singular with tanween (لاعبًا، هدفًا), where the models write a
# plain fatha before the alef (هَدَفَا, said hadafā).
_ELEVEN_TO_NINETY_NINE = frozenset(
    ("عشر", "عشرة", *(f"{ten}{end}" for ten in ("عشر", "ثلاث", "أربع", "خمس", "ست", "سبع",
                                               "ثمان", "تسع") for end in ("ون", "ين")))
)  # fmt: skip


# Particles that end in an alef, never a counted noun (a judge heard "بِمًا فيها").
_PARTICLES_IN_ALEF = frozenset(
    word_list(
        "ما بما مما كما لما فيما عما إنما انما ربما طالما كلما بينما حينما عندما أينما مهما"
        " كيفما إذا اذا لذا هذا هكذا"
    )
)


def _counted_singular(words: list[re.Match[str]], index: int, text: str) -> bool:
    """Whether the word at `index` ends in an alef or a ta marbuta and follows the end of a
    number 11–99 (خمسة وعشرين، عشرين: a و before the tens, never ال)."""
    if index == 0 or not text[words[index - 1].end() : words[index].start()].isspace():
        return False
    word = strip_marks(words[index].group(0))
    before = strip_marks(words[index - 1].group(0))
    tens = before[1:] if before.startswith("و") and not before.startswith("وال") else before
    definite = re.match("(?:[وفبك]?ال|[وف]?لل)", word) is not None  # عشرين بالمئة، للهجرة
    number = (word[1:] if word.startswith("و") else word) in NUMBER_WORDS  # عشرين وخمسة آلاف
    return (
        not number
        and word != "لسنة"  # رقم 112 لسنة 2020: "of the year", no count (it said لِسَنَةً)
        and word != "فاصلة"  # وستين فاصلة تسعة: the decimal point (it said فَاصِلَةً)
        and word not in _PARTICLES_IN_ALEF  # 1680 بما فيها: no count (it said بِمًا)
        # ... nor a clitic and a noun (اثنان وتسعون بنسبة: it said بِنِسْبَةً)
        and not behind_a_clitic(word.removesuffix("ا"))
        and len(word) > 2
        and word.endswith(("ا", "ة"))
        and not word.endswith(("ها", "هما", "نا"))  # مسارها: possessed, never what is counted
        and not definite
        and not _definite_after(words, index, text)  # قبالة الساحل: in construct (a judge)
        and tens in _ELEVEN_TO_NINETY_NINE
    )


def _next_letters(words: list[re.Match[str]], index: int, text: str) -> str:
    """The bare letters of the word after `index` when only spaces stand between ("" else)."""
    if index + 1 >= len(words) or not text[words[index].end() : words[index + 1].start()].isspace():
        return ""
    return strip_marks(words[index + 1].group(0))


def _definite_after(words: list[re.Match[str]], index: int, text: str) -> bool:
    return _next_letters(words, index, text).startswith("ال")


def _accusative(units: Units) -> Units:
    """The tanween of an indefinite accusative on the word's last letter (before its alef):
    the vowel written there goes; the word's other marks stay."""
    return _ending(units, FATHATAN)


def _ending(units: Units, vowel: str) -> Units:
    """`vowel` as the case ending, on the word's last letter (before a final alef)."""
    at = len(units) - 2 if units[-1][0] == "ا" else len(units) - 1
    base, marks = units[at]
    ending = "".join(mark for mark in marks if mark not in _VOWELS) + vowel
    return [*units[:at], (base, ending), *units[at + 1 :]]


def _invariable(vowelled: str) -> bool:
    """A table word on its own final alef, no tanween before it (سُورِيَا، كَامِيرَا): no
    accusative ending to add."""
    return vowelled.endswith("ا") and not TANWEEN & set(vowelled)


# Nouns a counted حالة، عملية … governs in news (20 حالة وفاة، 12 حالة إصابة): after a
# counted singular, one of them is its genitive, never an adjective, so the head is in
# construct (حَالَةَ، no tanween) and it is an indefinite genitive (وَفَاةٍ).
_GENITIVES = frozenset(("وفاة", "إصابة", "اعتقال", "اشتباه", "عدوى", "انتحار", "اختطاف",
                        "تسمم", "غرق", "ولادة", "طلاق", "زواج", "شفاء", "تعاف", "نزوح",
                        "إخلاء", "اغتيال", "اعتداء", "تحرش", "هدم", "إعدام",
                        # ... as pages type them without the hamza (120 حالة اصابة: حَالَةً)
                        "اصابة", "اخلاء", "اعدام"))  # fmt: skip


def _genitive_after(words: list[re.Match[str]], index: int, text: str) -> bool:
    return _next_letters(words, index, text) in _GENITIVES


def only_marks(
    source: str,
    diacritized: str,
    vowels: Mapping[str, str] | None = None,
    checks: Sequence[str] = (),
) -> str:
    """`source` with the marks of `diacritized` (the model's output for its bare letters):
    the letters are always the source's. Given marks and the vowels table come first; a
    word that one of `checks` (other models' outputs) reads otherwise gets none."""
    bare_source = strip_marks(source)
    predicted = _aligned_marks(bare_source, diacritized)
    checked = [_aligned_marks(bare_source, check) for check in checks]
    words = list(_WORD.finditer(source))
    chosen = _table_words(source, words, vowels or {})
    out: list[str] = []  # the text between words, then each word, in turn
    given_vowels: set[int] = set()  # words that came vowelled (their marks win)
    genitives: set[int] = set()  # indefinite genitives of a counted noun in construct
    ruled: set[int] = set()  # counted nouns: their ending is our rule's
    position = start = 0  # in the source, and in its bare letters
    for index, word in enumerate(words):
        between = source[position : word.start()]
        out.append(between)
        start += len(strip_marks(between))
        letters = strip_marks(word.group(0))
        span = slice(start, start + len(letters))
        start, position = span.stop, word.end()
        marks = predicted[span]
        model = (
            marks
            if None not in marks
            and _pronounceable(marks)
            and _agreed(letters, marks, [c[span] for c in checked])
            else None
        )
        given = mark_units(word.group(0))
        # أحد عشر لاعبا → لَاعِبًا، عشرون سنة → سَنَةً، عشرين دولة → دَوْلَةً; not a word of
        # the table that ends on its own alef (ألترا، كاميرا، سوريا: no case ending)
        counted = (
            _counted_singular(words, index, source)
            and not MARK.search(word.group(0))
            and not (index in chosen and _invariable(chosen[index]))
        )
        # عشرين حالة وفاة: the counted noun in construct with its genitive (حَالَةَ وَفَاةٍ)
        construct = counted and _genitive_after(words, index, source)
        if counted:
            ruled.add(index)
        if MARK.search(word.group(0)) and not _only_hints(given):
            out.append(word.group(0))  # vowelled already: a lexicon entry, a user's text
            given_vowels.add(index)
        elif construct:
            head = (
                mark_units(chosen[index])
                if index in chosen
                else mark_units(_vowelled(letters, model))
            )
            out.append(joined(_ending(head, FATHA)))
            genitives.add(index + 1)
        elif counted and index in chosen:
            out.append(joined(_accusative(mark_units(chosen[index]))))
        elif index in chosen and _only_hints(given) and not MARK.search(chosen[index]):
            out.append(word.group(0))  # a word left bare on purpose keeps the writer's وقّع
        elif index in chosen:
            out.append(chosen[index])
        elif counted:
            out.append(_merged(_accusative(given), model))
        elif _only_hints(given):
            out.append(_merged(given, model))  # قاتلاً، جنيهًا، ودّع: the hint and the rest
        else:
            out.append(_vowelled(letters, model))
    out.append(source[position:])
    for index in genitives - given_vowels:
        units = mark_units(out[2 * index + 1])
        if units[-1][1] == KASRA:  # وَفَاةِ → وَفَاةٍ: indefinite, as the models did not say
            out[2 * index + 1] = joined(_ending(units, KASRATAN))
    fixed = _grammar_of_the_article(out, given_vowels)
    for index in set(range(len(words))) - given_vowels - set(chosen):
        fixed[2 * index + 1] = doubled_final_waw(nisba_adverb(fixed[2 * index + 1]))
    written = frozenset(i for i, word in enumerate(words) if MARK.search(word.group(0)))
    fixed = doubted(fixed, given_vowels | set(chosen), written)
    # The models' endings go (endings.py): kept where the writer marked the last letter,
    # the table gives the word, or a rule of ours set the ending.
    known = given_vowels | set(chosen) | ruled | genitives
    for index, word in enumerate(words):
        if index not in known and not ends_marked(word.group(0)):
            fixed[2 * index + 1] = model_ending_dropped(fixed[2 * index + 1])
    return "".join(fixed)


# An adverb of relation in the accusative (يوميا، رسميا، حاليا): a nisba's ي is doubled.
_IYYAN = re.compile("^(?:[وف])?(.{2,}[^ا])يا$")
# ... but the ي of a participle of a defective verb is not: ماضِيًا، داعِيًا، نافِيًا (فاعٍ),
# مُبْدِيًا، مُتَحَدِّيًا (مُ…), nor that of a verbal noun in تَفَعُّل: تَحَدِّيًا.
_ACTIVE_PARTICIPLE = re.compile("^(?:[وف])?.ا.يا$")
_NISBA_OF_THAT_SHAPE = frozenset(("حاليا", "ذاتيا", "آليا", "ماليا", "عامليا"))


def nisba_adverb(word: str) -> str:
    """يَوْمِيًا → يَوْمِيًّا: a word in ـِيًا (a kasra before the ي, the tanween on it, as the
    models write it) gets the shadda of its nisba, where its shape is no participle's."""
    letters = strip_marks(word)
    match = _IYYAN.match(letters)
    if match is None:
        return word
    units = mark_units(word)
    stem = len(letters) - len(match.group(1)) - 2  # where the word behind a و or ف starts
    ya, before = units[-2], units[-3]
    if FATHATAN not in ya[1] or SHADDA in ya[1] or KASRA not in before[1]:
        return word
    participle = _ACTIVE_PARTICIPLE.match(letters) and letters[stem:] not in _NISBA_OF_THAT_SHAPE
    derived = units[stem][0] == "م" and DAMMA in units[stem][1]
    verbal_noun = units[stem][0] == "ت" and SHADDA in before[1]
    if participle or derived or verbal_noun:
        return word
    units[-2] = (ya[0], "".join(sorted(ya[1] + SHADDA, key=unicodedata.combining)))
    return joined(units)


def _grammar_of_the_article(out: list[str], given: set[int]) -> list[str]:
    """`out` (the text between words, then each word) with what ال and a construct fix: no
    tanween on a definite word or before one, the proclitics' one reading (definite.py)."""
    fixed = list(out)
    for index in range(len(fixed) // 2):
        if index not in given:
            fixed[2 * index + 1] = definite(fixed[2 * index + 1])
    for index in range(len(fixed) // 2 - 1):
        if index not in given and fixed[2 * index + 2] == " ":
            fixed[2 * index + 1] = construct_head(fixed[2 * index + 1], fixed[2 * index + 3])
    return fixed


def add_tashkeel(text: str, vowels: Mapping[str, str] | None = None) -> str:
    """Diacritize sentence by sentence (the models are trained on single sentences).

    `vowels`: bare word or phrase → vowelled (lexicon.toml [tashkeel]); by default the
    shipped table."""
    text = text.replace(TATWEEL, "")
    if not text.strip():
        return text
    if vowels is None:
        from briefing.speech.lexicon import shipped_lexicon

        vowels = shipped_lexicon().vowels
    sentences = split_sentences(text)
    bares = [strip_marks(sentence) for sentence in sentences]
    vowelled: list[str] = []
    for sentence, (main, *others) in zip(sentences, readings(bares), strict=True):
        vowelled.append(only_marks(sentence, main, vowels, others))
    return " ".join(vowelled)


_PAUSE = re.compile(r"^(.*?)([،,.؛;:!?؟…»\"”)]+)$")


def _case_endings_dropped(text: str, everywhere: bool) -> str:
    words = text.split(" ")
    out = []
    for index, token in enumerate(words):
        match = _PAUSE.match(token)
        word, mark = (match.group(1), match.group(2)) if match else (token, "")
        if everywhere or mark or index == len(words) - 1:
            word = paused(word)
        out.append(word + mark)
    return " ".join(out)


def pausal_forms(text: str) -> str:
    """Newsreaders' pausal forms: no case ending on the last word before a pause
    (punctuation or the end), as in الوزيرْ، for الوزيرُ،."""
    return _case_endings_dropped(text, everywhere=False)


def without_case_endings(text: str) -> str:
    """No case ending on any word (every word read as if before a pause)."""
    return _case_endings_dropped(text, everywhere=True)
