"""Where the diacritizer's marks make another word: those words, or their endings, go bare.

A word left bare is read right by espeak-ng far more often than a wrongly vowelled one
(judged by hand on 100 held-out news sentences: of the engine's 31 wrong rows, 7 were wrong
through their marks alone, none through a bare word). So, where the marks' reading is one a
real word cannot have or the context says the model guessed, the marks go:

- a place name after the noun that names its kind (مطار الخرطوم، ولاية سعيدة، مدينة طنطا):
  names are where the models guess (الخُرْطُوم، سَعِيدَةٍ، طَنْطَةٍ), and the noun before
  one is in construct, no tanween;
- a word in final ى that the model reads as a nisba (a mark on the ى: الْأَهْلَىُّ), the
  Egyptian spelling of ي, whose two readings are two words;
- ... and a definite word in ى right after a definite masculine noun (المنتخب المغربى),
  which agrees with it, so is no feminine elative (الكبرى) but that spelling of a nisba;
- a dual in ـان read with a damma on its nun (طَالِبَانُ is the Taliban, لَاعِبَانُ no word:
  the dual's nun takes a kasra);
- a past verb in ـت with a kasra under a shadda after a fatha (سَجِّلَتْ): neither the active
  (سَجَّلَتْ) nor the passive (سُجِّلَتْ);
- a three-letter past verb right after a preposition (في طَقِسَ): no verb follows one;
- a tanween on a noun right before an elative (رَابِعٌ أَقْوَى، خَامِسٌ أَكْبَرِ): the first
  member of a construct; only the ending goes;
- a definite participle of a derived verb right after a definite noun (الجثث المنتشلة،
  الأسماك المصدرة، التعليمات المنظمة): an adjective, active or passive by one vowel
  (الْمُنْتَشِلَة the rescuers, الْمُنْتَشَلَة recovered) that only the sense decides;
- a verb of the fifth form read with four fathas (تَرَأَسَ، يَتَقَدَمُ): no word has that
  shape, it is تَرَأَّسَ with its doubling lost;
- a verb of the second form in the feminine present (تُرَكِّزُ) beside a definite masculine
  noun (النشاط تركز، تركز الإنتاج في): as often the fifth form's past (تَرَكَّزَ), which
  agrees with it; only the sense decides;
- the shadda of ودّع on و + دعا (وَدَّعَتْ الوزارة … إلى): with إلى after it, the verb is
  دعا, calling on someone to do something;
- a month's name with a tanween (التاسع يوليةً): a name takes none;
- a tanween on an adjective before the noun that specifies it (يابانيةً الصنع، سوريٌّ
  الجنسية): an improper construct, whose first member has none (only the ending goes).
"""

from __future__ import annotations

import re

from briefing.names import FIRST_NAMES
from briefing.speech.definite import article_at
from briefing.speech.marks import (
    DAMMA,
    DAMMATAN,
    FATHA,
    KASRA,
    KASRATAN,
    SHADDA,
    SUKUN,
    TANWEEN,
    strip_marks,
)
from briefing.text import GREGORIAN, GREGORIAN_VARIANTS, LEVANTINE, MAGHREB

_CASE_TANWEEN = frozenset((DAMMATAN, KASRATAN))  # a fathatan stays: an adverb, an object

# ... two of a kind in construct (قريتي الطيبة والزعيم): the word after the first name's و
# is the second name (it was vowelled as a word: وَالزَّعِيم).
DUAL_PLACE_KINDS = frozenset(("قريتي", "قريتا", "بلدتي", "بلدتا", "مدينتي", "مدينتا",
                              "محافظتي", "محافظتا", "مخيمي", "مخيما", "منطقتي",
                              "منطقتا"))  # fmt: skip
