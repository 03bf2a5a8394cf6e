"""An extractive, lead-biased summary that makes sense alone."""

from __future__ import annotations

import re

from briefing.text import PUNCTUATED_END, split_sentences

SUMMARY_SENTENCES = 2
SUMMARY_MAX_SENTENCES = 3
SUMMARY_WORDS = 60
_MIN_SENTENCE_WORDS = 4  # shorter pieces are fragments, not news
_REPEAT_OVERLAP = 0.6  # a sentence sharing this much with what is chosen says it again
_WORD = re.compile(r"[\w\u0600-\u06ff]+")
# A question is not news: a summary says what happened, it does not ask.
_QUESTION = re.compile(r"[؟?][\"”»')]*$")
# An interview's question: labelled ("س:", "سؤال -"), or a short paragraph asking one.
_QUESTION_LABEL = re.compile(r"^[-–—*•]?\s*(?:س|سؤال|السؤال)\s*[:/\-–—]")
_MAX_QUESTION_WORDS = 60
_MIN_ANSWERED_QUESTIONS = 2


# Narration that introduces quoted speech with a colon: "… وتساءل الوزير قائلا: «…؟»".
_INTRODUCED_SPEECH = re.compile(r":\s*[«“”\"]")
_MIN_NARRATION_WORDS = 8


def _reports_a_question(sentence: str) -> bool:
    """A sentence whose narration, eight words or more, introduces a quotation that ends
    on a question: as the lead it tells what happened, the question is the speaker's (set
    R1 kind L3: a long lead closing on a minister's question was skipped). Further on such
    a sentence is left out still: it may end inside the quotation (corpus 58)."""
    match = _INTRODUCED_SPEECH.search(sentence)
    return match is not None and len(sentence[: match.start()].split()) >= _MIN_NARRATION_WORDS


def _content_words(text: str) -> set[str]:
    return {w.removeprefix("و").removeprefix("ال") for w in _WORD.findall(text) if len(w) > 2}


def _repeats(sentence: str, seen: set[str]) -> bool:
    words = _content_words(sentence)
    return bool(words) and len(words & seen) / len(words) >= _REPEAT_OVERLAP


def is_question(paragraph: str) -> bool:
    return bool(_QUESTION_LABEL.match(paragraph)) or (
        bool(_QUESTION.search(paragraph)) and len(paragraph.split()) <= _MAX_QUESTION_WORDS
    )


def interview_intro(paragraphs: list[str]) -> list[str] | None:
    """For an interview in question/answer layout (two questions or more, each answered by
    the next paragraph), the paragraphs before its first question: what a summary may say
    in the narrator's voice. None when the story is not laid out so, or when only question
    marks say it is and nothing stands before the first one (a feature that opens on a
    question is not an interview)."""
    asked = [n for n, paragraph in enumerate(paragraphs) if is_question(paragraph)]
    answered = [n for n in asked if n + 1 < len(paragraphs) and not is_question(paragraphs[n + 1])]
    if len(answered) < _MIN_ANSWERED_QUESTIONS:
        return None
    labelled = sum(1 for n in asked if _QUESTION_LABEL.match(paragraphs[n]))
    if not asked[0] and labelled < _MIN_ANSWERED_QUESTIONS:
        return None
    return paragraphs[: asked[0]]


_MAX_CAPTION_WORDS = 12
_SENTENCE_MARK = re.compile(r"[.!?؟]")
_PUNCTUATING_SHARE = 0.75


def _captions(paragraphs: list[str]) -> set[str]:
    """Short lines with no stop in a text whose other paragraphs end on one: a caption or a
    label under a photo, not a sentence of the story (a site that leaves every stop out
    loses nothing by this)."""
    long = [p for p in paragraphs if len(p.split()) > _MAX_CAPTION_WORDS]
    stopped = [p for p in long if PUNCTUATED_END.search(p)]
    if not long or len(stopped) < _PUNCTUATING_SHARE * len(long):
        return set()
    return {
        p
        for p in paragraphs
        if len(p.split()) <= _MAX_CAPTION_WORDS
        and not PUNCTUATED_END.search(p.rstrip())
        and not _SENTENCE_MARK.search(p)  # "… الحفل. وكان …" holds a sentence
    }


# Marks that open a quotation ("”" too: pages type it for an opening one).
_OPENING_MARKS = frozenset('«“”"')


def summarize(
    paragraphs: list[str],
    sentences: int = SUMMARY_SENTENCES,
    words: int = SUMMARY_WORDS,
    headline: str = "",
) -> tuple[str, ...]:
    """The lead sentences: at least `sentences` (up to 3) while under about `words` words.

    Sentences that repeat the headline or an earlier pick, fragments and questions are
    skipped; an interview in question/answer layout is summarized by its introduction alone
    (the answers are the guest's words, not the narrator's).
    """
    intro = interview_intro(paragraphs)
    if intro is not None:
        paragraphs = intro
    captions = _captions(paragraphs)
    paragraphs = [p for p in paragraphs if p not in captions]
    limit = max(sentences, 1)
    chosen: list[str] = []
    seen = _content_words(headline)
    count = 0
    for paragraph in paragraphs:
        if chosen and paragraph.lstrip()[:1] in _OPENING_MARKS:
            continue  # a paragraph of speech alone: its speaker's words, never the narrator's
        for sentence in split_sentences(paragraph):
            size = len(sentence.split())
            if (
                size < _MIN_SENTENCE_WORDS
                or (_QUESTION.search(sentence) and (chosen or not _reports_a_question(sentence)))
                or (chosen and _repeats(sentence, seen))
            ):
                continue
            if chosen and (
                len(chosen) >= SUMMARY_MAX_SENTENCES
                or (len(chosen) >= limit and count >= words * 0.5)
                or count + size > words * 1.5
            ):
                return tuple(chosen)
            chosen.append(sentence)
            seen |= _content_words(sentence)
            count += size
            if len(chosen) >= limit and count >= words:
                return tuple(chosen)
    return tuple(chosen)
