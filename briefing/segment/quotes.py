"""Quoted speech and who said it."""

from __future__ import annotations

import re

from briefing.model import Quote

# “…” and «…»; the text between the marks is kept exactly.
_QUOTED = re.compile(r"“([^“”]+)”|«([^«»]+)»")

# Speech verbs in the perfect (with optional و/ف), and the circumstantial forms.
_SPEECH_VERB = re.compile(
    r"(?:^|\s)[وف]?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|صرح|صرحت|ذكر|ذكرت|أشار|أشارت"
    r"|اعتبر|اعتبرت|تابع|تابعت|لفت|لفتت|شدد|شددت|أعلن|أعلنت"
    r"|مضيفا|مضيفة|مؤكدا|مؤكدة|موضحا|موضحة|مشيرا|مشيرة)(?=\s|:|$)"
)
_CARRY_OVER = re.compile(r"^[وف]?(?:أضاف|أضافت|تابع|تابعت|مضيفا|مضيفة)$")
# Words that end the subject of a speech verb: prepositions, complementizers, time words.
_SUBJECT_STOP = re.compile(
    r"^(?:في|إن|أن|إنه|أنه|إنها|أنها|للصحفيين|لوكالة|خلال|عبر|على|إلى|من|عن|أمس|اليوم|الخميس"
    r"|الأربعاء|الثلاثاء|الاثنين|الأحد|السبت|الجمعة|بأن|لـ|قائلا|قائلة)$"
)
_MAX_SUBJECT_WORDS = 7
_MIN_STATEMENT_WORDS = 6


def _subject_after_verb(before: str) -> tuple[bool, str | None]:
    """(a speech verb introduces this quote, the subject that follows the verb)."""
    matches = list(_SPEECH_VERB.finditer(before))
    if not matches:
        return False, None
    verb = matches[-1]
    words: list[str] = []
    for word in before[verb.end() :].split():
        bare = word.strip("،,:")
        if _SUBJECT_STOP.match(bare) or len(words) >= _MAX_SUBJECT_WORDS:
            break
        words.append(bare)
        if word.endswith(("،", ",", ":")):
            break
    subject = " ".join(words).strip()
    if not subject and _CARRY_OVER.match(verb.group(0).strip()):
        return True, None
    return True, subject or None


def find_quotes(paragraphs: list[str]) -> list[Quote]:
    """Speech in the paragraphs, in order, with speakers carried over where implied."""
    quotes: list[Quote] = []
    last_speaker: str | None = None
    for paragraph in paragraphs:
        cursor = 0
        for match in _QUOTED.finditer(paragraph):
            text = (match.group(1) or match.group(2)).strip()
            before = paragraph[cursor : match.start()]
            cursor = match.end()
            introduced, speaker = _subject_after_verb(before)
            after_colon = before.rstrip().endswith(":")
            if not (introduced or after_colon or len(text.split()) >= _MIN_STATEMENT_WORDS):
                continue  # a quoted name, title or scare quote
            if speaker is None and introduced:
                speaker = last_speaker
            if speaker:
                last_speaker = speaker
            quotes.append(Quote(text=text, speaker=speaker))
    return quotes