# Nouns that name a place's kind: the word after one is its name (in construct). Not قضاء,
# دائرة, سهل, حي: also spending, a department, easy, alive (لِقَضَاءِ إِجَازَةٍ).
PLACE_KINDS = frozenset(("مدينة", "ولاية", "محافظة", "بلدية", "بلدة", "قرية", "منطقة",
                         "إقليم", "جزيرة", "مطار", "ميناء", "مخيم", "شارع", "عاصمة",
                         "ولايات", "مدن", "قرى", "محافظات", "مديرية", "ناحية",
                         "بلديات", "معبر", "وادي", "جبل", "نهر", "بلدات",
                         *DUAL_PLACE_KINDS))  # fmt: skip


def _marks_of(word: str) -> list[str]:
    """The marks on each letter of `word`."""
    marks: list[str] = []
    for char in word:
        if strip_marks(char):
            marks.append("")
        elif marks:
            marks[-1] += char
    return marks


def _dual_place_kind(kind: str) -> bool:
    bare = strip_marks(kind)
    return bare in DUAL_PLACE_KINDS or (bare[:1] in "وبف" and bare[1:] in DUAL_PLACE_KINDS)


def place_name_after(kind: str) -> bool:
    """Whether `kind` (with و ف ب ل before it) names the kind of the place named next."""
    bare = strip_marks(kind)
    for cut in (0, 1, 2):
        lead, rest = bare[:cut], bare[cut:]
        if all(letter in "وفبل" for letter in lead) and rest in PLACE_KINDS:
            return True
    return False


def nisba_of_alef_maqsura(word: str) -> bool:
    """الْأَهْلَىُّ: a vowel or a shadda on a final ى, which as alef maqsura bears none."""
    bare = strip_marks(word)
    return len(bare) > 2 and bare.endswith("ى") and bool(_marks_of(word)[-1])


def nisba_after_masculine(previous: str, word: str) -> bool:
    """المنتخب المغربى: a definite word in ى (three letters at least behind ال) right after
    a definite noun that is not feminine is an adjective agreeing with it, so no feminine
    elative (الكبرى، الأولى follow a noun in ة): the Egyptian spelling of a nisba's ي, which
    the models read as alef maqsura (الْمَغْرِبَى)."""
    bare, before = strip_marks(word), strip_marks(previous)
    if not bare.startswith("ال") or not bare.endswith("ى") or len(bare) < 6:
        return False
    return before.startswith("ال") and len(before) > 3 and not before.endswith(("ة", "ات"))


def dual_read_as_a_name(word: str) -> bool:
    """طَالِبَانُ، لَاعِبَانِ is the dual: a damma (or dammatan) on the nun of ـان, on an
    indefinite word (الْإِعْلَانُ، السُّكَّانُ are no duals, and a definite dual is rare)."""
    bare = strip_marks(word)
    if len(bare) < 5 or not bare.endswith("ان") or article_at(word) is not None:
        return False
    return bool({DAMMA, DAMMATAN} & set(_marks_of(word)[-1]))


def no_verb_form(word: str) -> bool:
    """سَجِّلَتْ: a past in ـتْ with a fatha on its first letter and a kasra under a shadda."""
    bare, marks = strip_marks(word), _marks_of(word)
    if len(bare) < 4 or not bare.endswith("ت") or SUKUN not in marks[-1]:
        return False
    if FATHA not in marks[0]:
        return False
    return any(SHADDA in mark and KASRA in mark for mark in marks[1:-2])


# Prepositions a verb never follows (a noun, or أن/ما and a verb, does).
_PREPOSITIONS = frozenset(("في", "من", "على", "إلى", "الى", "عن", "مع", "بين", "حول", "منذ",
                           "خلال", "بعد", "قبل", "عند", "لدى", "ضد", "نحو", "دون", "وسط",
                           "عبر", "حتى", "جراء", "بسبب", "رغم"))  # fmt: skip


def verb_after_preposition(previous: str, word: str) -> bool:
    """في طَقِسَ: a word of three letters, a fatha on the first and on the last, after a
    preposition (with و or ف before it): a past verb, which cannot stand there."""
    bare, marks = strip_marks(word), _marks_of(word)
    before = strip_marks(previous)
    if before[:1] in "وف" and before[1:] in _PREPOSITIONS:
        before = before[1:]
    if before not in _PREPOSITIONS or len(bare) != 3 or not bare.isalpha():
        return False
    return FATHA in marks[0] and marks[-1] == FATHA and bool(marks[1].strip(SHADDA))


