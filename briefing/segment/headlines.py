"""A headline for a text that has none: when the first line is a paragraph, not a headline,
the headline is drawn from that lead (never a 40-word chapter title)."""

from __future__ import annotations

import re

from briefing.segment.lexicon import SPEECH_VERBS, bare, unprefixed
from briefing.text import TASHKEEL, TATWEEL, short_headline, split_sentences, word_list

# A headline drawn from a lead: at most 16 words (the corpus' headlines run to 15), cut at a
# clause boundary, else to 14 words; the time or place set off by commas ("، صباح اليوم،")
# left out, as headlines do.
_MAX_HEADLINE_WORDS = 16
_MIN_HEADLINE_WORDS = 6
_SHORT_HEADLINE_WORDS = 14
_ASIDE = re.compile(r"، (?:[^\s،.]+ ){0,2}[^\s،.]+،")
# Words that open a phrase (prepositions, relatives, complementizers): a headline cut before
# one ends on a whole phrase ("… يربط المطار بوسط المدينة" rather than "… بوسط").
_PHRASE_OPENERS = frozenset(
    word_list(
        "في من على إلى الى عن مع بين حتى خلال بعد قبل منذ عبر ضمن لدى عند نحو حول أمام"
        " الذي التي الذين حيث إذ بينما فيما كما أن إن بأن لأن اعتبارا وذلك"
    )
)
_MIN_PHRASE_CUT = 8
# A line this long, or a long one that ends its sentence or holds two, is a paragraph.
_PARAGRAPH_WORDS = 30
_LONG_LINE_WORDS = 16
_SENTENCE_END = re.compile(r"[.!?؟][\"”»')]*$")
_CLAUSE_END = re.compile(r"[،؛:]$")


def is_paragraph(line: str) -> bool:
    """Whether a first line is a paragraph rather than a headline: over 30 words, or 16 and
    more that end a sentence or hold two. (The corpus' headlines run to 15 words, and none of them
    holds two sentences.)"""
    words = len(line.split())
    if words > _PARAGRAPH_WORDS:
        return True
    sentences = [s for s in split_sentences(line) if len(s.split()) >= 4]
    return words >= _LONG_LINE_WORDS and (len(sentences) >= 2 or bool(_SENTENCE_END.search(line)))


def headline_from_lead(paragraph: str) -> str:
    """A headline for a story whose text opens on its lead (byline and dateline already off):
    the lead's first sentence less its comma-set asides, cut at its last clause boundary
    within 16 words, else before the last phrase that starts within them, else to 14 words
    never ending on a preposition; a quotation it would cut open is left out whole."""
    sentence = split_sentences(paragraph)[0] if paragraph.strip() else paragraph
    words = _ASIDE.sub("", sentence).rstrip(" .!؟?").split()
    if len(words) > _MAX_HEADLINE_WORDS:
        cuts = [
            n
            for n in range(_MIN_HEADLINE_WORDS, _MAX_HEADLINE_WORDS + 1)
            if _CLAUSE_END.search(words[n - 1])
        ]
        phrases = [
            n
            for n in range(_MIN_PHRASE_CUT, _MAX_HEADLINE_WORDS + 1)
            if words[n] in _PHRASE_OPENERS and words[n - 1] not in _PHRASE_OPENERS
        ]
        if cuts:
            words = words[: cuts[-1]]
        elif phrases:
            words = words[: phrases[-1]]
        else:
            words = short_headline(" ".join(words), _SHORT_HEADLINE_WORDS).split()
    text = " ".join(words)
    opened = _open_quote_at(text)
    if opened is not None:
        head = text[:opened].rstrip(" ،:")
        text = head if len(head.split()) >= _MIN_HEADLINE_WORDS else re.sub('[«»“”"]', "", text)
    return short_headline(text, _MAX_HEADLINE_WORDS)


