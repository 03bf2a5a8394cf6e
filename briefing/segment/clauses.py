"""The clause-structure predicates the attributor asks: where a sentence or clause ends,
what stands between a verb, its subject and its quote (adjuncts, appositions, a complement),
the subject read before a verb, and what a mention or entity is (a group, an outlet, a gender)."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.segment.lexicon import (
    ADDRESSEES,
    AUXILIARIES,
    COMPLEMENTIZERS,
    COMPOUND_LINKS,
    EMPHATICS,
    HONORIFICS,
    OUTLETS,
    PERSON_GROUPS,
    PERSON_HEADS,
    PERSON_NOUNS,
    PLURAL_SAYING,
    RELATIVE_PRONOUNS,
    RELAY_WORDS,
    RELAYED_NOUNS,
    SAYING_NOUNS,
    SPEECH_VERBS,
    STATEMENT_FORMS,
    STATEMENTS,
    SUBJECT_STOPS,
    TITLE_STEMS,
    bare,
    is_title,
    opens_as_clause,
    unprefixed,
    whole_word,
)
from briefing.segment.marks import Span
from briefing.segment.mentions import Kind, Mention, classify, is_subject_head
from briefing.segment.registry import Entity, compatible
from briefing.segment.speech_verbs import Verb, verb_form
from briefing.segment.subjects import read_subject, read_subject_before
from briefing.segment.word_classes import is_name_word, is_verb_word, possessed_by_pronoun


def relayed_source(
    between: str, used: int, verb: Verb, subject: Mention | None
) -> tuple[Mention, int] | None:
    """ "وذكرت الوكالة نقلا عن مصادر حكومية أن", "ونقل الموقع عن مهندسين في المصنع أن":
    the source after عن (the outlet is only the channel) and the tokens read through it;
    None when nothing relays or the source names no one that speaks."""
    tokens = between.split()
    if used and bare(tokens[used - 1]) in RELAY_WORDS:
        used -= 1  # the subject's reading ran on to "نقلا"
    rest = [bare(t) for t in tokens[used:]]
    skip = 2 if rest[:2] and rest[0] in RELAY_WORDS and rest[1:2] == ["عن"] else 0
    outlet = subject is not None and subject.kind is Kind.ORGANISATION
    if skip and not (outlet and subject.name.split()[0] in REPORTERS):
        return None  # "وقالت الوزيرة، نقلا عن تقرير رسمي، إن": she speaks, citing it
    if not skip and verb.relay and rest[:1] == ["عن"]:
        skip = 1
    if not skip:
        return None
    source = read_subject(" ".join(tokens[used + skip :]), verb.female)
    mention = source.mention
    if mention is None or mention.kind is Kind.SURNAME or possessed_by_pronoun(mention.name):
        return None
    if mention.kind is Kind.REFERENCE and not is_subject_head(mention.name.split()[0]):
        return None
    if _stance_relayed(tokens[used + skip + source.words :]):
        return None
    return mention, used + skip + source.words


def _stance_relayed(rest: list[str]) -> bool:
    """ "ونقل الوزير عن أعضاء الوفود الذين التقاهم تفهمهم بأن «…»": what the relayer
    reports is their stance (a noun with their pronoun before the complementizer), in the
    relayer's words: the source after عن said none of it ("قوله إن", "أن" say it)."""
    words = [bare(w) for w in rest]
    ends = [i for i, w in enumerate(words) if w in COMPLEMENTIZERS]
    if not ends or ends[0] == 0:
        return False
    before = words[ends[0] - 1]
    after_relative = ends[0] > 1 and words[ends[0] - 2] in ("الذي", "التي", "الذين", "اللذين")
    if before in SAYING_NOUNS or before in RELAYED_NOUNS or after_relative:
        return False
    return len(before) > 4 and before.endswith(("هم", "ها", "هما", "هن", "ه"))


_ONE_OF_THEM = {"أحدهم": "أحد", "أحدهن": "إحدى", "إحداهن": "إحدى", "إحداهم": "إحدى"}


def in_as_aside(text: str, verb: Verb) -> bool:
    """Whether the verb opens an "as …" aside inside a sentence ("…»، كما ذكرت الوكالة",
    "وفق ما أفاد"); at a sentence's start "كما عبر الوزير" is "the minister also said"."""
    words = last_sentence(text[: verb.start]).split()
    before = [bare(w) for w in words[-2:]]
    if opens_as_clause(before[-1:]):
        return len(words) > 1
    return opens_as_clause(before) and len(words) > 2