def participle_after_definite(previous: str, word: str) -> bool:
    """الْجُثَثُ الْمُنْتَشِلَةُ: a definite word in ة whose stem opens on مُ and whose letter
    before the last root letter has a kasra or a fatha (the active or the passive participle
    of a derived verb), right after a definite plural of things (a definite noun not in ة,
    with no proclitic: the adjective of a plural of things is a feminine singular)."""
    bare, before = strip_marks(word), strip_marks(previous)
    if article_at(word) != 1 or not bare.startswith("ال") or not bare.endswith("ة"):
        return False
    if article_at(previous) is None or not before.startswith("ال") or before.endswith("ة"):
        return False  # الشركة المصدرة agrees with a singular; a plural's is the doubtful one
    marks = _marks_of(word)
    before_last = len(bare) - 3  # the letter before the last root letter, before the ة
    if bare[2] != "م" or DAMMA not in marks[2] or before_last < 4 or bare[before_last] in "اوي":
        return False
    return bool({KASRA, FATHA} & set(marks[before_last]))


_FIFTH_FORM = re.compile("[يتنأ]?ت[\u0621-\u064a]{3}")


def doubling_lost(word: str) -> bool:
    """تَرَأَسَ، يَتَقَدَمُ: ت and three root letters, each with a fatha and no shadda (after
    the prefix of the present, which also has one), the last not a ة or alef."""
    bare = strip_marks(word)
    if not _FIFTH_FORM.fullmatch(bare) or bare[-1] in "ةاى" or (len(bare) == 5 and bare[1] != "ت"):
        return False
    marks = _marks_of(word)
    opening = marks[:4]
    return all(mark == FATHA for mark in opening) and (len(bare) == 5 or marks[3] == FATHA)


_SECOND_FORM = re.compile("[وف]?ت[\u0621-\u064a]{3}")


def second_form_beside_masculine(
    previous: str | None, following: str | None, after: str | None, word: str
) -> bool:
    """تُرَكِّزُ (a damma on ت, a kasra under a shadda on the third letter) beside a definite
    noun that is not feminine (no ة, no ات), with في or ب next (النشاط تركز في، تركز
    الإنتاج في): the fifth form's past (تَرَكَّزَ), intransitive, has the same letters and
    agrees with that noun. Without the preposition the second form's object is as likely
    (تُفَضِّل الأعمال التي، الصور توضح عدم: the corpus's two, both right)."""
    bare = strip_marks(word)
    if not _SECOND_FORM.fullmatch(bare):
        return False
    marks = _marks_of(word)[-4:]
    if DAMMA not in marks[0] or SHADDA not in marks[2] or KASRA not in marks[2]:
        return False
    if previous is not None and _definite_masculine(previous) and _place_preposition(following):
        return True
    return following is not None and _definite_masculine(following) and _place_preposition(after)


def _place_preposition(word: str | None) -> bool:
    bare = strip_marks(word or "")
    return bare in ("في", "بين", "خلال") or (bare.startswith("ب") and len(bare) > 3)


def _definite_masculine(word: str) -> bool:
    bare = strip_marks(word)
    return bare.startswith("ال") and len(bare) > 4 and not bare.endswith(("ة", "ات", "ى"))


_CALLED = frozenset(("ودعت", "ودعا", "ودعوا", "فدعت", "فدعا"))
_TO = frozenset(("إلى", "الى"))
_RESTING_PLACE = frozenset(("مثواه", "مثواها", "مثواهم", "مثواهما"))


