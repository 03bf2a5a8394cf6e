"""Who a phrase names: a person (title + name), a description, an organisation, a document.

`classify` reads bare words (a subject phrase, in order) as a `Mention` of one `Kind`, or
None when they name no one; the title chains and roles it reads, and the heads that open
a subject (`is_subject_head`). Reading the phrase out of a sentence is subjects.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from itertools import takewhile

from briefing.names import FIRST_NAMES
from briefing.segment.lexicon import (
    ADDRESSEES,
    BACK_REFERENCES,
    COMPLEMENTIZERS,
    DOCUMENTS,
    EMPHATICS,
    HONORIFICS,
    INSTITUTIONS,
    JOURNALISTS,
    LEADING_ADJUNCTS,
    NAME_FORMULAS,
    NAME_LINKS,
    OUTLETS,
    PERSON_GROUPS,
    PERSON_NOUNS,
    PRONOUN_HONORIFICS,
    RELATIONAL,
    SUBJECT_STOPS,
    TITLE_STEMS,
    TITLES,
    bare,
    unprefixed,
    whole_word,
)
from briefing.segment.person_names import (
    construct_noun,
    first_name_amir,
    leading_name,
    name_after_title,
    nisba_named,
    two_titles,
)
from briefing.segment.word_classes import (
    definite,
    gender_of_name,
    is_name_word,
    is_verb_word,
    known_noun,
    listed_name,
    possessed_by_pronoun,
    possessive,
)
from briefing.text import ARABIC_LETTER

MAX_SUBJECT_WORDS = 14
_MAX_ORG_WORDS = 5


class Kind(StrEnum):
    PERSON = "person"  # a name, with its title when the article gives one
    DESCRIPTION = "description"  # an unnamed person ("مسؤول أمريكي كبير")
    ORGANISATION = "organisation"
    DOCUMENT = "document"
    REFERENCE = "reference"  # a definite noun pointing back ("المتحدث", "الضابط")
    SURNAME = "surname"  # one word that needs the article to say whose name it is


@dataclass(frozen=True)
class Mention:
    name: str
    kind: Kind
    role: str | None = None  # the title words the article puts with the name
    female: bool | None = None


def classify(words: list[str], female: bool | None = None) -> Mention | None:
    """What a subject phrase (bare words, in order) names, or None when it names no one."""
    text = NAME_FORMULAS.sub("", " ".join(words)).strip()
    words = text.split()
    while len(words) > 1 and words[-1] in EMPHATICS:
        words.pop()  # "المصدر نفسه", "الوزير ذاته"
    text = " ".join(words)
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return None
    head = words[0]
    plain_head = head.removeprefix("ال")
    gender = female if female is not None else gender_of_name(words)
    if len(words) == 1 and head in PRONOUN_HONORIFICS:
        return Mention(head, Kind.PERSON, None, gender)  # "فخامته": the registry says whose
    if possessed_by_pronoun(head):
        return Mention(head, Kind.REFERENCE, None, gender)  # "شقيقه", "والدته": whose, unsaid
    if head in RELATIONAL and len(words) > 1:
        # "والد محمد العلي", "جار الضحية": a relative of someone, never that someone
        return Mention(text, Kind.DESCRIPTION, None, gender)
    person_head = plain_head in PERSON_NOUNS or (
        head in BACK_REFERENCES
        and not any(w in DOCUMENTS or w in INSTITUTIONS for w in (head, plain_head))
    )
    described = definite(head) and person_head  # "الطالبة منى سالم"
    if first_name_amir(words):  # "أمير حداد مدير المدرسة": a man's name, then his title
        return Mention(" ".join(words[:2]), Kind.PERSON, None, False)
    if head in HONORIFICS or head in TITLES or plain_head in TITLE_STEMS or described:
        title, run = name_after_title(words, gender)
        if not run and not two_titles(words):  # "الرئيس التنفيذي لشركة أرامكو أمين الناصر"
            title, run = _known_name_ending(words)
        if run:
            return Mention(" ".join(run), Kind.PERSON, _role(title), gender)
        if definite(head) or _construct_definite(words):
            # "رئيس الوزراء البريطاني", "لاعب فريق النادي": definite through its genitive
            return Mention(text, Kind.REFERENCE, None, gender)
        return Mention(text, Kind.DESCRIPTION, None, gender)
    if head in ("أم", "أبو", "ابو") and len(words) == 2 and words[1] in FIRST_NAMES:
        return Mention(text, Kind.PERSON, None, head == "أم")  # "أم محمد": a kunya, a name
    if head in PERSON_NOUNS or head in PERSON_GROUPS:
        return Mention(text, Kind.DESCRIPTION, None, gender)  # "مسؤول كبير", "مهندسين في …"
    if head in INSTITUTIONS or plain_head in INSTITUTIONS:
        if definite(head) and all(definite(w) for w in words):
            return Mention(text, Kind.REFERENCE, None, gender)  # "المنظمة الحقوقية"
        # "منظمة حقوق الإنسان الدولية" of "منظمة … الدولية الجيش بارتكاب …"
        name = organisation_name(words) if not definite(head) else None
        run = list(takewhile(lambda w: definite(w) or w.startswith("ل"), words))
        if definite(head) and len(run) < len(words):
            # "الهيئة العامة للإحصاء | تقريرها السنوي": the definite name, then the object
            # (the whole was read out); "الهيئة الملكية لمدينة الرياض" is one name
            return (
                classify(run, female)
                if len(run) == 1
                else Mention(" ".join(run), Kind.ORGANISATION, None, gender)
            )
        return Mention(name or text, Kind.ORGANISATION, None, gender)
    if head in DOCUMENTS or plain_head in DOCUMENTS:
        return Mention(text, Kind.DOCUMENT, None, gender)
    if head in OUTLETS and not definite(head):  # "صحيفة لوموند الفرنسية": the paper writes
        name = organisation_name(words)
        return Mention(name, Kind.ORGANISATION, None, gender) if name else None
    if head in BACK_REFERENCES:
        return Mention(text, Kind.REFERENCE, None, gender)
    if definite(head):
        nisba = nisba_named(words)
        if nisba is not None:  # "الأرجنتيني لوكاس مدرب فريق الشباب"
            return Mention(nisba[0], Kind.PERSON, nisba[1], gender)
        if len(words) == 1 and is_name_word(head):
            return Mention(head, Kind.SURNAME, None, gender)
        if all(definite(w) for w in words):
            return Mention(text, Kind.REFERENCE, None, gender)  # "السويسري", "المنظمة الحقوقية"
        title, run = name_after_title(words, gender)
        if len(run) >= 2 and all(definite(w) for w in title):
            return Mention(" ".join(run), Kind.PERSON, _role(title), gender)
        return None
    untitled = _untitled(words, text, gender)
    named = _name_then_title(words)
    if named is None or (untitled is not None and untitled.name == " ".join(named[0])):
        return untitled  # "سامر داود لاعب الفريق" was the name already
    # "ماركوس هيلر المتحدث باسم مكتب الوزير يوهان كلاين" (the chain took the complement's
    # name), "ماركوس هيلر المدرب المساعد لفريق ليستر سيتي" (read as one title)
    return Mention(" ".join(named[0]), Kind.PERSON, _role(named[1]), gender)


def _untitled(words: list[str], text: str, gender: bool | None) -> Mention | None:
    """`classify` for a phrase that opens on no title, institution or definite word."""
    chain = _title_chain(words, gender)
    if chain is not None:  # "ظهير أيمن الفريق كوستاس فيطح": a title in construct, a name
        title, run = chain
        return Mention(" ".join(run), Kind.PERSON, _role(title), gender)
    run = leading_name(words)
    if not run or (len(run) >= 2 and run[-1].endswith(("ية", "يون", "يين"))):
        return None  # "أطراف غربية": a noun and its adjective, not a name
    if len(run) == len(words) or words[len(run)] in NAME_LINKS:
        return Mention(" ".join(run), Kind.PERSON, None, gender)
    if len(run) >= 2 and not _known_name(run) and definite(run[-1]) and _common_noun(run[-1]):
        return Mention(text, Kind.REFERENCE, None, gender)  # "حارس مرمى الفريق"
    if len(run) >= 2 and definite(words[len(run)]) and not _known_name(run):
        # "ظهير أيمن الفريق": words no list knows, in construct: a title that names no one
        # here, which only a name the article gives after it resolves
        return Mention(text, Kind.REFERENCE, None, gender)
    if definite(words[len(run)]) or known_noun(words[len(run)]):
        return Mention(" ".join(run), Kind.PERSON, None, gender)  # "حامد وزارة …": the object
    return None


def _known_name_ending(words: list[str]) -> tuple[list[str], list[str]]:
    """(title, name) for a title phrase that ends on a name opening on a known first name
    ("… لشركة أرامكو أمين الناصر"), after any proper noun of the title's own; else
    (words, [])."""
    for start in range(2, len(words) - 1):
        run = words[start:]
        if words[start] not in FIRST_NAMES:
            continue
        rest = run[1:]  # the first name may also be a word of the lists (أمين)
        if 2 <= len(run) <= 4 and leading_name(rest) == rest and not construct_noun(rest, None):
            return words[:start], run
    return words, []


def _construct_definite(words: list[str]) -> bool:
    """A title in construct made definite by its genitive: "رئيس الوزراء", "لاعب فريق
    النادي", "مديرة مدرسة البنات" (one particular person, whom the article may have named);
    not "مسؤول أمني كبير" (indefinite adjectives) nor "متحدث باسم الوزارة"."""
    for word in words[1:4]:
        if definite(word):
            return True
        if word == "باسم" or word.endswith(("ي", "ية")) or _no_noun(word):
            return False  # an adjective (أمني), a preposition or a verb: no construct
        if not known_noun(word):
            return False  # "ضابط رفيع المستوى": an adjective in construct, still indefinite
    return False


def _no_noun(word: str) -> bool:
    return word in SUBJECT_STOPS or word in COMPLEMENTIZERS or is_verb_word(word)


def _common_noun(word: str) -> bool:
    """A definite word that closes a run of unknown words as a genitive noun, not as a
    surname: no nisba in ي ("الغامدي") nor a link's noun ("ولد الطالب")."""
    return not word.endswith(("ي", "ى")) and not word.startswith("آل")