def on_the_tongue_of(stretch: str, female: bool | None) -> Mention | None:
    """ "وجاء في البيان على لسان المديرة فلانة:", "ونقلت الصحيفة على لسان الوزير أن": the
    one whose tongue spoke, never the document or the outlet that carries the words."""
    words = stretch.split()
    for index in range(len(words) - 1):
        if unprefixed(bare(words[index])) == "على" and bare(words[index + 1]) == "لسان":
            return read_subject(" ".join(words[index + 2 :]), female).mention
    return None


def one_of_them(text: str, verb: Verb, quote_start: int) -> Mention | None:
    """ "وتجمع أهالي الحي أمام البلدية، وهتف أحدهم «…»": one of the group the sentence
    named just before (a plural person noun and its genitive): "أحد أهالي الحي"."""
    tokens = text[verb.end : quote_start].split()
    if len(tokens) != 1 or bare(tokens[0]) not in _ONE_OF_THEM:
        return None
    sentence = last_sentence(text[: verb.start])
    words = [bare(w) for w in sentence.split()]
    groups = [i for i, w in enumerate(words) if unprefixed(w).removeprefix("ال") in PERSON_GROUPS]
    if len(groups) != 1:
        return None  # none, or two groups it could be one of
    phrase = [words[groups[0]]]
    for word in words[groups[0] + 1 : groups[0] + 3]:
        if not word.startswith("ال") or word in SUBJECT_STOPS:
            break
        phrase.append(word)  # "أهالي الحي", "سكان المدينة"
    one = _ONE_OF_THEM[bare(tokens[0])]
    return Mention(f"{one} {' '.join(phrase)}", Kind.DESCRIPTION, None, one == "إحدى")


def asker_and_asked(mention: Mention) -> tuple[Mention, Mention] | None:
    """ "سألت مذيعة الوزيرة هدى سالم": after an asking verb, an interviewer's noun and then
    a definite title with its name are two people, who asks and who is asked (no one is the
    minister's anchor)."""
    two = _two_people(mention)
    if two is not None:
        return two
    role = (mention.role or "").split()
    if mention.kind is not Kind.PERSON or len(role) < 2:
        return None
    asker, title = role[0], role[1]
    if asker.removesuffix("ة") not in _ASKERS:
        return None  # "مستشار الرئيس سامر داود" is the president's adviser: one person
    if not title.startswith("ال") or title.removeprefix("ال") not in TITLE_STEMS:
        return None
    asked = Mention(mention.name, Kind.PERSON, " ".join(role[1:]), mention.female)
    return Mention(asker, Kind.DESCRIPTION, None, asker.endswith("ة")), asked


def _two_people(mention: Mention) -> tuple[Mention, Mention] | None:
    """ "وسأل القاضي المتهم فلان", "وسأل رئيس المحكمة الشاهد": after an asking verb, a
    definite person noun right after a definite title opens a second person, the one
    asked (an adjective or a genitive never is one: "رئيس الوزراء الإسرائيلي")."""
    if mention.kind is Kind.PERSON:
        words = (mention.role or "").split()
    elif mention.kind in (Kind.REFERENCE, Kind.DESCRIPTION):
        words = mention.name.split()
    else:
        return None
    for index in range(1, len(words)):
        word, before = words[index], words[index - 1]
        if not (word.startswith("ال") and before.startswith("ال")):
            continue
        stem = word.removeprefix("ال")
        if stem in PERSON_NOUNS or stem in TITLE_STEMS or word in HONORIFICS:
            asker = " ".join(words[:index])
            asked_words = words[index:]
            if mention.kind is Kind.PERSON:
                asked = Mention(mention.name, Kind.PERSON, " ".join(asked_words), mention.female)
            else:
                asked = Mention(" ".join(asked_words), mention.kind, None, mention.female)
            return Mention(asker, Kind.REFERENCE, None, None), asked
    return None


# Those whose job is to ask: before a titled name, after سأل, they ask that person.
_ASKERS = frozenset(("مذيع", "صحفي", "صحافي", "مراسل", "محاور", "مقدم", "إعلامي"))
_MAX_COMPLEMENT_WORDS = 6  # "إن دول الحلف الأطلسي «…»": the clause's subject, then the quote