def called_read_as_farewell(word: str, following: list[str]) -> str | None:
    """وَدَّعَتْ with إلى among the next six words: و + دَعَتْ, its shadda gone (وَدَعَتْ)."""
    bare = strip_marks(word)
    after = {strip_marks(next_word) for next_word in following}
    if bare not in _CALLED or not _TO & after or _RESTING_PLACE & after:
        return None  # ودّع الفقيد إلى مثواه الأخير: a farewell to the grave
    marks = _marks_of(word)
    if SHADDA not in marks[1]:
        return None
    letters = [char for char in word if strip_marks(char)]
    marks[1] = marks[1].replace(SHADDA, "")
    return "".join(letter + mark for letter, mark in zip(letters, marks, strict=True))


def nisba_without_doubling(word: str) -> bool:
    """عَادِيَة، سِيَاسِيَة: a word in ية with a kasra before its ي and no shadda on it, which a
    nisba has (عَادِيَّة); not the shapes whose ي is single: a participle (مَاضِيَة، الثَّانِيَة،
    مُتَتَالِيَة), a verbal noun or a plural (تَنْمِيَة، أَدْوِيَة), a short word (قَرْيَة)."""
    bare = strip_marks(word)
    if not bare.endswith("ية"):
        return False
    marks = _marks_of(word)
    cut = article_at(word)
    start = cut + 1 if cut is not None else (1 if bare[:1] in "وفبل" and len(bare) > 6 else 0)
    stem, stem_marks = bare[start:], marks[start:]
    if len(stem) < 5 or (len(stem) == 5 and stem[1] == "ا"):
        return False
    if (stem[0] in "تأ" and SUKUN in stem_marks[1]) or (stem[0] == "م" and DAMMA in stem_marks[0]):
        return False
    return KASRA in stem_marks[-3] and SHADDA not in stem_marks[-2]


_FA33AL = re.compile("(?:ال)?[\u0621-\u064a]{2}ا[\u0621-\u064a]")


def surname_doubling_lost(previous: str, word: str) -> bool:
    """علي عَطَار: a word of the shape فَعَال (or الفَعَال) after a first name, its second letter
    with a fatha and no shadda. Surnames of that shape are mostly the trades' فَعَّال (عطّار،
    حدّاد، نجّار), whose doubling the models drop; left bare (جمال، كمال go bare with them)."""
    bare = strip_marks(word)
    if not _FA33AL.fullmatch(bare) or strip_marks(previous) not in FIRST_NAMES:
        return False
    marks = _marks_of(word)[-4:]
    return FATHA in marks[0] and FATHA in marks[1] and SHADDA not in marks[1]


_MONTHS = frozenset((*GREGORIAN, *GREGORIAN_VARIANTS, *MAGHREB, *LEVANTINE))


def month_with_tanween(word: str) -> bool:
    """يوليةً، مارسٍ: a month's name (or ب، و، ل and it) with a tanween on its end."""
    marks = _marks_of(word)
    if not marks or not TANWEEN & set(marks[-1]):
        return False
    bare = strip_marks(word)
    return bare in _MONTHS or (bare[:1] in "وبل" and bare[1:] in _MONTHS)


# The nouns that specify an adjective before them (يابانية الصنع، سوري الجنسية، كبير الحجم).
_SPECIFYING = frozenset(("الصنع", "المنشأ", "الأصل", "الجنسية", "المولد", "الحجم", "اللون",
                         "الشكل", "الطراز", "الصنعة", "المصدر", "التصميم"))  # fmt: skip


def tanween_before_specifier(word: str, following: str) -> bool:
    """يابانيةً الصنع: a tanween on the word before الصنع، الجنسية…, an improper construct."""
    marks = _marks_of(word)
    return bool(marks) and bool(TANWEEN & set(marks[-1])) and strip_marks(following) in _SPECIFYING


def construct_tanween(word: str, following: str) -> bool:
    """A dammatan or kasratan right before an elative (رَابِعٌ أَقْوَى، خَامِسٌ أَكْبَرِ):
    the first member of a construct. Other words after a tanween are mostly its adjective or
    a clause on the noun (زِيَارَةٍ نَادِرَةٍ قَامَ، طَرَفٍ آخَرَ): over the corpus a wider rule
    took right tanweens off 120 words, so only the elative's shape counts."""
    marks = _marks_of(word)
    if not marks or not _CASE_TANWEEN & set(marks[-1]):
        return False
    bare_next = strip_marks(following)
    if bare_next in _OTHER or TANWEEN & set(following):
        return False
    return _ELATIVE.fullmatch(bare_next) is not None