def named_after_title(word: str, text: str) -> bool:
    """Whether the text gives the word inside a name that a title in construct introduces
    ("ظهير أيمن الفريق كوستاس فيطح" shows that "فيطح" is a name), wherever it stands."""
    for match in whole_word(word).finditer(text):
        clause = re.split(r"[.،,:؛!؟«»“”\"\n]", text[: match.start()])[-1].split()[-6:]
        after = re.match(r"(?:[^\S\n]+[^\s.،,:؛«»“”\"]+){0,2}", text[match.end() :])
        words = [bare(w) for w in [*clause, word, *(after.group(0).split() if after else [])]]
        words = [w for w in words if w]
        for end in range(len(clause) + 1, len(words) + 1):
            chain = _title_chain(words[:end], None)
            if chain is not None and word in chain[1]:
                return True
    return False


def _role(title: list[str]) -> str:
    """A title as it is read on air: up to the outlet it was said to ("… لCNN") or the
    clause it opens ("… إنه")."""
    words: list[str] = []
    for word in title:
        if (word.startswith("ل") and _addressee(word[1:])) or word in COMPLEMENTIZERS:
            break
        words.append(word)
    return " ".join(words)


def role_words(words: list[str]) -> str | None:
    """`_role` for a title read elsewhere (registry.role_in_text); None when nothing is left."""
    return _role(words) or None