def without_lam(phrase: str) -> str:
    """ "للمتحدث باسم الشرطة" → "المتحدث باسم الشرطة", "لوزارة الصحة" → "وزارة الصحة"
    (after وفقا)."""
    if phrase.startswith("لل"):
        return "ال" + phrase[2:]
    return phrase[1:] if phrase.startswith(("ل", "لـ")) else phrase


def group(entity: Entity) -> bool:
    """A group of unnamed people ("مسؤولين سعوديين", "سكان")."""
    return (
        entity.kind is Kind.DESCRIPTION and bool(entity.words) and entity.words[0] in PERSON_GROUPS
    )


# Heads of an outlet's name: what it reports others said.
REPORTERS = OUTLETS | frozenset(("جريدة", "مجلة", "إذاعة", "تلفزيون", "شبكة", "صحف", "وسائل"))


def reports(entity: Entity) -> bool:
    """An outlet or a report: it tells of what others said ("الصحيفة", "وكالة رويترز",
    "التقرير")."""
    if entity.kind is Kind.DOCUMENT:
        return True
    head = entity.words[0].removeprefix("ال") if entity.words else ""
    return entity.kind is Kind.ORGANISATION and head in REPORTERS


def person_of_gender(word: str, female: bool | None) -> bool:
    """A title or person noun ("مسؤولا", "الوزيرة") that a verb of this gender can have as
    its subject."""
    plain = unprefixed(word).removeprefix("ال")
    if plain.endswith("ا") and plain[:-1] in PERSON_HEADS:
        plain = plain[:-1]  # "مسؤولا": accusative after أن
    if plain not in PERSON_HEADS:
        return False
    return female is None or plain.endswith("ة") == female


def complement_of(verb: Verb, text: str, span: Span) -> bool:
    """A fragment in the clause the verb's own subject says: "قالت متحدثة باسم الحلف إن
    دول الحلف «…»", "وشدد الائتلاف على «…»" — the subject's words, however long it is."""
    if verb.subject is None or verb.subject_words is None:
        return False
    rest = [bare(w) for w in text[verb.end : span.start].split()][verb.subject_words :]
    rest = [w for w in rest if w]
    if rest and set_off_to_complement(rest):
        return True  # "قال فلان وزير النقل في الحكومة، صباح اليوم، إن «…»"
    if rest and _adjunct_then_clause(rest):
        return True  # "قال فلان الأحد إن أزمة الكهرباء «هي …»"
    if not rest or len(rest) > _MAX_COMPLEMENT_WORDS:
        return False
    return rest[0] in COMPLEMENTIZERS or (len(rest) == 1 and rest[0] in _ON_TO)


_MAX_DESCRIBED_WORDS = 14  # "وصف الأنباء المتداولة حول توقف حركة القطارات … بأنها «…»"


def described_as(verb: Verb, stretch: str) -> bool:
    """A label after "وصف X بأنها" / "بـ" is the describer's word, however long the thing
    described ("فلان، وصف الأنباء المتداولة حول … بأنها «شائعات»", R1's W3)."""
    words = [bare(w) for w in stretch.split()]
    if unprefixed(bare(verb.word)) not in _DESCRIBING or not words:
        return False
    return len(words) <= _MAX_DESCRIBED_WORDS and words[-1] in ("بأنها", "بأنه", "بأنهم", "ب", "بـ")


_MAX_ADJUNCT_BEFORE_CLAUSE = 3  # "الأحد", "مساء أمس", "في كلمته اليوم"


def _adjunct_then_clause(rest: list[str]) -> bool:
    """ "الأحد إن أزمة الكهرباء «…»": a short adjunct of the verb, then its complementizer
    and the clause's subject; no verb, speech verb or person inside the clause (a person
    there may be the one who speaks: "أن الوزير افتتح «…»")."""
    ends = [i for i, w in enumerate(rest) if w in COMPLEMENTIZERS]
    if not ends or not 0 < ends[0] <= _MAX_ADJUNCT_BEFORE_CLAUSE:
        return False
    adjunct, clause = rest[: ends[0]], rest[ends[0] + 1 :]
    if not clause or len(clause) > _MAX_COMPLEMENT_WORDS - 1 or len(ends) > 1:
        return False
    if any(is_verb_word(w) or verb_form(w) or is_title(w) for w in adjunct):
        return False
    return not any(
        is_verb_word(w) or verb_form(w) or w in PERSON_HEADS or w in PERSON_GROUPS
        or is_subject_head(w)
        for w in clause
    )  # fmt: skip


_ON_TO = frozenset(("على", "إلى", "الى"))  # "وشدد الائتلاف على «…»": the verb's own preposition
_MAX_OWN_COMPLEMENT_WORDS = 20