# أفعل and أفعى (أكبر، أكثر، أعلى، أقوى): the elative's shapes; آخر، أخرى are adjectives.
_ELATIVE = re.compile("أ[\u0621-\u064a]{2}[\u0621-\u064aى]")
_OTHER = frozenset(("آخر", "أخرى", "أخر", "أول", "أولى"))


def without_ending(word: str, keep_shadda: bool = True) -> str:
    """`word` with no marks on its last letter (before a final alef), its shadda kept
    unless `keep_shadda` is False (كَانُوًّا: the و of ـوا is a vowel, never doubled)."""
    bare = strip_marks(word)
    at = len(bare) - (2 if len(bare) > 1 and bare[-1] == "ا" else 1)
    out: list[str] = []
    letter = -1
    for char in word:
        if strip_marks(char):
            letter += 1
            out.append(char)
        elif letter != at or (char == SHADDA and keep_shadda):
            out.append(char)
    return "".join(out)


# A preposition (or particle) with an attached pronoun never takes a tanween (مِنْهًا,
# عَلَيْهِمٌ: judged set 10); nouns are left out, whose own last root letter may be ه or م
# (وَجْهًا، فَهْمًا are right).
_PRONOUN_BASES = ("من", "عن", "في", "إلي", "الي", "علي", "ل", "ب", "ك", "مع", "لدي", "عند",
                  "بين", "حول", "ضد", "دون", "فوق", "تحت", "أمام", "خلف", "بعد", "قبل", "منذ",
                  "إن", "أن", "لكن", "كأن", "ليت", "لعل")  # fmt: skip
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي")
_WITH_PRONOUN = frozenset(base + pronoun for base in _PRONOUN_BASES for pronoun in _PRONOUNS)


def _unprefixed(bare: str) -> str:
    return bare[1:] if bare[:1] in "وف" and len(bare) > 3 else bare


def tanween_on_pronoun(word: str) -> bool:
    """مِنْهًا، عَلَيْهِمٌ، وَبِهَاٍ: a tanween on a preposition with its pronoun."""
    bare = strip_marks(word)
    if bare not in _WITH_PRONOUN and _unprefixed(bare) not in _WITH_PRONOUN:
        return False
    return any(TANWEEN & set(mark) for mark in _marks_of(word))


def tanween_on_verb_plural(word: str) -> bool:
    """كَانُوًّا، قَالُوًا: a tanween (and a shadda) on the و of a verb's ـوا, which is the long
    vowel of "they". Four letters are nouns (عُضْوًا، نُمُوًّا) and so are participles in م
    (مَدْعُوًّا): those are left to the model."""
    bare = strip_marks(word)
    rest = bare[1:] if bare[:1] in "وف" else bare
    if len(rest) < 5 or not rest.endswith("وا") or rest.startswith("م"):
        return False
    return bool(TANWEEN & set(_marks_of(word)[-2]))


# بُوَرْصَة: a vowel on a و between a damma and a consonant with a sukun makes the long ū of
# a loanword (بورصة، كورسات) a consonant (judged set 10, heard bū-arṣa). Not before ي: the
# diminutive is read so (سُوَيْد، نُوَيْر).
_CONSONANT_WAW = re.compile(
    f"[\u0621-\u064a]{DAMMA}{SHADDA}?و[{FATHA}{KASRA}][\u0621-\u0649\u064a]{SUKUN}"
)


def long_u_read_as_consonant(word: str) -> bool:
    match = _CONSONANT_WAW.search(word)
    return match is not None and match.group(0)[-2] != "ي"


