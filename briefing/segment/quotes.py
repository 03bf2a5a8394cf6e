"""Quoted speech and who said it.

Quotation marks of every style are paired per paragraph (“ ” « » ASCII ", a ” used as an
opening mark, marks left unclosed). A quotation is speech when a colon or a speech verb
leads straight into it, or when it is long enough to be a statement; a short quotation
glued to a preposition, named by a noun ("وكالة", "تنظيم") or glossing a name is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.model import Quote
from briefing.segment.speakers import (
    Verb,
    fullest_form,
    person_name,
    resolve_back_reference,
    speech_verbs,
    subject_after,
    subject_before,
)
from briefing.text import word_list

_OPEN_CLOSE = {"«": "»", "“": "”", "”": "”", '"': '"'}
_NO_OPEN_AFTER = " \t.,،؛:!?؟)»”"
_STATEMENT_WORDS = 6  # a quotation this long is a statement whoever introduces it
_SHORT_WORDS = 3  # this short, a quotation must follow its verb or subject to be speech
_MAX_INTRO_WORDS = 25  # how far a speech verb may stand before its quotation
# Nouns that name what follows them: a quoted title or name, not speech.
_NAMING_NOUNS = frozenset(
    word_list(
        "وكالة وكالات صحيفة مجلة موقع قناة إذاعة تلفزيون شبكة تنظيم حركة جماعة حزب برنامج مشروع"
        " شركة ملعب عملية حملة مبادرة منصة تطبيق كتاب فيلم مسلسل شعار وسم هاشتاغ اسم بعنوان عنوان"
        " فيروس مرض مؤسسة جمعية فندق مستشفى مركز مهرجان جائزة مسابقة معرض نادي فريق لقب مصطلح"
        " عبارة كلمة تسمية يسمى تسمى المسمى المسماة المعروف المعروفة يعرف تعرف بـ يطلق"
    )
)
_COMPLEMENTIZERS = frozenset(("أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "انه", "ان"))
_SENTENCE_BREAK = re.compile(r"[.!?؟][\"”»]?\s+")


@dataclass(frozen=True)
class Span:
    """A quotation in a paragraph: marks at start and end-1 (end = len when unclosed)."""

    start: int
    end: int
    text: str


def _can_open(text: str, index: int) -> bool:
    return index + 1 < len(text) and text[index + 1] not in _NO_OPEN_AFTER


def _can_close(text: str, index: int) -> bool:
    after = text[index + 1 : index + 2]
    return index > 0 and (not text[index - 1].isspace() or not after or after in _NO_OPEN_AFTER)


def find_spans(paragraph: str) -> list[Span]:
    """Every quotation in the paragraph, in order; an unclosed one runs to the end."""
    spans: list[Span] = []
    opened: int | None = None
    closer = ""
    for index, char in enumerate(paragraph):
        if opened is None:
            if char in "«“" or (char in '”"' and _can_open(paragraph, index)):
                opened, closer = index, _OPEN_CLOSE[char]
        elif char == closer and (closer == "»" or _can_close(paragraph, index)):
            spans.append(Span(opened, index + 1, paragraph[opened + 1 : index].strip()))
            opened = None
    if opened is not None:
        spans.append(Span(opened, len(paragraph), paragraph[opened + 1 :].strip()))
    return [span for span in spans if span.text]


def _words(text: str) -> list[str]:
    return [w.strip("،,:؛.()") for w in text.split()]


def _unprefixed(word: str) -> list[str]:
    """The word and the word without a leading conjunction and/or preposition."""
    forms = [word]
    if word[:1] in "وف":
        forms.append(word[1:])
    forms += [form[1:] for form in list(forms) if form[:1] in "بلك"]
    return forms


def _is_name(paragraph: str, span: Span) -> bool:
    """A short quotation that names or glosses something rather than reporting speech."""
    if len(span.text.split()) >= _STATEMENT_WORDS:
        return False
    before = paragraph[: span.start]
    if before and (before[-1] == "ـ" or re.match(r"[\u0621-\u064a]", before[-1])):
        return True  # glued to a preposition or conjunction: بـ"…", لـ«…», و"…"
    if any(_NAMING_NOUNS & set(_unprefixed(w)) for w in _words(before)[-3:]):
        return True
    after = _words(paragraph[span.end :])[:1]
    if len(span.text.split()) <= 3 and after and after[0] in _COMPLEMENTIZERS:
        return True  # a gloss inside the subject: قالت متحدثة باسم الحلف “الناتو” إن …
    # A definite noun phrase that the clause goes on from is a name used as a subject.
    goes_on = re.match(r"\s*[\w\u0600-\u06ff]", paragraph[span.end :]) is not None
    short_phrase = len(span.text.split()) <= 3 and not re.search(r"[.!?؟،,]", span.text)
    return short_phrase and span.text.startswith("ال") and goes_on


class _Reader:
    """Walks an article's paragraphs keeping track of who spoke last."""

    def __init__(self, article_text: str) -> None:
        self.article_text = article_text
        self.speakers: list[str] = []

    def _named(self, subject: str) -> str:
        name = person_name(subject)
        for earlier in reversed(self.speakers):  # a speaker named in full before
            if earlier != name and earlier.endswith(f" {name}"):
                return earlier
        return fullest_form(name, self.article_text)

    def speaker_of(self, paragraph: str, verb: Verb, clause_start: int) -> str | None:
        """Whom a speech verb reports: its subject, a back-reference, or the last speaker."""
        subject = None if verb.carries else subject_after(paragraph[verb.end :])
        if subject is None and verb.word.lstrip("وف") not in ("قوله", "قولها", "بقوله"):
            subject = subject_before(paragraph[clause_start : verb.start])
        if subject is None and "قول" in verb.word:
            # "نقلت الوكالة عن فلان، …، قوله": the speaker follows "عن" earlier in the sentence.
            sentence = paragraph[: verb.start].rsplit(". ", 1)[-1]
            sources = re.findall(r"(?<!\S)عن\s+([^،,]+)", sentence)
            subject = subject_after(sources[-1]) if sources else None
        if subject is None:
            # "أما الائتلاف، فقد دعا …": the topic before the comma is the subject.
            topic = re.search(
                r"(?:^|\s)أما\s+([^،,]+)[،,]\s*(?:ف\S*\s*)?$", paragraph[: verb.start]
            )
            subject = topic.group(1).strip() if topic else None
        if subject is not None:
            resolved = resolve_back_reference(subject, self.speakers)
            speaker = resolved or self._named(subject)
        else:
            speaker = self.speakers[-1] if self.speakers else None
        if speaker:
            self.speakers.append(speaker)
        return speaker

    def paragraph_quotes(self, paragraph: str) -> list[Quote]:
        spans = find_spans(paragraph)
        names = [span for span in spans if _is_name(paragraph, span)]
        # Names inside the text are ordinary words for verbs and subjects: unmark them.
        plain = paragraph
        for span in names:
            inner = paragraph[span.start + 1 : span.end - 1]
            if _words(paragraph[span.end :])[:1] in ([w] for w in _COMPLEMENTIZERS):
                inner = ""  # a gloss ("الناتو") is no part of the speaker's name
            padding = " " * (span.end - span.start - 1 - len(inner))
            plain = f"{plain[: span.start]} {inner}{padding}{plain[span.end :]}"
        verbs = speech_verbs(plain)
        quotes: list[Quote] = []
        cursor = 0  # where the current clause may start: after the last speech quotation
        verb_speakers: dict[int, str | None] = {}
        spoken_before = len(self.speakers)
        for span in spans:
            if span in names:
                continue
            for verb in verbs:
                if cursor <= verb.start < span.start and verb.start not in verb_speakers:
                    clause = _clause_start(plain, cursor, verb.start)
                    verb_speakers[verb.start] = self.speaker_of(plain, verb, clause)
            intro = _introducing_verb(plain, verbs, cursor, span.start)
            # A statement nobody introduces is the paragraph's source still speaking.
            paragraph_speaker = self.speakers[-1] if len(self.speakers) > spoken_before else None
            colon = paragraph[: span.start].rstrip().endswith(":")
            words = len(span.text.split())
            if intro is not None:
                if words <= _SHORT_WORDS and not _leads_straight(plain, intro, span.start):
                    continue  # a short quotation deep in the clause: a name or a scare quote
                speaker = verb_speakers[intro.start]
            elif colon:
                speaker = self._colon_speaker(plain, cursor, span.start)
            elif words >= _STATEMENT_WORDS:
                speaker = self._after_speaker(plain[span.end :]) or paragraph_speaker
            else:
                continue  # a short quotation nobody introduces: a scare quote
            quotes.append(Quote(text=span.text, speaker=speaker))
            cursor = span.end
        for verb in verbs:  # reported speech after the last quotation names the next speaker
            if verb.start >= cursor and verb.start not in verb_speakers:
                verb_speakers[verb.start] = self.speaker_of(
                    plain, verb, _clause_start(plain, cursor, verb.start)
                )
        return quotes

    def _colon_speaker(self, paragraph: str, cursor: int, start: int) -> str | None:
        """ "Name: «…»" with no verb: the words before the colon, when they are few."""
        head = paragraph[_clause_start(paragraph, cursor, start) : start].rstrip().rstrip(":")
        subject = subject_before(head)
        if subject is None:
            return None
        speaker = self._named(subject)
        self.speakers.append(speaker)
        return speaker

    def _after_speaker(self, after: str) -> str | None:
        """ "«…»، قال فلان": a speech verb right after the quotation names its speaker."""
        match = re.match(r"^[\s،,]*", after)
        rest = after[match.end() if match else 0 :]
        verbs = speech_verbs(rest[:20])
        if not verbs or verbs[0].start > 1:
            return None
        subject = subject_after(rest[verbs[0].end :])
        if subject is None:
            return None
        speaker = self._named(subject)
        self.speakers.append(speaker)
        return speaker