def own_complement(stretch: str) -> bool:
    """ "دعا في بيان له كافة الكتائب والفصائل المقاتلة في الشمال إلى «…»": however far the
    quote stands from its verb, it is the verb's own complement when only its adjuncts and
    object come between: no sentence end, no clause of its own (a complementizer), no other
    speech verb, no quotation."""
    words = stretch.split()
    if not words or len(words) > _MAX_OWN_COMPLEMENT_WORDS or re.search(r"[.!؟:«»“”\"]", stretch):
        return False
    plain = [bare(w) for w in words]
    if any(
        w in COMPLEMENTIZERS or w in _NEW_CLAUSE or verb_form(w) or is_verb_word(w) for w in plain
    ):
        return False
    people = (w for w in plain[1:] if w in PERSON_HEADS or w in PERSON_GROUPS)
    return not any(w not in words[:1] for w in people)


def past_subject_own(verb: Verb, stretch: str) -> bool:
    """ "وقال وزير الاقتصاد كريم سليم مساء اليوم أمام مؤتمر حول الصناعة «…»": past its
    subject only the verb's adjuncts, so the quote is the verb's, however long they run.
    A title right after the subject may open someone else's phrase, not an apposition
    (measured: the one such case on sets A-H was a wrong speaker)."""
    if verb.subject is None or not verb.subject_words:
        return False
    rest = stretch.split()[verb.subject_words :]
    if not rest or is_title(bare(rest[0])):
        return False
    return own_complement(" ".join(rest))


# Words that open a clause of someone else ("ثم رفع المحتجون …", "بينما قال …").
_TOPIC = re.compile(
    r"(?:^|[.!؟]\s+|\n)[وف]?أما\s+([^،,.:!؟«»“”\"]+?)(?:[،,]\s*(?:ف|فقد|فإن)?|\s+فقد|\s+ف)?\s*$"
)
_NEW_CLAUSE = frozenset(("ثم", "بينما", "فيما", "حين", "عندما", "لكن", "بعدما", "حيث", "إذ"))


# An apposition and adjuncts run to 24 words ("، خلال مؤتمر صحفي عقده مساء الاثنين في مقر
# الوزارة بحضور …، إن"); at 14 such a quote was a partial with no speaker (kind 11). With no
# verb, complementizer or second subject in the stretch, nothing else can say the clause;
# corpus unchanged at 24.
_MAX_SET_OFF_WORDS = 24


def set_off_to_complement(rest: list[str]) -> bool:
    """What stands between a subject and its "إن" / "أن" is only its apposition and the
    verb's adjuncts ("وزير النقل في الحكومة المحلية، صباح اليوم، إن", "قبيل سفره إلى الرباط
    أن"): no verb, no other complementizer, no quotation; then the subject says the clause."""
    if len(rest) > _MAX_SET_OFF_WORDS or rest[-1] not in COMPLEMENTIZERS:
        return False
    inner = rest[:-1]
    if inner[-1:] and inner[-1] in _ON_TO:
        inner = inner[:-1]
    if any(w in COMPLEMENTIZERS or is_verb_word(w) or verb_form(w) for w in inner):
        return False
    # "سامر داود والوزيرة هدى سالم … إن": two subjects say it, not the first alone
    return not any(w[:1] == "و" and unprefixed(w) != w and is_subject_head(w) for w in inner)


def own_subject(between: str) -> bool:
    """The verb names a subject of its own that could not be read as a source: a noun
    with a pronoun ("مصادرها") or a title or institution heading it."""
    words = [bare(w) for w in between.split() if bare(w)]
    first = words[0] if words else ""
    return bool(first) and (possessed_by_pronoun(first) or is_subject_head(first))


def same_speaker(words: list[str]) -> bool:
    """ "المتحدث نفسه", "المتحدثة ذاتها": the one speaking, the same as before — the last
    source, whatever the article called them."""
    return len(words) == 2 and words[0] in ("المتحدث", "المتحدثة") and words[1] in EMPHATICS


def relayed(verb: Verb) -> bool:
    """ "قوله", "تأكيدها": a verbal noun whose pronoun is the source named before it."""
    return unprefixed(bare(verb.word)) in RELAYED_NOUNS


def speaks_in(text: str) -> bool:
    """Whether the last sentence of a text has a speech verb or participle."""
    sentence = last_sentence(text)
    return any(verb_form(bare(w)) is not None for w in sentence.split())


