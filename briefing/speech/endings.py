"""Which words keep a case ending: the models' endings are where their wrong readings are.

A case ending or tanween tells a listener little (newsreaders drop most of them), and it is
where most of the models' words that read as another word come from: a tanween on the first
member of a construct or on a name (حَادِثَةً سَيْرٍ، مَدِينَةِ بِرْكَانٍ، مُحَمَّدٍ نُور), an object's
accusative on a subject (عَمِلَتْ طَوَاقِمَ). So a word keeps the ending the models gave it only
where that ending is known: the writer wrote a mark on its last letter, the vowels table gives
the word, or a rule of ours set it (a counted noun after 11–99, the genitive of حالة وفاة, a
nisba adverb يَوْمِيًّا). Every other word is read as before a pause (the pausal form, which
judges and listeners take as right): كِتَابًا → كِتَابا، الْوَزِيرُ → الْوَزِير. espeak-ng reads a
bare ة as t (مَدِينَة الْقَاهِرَة: madiːnat alqaːhirat), as newsreaders do in construct.

A doubling is no ending: it stays (ثُمَّ → ثُمّ), and the doubled و of a noun like نُمُوّ، عُلُوّ،
عَدُوّ, which the models leave single (نُمُوًا), is written back first.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.speech.marks import (
    DAMMA,
    FATHA,
    MARK,
    SHADDA,
    SUKUN,
    TANWEEN,
    joined,
    letter_units,
    strip_marks,
)

# A word's last vowel marks (shadda stays: it doubles a consonant, it is no case ending).
_FINAL_VOWELS = re.compile("[\u064b-\u0650\u0652]*(\u0651?)[\u064b-\u0650\u0652]*$")
# كتابًا: paused, the tanween goes, the alef stays (and a shadda with it: يوميًّا → يوميّا)
_TANWEEN_ALEF = re.compile("(\u0651?)\u064b(\u0651?)ا$|ا\u064b$")
_TANWEEN_MAQSURA = re.compile("\u064b(\u0651?)ى$")
# A nisba adverb as our rule writes it (يَوْمِيًّا، رَسْمِيًّا): an adverbial accusative, kept.
_NISBA_ADVERB = re.compile("\u0650\u064a(?:\u064b\u0651|\u0651\u064b)ا$")


def paused(word: str) -> str:
    """`word` as said before a pause: no case ending, the alef of a tanween kept (and the
    long vowel of a tanween before ى: مُسْتَشْفًى → مُسْتَشْفَى)."""
    if _TANWEEN_ALEF.search(word):
        return _TANWEEN_ALEF.sub(r"\1\2ا", word)
    if _TANWEEN_MAQSURA.search(word):
        return _TANWEEN_MAQSURA.sub("\u064e\\1ى", word)
    return _FINAL_VOWELS.sub(r"\1", word, count=1)


def model_ending_dropped(word: str) -> str:
    """A word vowelled by the models, with its ending dropped unless it is a nisba adverb of
    our rule (يَوْمِيًّا)."""
    return word if _NISBA_ADVERB.search(word) else paused(word)


def doubled_final_waw(word: str) -> str:
    """نُمُوًا → نُمُوًّا، النُّمُوِّ: a final و after a damma that bears a case vowel is the doubled
    و of فُعُوّ (نموّ، علوّ، عدوّ، هدوّ). Not a verb's و (يَدْعُو has no vowel on it; a
    subjunctive يَدْعُوَ has a plain fatha, so a plain fatha counts only after ال)."""
    bare = strip_marks(word)
    if not bare.endswith(("و", "وا")):
        return word
    units = letter_units(word)
    at = len(units) - (2 if bare.endswith("وا") else 1)
    if at < 2 or units[at][0] != "و" or DAMMA not in units[at - 1][1]:
        return word
    marks = units[at][1]
    if SHADDA in marks or SUKUN in marks or not marks:
        return word
    definite = bare.startswith(("ال", "وال", "بال", "فال", "لل", "كال"))
    if not (TANWEEN & set(marks)) and marks == FATHA and not definite:
        return word
    units[at][1] = "".join(sorted(marks + SHADDA, key=unicodedata.combining))
    return joined(units)


def ends_marked(word: str) -> bool:
    """Whether the writer put a mark on the word's last letter (before a final alef)."""
    if not MARK.search(word):
        return False
    units = letter_units(word)
    if len(units) > 1 and units[-1][0] == "ا" and not units[-1][1]:
        return bool(units[-2][1])
    return bool(units and units[-1][1])
