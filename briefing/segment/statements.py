"""Who issued a statement: its words are the issuer's.

"أصدرت وزارة النقل بيانا … وقال البيان: «…»", "وأكد بيان للوزارة أن «…»", "بيان صادر عن
المجلس الأعلى", "في بيان أصدرته الشركة": the speaker is the issuing organisation (or person),
as the article names it. Only a statement whose issuer the text does not give stays a
document ("بيان مشترك"). The issuer comes back as the words that name it; the registry
resolves them like any other subject ("الوزارة" → "وزارة الصحة" named before).
"""

from __future__ import annotations

import re

from briefing.segment.lexicon import (
    COMPLEMENTIZERS,
    INSTITUTIONS,
    ISSUED_BY,
    ISSUING_VERBS,
    QUOTE_MARKS,
    SPEECH_VERBS,
    STATEMENT_FORMS,
    STATEMENTS,
    SUBJECT_STOPS,
    bare,
    unprefixed,
)

_MAX_ISSUER = 6  # words an issuer's name may take
_MAX_BACK = 10  # how far before a statement its issuing verb may stand
_SENTENCE_END = re.compile(r"[.!؟:]$")


def is_statement(word: str) -> bool:
    """ "بيان", "البيان", "تقرير": a statement or report (a head of a document phrase)."""
    return word.removeprefix("ال") in STATEMENTS


def _phrase(tokens: list[str]) -> list[str]:
    """The words that name an issuer: up to a stop word, complementizer, verb, quotation
    or punctuation."""
    words: list[str] = []
    for token in tokens[:_MAX_ISSUER]:
        word = bare(token)
        if not word or any(mark in token for mark in QUOTE_MARKS):
            break
        if word in SUBJECT_STOPS or word in COMPLEMENTIZERS or unprefixed(word) in SPEECH_VERBS:
            break
        words.append(word)
        if re.search(r"[،,.:؛!؟]$", token):
            break
    return words


def issuer_after(words: list[str]) -> list[str]:
    """The issuer a statement phrase names after its head: "بيان للوزارة" → الوزارة,
    "بيان لوزارة النقل", "بيان صادر عن المجلس", "بيان أصدرته الشركة", "بيان وزارة الصحة"
    ; nothing for "بيان مشترك"."""
    if not words:
        return []
    first = words[0]
    if first.startswith("لل") and len(first) > 4:
        return _phrase(["ال" + first[2:], *words[1:]])  # للوزارة → الوزارة
    if first.startswith("ل") and first[1:] in INSTITUTIONS:
        return _phrase([first[1:], *words[1:]])
    if first in ISSUED_BY and len(words) > 1 and words[1] in ("عن", "من"):
        return _phrase(words[2:])
    if first in ISSUING_VERBS:
        return _phrase(words[1:])
    return []  # "بيان وزارة الصحة" names its issuer already; "بيان مشترك" names none


def issuer_before(text: str) -> list[str]:
    """The issuer of the statement the text introduced last ("أصدرت وزارة النقل بيانا",
    "وقالت الشركة في بيان", "بيان صادر عن …"); nothing when that statement's issuer is not
    given (an earlier one is another statement)."""
    tokens = text.split()
    for index in range(len(tokens) - 1, -1, -1):
        following = bare(tokens[index + 1]) if index + 1 < len(tokens) else ""
        announced = bare(tokens[index]) in _ANNOUNCED and following in _FOLLOWING
        if bare(tokens[index]) not in STATEMENT_FORMS and not announced:
            continue
        after = issuer_after([bare(t) for t in tokens[index + 1 : index + 1 + _MAX_ISSUER + 2]])
        return after or _issued_before(tokens, index)
    return []


# "البيان الآتي:", "التصريح التالي:": the statement the next paragraph gives.
_ANNOUNCED = frozenset(("البيان", "البلاغ", "التصريح"))
_FOLLOWING = frozenset(("الآتي", "الاتي", "التالي"))


def _issued_before(tokens: list[str], index: int) -> list[str]:
    """The subject of the verb that issues (or speaks in) a statement, before it:
    "أصدرت وزارة النقل بيانا", "الوزارة أصدرت بيانا", "وقالت الشركة في بيان"."""
    for back in range(index - 1, max(-1, index - _MAX_BACK), -1):
        token = tokens[back]
        if back < index - 1 and _SENTENCE_END.search(token):
            return []
        word = unprefixed(bare(token))
        if word in ISSUING_VERBS or word in SPEECH_VERBS or word == "صدر":
            between = [bare(t) for t in tokens[back + 1 : index]]
            between = [w for w in between if w not in ("في", "ب")]
            if word == "صدر" and between[:1] in (["عن"], ["من"]):
                between = between[1:]  # "صدر عن وزارة الداخلية البيان الآتي:": its issuer
            if between:
                return _phrase(between)
            return _phrase_before(tokens[:back])  # SVO: "الوزارة أصدرت بيانا"
    return []


def _phrase_before(tokens: list[str]) -> list[str]:
    words: list[str] = []
    for token in reversed(tokens[-_MAX_ISSUER:]):
        word = bare(token)
        if not word or re.search(r"[،,.:؛!؟]$", token) or word in SUBJECT_STOPS:
            break
        words.insert(0, word)
    return [unprefixed(words[0]), *words[1:]] if words else []