# a sentence's stop, not an initial's ("د. فلان", "م. فلانة": the 'د' is no subject)
NOT_INITIAL = r"(?<!^\S)(?<!\s\S)"
_SENTENCE_END = re.compile(NOT_INITIAL + r"[.!؟]\s")


def last_sentence(text: str) -> str:
    """The sentence a text ends in: what follows its last sentence end."""
    return _SENTENCE_END.split(text)[-1]


# "، بينما", "، فيما", "، في حين", "، وفي المقابل،" after a clause: one with a subject of its
# own (not "فيما يخص", regarding; a clause of contrast that opens a sentence is subordinate
# to the main clause after it)
_CONTRAST = re.compile(r"[،,]\s*و?(?:بينما|فيما(?!\s+(?:يخص|يتعلق|يتصل))|في حين|في المقابل)[،,]?\s")


_OPENING_CONTRAST = re.compile(r"^\s*و?(?:بينما|فيما(?!\s+(?:يخص|يتعلق|يتصل))|في حين)\s")


def last_clause(text: str) -> str:
    """The sentence a text ends in, from its last clause of contrast if it has one (the
    court ordered …, whereas the prosecutor asked …, saying: the prosecutor's), or from
    the main clause after an opening one ("وفيما أكدت الحكومة …، شكك فلان …")."""
    sentence = last_sentence(text)
    found = list(_CONTRAST.finditer(sentence))
    if found:
        return sentence[found[-1].end() :]
    comma = re.search(r"[،,]\s", sentence) if _OPENING_CONTRAST.match(sentence) else None
    return sentence[comma.end() :] if comma else sentence


def clause_end(text: str, position: int) -> int:
    """Where the clause that runs on from `position` ends: at its sentence's end, a clause
    of contrast after it, or the comma that closes an opening clause of contrast it is in
    (another subject speaks after either)."""
    end = re.search(_SENTENCE_END.pattern + "|$", text[position:])
    ends = position + (end.start() if end else 0)
    contrast = _CONTRAST.search(text, position, ends)
    if contrast is not None:
        return contrast.start()
    start = max(text.rfind(mark, 0, position) for mark in (".", "!", "؟")) + 1
    if _OPENING_CONTRAST.match(text[start:position]):
        comma = re.search(r"[،,]\s", text[position:ends])
        return position + comma.start() if comma else ends
    return ends


_ANSWERED = re.compile(
    r"(?<!\S)(?:على|عن)\s+(?:تصريحات|اتهامات|انتقادات|ادعاءات|مزاعم|أقوال|وصف|دعوات)"
    r"\s+(?P<owner>[^«»“”\"]+)$"
)
_ANSWERING = COMPLEMENTIZERS | frozenset(("بالقول", "قائلا", "قائلة", "بقوله", "بقولها"))


def answered_owner(stretch: str) -> tuple[Mention | None, int] | None:
    """A quote inside the words a verb answers ("رد الوزير على تصريحات زعيم المعارضة فلان،
    بشأن اعتبار الخطة «هدية»", R1's W2) is the owner's of those words, or no one's when the
    owner names no one; the reply's own subject never. None when the stretch answers nothing
    or the reply's own words follow ("… على انتقادات فلان بأن «…»", "…، قائلا «…»")."""
    found = _ANSWERED.search(stretch)
    if found is None:
        return None
    rest = found.group("owner")
    if any(bare(w) in _ANSWERING for w in rest.split()) or ":" in rest:
        return None
    return read_subject(rest).mention, len(stretch.split())


_ASIDE = re.compile(r"^\s*[-–—][^-–—«»“”\"]+[-–—]\s*")


def without_aside(stretch: str) -> str:
    """The words between a verb and its quote without an aside set off by dashes right
    after the verb ("وأضاف -أثناء اجتماعه … في جولة …- «…»", R1's N7): it puts no distance
    between them."""
    return _ASIDE.sub(" ", stretch, count=1)


def plural_saying(lead: str) -> bool:
    """Whether the quote's own words are a group's: its sentence ends on a plural participle
    of speech ("هتف المحتجون …، قائلين إن «…»"), so a clause after the quote ("وفق ما روى
    أحد الحاضرين") names who told of it, not who said it (R1's W1)."""
    words = [unprefixed(bare(w)) for w in lead.split()[-3:]]
    return any(w in PLURAL_SAYING for w in words)


def is_question(text: str) -> bool:
    return text.rstrip(' ."»”').endswith(("؟", "?"))


