"""The furniture of a news article around its body: section, headline, deck, byline, dateline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.text import (
    GREGORIAN,
    GREGORIAN_VARIANTS,
    PUNCTUATED_END,
    short_headline,
    split_sentences,
    word_list,
)

_MAX_CATEGORY_WORDS = 3
# A line directly under the headline this short, and no sentence, is a photo caption or a
# label ("جماهير الهلال" over the lead), not a section title: no text stands above it.
_MAX_CAPTION_WORDS = 3
_MAX_DECK_WORDS = 30
# "تقنية / headline", "عام / headline": a wire service's section before the headline.
_SECTION_PREFIX = re.compile(r"^(\S+(?: \S+)?) / \S")
_BYLINE = re.compile(
    r"^(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تقرير|بواسطة|مراسل|مراسلة|من)\s*[:：]?\s+\S"
    r"|^\S+(?: \S+)?\s*[:：]\s*\S+(?: \S+){0,3}$"
    r"|^[^\s:.،]+(?: [^\s:.،]+){0,3}\s+[-–—]\s+[^\s:.،]+(?: [^\s:.،]+){0,2}$"  # name – outlet
)
# Gregorian months, and the words that name Levantine and Hijri ones ("تشرين الأول").
_OTHER_MONTHS = word_list(
    "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين محرم صفر ربيع جمادى رجب"
    " شعبان رمضان شوال القعدة الحجة"
)
_MONTHS = (*GREGORIAN, *GREGORIAN_VARIANTS, *_OTHER_MONTHS)
_DATE = re.compile(rf"\d{{1,4}}\s*(?:هـ|م\b)|(?:{'|'.join(_MONTHS)})\s*/?\s*\d{{0,4}}")
# A lead that opens on its place and agency: "دمشق، سوريا (CNN) --", "الرياض (واس) -".
# "City (Agency) --" or "(Agency) --"; "City - " or "City - Agency - " (spaced dashes,
# at most three words a part, and not a parenthetical: "الحكومة - التي …").
_PLACE = r"[^\s()\-–—:.،؛\"«“]+(?: [^\s()\-–—:.،؛\"«“]+){0,2}"
_ASIDE_OPENER = (
    r"(?!(?:الذي|التي|الذين|وهو|وهي|والذي|والتي|وهم|في|من|على|إلى|عن|مع|بعد|قبل|حسب|وفق"
    r"|خلال|كما|أي)\s)"
)
_LEAD_DATELINE = re.compile(
    r"^(?P<dateline>(?:[^\s()]+(?:[،,]? [^\s()]+){0,2} ?)?\([^)]{1,25}\) ?(?:--|-|–|—|:)"
    rf"|{_PLACE}(?: [-–—] {_ASIDE_OPENER}{_PLACE})? [-–—](?= {_ASIDE_OPENER})) ?"
)
# A byline or dateline of short dash-joined parts glued to the lead and closed by a colon:
# "name- outlet- city:", "city - agency:", "كتب - name:". A dash with a space beside it
# (not the hyphen of "مون-جون"), at most three words a part.
_PART = r"[^\s:.،؛\-–—\"«“]+(?: [^\s:.،؛\-–—\"«“]+){0,2}"
_LEAD_BYLINE = re.compile(
    rf"^(?P<byline>{_PART}(?:(?:\s+[-–—]\s*|\s*[-–—]\s+){_PART}){{1,3}}\s*:-?) ?"
)
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


def is_heading(line: str, max_words: int) -> bool:
    return len(line.split()) <= max_words and not PUNCTUATED_END.search(line)


def section_prefix(headline: str) -> str | None:
    match = _SECTION_PREFIX.match(headline)
    return match.group(1) if match else None


def is_byline(line: str) -> bool:
    return len(line.split()) <= 8 and _BYLINE.match(line) is not None and not line.endswith(".")


def is_dateline(line: str) -> bool:
    """A line carrying a date and no sentence: "الرياض 26 شوال 1436 هـ الموافق … واس"."""
    return len(line.split()) <= 20 and _DATE.search(line) is not None and not line.endswith(".")


def _split_prefix(pattern: re.Pattern[str], paragraph: str) -> tuple[str | None, str]:
    match = pattern.match(paragraph)
    if not match or len(paragraph) - match.end() < 20:
        return None, paragraph
    return match.group(1), paragraph[match.end() :]


def split_lead_dateline(paragraph: str) -> tuple[str | None, str]:
    """(dateline, rest) for a lead that opens on "City (Agency) --"."""
    return _split_prefix(_LEAD_DATELINE, paragraph)


def split_lead_byline(paragraph: str) -> tuple[str | None, str]:
    """(byline, rest) for a lead that opens on a glued byline ("name- outlet- city:",
    "كتب - name:"): never the first words of the summary."""
    return _split_prefix(_LEAD_BYLINE, paragraph)


def is_paragraph(line: str) -> bool:
    """Whether a first line is a paragraph rather than a headline: over 30 words, or over 16
    that end a sentence or hold two. (The corpus' headlines run to 15 words, and none of them
    holds two sentences.)"""
    words = len(line.split())
    if words > _PARAGRAPH_WORDS:
        return True
    sentences = [s for s in split_sentences(line) if len(s.split()) >= 4]
    return words >= _LONG_LINE_WORDS and (len(sentences) >= 2 or bool(_SENTENCE_END.search(line)))


def headline_from_lead(paragraph: str) -> str:
    """A headline for a story whose text opens on its lead: the lead's first sentence (its
    byline, dateline and comma-set asides off), cut at its last clause boundary within 16
    words, else before the last phrase that starts within them, else to 14 words never ending
    on a preposition; a quotation it would cut open is left out whole."""
    lead = split_lead_dateline(split_lead_byline(paragraph)[1])[1]
    sentence = split_sentences(lead)[0] if lead.strip() else lead
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


# An interview's question: labelled ("س:", "سؤال -"), or a short paragraph asking one.
_QUESTION_LABEL = re.compile(r"^[-–—*•]?\s*(?:س|سؤال|السؤال)\s*[:/\-–—]")
_ASKS = re.compile(r"[؟?][\"”»')]*$")
_MAX_QUESTION_WORDS = 60
_MIN_ANSWERED_QUESTIONS = 2


def is_question(paragraph: str) -> bool:
    return bool(_QUESTION_LABEL.match(paragraph)) or (
        bool(_ASKS.search(paragraph)) and len(paragraph.split()) <= _MAX_QUESTION_WORDS
    )


def interview_intro(paragraphs: list[str]) -> list[str] | None:
    """For an interview in question/answer layout (two questions or more, each answered by
    the next paragraph), the paragraphs before its first question: what a summary may say
    in the narrator's voice. None when the story is not laid out so."""
    asked = [n for n, paragraph in enumerate(paragraphs) if is_question(paragraph)]
    answered = [n for n in asked if n + 1 < len(paragraphs) and not is_question(paragraphs[n + 1])]
    if len(answered) < _MIN_ANSWERED_QUESTIONS:
        return None
    return paragraphs[: asked[0]]