def _clause_start(text: str, cursor: int, position: int) -> int:
    """Where the clause holding `position` begins: a sentence end, comma or the cursor."""
    start = cursor
    for match in re.finditer(r"[.!?؟،,؛:][\"”»]?\s+", text[cursor:position]):
        start = cursor + match.end()
    return start


def _introducing_verb(text: str, verbs: list[Verb], cursor: int, start: int) -> Verb | None:
    """The speech verb that leads into a quotation in the same sentence, if any."""
    sentence = cursor
    for match in _SENTENCE_BREAK.finditer(text[cursor:start]):
        if not re.search(r"(?:^|\s)\S{1,3}\.$", text[cursor : cursor + match.start() + 1]):
            sentence = cursor + match.end()
    candidates = [v for v in verbs if sentence <= v.start < start]
    if not candidates:
        return None
    verb = candidates[-1]
    between = text[verb.end : start].split()
    if len(between) > _MAX_INTRO_WORDS:
        return None
    return verb


def _leads_straight(text: str, verb: Verb, start: int) -> bool:
    """The quotation follows the verb, its subject, or "أن"/"إن" with nothing in between."""
    between = [w.strip("،,:") for w in text[verb.end : start].split()]
    if not between or between[-1] in _COMPLEMENTIZERS:
        return True
    subject = subject_after(text[verb.end :])
    return subject is not None and len(between) == len(subject.split())


def find_quotes(paragraphs: list[str], article_text: str | None = None) -> list[Quote]:
    """Speech in the paragraphs, in order, with speakers carried over where implied."""
    reader = _Reader(article_text if article_text is not None else "\n".join(paragraphs))
    return [quote for paragraph in paragraphs for quote in reader.paragraph_quotes(paragraph)]