def names(text: str, entity: Entity) -> int | None:
    """Where the text names the entity (any word of a person's name, or the whole name)."""
    if entity.kind is not Kind.PERSON:
        found = text.find(entity.name)
        return found if found >= 0 else None
    words = [w for w in entity.words if len(w) > 2 and w not in COMPOUND_LINKS]
    for word in words:
        match = whole_word(word).search(text)
        if match:
            return match.start()
    return None


def agrees(entity: Entity, female: bool | None) -> bool:
    return compatible(entity, female)


def same_gender(entity: Entity, female: bool | None) -> bool:
    """A carried-over verb agrees with the last source: a feminine verb needs a woman
    (or an organisation or document, whose gender follows the writer's noun), a masculine
    one anyone but a woman."""
    if entity.kind in (Kind.ORGANISATION, Kind.DOCUMENT) or female is None:
        return True
    return entity.female is True if female else entity.female is not True


def offsets(paragraphs: list[str], text: str) -> list[int]:
    """Where each paragraph starts in the article text (in order; a paragraph the text
    does not hold verbatim starts where the one before it ends)."""
    offsets, cursor = [], 0
    for paragraph in paragraphs:
        found = text.find(paragraph, cursor)
        start = found if found >= 0 else cursor
        offsets.append(start)
        cursor = start + (len(paragraph) if found >= 0 else 0)
    return offsets


def object_free(word: str) -> str:
    """ "قاله" → "قال", "أضافه" → "أضاف", "قالته" → "قالت" ("هذا ما قاله فلان")."""
    plain = unprefixed(word)
    for suffix in ("ه", "ها"):
        stem = plain.removesuffix(suffix)
        if stem != plain and stem in SPEECH_VERBS:
            return stem
    return word


# "وكان فلان، مدير المشروع، قد كشف": كان, its subject (with an apposition, an outlet's name
# in marks), then قد.
_KANA_QAD = re.compile(r"(?:^|\s)[وف]?كانت?\s+(?P<subject>[^.!؟:]{2,120}?)\s+قد\s*$")


def subject_before(text: str, verb: Verb) -> Mention | None:
    """The subject before the verb; "تشونغ، نائب رئيس فيفا السابق الذي كشف": the name before
    the title in apposition, with the title as its role."""
    topic = _TOPIC.search(text[: verb.start])
    if topic is not None:  # "أما الائتلاف الوطني، فقد دعا …": the topic is the subject
        return read_subject_before(topic.group(1), verb.female)
    was = _KANA_QAD.search(text[: verb.start])
    if was is not None:  # "وكان فلان، مدير المشروع، قد كشف": the subject of كان … قد
        return read_subject(was.group("subject"), verb.female).mention
    clause = clause_before(text, verb.start)
    if not clause.strip():
        return _set_off_subject(text[: verb.start], verb) or _fronted_person(text[: verb.start])
    if bare(clause) in ("الذي", "التي"):  # "…، الذي قال: «…»", "…، الذي أوضح أن «…»"
        return _antecedent_person(text[: verb.start].rsplit(clause, 1)[0], verb.female)
    mention = read_subject_before(clause, verb.female)
    if mention is None or mention.kind not in (Kind.DESCRIPTION, Kind.REFERENCE):
        return mention
    head = text[: verb.start].rsplit(clause, 1)[0] if clause else ""
    if not re.search(r"[،,]\s*$", head):
        return mention
    words = [bare(w) for w in head.split()]
    run: list[str] = []
    while words and len(run) < 3 and is_name_word(words[-1], last=not run):
        run.insert(0, words.pop())
    person = classify(run, verb.female) if run else None
    if person is not None and person.kind is Kind.PERSON:
        return Mention(person.name, Kind.PERSON, mention.name, person.female)
    return mention


_MAX_ANTECEDENT_WORDS = 6  # "السفير المتقاعد سامي فرج، الذي قال:": a title and a name


def _antecedent_person(head: str, female: bool | None) -> Mention | None:
    """ "…، أشدها من السفير المتقاعد سامي فرج، الذي قال: «…»": the relative's antecedent,
    the person named right before the comma; a named person only (a title and its name,
    or a name of two words), whom a preposition or a verb before them does not belong to."""
    if not re.search(r"[،,]\s*$", head):
        return None
    words: list[str] = []
    for token in reversed(head.split()):
        word = bare(token)
        if words and token.endswith(("،", ",", ".", ":", "؛")):
            break  # the phrase before the antecedent's own
        if not word or word in SUBJECT_STOPS or is_verb_word(word):
            break
        words.insert(0, word)
        if len(words) == _MAX_ANTECEDENT_WORDS:
            break
    mention = classify(words, female) if words else None
    if mention is None or mention.kind is not Kind.PERSON or len(mention.name.split()) < 2:
        return None
    return mention


