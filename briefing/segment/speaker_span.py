"""Whether a speaker's span can be read out as a name: the last check on an accepted speaker.

The attribution rules read a speaker from the words around a quote; on articles no rule was
written against, some spans they accepted were no speaker at all: a clause's verb read with
its subject ("وأتم المدير …"), a particle and a verb ("مما أسماه"), a name cut at its
honorific ("… الأمير"), a name run on into the verb's object ("الحسن الشعب"), a verb's
object taken for its subject ("اتهم الوزير فلان | دول الحصار"). Each check here mends the
span from the article's own words where they say more, and otherwise drops it: a neutral
introduction is better than a wrong name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.names import LISTED_NAMES
from briefing.segment.lexicon import (
    AGE_IDIOM,
    COMPOUND_LINKS,
    EMPHATICS,
    HONORIFICS,
    NAME_LINKS,
    OBJECT_NOUNS,
    PRONOUN_HONORIFICS,
    SHORT_BODIES,
    SPAN_PARTICLES,
    SPEECH_NOUNS,
    bare,
    complement_under_bi,
    is_title,
)
from briefing.segment.mentions import Kind, classify, is_subject_head
from briefing.segment.registry import Entity
from briefing.segment.word_classes import is_name_word, is_verb_word
from briefing.text import WEEKDAY_SPELLINGS, word_list

_MAX_COMPLETION_WORDS = 6  # "الأمير فيصل بن خالد بن عبد الله": honorific, name and links
_MAX_SUBJECT_RUN = 5  # "المتحدث دميتري سوكولوف | دعوة السفارة": title, name, object's head
_CLAUSE_END = re.compile(r"[.!؟:؛«»“”\"\n]")
_NAME_HOMOGRAPHS = frozenset(("بين",))  # "بين كارتر": Ben, not the verb "بيّن"
_PHRASE_END = ("،", ",", ":", "؛", ".", "!", "؟")
# "وأتم", "ويتابع", "واستطرد", "وخاطبت": a conjunction on a verb (a person prefix, the
# stem of form X, or a feminine past ending; not the plural "ات" of "ومنظمات")
_CONJOINED_VERB = re.compile(r"^و(?:[أإيتن]\w{2,4}|است\w{2,4}|\w{2,4}[^ا]ت)$")


def checked_speaker(entity: Entity, text: str, before: int) -> Entity | None:
    """The speaker as the script may name it, mended from the article `text` (the quote
    stands at offset `before`) where it says more, or None where the span names nobody."""
    if _opens_with_verb(entity.words):
        subject = _subject_of(entity)
        if subject is None:
            return None
        entity = subject
    words = _before_adjunct(_before_clause(entity.words, text, entity.kind is Kind.PERSON))
    words = _without_trailing_preposition(_before_speech_noun(words))
    if not words or _prepositional(words[0]):
        return None
    # a span read as a body but headed by a name word ("الجسار الشعب الكويتي": a surname and
    # the people she called on) is cut at the object like a person's name
    named = entity.kind is Kind.PERSON or is_name_word(bare(words[0]))
    words = _before_complement(_before_object(words) if named else _before_masdar(words))
    if not _readable(words):
        return None
    if words != entity.words:
        entity = replace(entity, name=" ".join(words))
    if _incomplete(words):
        return _completed(entity, text, before)
    if entity.kind is Kind.ORGANISATION and len(words) == 1:
        return _organisation_named(entity, text, before)
    if entity.kind is not Kind.PERSON and _object_of_subject(entity.name, text, before):
        return None
    if entity.kind is Kind.DESCRIPTION:
        return _named_holder(entity, text)
    return entity


def _readable(words: list[str]) -> bool:
    """Whether the span reads out as someone: not a lone letter ("ب", from a split
    "ب ـ"), a bare "ال", an initial alone ("د" of "د. فلان" cut at its stop), or an
    honorific with a pronoun alone ("سموه": whose, unsaid)."""
    plain = [bare(word) for word in words]
    alone = len(plain) == 1
    if any(
        (len(word) == 1 and (alone or word not in HONORIFICS)) or word == "ال" for word in plain
    ):
        return False
    return not (len(plain) == 1 and plain[0] in PRONOUN_HONORIFICS)


# "يوم الخميس", "أمس", "الأربعاء": when it spoke, no part of who spoke
_DAY_WORDS = frozenset(word_list("يوم أمس امس"))  # not اليوم: "صحيفة اليوم"
_WEEKDAYS = frozenset(WEEKDAY_SPELLINGS)


def _before_adjunct(words: list[str]) -> list[str]:
    """The span up to an emphatic ("المصدر | نفسه") or a day ("الوزير | أمس", "الوزير |
    الخميس"); a weekday after a name word stays, a surname too ("محمد الجمعة")."""
    for index in range(1, len(words)):
        word, previous = bare(words[index]), bare(words[index - 1])
        if word in EMPHATICS or word in _DAY_WORDS:
            return words[:index]
        if word in _WEEKDAYS and not is_name_word(previous):
            return words[:index]
    return words


def _opens_with_verb(words: list[str]) -> bool:
    """ "وأتم المدير …", "وخاطبت النائبة …": the span opens with a conjunction and a verb."""
    first = bare(words[0])
    if first in LISTED_NAMES or len(words) < 2:
        return False
    return bool(_CONJOINED_VERB.match(first)) and not is_subject_head(first[1:])


def _subject_of(entity: Entity) -> Entity | None:
    """The verb's subject, where the words after the verb name a person ("النائبة ليلى
    الحسن"); a description alone ("المدير الفني للفريق") is too weak to name."""
    mention = classify(_before_object(entity.words[1:]), entity.female)
    if mention is None or mention.kind is not Kind.PERSON:
        return None
    return Entity(mention.name, Kind.PERSON, mention.role, mention.female)


def _verb_or_particle(word: str) -> bool:
    plain = bare(word)
    if plain in SPAN_PARTICLES or (plain[:1] in "وف" and plain[1:] in SPAN_PARTICLES):
        return True
    return plain not in _NAME_HOMOGRAPHS and is_verb_word(plain)


def _before_clause(words: list[str], text: str, name: bool) -> list[str]:
    """The span up to a verb, a particle or a relative: "سلمى | تبلغ من العمر", "مما أسماه";
    in a person's name, up to an imperfect verb too ("سلمى | تعمل في مصنع")."""
    aged = "العمر" not in words  # "سيدة تبلغ من العمر 50 عاما": a description, whole
    for index, word in enumerate(words):
        if _verb_or_particle(word) or (aged and _aged(words[: index + 1], text)):
            return words[:index]
        if name and index > 0 and _IMPERFECT.match(bare(word)) and bare(word) not in LISTED_NAMES:
            return words[:index]
    return words


def _aged(words: list[str], text: str) -> bool:
    """Whether the span's last word opens the age idiom ("تبلغ من العمر") in the text."""
    if len(words) < 2:
        return False
    phrase = " ".join(words)
    for found in re.finditer(re.escape(phrase), text):
        if AGE_IDIOM.match(text[found.end() :]):
            return True
    return False


def _before_speech_noun(words: list[str]) -> list[str]:
    """The span up to what the subject said ("وختم مدرب الفريق | حديثه برسالة …",
    "كلامه"): its words are the verb's object, never part of who spoke."""
    for index in range(1, len(words)):
        if bare(words[index]) in SPEECH_NOUNS:
            return words[:index]
    return words


def _without_trailing_preposition(words: list[str]) -> list[str]:
    """The span without a preposition it ends on ("وأكد عم الطفل، على أنه": the verb's)."""
    while len(words) > 1 and bare(words[-1]) in _PREPOSITIONS:
        words = words[:-1]
    return words


def _before_object(words: list[str]) -> list[str]:
    """A person's name up to a definite common noun after its surname: "ليلى الحسن |
    الشعب اللبناني" — the verb's object, glued to the name."""
    for index in range(1, len(words)):
        previous = words[index - 1]
        if bare(words[index]) in OBJECT_NOUNS and not _titled(previous):
            return words[:index]
    return words


# "إخماد", "تعليق", "استئناف", "اعتماد": the indefinite verbal noun that opens a verb's
# object ("أعلنت المديرية العامة للدفاع | إخماد الحريق")
# "تبلغ", "يعمل", "تسكن": a person prefix on three strong letters (no name of the lists;
# "يوسف", "يزيد", "تامر" have a weak letter)
_IMPERFECT = re.compile(r"^[يت]ت?[^\Wاويىةءآأإ]{3}$")  # and form V: "تتمتع", "يتحدث"
_MASDAR = re.compile(r"^(?:[إا]\w{2}ا\w|ت\w{2}ي\w|ا\wت\wا\w|است\w{2}ا\w)$")
# the prepositions, and the adverbs of time and place that open an adjunct ("أمام مؤتمر
# حول الصناعة", "عند دخول القاعة"; not خلف, a name too)
_PREPOSITIONS = frozenset(
    word_list(
        "في فى على إلى الى عن مع لدى خلال حول عبر عند عندما حين قبل بعد أثناء عقب إثر منذ وسط"
        " أمام امام اثناء اثر تحت فوق ضد دون نحو"
    )
)


def _prepositional(word: str) -> bool:
    """A span opening with a preposition ("في الوزارة", "بالعاصمة"): an adjunct, no one."""
    plain = bare(word)
    if plain in _PREPOSITIONS or plain.startswith(("بال", "لل", "كال")):
        return True
    # "لدراسة ملفات", "لمتابعة": لـ on a noun in ة (a purpose); لطيفة is a name
    return plain.startswith("ل") and len(plain) > 5 and plain.endswith("ة") and plain != "لطيفة"


def _before_masdar(words: list[str]) -> list[str]:
    """A body's name up to an indefinite verbal noun after a definite word: the object of
    the verb its subject governs."""
    for index in range(2, len(words)):
        word = bare(words[index])
        if _MASDAR.match(word) and bare(words[index - 1]).startswith(("ال", "لل")):
            return words[:index]
    return words


def _before_complement(words: list[str]) -> list[str]:
    """A description up to a definite noun under ب after it: the verb's own complement
    ("طالب محامي الضحية | بالاستئناف قائلا", "رحب الاتحاد | بالقرار"), no part of who
    spoke; but "المكلف بالإعلام" and an acting title ("بالإنابة") hold theirs."""
    for index in range(1, len(words)):
        word, previous = bare(words[index]), bare(words[index - 1])
        # after two words the noun under ب is a complement whatever came before it
        # ("رحب رئيس الاتحاد | بالقرار")
        governed = previous.startswith("ال") or index >= 2
        if governed and complement_under_bi(word, previous):
            return words[:index]
    return words


def _titled(word: str) -> bool:
    plain = bare(word)
    return plain in HONORIFICS or is_title(plain)


def _incomplete(words: list[str]) -> bool:
    """A span that ends where a name would begin: an honorific, a link of a compound name
    ("بن", "عبد", "أبو"), or, after other words, a bare title ("وزير الخارجية السفير")."""
    last = bare(words[-1])
    if last in NAME_LINKS or last in COMPOUND_LINKS:
        return True
    if len(words) < 2 or not bare(words[-2]).startswith("ال"):
        return False  # "والدة الفنان", "نائب الرئيس": the possessor, whole
    return _titled(last)  # "وزير الطاقة السعودي الأمير", "وزير الخارجية السفير"


def _completed(entity: Entity, text: str, before: int) -> Entity | None:
    """The span run on through the name the article writes after it ("… الأمير | فيصل بن
    خالد بن عبد الله"), or None where no name follows."""
    # the mention nearest before the quote first, then those after it ("«…»، قال …")
    mentions = re.finditer(re.escape(entity.name), text)
    for found in sorted(mentions, key=lambda f: (f.start() > before, abs(before - f.start()))):
        name = _name_run(text[found.end() : found.end() + 200].split())
        if not name:
            continue
        if entity.kind is Kind.PERSON:  # "فيصل بن خالد بن عبد | الله"
            return replace(entity, name=" ".join([*entity.words, *name]))
        role = " ".join(entity.words)  # "وزير الطاقة السعودي الأمير | فيصل …"
        return replace(entity, name=" ".join(name), kind=Kind.PERSON, role=role)
    return None


def _name_run(tokens: list[str]) -> list[str]:
    """The name words that open `tokens`, links carried on to the word they link; empty
    when the run ends on a link or an honorific (no name followed)."""
    run: list[str] = []
    for token in tokens[:_MAX_COMPLETION_WORDS]:
        word = bare(token)
        if not (word in HONORIFICS or word in NAME_LINKS or is_name_word(word)):
            break
        if _verb_or_particle(word) or word in OBJECT_NOUNS:
            break
        run.append(word)
        if token.endswith(_PHRASE_END):
            break
    while run and (run[-1] in NAME_LINKS or run[-1] in COMPOUND_LINKS or run[-1] in HONORIFICS):
        run.pop()
    return run


def _organisation_named(entity: Entity, text: str, before: int) -> Entity | None:
    """A short back-reference ("المديرية") as the fullest earlier name it heads ("مديرية
    الدفاع المدني", "المديرية العامة للدفاع المدني"); kept short when nothing earlier
    names one, dropped when two different bodies could be meant."""
    if bare(entity.name) not in SHORT_BODIES:
        return entity
    head = bare(entity.name).removeprefix("ال")
    names: set[str] = set()
    pattern = rf"(?<!\S)[وفبل]?((?:ال)?{re.escape(head)})(?=\s+(.{{1,200}}))"
    for found in re.finditer(pattern, text[:before]):
        genitives = _genitives(found.group(2).split())
        if genitives:
            names.add(" ".join([found.group(1), *genitives]))
    if not names:
        return entity  # unambiguous: the article names no other body of the kind
    fullest = max(names, key=len)
    if any(not fullest.endswith(name.split(None, 1)[1]) for name in names):
        return None
    return replace(entity, name=fullest)


_MAX_GENITIVES = 4


def _nisba(word: str) -> bool:
    return word.endswith(("ي", "ية"))


def _genitives(tokens: list[str]) -> list[str]:
    """The definite words that name a body after its head ("الدفاع المدني", "العامة
    للدفاع المدني"), up to the end of the phrase."""
    run: list[str] = []
    for token in tokens[:_MAX_GENITIVES]:
        word = bare(token)
        if not word.startswith(("ال", "لل")) or word in OBJECT_NOUNS:
            break
        if run and _nisba(run[-1]) and not _nisba(word):
            break  # "هيئة الطيران المدني | الخبر": after its adjective, the verb's object
        run.append(word)
        if token.endswith(_PHRASE_END):
            break
    return run


def _object_of_subject(name: str, text: str, before: int) -> bool:
    """Whether the span's last mention before the quote stands after a titled person
    who is the clause's subject: "واتهم الوزير فلان | دول الحصار" — the verb's object."""
    at = text.rfind(name, 0, before)
    if at < 0:
        return False
    clause = _CLAUSE_END.split(text[:at])[-1]
    tokens = clause.split()
    for index in range(len(tokens) - 1, max(len(tokens) - 2 - _MAX_SUBJECT_RUN, 0), -1):
        token, word = tokens[index], bare(tokens[index])
        if token.endswith(_PHRASE_END):
            return False
        if _titled(word):
            return index < len(tokens) - 1 and _verb_of(bare(tokens[index - 1]))
        if not is_name_word(word):
            return False
    return False


# "واتهم", "وانتقد", "وخاطبت": a conjunction on a past verb, which opens the clause
_CLAUSE_VERB = re.compile(r"^[وف](?:ا\w{3,5}|[أإ]\w{2,4}|\w{3,4}ت?)$")


def _verb_of(word: str) -> bool:
    """Whether the word before a titled subject is its verb (with و / ف): "واتهم | الوزير"."""
    if is_verb_word(word):
        return True
    rest = word[1:]
    return bool(_CLAUSE_VERB.match(word)) and not (is_subject_head(rest) or rest in LISTED_NAMES)


# the holder's name is looked for up to the sentence's end
_SENTENCE_END = re.compile(r"[.!؟?:؛\n]")


def _named_holder(entity: Entity, text: str) -> Entity:
    """A description the article writes, somewhere, right before the one person who holds
    it ("المتحدث باسم الوزارة | سامي داود", "الناطقة الرسمية، «هدى سالم»"): that person,
    the description kept as the role. Every such mention must name the same person; a
    description the article never names stays as it is."""
    holders: set[str] = set()
    for found in re.finditer(rf"(?<!\w){re.escape(entity.name)}(?!\w)", text):
        holder = _holder_after(entity, text[found.end() : found.end() + 200])
        if holder is not None:
            holders.add(holder)
    if len(holders) != 1:
        return entity
    return Entity(holders.pop(), Kind.PERSON, entity.name, entity.female)


def _holder_after(entity: Entity, rest: str) -> str | None:
    """The person named right after a mention of the description, in the same sentence:
    a nisba ("الرسمية") may stand between, marks or a comma may set the name off."""
    tokens = _SENTENCE_END.split(rest, 1)[0].split()
    if tokens and bare(tokens[0]).startswith("ال") and _nisba(bare(tokens[0])):
        tokens = tokens[1:]  # "المتحدث باسم الخارجية | الروسية | ماريا …"
    tokens = [token for token in tokens if bare(token) or token in "،,"]
    set_off = bool(tokens) and tokens[0][:1] in "،,«“”\"'"
    if tokens and tokens[0] in "،,":
        tokens = tokens[1:]
    if tokens and tokens[0][:1] in _OPENING_MARKS:  # the name in marks, and nothing after
        closing = next((i for i, t in enumerate(tokens) if t[-1:] in _CLOSING_MARKS), None)
        tokens = tokens[: closing + 1] if closing is not None else []
    run = _name_run(tokens)
    if not run:
        return None
    start = next((i for i, w in enumerate(run) if w not in HONORIFICS), len(run))
    whole = classify([*(bare(w) for w in entity.words), *run], entity.female)
    if whole is None or whole.kind is not Kind.PERSON or not _opens(run[start:], whole.name):
        whole = classify(run, entity.female) if set_off else None
        if whole is None or whole.kind is not Kind.PERSON or not _opens(run[start:], whole.name):
            return None
    words = whole.name.split()
    return whole.name if len(words) >= 2 or words[0] in LISTED_NAMES else None


_OPENING_MARKS = "«“”\"'"
_CLOSING_MARKS = "»”“\"'"


def _opens(run: list[str], name: str) -> bool:
    """Whether the name is the run's first words (the run may go on to the verb's object)."""
    words = name.split()
    return bool(words) and run[: len(words)] == words
