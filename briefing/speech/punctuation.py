"""Symbols and punctuation: what a reader says (و، زائد), pauses it makes, noise it skips."""

from __future__ import annotations

import re

from briefing.names import MENS_NAMES_IN_TA, WOMENS_NAMES
from briefing.speech.lexicon import Lexicon

_SAID = {"&": " و ", "+": " زائد ", "=": " يساوي ", "±": " زائد أو ناقص "}
_QUOTES = re.compile("[“”«»\"„‘’‹›`]|(?<!\\w)'|'(?!\\w)")
# An opening mark after a word (no pause there yet) whose quotation runs to 5+ words.
_SPEECH_OPENING = re.compile(r"(?<=[^\s.!?؟،,؛;:])\s*[“«](?=(?:[^“”«»\s]+\s+){4}[^“”«»]*[”»])")
_PAUSES = re.compile(r"\.{2,}|…|[()\[\]{}|—–]|-{2,}|(?<!\S)-(?!\S)")
_BRACKET_AFTER_AND = re.compile(r"(?=[وأ])(?<!\S)(و|أو\s)\s*[(\[]\s*")
_NOISE = re.compile(r"[*•·#@^~_/\\<>]+")
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_PUNCT_RUN = re.compile(r"[.!?؟،,؛;:](?:\s*[.!?؟،,؛;:])+")
_STRENGTH = "؟!.؛:،"  # the strongest mark of a run survives
_ARABIC_MARKS = str.maketrans({"?": "؟", ";": "؛", ",": "،"})
_SPACES = re.compile(r"[ \t\u00a0]+")
_AFTER_NUMBER = re.compile(r"\d\s*$")
_BEFORE_WORD = re.compile(r"\s*[\u0621-\u064a]")


# Titles before a woman's name take ة: د. ليلى is الدكتورة ليلى.
_FEMININE_TITLES = {"الدكتور": "الدكتورة", "المهندس": "المهندسة", "الأستاذ": "الأستاذة"}
_NAME_AFTER = re.compile(r"\s*([\u0621-\u064a]+)")


def _womans_name(after: str) -> bool:
    """A woman's first name opens `after`: one we know, or a name in ة or اء (هالة، هيفاء)
    that is no man's (أسامة)."""
    match = _NAME_AFTER.match(after)
    name = match.group(1) if match else ""
    if name in WOMENS_NAMES:
        return True
    return len(name) > 3 and name.endswith(("ة", "اء")) and name not in MENS_NAMES_IN_TA


# A dotted abbreviation's last dot ("ق.م.") before a dash, a bracket, a comma, a number or the
# words of a range (حتى، إلى، أو): the abbreviation's, not a sentence's end (it was read as a
# stop inside a range).
_OWN_FINAL_DOT = re.compile(
    r"(?<=[\u0621-\u064a]\.[\u0621-\u064a])\.(?=\s*[-–)،,؛\d]|\s+(?:حتى|إلى|الى|أو|او)\s)"
)


# The letters' names, as initials are spelt aloud ("د.ع.أ" → دال عين ألف).
_LETTER_NAMES = {
    "ا": "ألف", "أ": "ألف", "إ": "ألف", "آ": "ألف", "ب": "باء", "ت": "تاء", "ث": "ثاء",
    "ج": "جيم", "ح": "حاء", "خ": "خاء", "د": "دال", "ذ": "ذال", "ر": "راء", "ز": "زاي",
    "س": "سين", "ش": "شين", "ص": "صاد", "ض": "ضاد", "ط": "طاء", "ظ": "ظاء", "ع": "عين",
    "غ": "غين", "ف": "فاء", "ق": "قاف", "ك": "كاف", "ل": "لام", "م": "ميم", "ن": "نون",
    "ه": "هاء", "و": "واو", "ي": "ياء",
}  # fmt: skip
_LETTER = "[" + "".join(_LETTER_NAMES) + "]"
# Two letters or more, each alone and set off by dots: a person's initials, as courts and
# crime pages name the accused ("ل.س", "ع. م. الخطيب": it read ع. المهندس الخطيب).
_INITIALS = re.compile(
    rf"(?<![\w.])(?:[وف](?=[{''.join(_LETTER_NAMES)}]\.))?{_LETTER}(?:\s?\.\s?{_LETTER})+\.?(?![\w])"
)


# (an amount in figures or words, its scale typed any way: 12 آلف ل.س)
_AFTER_AMOUNT = re.compile(r"(?:\d|[أآا]لف|آلاف|مليون|ملايين|مليار|مليارات|تريليون)\s*$")
_BEFORE_NUMBER = re.compile(r"\s*\d")


def initials(text: str, lexicon: Lexicon) -> str:
    """ "د.ع.أ" → "دال عين ألف"; a chain the lexicon lists (أ.د.، ق.م، ص.ب) is its own."""
    if "." not in text:
        return text

    def spell(match: re.Match[str]) -> str:
        written = match.group(0)
        prefix = written[0] if written[1:2] != "." and written[1:2].strip() else ""
        letters = [char for char in written[len(prefix) :] if char in _LETTER_NAMES]
        chain = ".".join(letters)
        if chain in lexicon.abbreviations or chain + "." in lexicon.abbreviations:
            return written
        before, after = match.string[: match.start()], match.string[match.end() :]
        if _AFTER_AMOUNT.search(before) or _BEFORE_NUMBER.match(after):
            return written  # 50 د.ك، 5 آلاف ر.س: a currency's letters, read with its amount
        return prefix + " ".join(_LETTER_NAMES[letter] for letter in letters)

    return _INITIALS.sub(spell, text)