def without_object(mention: Mention | None, verb: Verb, after: str = "") -> Mention | None:
    """ "ودعا رئيس البرلمان فلان علان | النواب إلى …": a verb that takes an object (دعا،
    طالب، حث، اتهم) has it right after its subject; a definite word ending a name of three
    that is no nisba is that object, not a surname. `after`, the text after the verb: a
    phrase right before بأنها is what was described or accused ("واتهم الشركة بأنها «…»":
    the subject goes on from before)."""
    if mention is None or not verb.reporting:
        return mention
    described = _AS_BEING.match(after.lstrip())
    describing = unprefixed(bare(verb.word)) in _DESCRIBING
    if describing and described is not None and bare(described.group(1)) == mention.name:
        return None
    head = mention.name.split()[0].removeprefix("ال")
    if unprefixed(bare(verb.word)) in _CALLING and head in ADDRESSEES:
        return None  # "ودعت وسائل الإعلام إلى «…»": whom she called on, not who called
    if (
        unprefixed(bare(verb.word)) in _DESCRIBING
        and mention.kind is Kind.REFERENCE
        and not is_subject_head(head)
        and not is_subject_head(mention.name.split()[0])
    ):
        return None  # "فلان، وصف الأنباء المتداولة بأنها «…»": what he described (R1's W3)
    if mention.kind is not Kind.PERSON:
        return mention
    words = mention.name.split()
    last = words[-1]
    if len(words) < 3 or not last.startswith("ال") or last.endswith(("ي", "ى")):
        return mention
    return replace(mention, name=" ".join(words[:-1]))


_AS_BEING = re.compile(r"(\S+(?:\s+\S+)?)\s+(?:بأنها|بأنه|بأنهم|بأن)(?!\S)")
# Verbs of describing something: what follows them first may be what is described; and of
# accusing ("واتهم الشركة بأنها «…»": the accused was read as the speaker).
_DESCRIBING = frozenset(("وصف", "وصفت", "يصف", "تصف", "اتهم", "اتهمت", "يتهم", "تتهم"))
# Verbs of calling on someone: what follows them first is the one called on.
_CALLING = frozenset(("دعا", "دعت", "حث", "حثت", "ناشد", "ناشدت", "طالب", "طالبت"))


_SET_OFF = re.compile(r"(?<!\S)[وف]?(?:بأن|أن|إن)\s+([^،,.:؛!؟«»“”\"]+)[،,]\s*$")


def _set_off_subject(head: str, verb: Verb) -> Mention | None:
    """ "وذكرت الهيئة بأن الفصل 60 من القانون، نص على أن «…»": the subject of a clause
    after أن, set off by a comma from its verb; only a document or an organisation, whose
    name a comma does not cut (a person's apposition is read elsewhere)."""
    match = _SET_OFF.search(head)
    if match is None or unprefixed(bare(verb.word)) != bare(verb.word):
        return None  # "…، وأضافت:": a new clause of the sentence's own subject
    phrase = match.group(1).split()
    subject = read_subject(" ".join(phrase) + "،", verb.female)
    mention = subject.mention
    if mention is None or mention.kind not in (Kind.DOCUMENT, Kind.ORGANISATION):
        return None
    return mention if subject.words == len(phrase) else None  # the whole clause names it


# "من جهته،", "وبدوره": the turn to another speaker, before the subject that opens the clause
_TURN_OPENER = re.compile(r"^\s*و?(?:من\s+(?:جهته|جهتها|جانبه|جانبها)|بدوره|بدورها)[،,]?\s*")


