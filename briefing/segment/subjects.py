"""The subject of a speech verb as the article writes it, after the verb ("قال وزير الصحة
نبيل فؤاد السالم"), before it ("الخارجية الروسية مضت موضحة"), or before a colon. A phrase
that is none of these (a preposition, a participle, a verb, an adverb) is no speaker:
`read_subject` returns None for it, which is what keeps a wrong name off the air.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.names import FIRST_NAMES, LISTED_NAMES
from briefing.segment.lexicon import (
    ADDRESSED,
    ADJUNCT_OPENERS,
    ANONYMOUS_HEADS,
    AUXILIARIES,
    BACK_REFERENCES,
    CALLED,
    COMPLEMENTIZERS,
    FUNCTION_WORDS,
    HONORIFICS,
    INSTITUTIONS,
    ISSUED_BY,
    LEADING_ADJUNCTS,
    NAME_LINKS,
    PERSON_NOUNS,
    QUOTE_MARKS,
    RELATIONAL,
    RELATIVE_PRONOUNS,
    SPEECH_NOUNS,
    SUBJECT_STOPS,
    TITLE_STEMS,
    TITLES,
    VERBAL_NOUNS,
    bare,
    complement_under_bi,
    unprefixed,
)
from briefing.segment.mentions import (
    MAX_SUBJECT_WORDS,
    Kind,
    Mention,
    classify,
    ends_phrase,
    is_adjunct_start,
    person_head,
    role_words,
)
from briefing.segment.person_names import MAX_NAME_WORDS, OBJECT_SHAPE, construct_noun, leading_name
from briefing.segment.word_classes import (
    definite,
    gender_of_name,
    is_circumstantial,
    is_manner,
    is_name_word,
    is_verb_word,
    known_noun,
    lam_imperfect,
    listed_name,
    possessive,
    time_noun_names,
)
from briefing.text import word_list

_MAX_SVO_WORDS = 6


_MAX_MANNER_WORDS = 2  # "بنبرة حازمة", "بصوت عال جدا": the adjectives after the noun


def _past_manner(tokens: list[str], index: int) -> int:
    """Past "بنبرة حازمة" / "بصوت منخفض": a manner noun and its indefinite adjectives."""
    index += 1
    for _ in range(_MAX_MANNER_WORDS):
        if index >= len(tokens) or ends_phrase(tokens[index - 1]):
            break
        word = bare(tokens[index])
        if not word or definite(word) or person_head(word) or known_noun(word):
            break
        if word in SUBJECT_STOPS or word in COMPLEMENTIZERS or is_verb_word(word):
            break
        if listed_name(word):
            break
        index += 1
    return index


_MAX_ADJUNCT_WORDS = 6  # "ردا على سؤال حول موعد المباراة المقبلة"


def _opens_adjunct(tokens: list[str], index: int) -> bool:
    """A compound preposition or an adverbial accusative ("بجانب", "إلى جانب", "برفقة",
    "ردا", "تعليقا", "إشارةً"): where, with whom or in answer to what one spoke."""
    word = unprefixed(bare(tokens[index]))
    if word in ("إلى", "الى"):
        return index + 1 < len(tokens) and bare(tokens[index + 1]) == "جانب"
    return word in ADJUNCT_OPENERS


def _past_adjunct(tokens: list[str], index: int) -> int:
    """Past such an adjunct and what it governs, up to the end of its phrase or a title
    that opens the subject after it ("وقال تعليقا على القرار وزير المالية فلان:")."""
    start = index
    index += 1
    while index < len(tokens) and index - start <= _MAX_ADJUNCT_WORDS:
        if ends_phrase(tokens[index - 1]) or any(m in tokens[index] for m in QUOTE_MARKS):
            break
        word = bare(tokens[index])
        if index - start > 1 and (word in HONORIFICS or word in TITLES):
            break
        index += 1
    return index


def in_adjunct(stretch: str) -> bool:
    """Whether what follows `stretch` still stands inside an adjunct that opens it: the
    name after "وقال بجانب زميله" is the colleague's, never the speaker's."""
    tokens = stretch.split()
    return bool(tokens) and _opens_adjunct(tokens, 0) and _past_adjunct(tokens, 0) >= len(tokens)


def _past_genitives(tokens: list[str], index: int) -> int:
    """Past the definite words that belong to an addressee ("لوكالة الأنباء الفرنسية"), up
    to a person's head, which is the subject ("للصحفيين الوزير …")."""
    while index < len(tokens):
        word = bare(tokens[index])
        if not definite(word) or person_head(word) or word in BACK_REFERENCES:
            break
        if any(mark in tokens[index] for mark in QUOTE_MARKS):
            break
        index += 1
        if ends_phrase(tokens[index - 1]):
            break
    return index


