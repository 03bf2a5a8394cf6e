"""What the article ال and a construct fix in a word's marks, whatever the models wrote.

A definite word never takes tanween (الْمُسْتَهْلِكٌ is no word), nor does the first member
of a construct (كِتَابُ الْوَزِيرِ, not كِتَابٌ الْوَزِيرِ). And the proclitics before ال have
one reading each: لِلْ، بِالْ، وَالْ، فَالْ، كَالْ (before a sun letter the lam is silent and
the letter doubled: لِلشَّرِكَة). espeak-ng garbles a bare لل (للجماهير → lldʒmaːhiːr), so
that prefix gets its vowel even on a word the models left bare.

Which words hold the article is read from the marks, not the letters alone: والد، بالغ،
التزام begin with the same letters as والدولة، بالغاز، التجارة. The article is there when
the letter after its lam is a sun letter with a shadda, or the lam has a sukun before a
moon letter, or a kasra before the alef of a word that opens on hamzat al-wasl
(الِاتِّفَاق). A word beginning with لل always has it (ل + ال).
"""

from __future__ import annotations

import re

from briefing.speech.marks import (
    DAMMA,
    DAMMATAN,
    FATHA,
    FATHATAN,
    KASRA,
    KASRATAN,
    SHADDA,
    SUKUN,
    joined,
    letter_units,
    strip_marks,
)

_TANWEEN_TO_VOWEL = str.maketrans(FATHATAN + DAMMATAN + KASRATAN, FATHA + DAMMA + KASRA)
SUN_LETTERS = frozenset("تثدذرزسشصضطظلن")
_VOWEL_OF = {"و": FATHA, "ف": FATHA, "ك": FATHA, "ب": KASRA, "ل": KASRA}
# Proclitics that may stand before ال (one or two: وبال، فكال), and before لل (ولل، فلل).
_BEFORE_ARTICLE = re.compile("^(?:[وف]?[بك]?)ال|^[وف]?لل")

# A definite word after a tanween that is no construct: a time (قال مسؤولٌ الأحدَ، وصل
# وفدٌ اليومَ) or a relative pronoun.
_NOT_A_CONSTRUCT = frozenset(
    (
        "الآن", "اليوم", "الليلة", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
        "الجمعة", "السبت", "الأسبوع", "الشهر", "العام", "السنة", "الصباح", "المساء",
        "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي",
        "اللواتي",
    )
)  # fmt: skip


# The openings of the words hamzat al-wasl begins after the article: the verbal nouns of the
# derived forms (استثمار، انفجار، اتفاق، اجتماع) and اثنين، ابن، اسم، امرأة; a لا that opens
# a word (لاجئ، لاعب) or an alef that lost its hamza (اطفال) is none.
_WASL = re.compile("ا(?:ست|ن..ا|.ت|ثن|بن|سم|مر)")


def article_at(word: str) -> int | None:
    """The index (in letters) of the lam of the article in a vowelled word, or None where the
    word holds none (or its marks do not say)."""
    bare = strip_marks(word)
    match = _BEFORE_ARTICLE.match(bare)
    if match is None or len(bare) - match.end() < 2:
        return None
    lam = match.end() - 1
    if bare[match.start() : match.end()].endswith("لل"):
        return lam  # ل + ال: always the article
    units = letter_units(word)
    lam_marks, (after, after_marks) = units[lam][1], units[lam + 1]
    if after in SUN_LETTERS and SHADDA in after_marks:
        return lam
    if SUKUN in lam_marks and after != "ا" and after not in SUN_LETTERS:
        return lam  # before a sun letter without a shadda it is a root's lam: الْتِزَام
    if KASRA in lam_marks and after == "ا":
        return lam  # الِاتِّفَاق، بِالِانْتِخَابَات: the article before hamzat al-wasl
    return None


def definite(word: str) -> str:
    """A word with the article gets no tanween, and its proclitics and the article their
    one reading (لِلْ، بِالْ، وَالشَّ); any other word is returned as it is."""
    lam = article_at(word)
    if lam is None:
        return word
    units = letter_units(word)
    for index in range(lam - 1 if strip_marks(word)[lam - 1] == "ا" else lam):
        letter = units[index][0]
        if letter in _VOWEL_OF:
            units[index][1] = _VOWEL_OF[letter]  # the proclitic's vowel
    if units[lam - 1][0] == "ا":
        units[lam - 1][1] = ""  # the alef of ال: hamzat al-wasl, silent after a proclitic
    after, after_marks = units[lam + 1]
    if after in SUN_LETTERS and SHADDA in after_marks:
        units[lam][1] = ""  # assimilated: لِلشَّرِكَة, not لِلْشَّرِكَة
    elif after != "ا" and after not in SUN_LETTERS:
        units[lam][1] = SUKUN
    elif after in SUN_LETTERS and not any(marks for _, marks in units[lam + 1 :]):
        units[lam][1], units[lam + 1][1] = "", SHADDA  # a bare word: لِلشّركة
    elif after == "ا" and not units[lam][1] and _WASL.match(strip_marks(word)[lam + 1 :]):
        units[lam][1] = KASRA  # before hamzat al-wasl: لِلِاستراتيجية (not لِلاجئين: lāji'īn)
    vowelled = joined(units)
    return vowelled.translate(_TANWEEN_TO_VOWEL)


def construct_head(word: str, following: str) -> str:
    """A word with a dammatan or kasratan right before a definite word is the first member of
    a construct (كِتَابُ الْوَزِيرِ): its tanween becomes the plain vowel. A fathatan stays
    (an adverb or an object before a time: ارتفع سِعْرًا الشهرَ), and so does a tanween
    before a time word or a relative pronoun (قال مسؤولٌ الأحدَ)."""
    if not word or word[-1] not in (DAMMATAN, KASRATAN):
        return word
    if article_at(following) is None or strip_marks(following) in _NOT_A_CONSTRUCT:
        return word
    if not strip_marks(following).startswith("ال"):
        return word  # والوزير، للوزير: a new member or a preposition (كتابٌ للوزير)
    return word[:-1] + word[-1].translate(_TANWEEN_TO_VOWEL)
