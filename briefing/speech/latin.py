"""Latin script: the lexicon first, else Arabic letter names (CNN), else the English sounds
(english.py: Middle East Eye → ميدل إيست آي), else spelling rules for names it lacks."""

from __future__ import annotations

import re
import unicodedata

from briefing.speech.english import arabic_spelling
from briefing.speech.lexicon import Lexicon
from briefing.speech.marks import FATHA, SUKUN

# Vowelled: the diacritizer takes a bare إن for the particle إِنَّ and إف for أَفْ.
LETTER_NAMES = {
    "a": "إِيه", "b": "بِي", "c": "سِي", "d": "دِي", "e": "إِي", "f": "إِفْ", "g": "جِي",
    "h": "إِتْشْ", "i": "آيْ", "j": "جِيه", "k": "كِيه", "l": "إِلْ", "m": "إِمْ", "n": "إِنْ",
    "o": "أُو", "p": "بِي", "q": "كِيُو", "r": "آرْ", "s": "إِسْ", "t": "تِي", "u": "يُو",
    "v": "فِي", "w": "دَبْلِيُو", "x": "إِكْسْ", "y": "وَايْ", "z": "زِدْ",
}  # fmt: skip
_DIGRAPHS = (("chr", "كر"), ("sh", "ش"), ("ch", "تش"), ("th", "ث"), ("ph", "ف"), ("kh", "خ"),
             ("gh", "غ"), ("ck", "ك"), ("qu", "كو"), ("oo", "و"), ("ou", "و"), ("ee", "ي"),
             ("ea", "ي"), ("ai", "ي"), ("ay", "اي"), ("ng", "نغ"))  # fmt: skip
_CONSONANTS = {"b": "ب", "c": "ك", "d": "د", "f": "ف", "g": "غ", "h": "ه", "j": "ج", "k": "ك",
               "l": "ل", "m": "م", "n": "ن", "p": "ب", "q": "ك", "r": "ر", "s": "س", "t": "ت",
               "v": "ف", "w": "و", "x": "كس", "y": "ي", "z": "ز"}  # fmt: skip
_MEDIAL_VOWELS = {"a": "ا", "e": "ي", "i": "ي", "o": "و", "u": "و"}
_INITIAL_VOWELS = {"a": "أ", "e": "إ", "i": "إ", "o": "أو", "u": "أو"}
_WORD = re.compile(r"[A-Za-z]+(?:['’.&][A-Za-z]+)*\.?")
_ACRONYM_LENGTH = 5
# The words of a name written in one (SpaceX, WhatsApp, PlayStation, OpenAI).
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")


_VOWEL_LETTERS = frozenset("aeiou")


def said_as_word(capitals: str) -> bool:
    """Whether an acronym in capitals is said as a word (NATO ناتو، GITEX، COVAX) rather than
    letter by letter (IMF, UNHCR, OECD, IAEA): four letters or more, two vowels or more, no
    three consonants in a row, neither two vowels opening it nor two consonants ending it."""
    word = capitals.lower()
    vowel = [letter in _VOWEL_LETTERS for letter in word]
    return (
        len(word) >= 4
        and sum(vowel) >= 2
        and "ccc" not in "".join("v" if v else "c" for v in vowel)
        and not (vowel[0] and vowel[1])
        and (vowel[-1] or vowel[-2])
    )


def _acronym(capitals: str) -> str:
    """An acronym the lexicon lacks: said as a word, in letters Arabic media would write
    (transliterated: the English dictionary says NATO نيتو), or else spelled."""
    return without_ending(transliterate(capitals)) if said_as_word(capitals) else spell(capitals)


def spell(word: str) -> str:
    """Letter by letter in Arabic letter names: CNN → سي إن إن."""
    return " ".join(LETTER_NAMES[c] for c in word.lower() if c in LETTER_NAMES)


def transliterate(word: str) -> str:
    """A rough Arabic spelling of a Latin name (Samsung → سامسونغ, Boston → بوستون)."""
    word = re.sub(r"(.)\1", r"\1", word.lower())
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]  # silent final e
    out: list[str] = []
    i = 0
    while i < len(word):
        found = next(((lat, ar) for lat, ar in _DIGRAPHS if word.startswith(lat, i)), None)
        if found:
            out.append(found[1])
            i += len(found[0])
            continue
        c = word[i]
        if c in _MEDIAL_VOWELS:
            out.append(_INITIAL_VOWELS[c] if i == 0 else _MEDIAL_VOWELS[c])
        elif c == "c" and word[i + 1 : i + 2] in ("e", "i", "y"):
            out.append("س")
        elif c == "g" and word[i + 1 : i + 2] in ("e", "i"):
            out.append("ج")
        else:
            out.append(_CONSONANTS.get(c, ""))
        i += 1
    return "".join(out)


def without_ending(word: str) -> str:
    """A foreign name takes no Arabic case ending or tanween (فار آوت, never فَارٍ): its last
    letter gets a sukun (a fatha before a final alef: تسلَا), which also tells the
    diacritizer that the word is vowelled already, so it guesses none of its vowels."""
    if len(word) < 2:
        return word
    if word.endswith("ا"):
        return word[:-1] + FATHA + word[-1]
    return word + SUKUN