# A place written after في with no case ending at all (فِي طَرِيف): the model read a name,
# which it vowels by guess (طَرِيف for طُرَيْف, judged set 10); a common noun after في has
# its kasra (فِي طَرِيقٍ). Bare, unless the table gave it (the table's words are fixed).
def name_after_in(previous: str, word: str) -> bool:
    before = strip_marks(previous)
    if _unprefixed(before) != "في" and before != "في":
        return False
    bare = strip_marks(word)
    if len(bare) < 3 or article_at(word) is not None or bare == word:
        return False
    last = _marks_of(word)[-1].replace(SHADDA, "")
    # A pronoun's م or ه takes a sukun (فِي مَنَازِلِهِمْ: the corpus's one such word)
    return last in ("", SUKUN) and not bare.endswith(
        ("ة", "ا", "ى", "ي", "و", "ه", "هم", "كم", "هن", "نا")
    )


# A weather report's station: "سجلت الخرج 44 درجة" (judged set 10: الْخَرَج, tax, for the
# town). What records degrees right after سجل is a place or the heat itself: bare costs
# nothing there, a guessed name is another word.
_RECORDED = frozenset(("سجلت", "وسجلت", "سجل", "وسجل", "تسجل", "وتسجل", "يسجل", "ويسجل"))
_DEGREES = frozenset(("درجة", "درجات"))


def station_recording_degrees(previous: str | None, word: str, following: list[str]) -> bool:
    if previous is None or strip_marks(previous) not in _RECORDED or article_at(word) is None:
        return False
    return any(strip_marks(later) in _DEGREES for later in following)


def doubted(out: list[str], fixed: set[int], written: frozenset[int] = frozenset()) -> list[str]:
    """`out` (the text between words, then each word) with the doubtful marks gone; the
    words of `fixed` (given, from the table) keep theirs, but for the table's ودّع before
    إلى (only the `written` ones, vowelled by the writer, keep theirs there)."""
    words = len(out) // 2
    result = list(out)

    def word(index: int) -> str:
        return out[2 * index + 1]

    def joined(index: int) -> bool:  # words `index` and `index + 1` with a space between
        return index + 1 < words and out[2 * index + 2] == " "

    for index in range(words):
        current = word(index)
        if index not in written and strip_marks(current) in _CALLED:
            after = [word(i) for i in range(index + 1, min(words, index + 7))]
            called = called_read_as_farewell(current, after)
            if called is not None:
                result[2 * index + 1] = called
                continue
        if index in fixed:
            continue
        previous = word(index - 1) if index and joined(index - 1) else None
        following = word(index + 1) if joined(index) else None
        after = word(index + 2) if following is not None and joined(index + 1) else None
        two_back = word(index - 2) if index > 1 and joined(index - 2) else None
        if (
            (previous is not None and place_name_after(previous))
            or (
                previous is not None
                and two_back is not None
                and _dual_place_kind(two_back)
                and strip_marks(current).startswith("و")
            )
            or nisba_of_alef_maqsura(current)
            or (previous is not None and nisba_after_masculine(previous, current))
            or dual_read_as_a_name(current)
            or no_verb_form(current)
            or (previous is not None and verb_after_preposition(previous, current))
            or (previous is not None and participle_after_definite(previous, current))
            or doubling_lost(current)
            or second_form_beside_masculine(previous, following, after, current)
            or nisba_without_doubling(current)
            or (previous is not None and surname_doubling_lost(previous, current))
            or long_u_read_as_consonant(current)
            or (previous is not None and name_after_in(previous, current))
            or station_recording_degrees(
                previous, current, [word(i) for i in range(index + 1, min(words, index + 6))]
            )
        ):
            result[2 * index + 1] = strip_marks(current)
        elif month_with_tanween(current) or (
            following is not None
            and (
                (place_name_after(current) and article_at(following) is None)
                or tanween_before_specifier(current, following)
                or (index + 1 not in fixed and construct_tanween(current, following))
            )
        ):
            result[2 * index + 1] = without_ending(current)
        elif tanween_on_pronoun(current) or tanween_on_verb_plural(current):
            result[2 * index + 1] = without_ending(current, keep_shadda=False)
    return result