def _known_name(run: list[str]) -> bool:
    """A run that opens on a known first name ("أيمن" after "ظهير" is the title's word)."""
    return run[0] in FIRST_NAMES or run[0] in NAME_LINKS


def _name_then_title(words: list[str]) -> tuple[list[str], list[str]] | None:
    """(name, title) for a subject that opens on a name of two words or more and goes on
    to a title: the name is the speaker, and every name inside the title's complement
    (باسم / ل / a genitive: "المتحدث باسم مكتب الوزير يوهان كلاين", "المدرب المساعد لفريق
    ليستر سيتي") is whose title it is, never who spoke (set C's W1)."""
    run = leading_name(words)
    if len(run) < 2 or len(run) >= len(words):
        return None
    title = words[len(run)]
    if title.removeprefix("ال") not in TITLE_STEMS and title not in TITLES:
        return None
    return run, words[len(run) :]


def _title_chain(words: list[str], female: bool | None) -> tuple[list[str], list[str]] | None:
    """(title, name) for a subject that is a title in construct and the name after it,
    whatever the title's words: the name is the run of two to four name words after the
    last definite word, and it ends the phrase ("لاعب وسط النادي | سامي داود"). A phrase
    that opens on a known first name is a name ("رامي جاد الله حارس الفريق"), not a title."""
    if words and listed_name(words[0]):
        return None
    for index in range(len(words) - 2, 0, -1):
        if not definite(words[index - 1]) or words[index].startswith("ال"):
            continue
        run = leading_name(words[index:])
        whole = 2 <= len(run) <= 4 and index + len(run) == len(words)
        if whole and not construct_noun(run, female):
            return words[:index], run
    return None