def _open_quote_at(text: str) -> int | None:
    """Where a quotation opens that the text does not close."""
    opened: list[int] = []
    for index, char in enumerate(text):
        if char in "«“":
            opened.append(index)
        elif char in "»”" and opened:
            opened.pop()
    if opened:
        return opened[0]
    straight = [index for index, char in enumerate(text) if char == '"']
    return straight[-1] if len(straight) % 2 else None


_NOT_COMPARED = re.compile(rf"[{TASHKEEL}{TATWEEL}\W_]+")
_MAX_HEAD_WORDS = 4  # "مدير المستشفى:", "وزير الصحة السابق:"
_MIN_CLAIM_WORDS = 3
_MAX_REPEAT_WORDS = 30  # a body line longer than this is a paragraph, whatever it shares


def _compared(text: str) -> str:
    """A line as two copies of one headline share it: letters and digits, no tashkeel,
    punctuation, quotation marks or spacing."""
    return _NOT_COMPARED.sub("", text)


def _says(head: str) -> bool:
    """A head with a speech verb in it: the story's own sentence, never a headline's head."""
    return any(unprefixed(bare(word)) in SPEECH_VERBS for word in head.split())


# A site's name printed before a headline: "الوادي اليوم - <headline>" (at most 3 words).
_SITE_PREFIX = re.compile(r"^\s*[^\s:.،\-–—|]+(?: [^\s:.،\-–—|]+){0,2}\s+[-–—|]\s+(?=\S)")


def _claims(text: str) -> set[str]:
    """The line whole, less a site's name before it, and what follows its first colon
    ("مدير المستشفى: نعمل بلا وقود" → "نعمل بلا وقود")."""
    forms = {_compared(text)}
    site = _SITE_PREFIX.match(text)
    if site is not None and len(text[site.end() :].split()) >= _MIN_CLAIM_WORDS:
        forms.add(_compared(text[site.end() :]))
    head, colon, claim = text.partition(":")
    short_head = len(head.split()) <= _MAX_HEAD_WORDS
    # "وقال الوزير فلان: «…»." is the story's own speech, not a headline's head
    if colon and short_head and len(claim.split()) >= _MIN_CLAIM_WORDS and not _says(head):
        forms.add(_compared(claim))
    return {form for form in forms if form}


def repeats_headline(line: str, headline: str) -> bool:
    """Whether a body line is the headline printed again (below a byline or date, in other
    marks or spacing, with or without the speaker's name and colon before it): never a
    paragraph of the story, never read a second time (set 4: 8 such lines spoken)."""
    if not headline or len(line.split()) > _MAX_REPEAT_WORDS:
        return False
    return bool(_claims(line) & _claims(headline))


# What ends a headline printed at the head of the lead: a stop, a colon, "..", a dash or a bar.
_AFTER_REPEAT = re.compile(r"^[»”\"']?\s*(?:[.!؟:|\-–—…]+|\.\.)\s*")
_MIN_LEAD_WORDS = 6


def split_repeated_headline(paragraph: str, headline: str) -> tuple[str | None, str]:
    """(the headline, the lead) for a first paragraph that opens on the headline printed
    again and set off by a stop, a colon or a dash ("<headline>. أعلنت …"): the headline is
    never read twice (unseen articles, kind 6). Compared as repeats_headline compares."""
    target = _compared(headline)
    if len(headline.split()) < _MIN_CLAIM_WORDS or not target:
        return None, paragraph
    end = _prefix_end(paragraph, target)
    boundary = _AFTER_REPEAT.match(paragraph[end:]) if end is not None else None
    if end is None or boundary is None or not boundary.group(0).strip(" »”\"'"):
        return None, paragraph
    cut = end + boundary.end()
    if len(paragraph[cut:].split()) < _MIN_LEAD_WORDS:
        return None, paragraph
    return paragraph[:cut].strip(), paragraph[cut:]


def _prefix_end(paragraph: str, target: str) -> int | None:
    """Where the paragraph's opening ends when, compared, it is `target`."""
    built = ""
    for index, char in enumerate(paragraph):
        built += _compared(char)
        if len(built) >= len(target):
            return index + 1 if built == target else None
    return None