@dataclass(frozen=True)
class Subject:
    mention: Mention | None  # None: the clause names no subject (or one we cannot read)
    words: int  # tokens the subject (and the adjuncts before it) took
    tight: bool  # nothing but adjuncts, a complementizer or a colon follows it


def _cognate_accusative(words: list[str], following: list[str]) -> bool:
    """An indefinite accusative and its adjective right after the verb ("نفيا قاطعا",
    "رفضا تاما"): no listed name, both on the accusative's alef."""
    pair = [*words, *(bare(token) for token in following)][:2]
    if len(words) > 2 or len(pair) < 2:
        return False
    return all(len(word) > 2 and word.endswith("ا") and word not in LISTED_NAMES for word in pair)


def _time_noun_names(tokens: list[str], index: int) -> bool:
    following = bare(tokens[index + 1]) if index + 1 < len(tokens) else ""
    return not ends_phrase(tokens[index]) and time_noun_names(bare(tokens[index]), following)


def read_subject(text: str, female: bool | None = None) -> Subject:
    """The subject after a verb (Arabic VSO): leading adjuncts skipped ("قال لـ«عكاظ» خالد"),
    then words up to a comma, colon, preposition, complementizer, verb or quotation mark;
    a name in apposition after a title ("الناشط السياسي، غانم العابد،") is the name."""
    tokens = text.split()
    index = 0
    while index < len(tokens):
        word = bare(tokens[index])
        if any(mark in tokens[index] for mark in QUOTE_MARKS) and len(word) > 1 and index:
            break
        if not word:
            index += 1
            continue
        if is_manner(word) or is_circumstantial(word):
            index = _past_manner(tokens, index)  # "فقالت بنبرة حازمة:": how, then who
            continue
        if _opens_adjunct(tokens, index):
            index = _past_adjunct(tokens, index)  # "وقال بجانب زميله فلان:": with whom
            continue
        if word in ("ل", "لـ"):
            index += 2  # "لـ «المدينة»": the preposition and its outlet
            if index <= len(tokens) and not ends_phrase(tokens[index - 1]):
                index = _past_genitives(tokens, index)  # "لـ «الشرق الأوسط»" unmarked
            continue
        if (
            (word in LEADING_ADJUNCTS and not _time_noun_names(tokens, index))
            or _PRONOUN_PHRASE.match(word)
            or (word not in SUBJECT_STOPS and is_adjunct_start(word, tokens[index]))
        ):
            index += 1
            if word.startswith("ل") and not ends_phrase(tokens[index - 1]):
                index = _past_genitives(tokens, index)  # "للتلفزيون الرسمي", "لوكالة الأنباء"
            continue
        break
    words: list[str] = []
    start = index
    while index < len(tokens) and len(words) < MAX_SUBJECT_WORDS:
        token = tokens[index]
        word = bare(token)
        if words and token.startswith("("):
            break  # "أم أحمد (45 عاما)": an aside, no part of the name
        if any(mark in token for mark in QUOTE_MARKS) and not _quoted_name(token):
            break
        aged = word == "من" and words[-1:] in (["البالغ"], ["البالغة"])  # "… من العمر 35 عاما"
        stop = word in COMPLEMENTIZERS or word in SUBJECT_STOPS or is_verb_word(word)
        named = _time_noun_names(tokens, index)
        if stop and not aged and not named:
            break
        if unprefixed(word) in COMPLEMENTIZERS:
            break  # "بحسب مصدر سوري فإن …"
        if word in SPEECH_NOUNS or word in ADDRESSED or (words and is_manner(word)):
            break  # "وقال المدير بلهجة حادة:": the subject ends where how it spoke begins
        construct = bool(words) and not words[-1].startswith("ال") and words[-1] in TITLE_STEMS
        if words and is_circumstantial(word) and not construct:
            break  # "وقال فلان مخاطبا الحضور:": how he spoke, and to whom, is no name; but
            # after a title in construct the word is its genitive ("مدرب منتخبنا")
        if words and words[-1].startswith("ال") and complement_under_bi(word, words[-1]):
            break  # "وقال رئيس الجمهورية بالمناسبة:": on what occasion, not who
        general = word == "العام" and words[-1:] and words[-1].removeprefix("ال") in TITLE_STEMS
        if words and is_adjunct_start(word, token) and not (aged or general or named):
            break  # but "الأمين العام", "المدير العام" are titles, not a year
        if len(words) == 1 and words[0] in PERSON_NOUNS and token.startswith(("لل", "لـ")):
            break  # "وقالت سيدة للمنظمة": who was told
        if word:
            words.append(word)
        index += 1
        if ends_phrase(token):
            break
    if not words:
        return Subject(None, index, True)
    if _cognate_accusative(words, tokens[index : index + 1]):
        return Subject(None, 0, False)  # "ينفي نفيا قاطعا": how it was denied, not who
    mention = classify(words, female)
    if mention is not None and mention.kind is Kind.REFERENCE:
        end = _description_end(words)
        if end < len(words):  # "كشف المصدر الأمني هوية المنفذ": the object follows
            words, index = words[:end], start + end
            mention = classify(words, female)
    rest = tokens[index:]
    if mention is not None and mention.kind is Kind.DOCUMENT and rest and _issued(words, rest):
        issuer = _issuer_tokens(rest)  # "بيان صادر عن المجلس الأعلى للقضاء"
        mention = Mention(" ".join([*words, *issuer]), Kind.DOCUMENT, None, mention.female)
        return Subject(mention, index + len(issuer), True)
    if mention is not None and mention.kind is Kind.DOCUMENT and rest:
        genitive = _document_of(rest)
        if genitive:  # "الفصل 12 من القانون الأساسي", "المادة الثالثة من العقد"
            mention = Mention(" ".join([*words, *genitive]), Kind.DOCUMENT, None, mention.female)
            return Subject(mention, index + len(genitive), True)
    if mention is not None and mention.kind in (Kind.REFERENCE, Kind.DESCRIPTION) and rest:
        named = called(rest)
        if named is not None:  # "أحد السكان، ويدعى علي حسن:"
            run, used = named
            person = Mention(" ".join(run), Kind.PERSON, " ".join(words), mention.female)
            return Subject(person, index + used, True)
    if mention is not None and mention.kind in (Kind.REFERENCE, Kind.DESCRIPTION):
        titled = titled_further(words, rest)
        if titled is not None:
            role, run, used = titled
            return Subject(Mention(run, Kind.PERSON, role, mention.female), index + used, True)
    if mention is not None and mention.kind is Kind.DESCRIPTION and not definite(words[0]):
        tail = _description_tail(rest)
        if tail:  # "مسؤول في وزارة الداخلية:", "سيدة تبلغ من العمر 50 عاما:"
            mention = Mention(" ".join([*words, *tail]), Kind.DESCRIPTION, None, mention.female)
            after = rest[len(tail) :]
            named = called(after) if after else None
            if named is not None:  # "رجل من سكان الحي ويدعى علي حسن:"
                run, used = named
                person = Mention(" ".join(run), Kind.PERSON, mention.name, mention.female)
                return Subject(person, index + len(tail) + used, True)
            return Subject(mention, index + len(tail), True)
    # "القيادي في قوى التغيير، خالد عمر،": a nisba used as a title, its phrase, the name
    titled_nisba = mention is not None and mention.kind is Kind.SURNAME and len(words) == 1
    if mention is not None and (mention.kind in (Kind.REFERENCE, Kind.DESCRIPTION) or titled_nisba):
        comma = tokens[index - 1].endswith(("،", ","))
        adjunct = _adjunct_to_comma(rest) if not comma else []
        apposed = None
        if adjunct or (comma and not titled_nisba):
            apposed = _apposition(rest[len(adjunct) :])
        if apposed is not None:  # "مديرة المنظمة في البلاد، سلمى ناصر،"
            run, used = apposed
            role = " ".join([*words, *(bare(t) for t in adjunct)])
            return Subject(
                Mention(" ".join(run), Kind.PERSON, role, mention.female),
                index + len(adjunct) + used,
                True,
            )
    if (
        mention is not None
        and mention.kind is Kind.PERSON
        and tokens[index - 1].endswith(("،", ","))
        and _inner_title(mention.role)
    ):
        apposed = _apposition(rest)
        named = apposed is not None and (
            not apposed[0][0].startswith("ال") or apposed[0][0] in FIRST_NAMES
        )
        if apposed is not None and named:  # "مدير مكتب الرئيس السابق فلان، علان،": علان
            run, used = apposed
            role = f"{mention.role} {mention.name}"
            return Subject(Mention(" ".join(run), Kind.PERSON, role, None), index + used, True)
    if mention is not None and mention.kind is Kind.PERSON and tokens[index - 1].endswith("،"):
        if _age(rest):  # "عادل حسن، 67 عاما،": the age in apposition is read past
            index += 2
            rest = tokens[index:]
        role = _apposed_role(rest)
        if role:  # the role is read, so what follows it is what follows the subject
            mention = Mention(mention.name, mention.kind, role, mention.female)
            index += len(role.split())
            rest = tokens[index:]
    if mention is not None and mention.kind is Kind.PERSON:
        taken = len(mention.name.split()) + len((mention.role or "").split())
        if taken < len(words) and not tokens[index - 1].endswith(("،", ",")):
            index, rest = start + taken, tokens[start + taken :]  # "بلاتيني رئيس … ترشحه"
    tight = not rest or bare(rest[0]) in COMPLEMENTIZERS or rest[0][:1] in QUOTE_MARKS
    return Subject(mention, index, tight or tokens[index - 1].endswith(":"))