def _fronted_person(head: str) -> Mention | None:
    """ "مدير ديوان وزارة النقل، سمير الكبيسي، وصف …": a sentence that opens on a title and
    the name set off after it, then its verb (R1's W3): the name, the title its role."""
    sentence = _TURN_OPENER.sub("", re.split(r"[.!؟]\s+|\n", head)[-1])
    parts = [part.strip() for part in re.split(r"[،,]", sentence)]
    if len(parts) == 2 and not parts[1] and parts[0] and is_title(bare(parts[0].split()[0])):
        # "من جهته رئيس الجمعية سامي يحيى، قال «…»": a title and its name, then the verb
        person = classify([bare(w) for w in parts[0].split()])
        if person is None or person.kind is not Kind.PERSON or not person.role:
            return None
        return person if len(person.name.split()) >= 2 else None
    if len(parts) != 3 or parts[2] or not parts[0] or not is_title(bare(parts[0].split()[0])):
        return None
    person = classify([bare(w) for w in parts[1].split()])
    if person is None or person.kind is not Kind.PERSON:
        return None
    return Mention(person.name, Kind.PERSON, parts[0], person.female)


def relative_antecedent(head: str) -> Mention | None:
    """ "… إلى تقرير البنك الدولي الذي", "أصدرت الوزارة بيانا": the document a relative
    clause is about (a statement's words are its issuer's, statements.py)."""
    words = [bare(w) for w in head.split()]
    if words and words[-1] in STATEMENT_FORMS:  # "أصدرت الوزارة بيانا جاء فيه": that one
        statement = next(w for w in STATEMENTS if words[-1].endswith((w, w + "ا")))
        return Mention("ال" + statement, Kind.DOCUMENT)
    if not words or words[-1] not in ("الذي", "التي"):
        return None
    phrase: list[str] = []
    for word in reversed(words[:-1]):
        if not word or word in SUBJECT_STOPS or is_verb_word(word):
            break
        phrase.insert(0, word)
    mention = classify(phrase[-6:]) if phrase else None
    return mention if mention is not None and mention.kind is Kind.DOCUMENT else None


def after_relative(text: str, position: int) -> bool:
    """A verb right after a relative pronoun with no comma before it ("الحكومة التي ترى"):
    its subject is the noun the relative follows (`antecedent`), not the clause before."""
    words = text[:position].split()
    return (
        len(words) > 1
        and bare(words[-1]) in RELATIVE_PRONOUNS
        and not words[-2].endswith(("،", ","))
    )


def antecedent(before: str, female: bool | None) -> Mention | None:
    """The noun phrase a relative pronoun follows, of one to three words headed by a title,
    an institution or a person noun, or a name ("حفيظة | الحكومة التي", "زيارة | وزير
    الاتصال الذي"); None when the words before the relative are no such phrase."""
    words = [bare(w) for w in before.split()[:-1]]
    for size in (3, 2, 1):
        phrase = words[-size:] if len(words) >= size else []
        if not phrase or any(w in SUBJECT_STOPS or is_verb_word(w) for w in phrase):
            continue
        mention = classify(phrase, female)
        if mention is None:
            continue
        named = mention.kind is Kind.PERSON and len(mention.name.split()) >= 2
        if named or is_subject_head(unprefixed(phrase[0])):
            return mention
    return None


def after_auxiliary(text: str, position: int) -> bool:
    """ "الخارجية الروسية مضت موضحة": an auxiliary hands its subject to the participle."""
    words = text[:position].split()
    return bool(words) and unprefixed(bare(words[-1])) in AUXILIARIES


def adjunct_words(between: str) -> int:
    """How many tokens of what stands between a carrying verb and its quote are adjuncts
    ("مضيفا في الشأن ذاته:"): all of them when they are few."""
    words = between.split()
    if len(words) <= 6:
        return len(words)
    # a time or place adjunct may run longer: "قوله قبل وقت قصير من تمرير القرار في …"
    opens = bool(words) and bare(words[0]) in _ADJUNCT_OPENERS
    no_clause = not any(bare(w) in COMPLEMENTIZERS for w in words)
    return len(words) if opens and no_clause and len(words) <= 10 else 0


_ADJUNCT_OPENERS = frozenset(("قبل", "بعد", "خلال", "عقب", "أثناء", "في", "أمام", "لدى"))


def clause_before(text: str, position: int) -> str:
    """The clause that ends where a verb starts: after the last sentence end or comma."""
    head = text[:position]
    parts = re.split(r"[.!؟،,:؛]\s+|\n|(?<!\S)[وف]?(?:[أإ]ن|بأن|أنه|إنه|أنها|إنها)(?!\S)", head)
    clause = parts[-1] if parts else head
    words = clause.split()
    while words and (
        words[-1] in AUXILIARIES
        or unprefixed(bare(words[-1])) in AUXILIARIES
        or bare(words[-1]) in ("قد", "لقد")  # "وكان الوزير قد تحدث"
    ):
        words.pop()
    return " ".join(words)
