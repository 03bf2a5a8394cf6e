"""Arabic text facts that several stages share: character classes, month and day names,
the private sentinels, sentences.

One definition each, so that ingest, segment and speech agree on what is invisible, what is
an Arabic letter (and so what is Arabic text at all) and where a sentence ends.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Zero-width and bidi control characters (U+061C is the Arabic letter mark) carry no speech;
# scraped pages are full of them.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad]")
# The letters of Arabic proper (hamza to yeh) and the extended letters (alef wasla to yeh
# barree); not tashkeel, digits or punctuation.
ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
TATWEEL = "\u0640"  # the kashida that stretches a word; never spoken
TASHKEEL = "\u064b-\u0652"  # the short-vowel marks, fathatan to sukun, as a class range
TASHKEEL_MARK = re.compile(f"[{TASHKEEL}]")


# Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC): the shaped letters and
# ligatures (ﻻ، ﷲ، ﺍﻟﻘﺎﻫﺮﺓ) that old PDFs and some sites store instead of the letters.
PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")


@lru_cache(maxsize=1)
def _base_letter_table() -> dict[int, str]:
    """Each presentation form to its letters (NFKC, for these blocks only: elsewhere NFKC
    would also rewrite digits, fractions and Latin). The isolated vowel forms (ﹰ) come as
    a space and the mark: the mark alone."""
    table: dict[int, str] = {}
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFD)]:
        letters = unicodedata.normalize("NFKC", chr(code))
        if letters != chr(code):
            table[code] = letters.lstrip(" ")
    return table


def base_letters(text: str) -> str:
    """Presentation forms as the letters they shape: 'ﺍﻟﻘﺎﻫﺮﺓ' → 'القاهرة', 'ﻻ' → 'لا'."""
    if PRESENTATION_FORM.search(text) is None:
        return text
    return text.translate(_base_letter_table())


def has_arabic(text: str) -> bool:
    """Whether text is Arabic at all: an Arabic letter in it. Arabic-Indic digits and Arabic
    punctuation alone are not (ingest and segment must agree: an article of digits passed
    ingest, then segment dropped every line and the engine got blamed for the silence)."""
    return ARABIC_LETTER.search(text) is not None


# Private-use characters the speech pipeline marks text with between two of its processors;
# never in input (cleanup removes nothing of them) and never in what an engine is given.
GLUE = "\ue000"  # a prefix (و، ب، ال…) split off a number; rejoined after it is read
SAID_SCALE = "\ue001"  # a number already said with its scale word (ألف، مليون): drop the next
# A line ending on punctuation is prose (a sentence, or one cut at a comma or colon), not a
# heading, a menu entry or a label.
PUNCTUATED_END = re.compile(r"[.!?؟:،؛”»\"]$")

GREGORIAN = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر")  # fmt: skip
# Spellings of the same months that news sites use as often as the standard ones.
GREGORIAN_VARIANTS = ("إبريل", "ابريل", "يونيه", "يوليه", "يونية", "يولية", "اغسطس", "اكتوبر")
LEVANTINE = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول")  # fmt: skip
# The Hijri months in order (ذو after من is ذي: the speech stage says them after من).
HIJRI_IN_ORDER = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                  "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")  # fmt: skip
HIJRI = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى",
         "جمادى الآخرة", "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة",
         "ذي القعدة", "ذو الحجة", "ذي الحجة")  # fmt: skip
# The same months as some sites write them, without ال (4 ربيع أول), and as they are said.
HIJRI_WITHOUT_ARTICLE = {"ربيع أول": "ربيع الأول", "ربيع ثاني": "ربيع الثاني",
                         "ربيع آخر": "ربيع الآخر", "جمادى أولى": "جمادى الأولى",
                         "جمادى ثانية": "جمادى الثانية", "جمادى آخرة": "جمادى الآخرة",
                         "ذو قعدة": "ذو القعدة", "ذي قعدة": "ذي القعدة",
                         "ذو حجة": "ذو الحجة", "ذي حجة": "ذي الحجة"}  # fmt: skip
# Tunisia and Algeria write the Gregorian months after the French (10 جانفي), Morocco
# its own way (يوليوز، غشت، شتنبر، نونبر، دجنبر; its other months are the standard ones).
MAGHREB = ("جانفي", "فيفري", "أفريل", "افريل", "ماي", "جوان", "جويلية", "أوت", "اوت",
           "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر")  # fmt: skip
_NOT_A_MONTH_ALONE = frozenset(
    ["الأول", "الثاني", "الآخر", "الأولى", "الآخرة", "الثانية", "ذو", "ذي"]
)
# The words of the Levantine and Hijri names that name their month alone ("تشرين", "القعدة").
MONTH_NAME_WORDS = tuple(
    dict.fromkeys(
        w for name in (*LEVANTINE, *HIJRI) for w in name.split() if w not in _NOT_A_MONTH_ALONE
    )
)
WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")  # Monday first
# the weekdays as pages also spell them (hamza-less or with one)
WEEKDAY_SPELLINGS = (*WEEKDAYS, "الاحد", "الإثنين", "الاربعاء")

# A sentence ends at . ! ? ؟ (possibly followed by closing quotes) when a space follows.
# ".." and "..." are a pause inside a sentence in Arabic news, not its end.
# A stop glued to the next sentence's first letter ends one too, after a word of three
# letters or more or a closing mark ("…بعد.وقال", "…».", '…".وأضاف'), or after a space that sloppy
# copy puts before it ("…منصبه .وأوضح", set R1 kind L2): never an initial ("د.منى").
_BOUNDARY = re.compile(
    r"(?<![.])(?:[.!?؟]|[!?؟]\.)(?![.])[”»\"')]*"
    r"(?:\s+|(?<=[\u0621-\u064a]{3}[.!؟])(?=[\u0621-\u064a])|(?<=[»”\"][.])(?=[\u0621-\u064a])"
    r"|(?<=[\u0621-\u064a]{2} [.!؟])(?=[\u0621-\u064a]{2}))"
)
# A single letter, or a Latin letter's Arabic name, before a period is an initial
# ("لورا إيه. كولانجيلو", "د. منى", "بي. بي", "J. Smith"), not the end of a sentence.
_LETTER_NAMES = (
    "إيه|بي|سي|دي|إي|إف|جي|إتش|آي|جيه|كيه|إل|إم|أو|كيو|آر|إس|تي|يو|دبليو|إكس|واي|زد|د|م|أ"
)
_INITIAL = re.compile(rf"(?:^|[\s.])[وفبل]?(?:[^\s\d.]|{_LETTER_NAMES})\.$")
# ... unless a sentence opens after it: a word on و or ف, which no name after an initial
# takes but the West's in W (ويليامز، والتر، وارن، وودز، وينستون، ويست): "بتقنية فايف جي.
# وقالت الشركة" is two sentences (a lead ran on into the next one).
_OPENS_SENTENCE = re.compile(r"[وف](?!يل|ال|ار|و|ين|يس|اي)[\u0621-\u064a]{2,}")
_OPENERS = {"«": "»", "“": "”"}


def _inside_quote(text: str) -> bool:
    """Whether a « » or “ ” quotation is still open at the end of text."""
    depth = 0
    for char in text:
        if char in _OPENERS:
            depth += 1
        elif char in _OPENERS.values() and depth:
            depth -= 1
    return depth > 0


def split_sentences(text: str) -> list[str]:
    """Arabic-aware: initials, ellipses and open quotations do not end a sentence."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        piece = text[start : match.start() + 1]
        initial = _INITIAL.search(piece) is not None
        if initial and len(piece.split()[-1]) > 2:  # "جي.", "ون.": not "د." nor "J."
            initial = not _OPENS_SENTENCE.match(text, match.end())
        if initial or _inside_quote(text[start : match.start()]):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def word_list(text: str) -> list[str]:
    """Words written as one space-separated string, which reads best for Arabic lists."""
    return text.split()


# A shortened headline should not end on a word that needs the next one.
_DANGLING = frozenset(word_list("في من على إلى عن مع بعد قبل حتى و أو ثم بين عند لدى منذ خلال"))
_TRAILING_PUNCT = re.compile(r"[\s.,،:؛;!؟?…\-–—]+$")


def without_dangling(words: list[str]) -> list[str]:
    """Words of a cut text less those at its end that need the next one (في، من، و …)."""
    words = list(words)
    while len(words) > 1 and words[-1] in _DANGLING:
        words.pop()
    return words


def short_headline(headline: str, max_words: int) -> str:
    """The headline cut to at most max_words, never ending on a preposition or و."""
    words = _TRAILING_PUNCT.sub("", headline).split()
    if len(words) <= max_words:
        return " ".join(words)
    return _TRAILING_PUNCT.sub("", " ".join(without_dangling(words[:max_words])))