def _inner_title(role: str | None) -> bool:
    """A title inside a title phrase, after its head ("مدير مكتب الرئيس السابق"): the
    name right after the phrase may be that inner title's holder (the president's), and a
    name set off after it by commas is the speaker's (the governed man was read as him)."""
    words = (role or "").split()[1:]
    return any(w.removeprefix("ال") in TITLE_STEMS for w in words)


# A preposition with a pronoun right after the verb ("فرد عليه النائب", "وقال لهم المدرب"):
# the subject follows it.
_PRONOUN_PHRASE = re.compile(
    r"^(?:ل|عن|من|في|علي|إلي|ب|مع|عند|لدى|أمام)(?:ه|ها|هم|هما|هن|ي|ك|نا|كم)$"
)
_MAX_TAIL = 7
_AGED = frozenset(word_list("البالغ البالغة العمر"))  # "السيدة البالغة (من العمر) 35 عاما"


def _description_end(words: list[str]) -> int:
    """Where a definite description ends: at the first indefinite word after a definite
    one that is neither "باسم" nor a name ("المصدر الأمني | هوية المنفذ")."""
    anonymous = words[0].removeprefix("ال") in ANONYMOUS_HEADS
    for index in range(1, len(words)):
        before, word = words[index - 1], words[index]
        opens_object = not is_name_word(word) or construct_noun(words[index:], None)
        opens_object = opens_object and not word.startswith("ل")  # "التنفيذي | لشركة …"
        opens_object = opens_object and before not in _AGED  # "البالغة من العمر 35 عاما"
        opens_object = opens_object or anonymous  # "نفى المصدر | وجود قتلى", "المصدر | نفسه"
        if definite(before) and not definite(word) and word != "باسم" and opens_object:
            return index
        if before.startswith("ال") and word.startswith("ال") and word in INSTITUTIONS:
            return index  # "اتهم الحزب | الحكومة": another noun's head, the object
        if definite(before) and OBJECT_SHAPE.match(word):
            return index  # "أنهت المديرة | الاجتماع": a verbal noun, no adjective
        plural = word.startswith("ال") and word.endswith("ات") and not words[0].endswith("ات")
        if before.startswith("ال") and plural:
            return index  # "نفى الجيش النيجيري | الاتهامات": no adjective of a singular head
    return len(words)