def abbreviations(text: str, lexicon: Lexicon) -> str:
    """One pass: an expansion is never itself read as an abbreviation."""
    pattern = lexicon.abbreviation_pattern
    if pattern is None:
        return text
    text = _OWN_FINAL_DOT.sub("", text) if "." in text else text

    def expand(match: re.Match[str]) -> str:
        prefix, words = lexicon.expansion(match)
        compact = "".join(match.group(0)[len(prefix) :].split())
        before, after = match.string[: match.start()], match.string[match.end() :]
        title = len(compact) == 2 and compact.endswith(".")  # a title: د. منى، م. خالد
        if title and (_AFTER_NUMBER.search(before) or not _BEFORE_WORD.match(after)):
            return match.group(0)
        if compact.endswith(".") and _womans_name(after):
            words = " ".join(_FEMININE_TITLES.get(word, word) for word in words.split())
        if prefix == "ل" and words.startswith("ال"):
            words = words[1:]  # ل + الدكتور → للدكتور
        return prefix + words + (" " if after[:1].isalpha() else "")

    return pattern.sub(expand, text)


_WORD = re.compile(r"[\u0621-\u064a]{6,}")
# A ة with a letter after it ends a glued word.
_INNER_TA_MARBUTA = re.compile(r"(?<=ة)(?=[\u0621-\u064a])")
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")


def glued_phrases(text: str, lexicon: Lexicon) -> str:
    """Two words the source glued into one (الأممالمتحدة، للولاياتالمتحدة) are split where
    the lexicon knows them as a phrase, a prefix kept (ل + ال as لل)."""
    known = lexicon.glued_phrases
    if not known:
        return text

    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        if word not in known and _INNER_TA_MARBUTA.search(word):
            # three words glued (الولاياتالمتحدةالأمريكية): a ة inside ends one; each
            # piece is looked up alone (it was split once, after the ة, later on)
            return " ".join(_WORD.sub(split, piece) for piece in _INNER_TA_MARBUTA.split(word))
        if word in known:
            return known[word]
        if word.startswith(("لل", "ولل", "فلل")) and "ا" + word[word.index("لل") + 1 :] in known:
            lead = word[: word.index("لل") + 1]  # لل: the ل of the prefix on the article
            return lead + known["ا" + word[len(lead) :]][1:]
        for prefix in _PREFIXES[1:]:
            if word.startswith(prefix) and word[len(prefix) :] in known:
                return prefix + known[word[len(prefix) :]]
        return word

    return _WORD.sub(split, text)


def quoted_speech_pauses(text: str) -> str:
    """A newsreader pauses where quoted speech opens: "قال الوزير “…”" → "قال الوزير، …".

    Only a quotation long enough to be a statement; a quoted name or title («كورونا»,
    “واحة الشمس”) is read straight through, as before."""
    return _SPEECH_OPENING.sub("، ", text)


def symbols(text: str) -> str:
    for symbol, words in _SAID.items():
        text = text.replace(symbol, words)
    # A quotation mark between two words is their space: 'عشر"ليرتفع' is two words.
    text = _QUOTES.sub(lambda m: " " if _between_words(m) else "", text)
    # و(999): a bracket opened right after و or أو pauses nowhere (it gave و، before it)
    text = _BRACKET_AFTER_AND.sub(r"\1", text)
    text = _PAUSES.sub("، ", text)
    text = _HYPHEN.sub(" ", text)
    return _NOISE.sub(" ", text)


_WORD_BEFORE = re.compile(r"(?:^|\s)(\w+)$")


def _between_words(match: re.Match[str]) -> bool:
    """A quotation mark glued between two words, the one before longer than a prefix (و"حدات،
    ب"الحسبة: the mark opens inside a word, and the word stays one)."""
    word = _WORD_BEFORE.search(match.string[max(0, match.start() - 40) : match.start()])
    after = match.string[match.end() : match.end() + 1]
    return word is not None and len(word.group(1)) > 1 and after.isalnum()


def _strongest(match: re.Match[str]) -> str:
    marks = [c for c in match.group(0).translate(_ARABIC_MARKS) if c in _STRENGTH]
    return min(marks, key=_STRENGTH.index)


def collapse_punctuation(text: str) -> str:
    text = _PUNCT_RUN.sub(_strongest, text.translate(_ARABIC_MARKS))
    return text.translate(_ARABIC_MARKS)


def spaces(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    text = "\n".join(line for line in lines if line)
    text = re.sub(r" +([.!؟،؛:])", r"\1", text)
    text = re.sub(r"^[.!؟،؛:\s]+", "", text, flags=re.MULTILINE)
    return re.sub(r"([.!؟،؛:])(?=[^\s\d.!؟،؛:])", r"\1 ", text).strip()