def organisation_name(words: list[str]) -> str | None:
    """ "منظمة الشفافية الدولية", "صحيفة الأيام": an institution's head and the words
    that name it, up to a preposition, an accusative or another noun's head."""
    head = words[0]
    if (head not in INSTITUTIONS and head not in OUTLETS) or head.startswith("ال"):
        return None
    rest = []
    for word in words[1:_MAX_ORG_WORDS]:
        glued = word[:1] in "بلك" and not word.startswith("ال") and not is_name_word(word)
        accusative = not word.startswith("ال") and word.endswith("ا") and len(word) > 3
        # after a definite word, an indefinite one opens the next phrase ("وزارة الصحة
        # التونسية | تسجيل إصابات"); "للكهرباء" is still the name's genitive
        after_definite = bool(rest) and rest[-1].startswith("ال") and not definite(word)
        # "وزارة الصحة": a definite institution word right after the head is its genitive
        other_head = word in INSTITUTIONS and (bool(rest) or not word.startswith("ال"))
        if glued or accusative or (person_head(word) and rest) or other_head or after_definite:
            break
        if rest and not definite(rest[0]) and _DESCRIBING_VERB.match(word):
            return None  # "حزب عريض يمارس السياسة": an indefinite noun described, no name
        if not rest and head.endswith("ة") and word.endswith("ة") and not definite(word):
            return None  # "جمعية خيرية", "منظمة دولية": an adjective agreeing, no name
        rest.append(word)
    return " ".join([head, *rest]) if rest else None


# A present verb after an indefinite head and its adjective ("حزب عريض يمارس", "منظمة صغيرة
# تعمل"): the relative clause of a description, which names no one.
_DESCRIBING_VERB = re.compile(r"^[يت]\w{3,5}$")


def is_subject_head(word: str) -> bool:
    """A word that heads a subject of its own: a title, a person noun, an institution, or
    an honorific of a profession or rank ("المحامي", "القاضي", "الدكتور", "المدعي": "ورفض
    المحامي الحكم قائلا «…»" gave the judge quoted before the lawyer's words)."""
    whole = unprefixed(word)
    plain = whole.removeprefix("ال")
    return (
        plain in TITLES
        or plain in PERSON_NOUNS
        or plain in JOURNALISTS
        or plain in INSTITUTIONS
        or (len(whole) > 2 and (whole in HONORIFICS or plain in TITLE_STEMS))
    )


def person_head(word: str) -> bool:
    plain = word.removeprefix("ال")
    return word in HONORIFICS or word in TITLES or plain in TITLES or plain in PERSON_NOUNS


def ends_phrase(token: str) -> bool:
    return token.endswith(("،", ",", ":", "؛", "؟", "?", "!")) or (
        token.endswith(".") and not re.fullmatch(r"\S{1,3}\.", token)
    )


def is_adjunct_start(word: str, token: str) -> bool:
    """A prepositional or time adjunct that does not belong to a subject."""
    if word in LEADING_ADJUNCTS or word in SUBJECT_STOPS:
        return True
    if token.startswith(("لـ", "ل«", 'ل"', "ل“", "للصحف", "للصحاف", "للإعلام", "لوسائل")):
        return True
    if token[:2] in ("ل”", "ل’") or token.startswith(("ل\u201d", "ل'")):
        return True  # ل”يونايتد برس”: the mark may be a closing one
    return word.startswith("ل") and _addressee(word[1:])


def _addressee(noun: str) -> bool:
    """What "ل" marks as the one told, not a speaker: an outlet or agency ("لرويترز",
    "لـCNN"), a medium or an audience ("لإذاعة", "للصحفيين", "لجماهير")."""
    plain = noun[1:] if noun.startswith("ل") else noun  # "للإذاعة": ل + الإذاعة
    plain = plain.removeprefix("ال")
    if not ARABIC_LETTER.search(noun):
        return True
    if noun.startswith("ل") and noun.endswith("ين") and len(noun) > 5:
        return True  # "للاعبين", "للحاضرين": people told, in a sound plural
    if possessive(noun):
        return True  # "لجيرانها", "لزملائه": people of the subject's own, told
    if re.sub(r"(?:ه|ها|هم)$", "", noun) in ADDRESSEES:
        return True  # "لشعبه", "لجمهورها"
    return noun in OUTLETS or plain in OUTLETS or plain in ADDRESSEES