def _issued(words: list[str], rest: list[str]) -> bool:
    """ "بيان صادر | عن …": a statement whose issuer follows a preposition."""
    return words[-1] in ISSUED_BY and bare(rest[0]) in ("عن", "من")


def _issuer_tokens(tokens: list[str]) -> list[str]:
    """ "عن المجلس الأعلى للقضاء": the preposition and the issuer's name."""
    return _prepositional(tokens, 7)


def _document_of(tokens: list[str]) -> list[str]:
    """ "من القانون الأساسي": the document a clause or article belongs to."""
    if len(tokens) < 2 or bare(tokens[0]) != "من" or not bare(tokens[1]).startswith("ال"):
        return []  # "من القانون …", not "من جهة أخرى"
    return _prepositional(tokens, 5)


def _prepositional(tokens: list[str], limit: int) -> list[str]:
    """A preposition and the noun phrase after it, to a comma, complementizer, colon, verb
    or quotation (empty when no noun follows)."""
    phrase = [bare(tokens[0])]
    for token in tokens[1:limit]:
        word = bare(token)
        if not word or word in SUBJECT_STOPS or word in COMPLEMENTIZERS or is_verb_word(word):
            break
        if any(mark in token for mark in QUOTE_MARKS):
            break
        phrase.append(word)
        if ends_phrase(token):
            break
    return phrase if len(phrase) > 1 else []