_ARTICLE_BEFORE = re.compile('(?:^|(?<=[\\s«("]))(?:[وفبك]?ال|[وف]?لل)$')


def _after_article(said: str, before: str) -> str:
    """A lexicon word that carries ال (الْفَار، النَّاتُو) after an article already written
    (الـVAR، بالـNATO، للـFIFA) takes it once."""
    if said.startswith("ال") and _ARTICLE_BEFORE.search(before):
        return said[2:].lstrip("\u0652")
    return said


# English words in capitals between quotes, as a sign, a warning or a slogan says them
# ("STOP", "PULL UP"): read as the words when the English dictionary has every one of them
# and the lexicon none (it spelled بي يو إل إل يو بي); a quoted acronym (“IMF”) is no word.
_QUOTED_CAPITALS = re.compile(r"(?<=[“\"«'])\s*([A-Z]{2,}(?: [A-Z]{2,})*)\s*(?=[”\"»'])")
_LONGEST_SPELLED = 3  # a word of three capitals or more is among them (UP alone may be U.P.)


def _quoted_words(match: re.Match[str], lexicon: Lexicon) -> str:
    words = match.group(1).split()
    known = all(
        word.casefold() not in lexicon.latin and arabic_spelling(word) is not None for word in words
    )
    if known and max(map(len, words)) >= _LONGEST_SPELLED:
        return " ".join(word.capitalize() for word in words)
    return match.group(0)


# Two words in capitals or more, as a site or a channel writes its name (SKY NEWS, IQ NEWS,
# MIDDLE EAST EYE): a word of three letters or more that the English dictionary has is read
# as the word (judged set 8: NEWS was spelled إن إي دبليو إس), the rest (IQ, BBC) as letters;
# a run with no word of four letters or more (US UN) is acronyms.
_CAPITALS_RUN = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?:[ \t]+[A-Z]{2,})+(?![A-Za-z])")
_SHORTEST_READ = 3
_LONGEST_IN_RUN = 4


def _capital_words(match: re.Match[str], lexicon: Lexicon) -> str:
    words = match.group(0).split()
    english = {
        word
        for word in words
        if word.casefold() not in lexicon.latin
        and len(word) >= _SHORTEST_READ
        and arabic_spelling(word) is not None
    }
    if not any(len(word) >= _LONGEST_IN_RUN for word in english):
        return match.group(0)
    return " ".join(word.capitalize() if word in english else word for word in words)


# The Arabic article of a name written in Latin (Al Arabiya, Asharq Al-Awsat, El Salvador):
# ال, glued to the word (it was said ألْ, the English letters); the word then reads as after
# any article (a lexicon word's own ال once).
_LATIN_ARTICLE = re.compile(r"(?<![A-Za-z])(?:Al|AL|al|El)(?:-|[ \t]+)(?=[A-Z])")


def latin(text: str, lexicon: Lexicon) -> str:
    if "'" in text or '"' in text or "“" in text or "«" in text:
        text = _QUOTED_CAPITALS.sub(lambda m: _quoted_words(m, lexicon), text)
    text = _LATIN_ARTICLE.sub("ال", _CAPITALS_RUN.sub(lambda m: _capital_words(m, lexicon), text))

    def read(match: re.Match[str]) -> str:
        token = match.group(0)
        for candidate in (token, token.rstrip("."), token.replace(".", "")):
            if candidate.casefold() in lexicon.latin:
                said = lexicon.latin[candidate.casefold()]
                return _after_article(said, match.string[: match.start()])
        letters = re.sub(r"[^A-Za-z]", "", token)
        dotted = "." in token.rstrip(".")  # U.S., U.N.
        if dotted:
            return spell(letters)
        if letters.isupper() and (len(letters) <= _ACRONYM_LENGTH or not said_as_word(letters)):
            return _acronym(letters)
        spelled = arabic_spelling(letters)
        parts = _CAMEL.findall(letters)
        if spelled is None and len(parts) > 1:  # SpaceX, WhatsApp: the words it is made of
            return " ".join(read_part(part) for part in parts)
        return without_ending(spelled or transliterate(letters))

    def read_part(part: str) -> str:
        if part.casefold() in lexicon.latin:
            return lexicon.latin[part.casefold()]
        if part.isupper() and (len(part) <= _ACRONYM_LENGTH or not said_as_word(part)):
            return _acronym(part)
        return without_ending(arabic_spelling(part) or transliterate(part))

    return _WORD.sub(read, _strip_latin_accents(text))


# Latin letters that no decomposition takes to their base (Ørsted، Łódź، Straße: the Ø, Ł, ß
# reached the engine as they were).
_UNDECOMPOSED = {"Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "ß": "ss", "Æ": "Ae", "æ": "ae",
                 "Œ": "Oe", "œ": "oe", "Đ": "D", "đ": "d", "ı": "i", "Þ": "Th",
                 "þ": "th"}  # fmt: skip


def _base_letters(letter: str) -> str:
    return _UNDECOMPOSED.get(letter) or unicodedata.normalize("NFKD", letter)[0]


def _strip_latin_accents(text: str) -> str:
    if text.isascii():
        return text
    return re.sub(r"[À-ɏ]", lambda m: _base_letters(m.group(0)), text)
