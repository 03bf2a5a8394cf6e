"""The speech verbs of a paragraph: which words are speech verbs (or participles, verbal
nouns) and of what kind, and the finder that reads them with what their clause says (Verb)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.names import FIRST_NAMES
from briefing.segment.lexicon import (
    ADDRESSED,
    ADDRESSING_VERBS,
    ASKING_VERBS,
    CARRY_FORMS,
    COMPLEMENTIZERS,
    COMPLETED_SPEECH,
    COMPLETING_VERBS,
    DOCUMENT_VERBS,
    HONORIFICS,
    PERSON_NOUNS,
    QUOTE_MARKS,
    RELAY_VERBS,
    REPORTING_FORMS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    SUBJECT_STOPS,
    TITLE_STEMS,
    TOPIC_VERBS,
    VERBAL_NOUNS,
    bare,
    unprefixed,
)
from briefing.segment.mentions import Mention

_NOUN_CONTEXT = re.compile(r"(?:^|\s)(?:عدم|دون|بدون|حتى|عن|من|في|على)\s*$")


@dataclass(frozen=True)
class Verb:
    """A speech verb (or participle, verbal noun) in a paragraph, and what its clause says."""

    start: int
    end: int
    word: str
    female: bool | None
    carries: bool = False  # a participle or verbal noun: it never names its subject
    reporting: bool = False  # دعا / طالب / وصف: its quoted complement is a fragment
    document: bool = False  # نص / جاء في: a document speaks
    asking: bool = False  # سأل / تساءل: the quote is a question, its speaker the one who asks
    asked: bool = False  # سئل: the quote is a question put to the subject
    colon: bool = False  # "وقالت:": the verb ends on a colon, so no subject follows it
    relay: bool = False  # نقل … عن: the source after عن speaks, never the outlet
    topic: bool = False  # تحدث عن: names a speaker, introduces no quote
    subject: Mention | None = None
    subject_words: int | None = None  # tokens after the verb that its subject (and adjuncts) took


def verb_form(word: str) -> tuple[bool | None, str] | None:
    """(feminine?, what kind) for a word that is a speech verb form, else None."""
    plain = unprefixed(word)
    if plain.startswith("ل") and plain[1:] in SPEECH_VERBS and plain[1:2] in "يت":
        plain = plain[1:]  # "لتقول"
    asked = re.sub(r"(?:ه|ها|هم|ني|ك)$", "", plain)  # "وسألته", "سألها"
    if plain in ASKING_VERBS or asked in ASKING_VERBS:
        return ASKING_VERBS.get(plain, ASKING_VERBS.get(asked)), "asking"
    if plain in ("سئل", "سئلت"):
        return None, "asked"  # "وعندما سئل: «…؟»": the one asked is named, not the asker
    if plain in SPEECH_VERBS:
        return SPEECH_VERBS[plain], "speech"
    if plain in REPORTING_VERBS:
        return REPORTING_VERBS[plain], "reporting"
    if plain in CARRY_FORMS:
        return CARRY_FORMS[plain], "carry"
    if plain in REPORTING_FORMS:
        return REPORTING_FORMS[plain], "reporting carry"
    if plain in VERBAL_NOUNS:
        return VERBAL_NOUNS[plain], "noun"
    if plain in DOCUMENT_VERBS:
        return DOCUMENT_VERBS[plain], "document"
    if plain in TOPIC_VERBS:
        return TOPIC_VERBS[plain], "topic"
    if plain in RELAY_VERBS:
        return RELAY_VERBS[plain], "relay"
    if plain in ADDRESSING_VERBS:
        return ADDRESSING_VERBS[plain], "addressing"
    return None


_TOKEN = re.compile(r"[^\s«»“”\".!؟]+?ة(?=و[^\s«»“”\".!؟:]+:)|[^\s«»“”\".!؟]+[.!؟]*|[.!؟]+")


def find_verbs(text: str, names: list[tuple[int, int]] = ()) -> list[Verb]:
    """The speech verbs of a paragraph, in order; none inside a quoted name or title
    ("أغنية «تعلق قلبي»")."""
    verbs: list[Verb] = []
    # 'وأضاف"العمل …"': a glued mark; 'جاهزة.وقال': a sentence glued to the one before;
    # 'للمدينةوأكمل:': a caption glued to the verb (no word ends in ة and goes on in و…:)
    tokens = list(re.finditer(_TOKEN, text))
    for position, match in enumerate(tokens):
        if any(start <= match.start() < end for start, end in names):
            continue
        word = bare(match.group(0))
        form = verb_form(word)
        if form is None:
            continue
        following = [bare(t.group(0)) for t in tokens[position + 1 : position + 8]]
        if _NOUN_CONTEXT.search(text[: match.start()]) and not _verb_after_hatta(
            text[: match.start()], match.group(0), following
        ):
            continue
        female, kind = form
        if unprefixed(word) in ("بين", "رد") and not (
            "\u0651" in match.group(0)
            or match.group(0).endswith(":")
            or (following[:1] and following[0] in COMPLEMENTIZERS)
            or (unprefixed(word) == "رد" and following[:1] in (["عليه"], ["عليها"], ["عليهم"]))
            or (unprefixed(word) == "رد" and _titled_answer(tokens[position + 1 : position + 4]))
            or (unprefixed(word) == "رد" and replies_to(following))
        ):
            continue  # بين "between", رد "a reply" (بيّن، ردّ، "فرد عليه" are verbs)
        if kind == "topic" and unprefixed(word) in ("عبر", "عبرت") and "عن" not in following:
            continue  # عبر "via"; "عبر عن فخره" is speaking of it
        if kind == "relay" and "عن" not in following:
            continue  # نقل "moved", "carried": it relays only what it has from someone
        if unprefixed(word) in COMPLETING_VERBS and not _completes_speech(
            match.group(0), text[match.end() :], following
        ):
            continue  # "وأتم الفريق استعداداته": it completed something, said nothing
        if unprefixed(word) in _DEEMED and _deemed_so(following):
            continue  # "المستشفيات تعتبر حديثة": they are deemed so, nobody considers aloud
        if kind == "addressing" and not ADDRESSED & set(following[:4]):
            continue  # وجه "a face", توجه "headed": only with the question or message it puts
        in_it = following[:1] in (["في"], ["فيه"], ["فيها"])
        if kind == "document" and unprefixed(word) in ("جاء", "ورد") and not in_it:
            continue
        verbs.append(
            Verb(
                match.start(),
                match.end(),
                word,
                female,
                carries=kind in ("carry", "noun", "reporting carry"),
                reporting=kind in ("reporting", "reporting carry"),
                document=kind == "document",
                asking=kind == "asking",
                asked=kind == "asked",
                topic=kind == "topic",
                relay=kind == "relay",
                colon=match.group(0).endswith(":") or text[match.end() :].lstrip()[:1] == ":",
            )
        )
    return verbs


# The present of "to consider" is also "to be deemed" ("المدارس تعتبر متقدمة", "يعتبر من
# أهم"): with an indefinite word or من after it, no one speaks (it broke a speaker's carry
# on a held-out set, R21: the feminine verb read as someone else).
_DEEMED = frozenset(("يعتبر", "تعتبر", "يعد", "تعد", "تعتبران", "يعتبران"))


def _deemed_so(following: list[str]) -> bool:
    if not following:
        return False
    word = following[0]
    if word in COMPLEMENTIZERS or word in FIRST_NAMES or word.startswith("ال"):
        return False  # "يعتبر أن …", "ويعتبر الخبير أن …": someone considers
    return word in ("من", "بمثابة") or word[:1] not in "وفبلك"


REPLYING = frozenset(("رد", "ردت", "يرد", "ترد"))  # "«…»، ليرد عليه القاضي"


def replies_to(following: list[str]) -> bool:
    """ "ورد ضابط الدورية على عنصر الأمن بالقول": رد, its subject, then على and whom it
    answers: a verb ("ورد في التقرير" is "it appeared in", no subject before its على)."""
    if not following or following[0] in SUBJECT_STOPS or following[0] in ("على", "عليه"):
        return False
    return any(word in ("على", "عليه", "عليها") for word in following[1:5])


def _verb_after_hatta(before: str, token: str, following: list[str]) -> bool:
    """ "فما إن دعا فلان … حتى ردّ عليه فلان": after حتى "no sooner … than", a verb marked
    as one (its shadda, or the object pronoun of "رد عليه") is a verb, not "even a reply"."""
    if not before.rstrip().endswith("حتى"):
        return False
    return "\u0651" in token or following[:1] in (["عليه"], ["عليها"], ["عليهم"])


def _completes_speech(token: str, after: str, following: list[str]) -> bool:
    """ "وأتم: «…»", "وأتم «…»", "وأتم تصريحاته «…»": أتم ends on its colon or its quote,
    or completes what the speaker said."""
    if token.endswith(":") or after.lstrip()[:1] in (":", *QUOTE_MARKS):
        return True
    return bool(following) and following[0] in COMPLETED_SPEECH


def _titled_answer(tokens: list[re.Match[str]]) -> bool:
    """ "ورد القاضي:", "فرد رئيس المحكمة:": رد as a verb, its subject a definite title
    whose phrase a colon closes (not "ورد في التقرير", "رد الفعل")."""
    words = [t.group(0) for t in tokens]
    head = bare(words[0]) if words else ""
    stem = head.removeprefix("ال")
    if not (head.startswith("ال") or stem in TITLE_STEMS):
        return False
    if stem not in TITLE_STEMS and stem not in PERSON_NOUNS and head not in HONORIFICS:
        return False
    return any(word.endswith(":") for word in words)