def _description_tail(tokens: list[str]) -> list[str]:
    """What an unnamed source's description runs on with up to its colon (or the verbal
    noun "قوله"): a prepositional phrase or a relative clause ("في وزارة الداخلية", "تبلغ
    من العمر 50 عاما"). Nothing when a quotation, a complementizer or a comma comes first."""
    tail: list[str] = []
    for position, token in enumerate(tokens[: _MAX_TAIL + 1]):
        word = bare(token)
        if word in VERBAL_NOUNS:
            return tail  # "عن مسؤول في الوزارة قوله"
        if not word and token.strip() == ":":
            return tail  # "سيدة تبلغ من العمر 30 عاما :": a space before the colon
        if token.startswith("("):
            return []  # "أم أحمد (45 عاما):": an aside
        if not tail and word in ("وهو", "وهي", "وهم"):
            return []  # "أم أحمد، وهي نازحة من …": a clause about her, not her description
        if not tail and (word in _VERB_ADJUNCTS or word in _TIME_WORDS):
            return []  # "إحدى المسعفات خلال جولتها …": when she spoke, not who she is
        if tail and tail[0] in SUBJECT_STOPS and word in CALLED:
            return tail  # "رجل من سكان الحي | ويدعى علي حسن": the name follows
        spoke_in = word == "في" and bare(" ".join(tokens[position + 1 : position + 2]))
        if tail and tail[0] in SUBJECT_STOPS and spoke_in in _STATEMENT_NOUNS:
            return tail  # "مسؤول في الوزارة | في تصريحات خاصة أدلى بها …": where he spoke
        if not tail and spoke_in in _STATEMENT_NOUNS:
            return []  # "عضو مجلس البلدية | في منشور على فيسبوك": where, not who
        if word in COMPLEMENTIZERS and tail and tail[0] in SUBJECT_STOPS:
            return tail  # "مسؤول رفيع في الوزارة بأن «…»"
        if not word or any(m in token for m in QUOTE_MARKS) or word in COMPLEMENTIZERS:
            return []
        if token.endswith(("،", ",", ".")) or len(tail) == _MAX_TAIL:
            return []
        if word in ("ل", "لـ") or (is_adjunct_start(word, token) and word not in SUBJECT_STOPS):
            break  # "شهود عيان لرويترز:": the outlet is no part of the description
        tail.append(word)
        if token.endswith(":"):
            return tail
    else:
        return tail if tokens and len(tail) == len(tokens) else []
    return tail if tail and tail[0] in SUBJECT_STOPS else []


_STATEMENT_NOUNS = frozenset(
    word_list(
        "تصريح تصريحات تصريحه حديث حديثه حديثها مقابلة لقاء بيان كلمة مؤتمر اتصال"
        " منشور منشوره منشورها تغريدة تغريدته تغريدتها تدوينة تدوينته تدوينتها"
    )
)
_TIME_WORDS = frozenset(word_list("قبيل يوم أمس اليوم مساء صباح ظهر فجر منذ"))
_MAX_CHAIN_TOKENS = 30
# Words that open an adjunct of the verb, not of a title: what follows them is no subject
# ("قال الوزير خلال لقائه الرئيس التونسي قيس سعيد:" is the minister speaking).
_VERB_ADJUNCTS = frozenset(word_list("خلال أثناء عقب بعد قبل أمام لدى عند حين مع إثر"))