def opens_on_section(lines: list[str] | tuple[str, ...]) -> bool:
    """The first line is the site's section ("سياسة") above the headline."""
    return len(lines) > 2 and is_heading(lines[0], _MAX_CATEGORY_WORDS)


def headline_index(lines: tuple[str, ...], title: str | None) -> int:
    """Where the headline stands among an article's lines (-1: none of them is it)."""
    if title is not None:
        return 0 if lines and lines[0] == title else -1
    first = 1 if opens_on_section(lines) else 0
    if first < len(lines) and is_paragraph(lines[first]):
        return first - 1
    return first


@dataclass(frozen=True)
class Front:
    """What stands before the body, and where the body starts."""

    category: str | None
    headline: str
    deck: str | None
    byline: str | None
    dateline: str | None
    body: tuple[str, ...]
    dropped: tuple[str, ...] = ()  # captions and labels between the headline and the body


def read_front(
    lines: list[str], title: str | None, category: str | None, byline: str | None
) -> Front:
    rest = list(lines)
    if title is None:
        if opens_on_section(rest):
            category = category or rest.pop(0)
        if rest and is_paragraph(rest[0]):
            title = headline_from_lead(rest[0])  # the text opens on its lead: it stays
        else:
            title = rest.pop(0) if rest else ""
    elif rest and rest[0] == title:
        rest.pop(0)  # pages and feeds often repeat the title as the first line
    category = category or section_prefix(title)
    deck = dateline = None
    dropped: list[str] = []
    for _ in range(4):  # the front lines come in any order, each at most once
        if not rest or len(rest) < 2:
            break
        line = rest[0]
        if dateline is None and is_dateline(line):
            dateline = rest.pop(0)
        elif byline is None and is_byline(line):
            byline = rest.pop(0)
        elif deck is None and is_heading(line, _MAX_DECK_WORDS) and len(line.split()) >= 4:
            deck = rest.pop(0)
        elif not dropped and is_heading(line, _MAX_CAPTION_WORDS):
            dropped.append(rest.pop(0))
        else:
            break
    return Front(category, title, deck, byline, dateline, tuple(rest), tuple(dropped))