def name_before_colon(stretch: str) -> Mention | None:
    """ "العضو في مجلس «الشركة»، رئيس مجلس الإدارة والرئيس التنفيذي لمجموعة الموانئ -
    المساهم الأكبر في المشروع - سامر داود": a long subject that runs through its titles to
    the colon, the name that closes it (two to four name words after a definite word, a
    comma, a dash or "فيها") is the speaker, and the title chain right before it the role.
    Nothing when the subject is not a title, or when a verb, a complementizer, a possessed
    noun or an adjunct of the verb (خلال، أمام، مع، بالرئيس) shows the words are not one
    subject."""
    tokens = stretch.split()[:_MAX_CHAIN_TOKENS]
    words = [bare(t) for t in tokens]
    head = unprefixed(words[0]).removeprefix("ال") if words else ""
    if head not in TITLE_STEMS and head not in PERSON_NOUNS and "ال" + head not in HONORIFICS:
        return None
    if head in RELATIONAL:
        return None  # "والدة الشهيد فلان:": his mother speaks, not he
    for word, token in zip(words, tokens, strict=True):
        if _adjunct_of_verb(word) or word in COMPLEMENTIZERS or token.endswith("."):
            return None
    for size in (4, 3, 2):
        run = words[-size:]
        if len(words) <= size or leading_name(run) != run or construct_noun(run, None):
            continue
        before, token = words[-size - 1], tokens[-size - 1]
        if not (
            not before
            or token.endswith(("،", ","))
            or definite(before)
            or before in (FUNCTION_WORDS)
        ):
            continue
        role = _chain_role(tokens[:-size])
        return Mention(" ".join(run), Kind.PERSON, role, gender_of_name(run))
    return None


def _adjunct_of_verb(word: str) -> bool:
    """A word that shows the verb's adjunct, not its subject's title: خلال، مع، a verb, a
    noun with a pronoun ("لقائه", "نظيره"), ب on a definite noun ("بالرئيس")."""
    if word in _VERB_ADJUNCTS or word.startswith(("بال", "بـ")) or is_verb_word(word):
        return True
    return possessive(word) and word not in FUNCTION_WORDS


def _chain_role(tokens: list[str]) -> str | None:
    """The title right before a name at the end of a chain: its last comma-separated part,
    less an aside set off by dashes ("رئيس مجلس الإدارة … لمجموعة الموانئ")."""
    text = re.sub(r"\s[-–—]\s[^-–—]*\s[-–—](?=\s|$)", " ", " " + " ".join(tokens) + " ")
    part = re.split(r"[،,]", text.strip(" -–—"))[-1]
    words = [bare(w) for w in part.split() if bare(w)]
    return role_words(words) if words else None


def titled_further(words: list[str], tokens: list[str]) -> tuple[str, str, int] | None:
    """ "أستاذة الاقتصاد في الجامعة الوطنية الدكتورة ريم النجار": a title that runs on
    through a prepositional phrase to an honorific and a name → (role, name, tokens used)."""
    role = list(words)
    for used, token in enumerate(tokens[:10], start=1):
        word = bare(token)
        if any(mark in token for mark in QUOTE_MARKS) or word in COMPLEMENTIZERS:
            return None
        if _adjunct_of_verb(word):
            return None  # "الوزير خلال لقائه الرئيس … قيس سعيد": the verb's adjunct
        if is_verb_word(word) or (ends_phrase(token) and word not in HONORIFICS):
            return None
        if word in FUNCTION_WORDS or word in RELATIVE_PRONOUNS:
            # "المقدم لها من النائب فلان": a participle and its object, no title; "المدرب
            # الذي سيجدد عقده …": a clause about him (its words were read as his name)
            return None
        role.append(word)
        after = tokens[used : used + MAX_NAME_WORDS]
        if word in HONORIFICS:
            run = leading_name([bare(t) for t in after])
            if len(run) >= 2:
                return " ".join(role), " ".join(run), used + len(run)
            return None
        if definite(word) and (
            role[0] in TITLES or role[0] in HONORIFICS or role[0] in BACK_REFERENCES
        ):
            run = _name_at_boundary(after)  # "النائب عن حزب الأمة محمد ولد عبد الله:"
            if run:
                return " ".join(role), " ".join(run), used + len(run)
    return None


def _name_at_boundary(tokens: list[str]) -> list[str]:
    """A name of two to four words that ends the clause: a colon, comma, complementizer or
    quotation follows it, or nothing does. Nothing else shows a name no list knows."""
    words = [bare(t) for t in tokens]
    run = leading_name(words)
    if not 2 <= len(run) <= 4 or construct_noun(run, None):
        return []
    last, rest = tokens[len(run) - 1], tokens[len(run) :]
    ends = last.endswith((":", "،", ",")) or not rest
    ends = ends or bare(rest[0]) in COMPLEMENTIZERS or rest[0][:1] in QUOTE_MARKS
    ends = ends or bare(rest[0]).startswith("ال")  # "… عبد الله بوانو | الخطة": its object
    return run if ends else []


def _quoted_name(token: str) -> bool:
    """A name in marks inside a subject ('وأردف "الغامدي":') reads as the name."""
    inner = token.strip('«»“”":،,')
    return bool(inner) and token.count('"') + token.count("«") + token.count("»") >= 2


def trim_name(run: list[str]) -> list[str]:
    """A name run found with no title before it, cut before a third word that shows
    nothing of a name ("سامر داود | أجرى مكالمات": a verb no list knows); a surname in ال,
    a listed name or a link's noun go on ("محمد علي الشمري", "علي حسن عبد الله")."""
    for index in range(2, len(run)):
        word = run[index]
        if not (word.startswith("ال") or listed_name(word) or NAME_LINKS & {word, run[index - 1]}):
            return run[:index]
    return run


def called(tokens: list[str]) -> tuple[list[str], int] | None:
    """ "ويدعى علي حسن": the name a description goes on to give → (name, tokens used)."""
    if bare(tokens[0]) not in CALLED:
        return None
    words: list[str] = []
    for token in tokens[1 : 1 + MAX_NAME_WORDS]:
        if any(mark in token for mark in QUOTE_MARKS):
            break
        words.append(bare(token))
        if ends_phrase(token):
            break
    run = trim_name(leading_name(words))
    if len(run) >= 2 or (run and run[0] in FIRST_NAMES):
        return run, 1 + len(run)
    return None


def _apposition(tokens: list[str]) -> tuple[list[str], int] | None:
    """A name right after a title and its comma: "، غانم العابد،"."""
    words: list[str] = []
    for used, token in enumerate(tokens[:MAX_NAME_WORDS], start=1):
        word = bare(token)
        if not is_name_word(word, last=True):
            return None
        words.append(word)
        if ends_phrase(token) or (
            used < len(tokens) and is_adjunct_start(bare(tokens[used]), tokens[used])
        ):
            return (words, used) if len(words) >= 2 else None
    return None


def _adjunct_to_comma(tokens: list[str]) -> list[str]:
    """ "في البلاد،": a short prepositional phrase that ends on a comma, after a title."""
    if not tokens or bare(tokens[0]) not in SUBJECT_STOPS:
        return []
    for used, token in enumerate(tokens[:5], start=1):
        word = bare(token)
        if not word or any(mark in token for mark in QUOTE_MARKS) or is_verb_word(word):
            return []
        if word in COMPLEMENTIZERS or token.endswith((".", ":")):
            return []
        if token.endswith(("،", ",")):
            return tokens[:used]
    return []


def _age(tokens: list[str]) -> bool:
    """ "67 عاما،": an age set off by commas."""
    return (
        len(tokens) >= 2
        and bare(tokens[0]).isdigit()
        and bare(tokens[1]) in ("عاما", "عامًا", "سنة", "عام")
        and tokens[1].endswith(("،", ","))
    )


def _apposed_role(tokens: list[str]) -> str | None:
    """ "غزوان حامد، عضو لجنة الأمن …،": the title in apposition after a name."""
    words: list[str] = []
    for token in tokens[:MAX_SUBJECT_WORDS]:
        word = bare(token)
        if not word or any(mark in token for mark in QUOTE_MARKS):
            return None
        words.append(word)
        if token.endswith(("،", ",")):
            break
    else:
        return None
    head = words[0].removeprefix("ال") if words else ""
    return role_words(words) if head in TITLES or "ال" + head in TITLES else None


def read_subject_before(
    clause: str, female: bool | None = None, colon: bool = False
) -> Mention | None:
    """The subject standing before its verb (SVO): "الخارجية الروسية مضت موضحة",
    "تشونج الذي تابع:", "فهد شقيق الشهيد قال:"; with `colon`, the head of "فلان: «…»",
    where what follows the subject is how or where it spoke ("الوزير عبر «تويتر»:")."""
    words = [bare(w) for w in clause.split()]
    words = [w for w in words if w]
    for relative in ("الذي", "التي"):
        if relative in words:
            words = words[: words.index(relative)]
    while words and (words[-1] in AUXILIARIES or unprefixed(words[-1]) in AUXILIARIES):
        words.pop()
    while len(words) > 1 and is_adjunct_start(words[-1], words[-1]):
        words.pop()  # "الوزير للصحفيين:": the addressees are no part of the subject
    if "ل" in words[1:]:  # "مصدر لـ«الشروق»:" with the outlet's marks read as words
        words = words[: words.index("ل", 1)]
    # "رئيس النادي لجماهيره:", "مدرب المنتخب لجماهير ناديه:": the addressee and what it
    # governs are no part of the subject that stands before them
    told = [i for i, w in enumerate(words) if i and w[:1] == "ل" and is_adjunct_start(w, w)]
    if told:
        words = words[: told[0]]
    # "الوزير عبر «تويتر»:", "مدرب الهلال في حوار مع «…»:": the subject, then how or where
    aside = [i for i, w in enumerate(words) if i and w in _ASIDE_PREPOSITIONS]
    if aside and colon:
        words = words[: aside[0]]
    topic = re.match(r"^(?:[وف]?أما)\s+([^،,]+)[،,]", " ".join(words))
    if topic:  # "أما الائتلاف، فقد دعا …": the topic is the subject
        words = topic.group(1).split()
    while words and (words[0] in _CLAUSE_OPENERS or unprefixed(words[0]) in _AUX_OPENERS):
        words.pop(0)
    if len(words) > 2 and lam_imperfect(words[0]):
        words.pop(0)  # "…، ليقاطع سامي فؤاد ويرد:": the verb, then the subject of both
    if not words or len(words) > _MAX_SVO_WORDS:
        return None
    if any(
        w in SUBJECT_STOPS
        or unprefixed(w) in SUBJECT_STOPS
        or w in COMPLEMENTIZERS
        or is_verb_word(w)
        for w in words
    ):
        return None
    words[0] = unprefixed(words[0]) if words[0][:1] in "وف" and len(words) > 1 else words[0]
    if colon and _labelled(words):
        words = words[2:]  # "أخبار النادي مدرب الفريق:": a section's label, then who speaks
    separators = [i for i, w in enumerate(words) if w in _SEPARATORS]
    if colon and separators:
        words = words[separators[-1] + 1 :]  # "أخبار النادي | مدرب الفريق:": the same
        if not words:
            return None
    mention = classify(words, female)
    if mention is not None and mention.kind is Kind.PERSON and len(words) > 1:
        # "فهد شقيق الشهيد": a first name and the relation that describes him
        run = leading_name(words)
        titled = 2 <= len(run) < len(words) and words[len(run)].removeprefix("ال") in TITLE_STEMS
        if titled:  # "سامر داود لاعب الفريق قال": a name and its title in apposition
            return Mention(
                " ".join(run), Kind.PERSON, role_words(words[len(run) :]), mention.female
            )
        if run and len(run) < len(words):
            return Mention(" ".join(words), Kind.DESCRIPTION, None, mention.female)
    if mention is None and len(words) >= 2:
        run = leading_name(words)
        if run and len(run) < len(words) and words[len(run)].removeprefix("ال") in _PERSON_OR_TITLE:
            return Mention(" ".join(words), Kind.DESCRIPTION, None, female)
    return mention


_PERSON_OR_TITLE = PERSON_NOUNS | TITLES


_SEPARATORS = frozenset(("|", "-", "–", "—", "/", "»", "::"))


def _labelled(words: list[str]) -> bool:
    """A colon head that opens on a label, a noun and its definite genitive that name no
    one ("أخبار النادي", "متابعات الدوري"), then a title: "أخبار النادي مدرب الفريق"."""
    if len(words) < 4 or words[0].startswith("ال") or not words[1].startswith("ال"):
        return False
    first = words[0]
    if first in NAME_LINKS or first in FIRST_NAMES or person_head(first) or known_noun(first):
        return False
    return words[2].removeprefix("ال") in TITLE_STEMS and not words[2].startswith("ال")


_AUX_OPENERS = frozenset(("كان", "كانت", "قد", "لقد"))
_ASIDE_PREPOSITIONS = frozenset(word_list("في عبر مع خلال أمام لدى أثناء عقب بعد"))
_CLAUSE_OPENERS = frozenset(
    word_list(
        "و ف ثم إذ اذ كما فيما بينما لكن غير بل حيث كذلك وكذلك من جهته جهتها جانبه جانبها قد"
        " وقد فقد لقد"
    )
)
