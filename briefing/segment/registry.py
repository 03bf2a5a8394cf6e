"""The sources an article names, so that later mentions find who they point to.

"غروس" is the "كريستيان غروس" of the lead; "المتحدث" is the spokesman named above; "الضابط"
is the officer described before; "المنظمة الحقوقية" is the organisation quoted last;
"إيفلين بطرس" is the "إيفلين متى بطرس" of the lead; "المصدر المطلع" is the "مصدر أمني مطلع"
described first; "لاعب فريق النادي" is the name that title came with, and "مدافع الفريق"
the one player the article has named (elegant variation); "المهندس" is the "أحد المهندسين في
الشركة" described before; "القناة" is the "قناة «الساحل»" named before; "ليلى" is the one
"ليلى منصور" the article introduced, in any sentence; "عبد الرحيم" is "عبدالرحيم"; a lone
"الطحان" the article never completes is a name once the headline or two speech verbs show
it speaking. A mention that points to no one
the article has named, or to one of several it could be, resolves to None: the speaker
stays unknown rather than becoming a guess.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from briefing.names import FIRST_NAMES, MENS_NAMES
from briefing.segment.antecedents import Introduction, find_introductions, nationality
from briefing.segment.lexicon import (
    ANONYMOUS_HEADS,
    EPITHETS,
    HONORIFICS,
    INSTITUTIONS,
    ISSUING_VERBS,
    LEADING_ADJUNCTS,
    MARKS,
    NAME_LINKS,
    OFFICE_NAMES,
    OUTLETS,
    PERSON_NOUNS,
    PORTFOLIOS,
    PROFESSION_HONORIFICS,
    PRONOUN_HONORIFICS,
    RELATIONAL,
    SPEECH_VERBS,
    TITLE_STEMS,
    TITLES,
    TOPIC_VERBS,
    bare,
    closed_up,
    is_title,
    unprefixed,
    whole_word,
)
from briefing.segment.mentions import Kind, Mention, classify, named_after_title, role_words
from briefing.segment.person_names import lam_complement, leading_name
from briefing.segment.statements import is_statement, issuer_after, issuer_before
from briefing.segment.subjects import read_subject
from briefing.segment.word_classes import is_name_word, possessed_by_pronoun, reads_as_speaker
from briefing.text import word_list


@dataclass
class Entity:
    """One source of the article, as the script will name it."""

    name: str
    kind: Kind
    role: str | None
    female: bool | None

    @property
    def words(self) -> list[str]:
        return self.name.split()

    @property
    def keys(self) -> list[str]:
        return [name_key(w) for w in self.words]


_MAX_MIDDLE_NAMES = 2
_OUTLET_KINDS = frozenset(("قناة", "شبكة", "صحيفة", "جريدة", "وكالة", "إذاعة", "مجلة", "موقع"))
_NAMED_RELATIVE_WORDS = 3  # the relation, then a name of two words at least
_SPEAKING_TIMES = 2  # a lone surname needs to be the subject of this many speech verbs
_SPOKEN = frozenset(SPEECH_VERBS) | frozenset(TOPIC_VERBS)  # "تحدث فلان عن …" names one too


def _middle_named(longer: list[str], shorter: list[str]) -> bool:
    """Whether `shorter` is `longer` less one or two middle names: the same first and last
    words, the rest in order ("إيفلين بطرس" of "إيفلين متى بطرس")."""
    if len(shorter) < 2 or not 0 < len(longer) - len(shorter) <= _MAX_MIDDLE_NAMES:
        return False
    if longer[0] != shorter[0] or longer[-1] != shorter[-1]:
        return False
    rest = iter(longer[1:-1])
    return all(word in rest for word in shorter[1:-1])


# Artists, often known by one name that may be a common word ("الفنانة وردة").
_ARTISTS = frozenset(
    ("فنان", "فنانة", "مطرب", "مطربة", "مغني", "مغنية", "ممثل", "ممثلة", "نجم", "نجمة")
)
# Statements that only speak for an issuer (R1's W6), unlike a report, which is read out
# as itself ("وجاء في التقرير: «…»").
_VOICES = frozenset(("بيان", "بلاغ"))
# Who speaks at a hearing or a bedside and is often left unnamed: a bare "القاضي" is a
# speaker where the story names no one with the title (R24's analyst: "وأكد القاضي:").
_OFFICES_OF_A_HEARING = frozenset(
    word_list("قاضي قاضية محامي محامية طبيب طبيبة ممرض ممرضة مدعي الادعاء النيابة")
)
# The titles each honorific goes with (its own word too: "صاحب السمو الشيخ …").
_HONOURED_TITLES = {
    "سمو": frozenset(word_list("سمو أمير أميرة ولي حاكم شيخ شيخة")),
    "معالي": frozenset(word_list("معالي وزير وزيرة رئيس رئيسة أمين محافظ مستشار مستشارة")),
    "فخامة": frozenset(word_list("فخامة رئيس رئيسة")),
    "جلالة": frozenset(word_list("جلالة ملك ملكة سلطان")),
    "سماحة": frozenset(word_list("سماحة مفتي شيخ إمام سيد مرجع")),
    "سعادة": frozenset(
        word_list("سعادة سفير سفيرة مدير مديرة وكيل وكيلة رئيس رئيسة محافظ عضو نائب قنصل")
    ),
    "سيادة": frozenset(word_list("سيادة رئيس رئيسة")),
    "دولة": frozenset(word_list("دولة رئيس")),
    "فضيلة": frozenset(word_list("فضيلة شيخ مفتي إمام قاضي")),
}


def _contains(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


_SPELLINGS = str.maketrans("غقگأإآةى", "جججاااهي")


_VARIANTS = {"ج": "[جغق]", "غ": "[جغق]", "ق": "[جغق]", "ة": "[ةه]", "ه": "[ةه]", "ى": "[ىي]"}


def name_key(word: str) -> str:
    """A name word as spelling variants share it: a foreign G written ج, غ or ق ("تشونغ",
    "تشونج"), hamza seats, ta marbuta and alef maqsura."""
    return word.translate(_SPELLINGS)


_JOINED_LINKS = ("عبد", "ابو")  # as name_key writes them


def name_keys(words: list[str]) -> list[str]:
    """A name's words as keys, with a link and its noun written as one ("عبد الرحيم" and
    "عبدالرحيم" are one word of one name)."""
    keys: list[str] = []
    for word in (name_key(w) for w in words):
        if keys and keys[-1] in _JOINED_LINKS:
            keys[-1] += word
        else:
            keys.append(word)
    return keys


def compatible(entity: Entity, female: bool | None) -> bool:
    """Whether a verb of this gender can have the entity as subject. An organisation's or a
    document's grammatical gender follows whichever noun the writer has in mind (المنظمة،
    التقرير), so both agree with it."""
    if female is None or entity.female is None:
        return True
    if entity.kind in (Kind.ORGANISATION, Kind.DOCUMENT):
        return True
    return entity.female == female


@lru_cache(maxsize=4)
def _introductions(article_text: str) -> tuple[Introduction, ...]:
    """An article's introductions, found once: its body and its headline each keep a
    registry over the same text (finding them was 80% of segmenting, twice per article)."""
    return tuple(find_introductions(article_text))


class Registry:
    """The article's sources, most recent last."""

    def __init__(self, article_text: str) -> None:
        self.text = closed_up(article_text)
        self.entities: list[Entity] = []
        self.introductions = _introductions(self.text)
        self.at = len(article_text)  # where in the text the mention being resolved stands

    def move_to(self, offset: int) -> None:
        self.at = offset

    def doubtful(self, entity: Entity) -> bool:
        """A person known by one word only, which is no known first name and which no
        introduction of the article uses: the text does not show it is a name."""
        if entity.kind is not Kind.PERSON or len(entity.words) != 1:
            return False
        if self._stage_name(entity.words[0], entity.role):
            return False
        if self._spoken_subject(entity.words[0]):
            return False  # "تحدث فيرنر عن …" … "وأضاف فيرنر": the text shows him speaking
        return self._unknown_word(entity.words[0])

    def _unknown_word(self, word: str) -> bool:
        if word in FIRST_NAMES or word.startswith("ال"):
            return False
        if any(word in entity.words for entity in self.entities if len(entity.words) > 1):
            return False
        if any(word in intro.name.split() for intro in self.introductions):
            return False
        return not named_after_title(word, self.text)

    def _stage_name(self, word: str, role: str | None) -> bool:
        """An artist's one-word name that is also a common word ("الفنانة وردة", R1's N4):
        a name when the article gives it after an artist's title ("الفنانة", "المطرب") and
        shows it as one: the headline's head ("وردة لـ…: «…»", "وردة: …"), or that title
        before it twice."""
        if role and bare(role.split()[-1]).removeprefix("ال") not in _ARTISTS:
            return False
        titled = [
            found.group(1)
            for found in re.finditer(rf"(?<!\S)(\S+)\s+{re.escape(word)}(?![\w{MARKS}])", self.text)
            if bare(found.group(1)).removeprefix("ال") in _ARTISTS
        ]
        if not titled:
            return False
        headline = self.text.split("\n", 1)[0].split()
        if len(headline) > 1 and bare(headline[0]) == word:
            following = headline[1]
            if headline[0].endswith(":") or following.startswith("ل") or following == ":":
                return True
        return len(titled) >= 2

    def introduced_between(
        self, start: int, end: int, entity: Entity, female: bool | None = None
    ) -> bool:
        """Whether the text introduces a person other than `entity` between two offsets,
        who could be the subject of a verb of this gender: "وأضاف" cannot carry the
        speech across them."""
        return bool(self.others_between(start, end, entity, female))

    def others_between(
        self, start: int, end: int, entity: Entity | None, female: bool | None = None
    ) -> list[Introduction]:
        """The people other than `entity` the text introduces between two offsets, who
        could be the subject of a verb of this gender."""
        own = {name_key(w) for w in entity.words if w not in NAME_LINKS} if entity else set()
        return [  # "عبد" is no one's own
            intro
            for intro in self.introductions
            if start < intro.start < end
            and intro.kind is Kind.PERSON
            and _may_be(intro.female, female)
            and not own & {name_key(w) for w in intro.name.split()}
            and not self._asked_about(intro.start)
        ]

    def _asked_about(self, start: int) -> bool:
        """ "وسئل عن اللاعب فلان وقال": whom the speaker was asked about is no one who
        speaks (R1's N5)."""
        before = [bare(w) for w in self.text[max(0, start - 24) : start].split()[-2:]]
        return len(before) == 2 and before[0].lstrip("وف") in ("سئل", "سئلت") and before[1] == "عن"

    def knows(self, name: str) -> bool:
        """Whether the article brought the name in: an entity of that name, or an
        introduction ending in it ("منظمة «الجمعية»" for "الجمعية")."""
        return any(e.name == name for e in self.entities) or any(
            intro.name.endswith(name) for intro in self.introductions
        )

    def _touch(self, entity: Entity) -> Entity:
        self.entities.remove(entity)
        self.entities.append(entity)
        return entity

    def _add(self, entity: Entity) -> Entity:
        self.entities.append(entity)
        return entity

    def resolve(self, mention: Mention, female: bool | None = None) -> Entity | None:
        """The entity a mention names (new or known), or None when it names no one or
        when what it would name cannot be read out as a speaker (`reads_as_speaker`): such
        a span is never registered."""
        mention = self._without_addressee(mention)
        if mention is not None and unprefixed(mention.name) in PRONOUN_HONORIFICS:
            return self._honoured(unprefixed(mention.name))
        if mention is None or not reads_as_speaker(mention.name):
            return None
        entity = self._resolve(mention, female)
        if entity is None or reads_as_speaker(entity.name):
            return entity
        if entity in self.entities:
            self.entities.remove(entity)
        return None

    def _honoured(self, honorific: str) -> Entity | None:
        """The person an honorific with its pronoun stands for ("وقال سموه", "وأكد معاليه"):
        the nearest one introduced before it whose title or name goes with the honorific
        (سمو with أمير، حاكم، الشيخ…; معالي with وزير…), of its gender; else no one. Read
        alone it named no one, and the quote went unattributed (a held-out set: 1 of 9)."""
        female = honorific.endswith("ها")
        stem = honorific.removesuffix("ها") if female else honorific.removesuffix("ه")
        fits = _HONOURED_TITLES.get(stem[:-1] + "ة" if stem.endswith("ت") else stem)  # فخامت
        if fits is None:
            return None
        said_at = self.text.rfind(honorific, 0, self.at)
        limit = said_at if said_at >= 0 else self.at
        before = [i for i in self._people_before() if i.start < limit]
        # the sources so far come after the introductions: they hold the roles read since
        known = [Introduction(e.name, e.kind, e.role, e.female, -1) for e in self.entities]
        for intro in reversed([*before, *known]):
            if intro.kind is not Kind.PERSON or not _may_be(intro.female, female):
                continue
            role = intro.role or role_in_text(intro.name, self.text[:limit])
            if fits & {*intro.heads, *role_heads(role)}:
                return self._person(intro.name.split(), role, intro.female)
        return None

    def _without_addressee(self, mention: Mention) -> Mention | None:
        """ "ترامب لبايدن": a later word that is ل + a word the article writes on its own
        ("… منافسه جو بايدن") is who was told; the mention ends before it ("سيرجي لافروف"
        keeps its name: "افروف" stands nowhere alone)."""
        words = mention.name.split()
        for index, word in enumerate(words[1:], start=1):
            rest = word[1:]
            if word[:1] != "ل" or len(rest) < 3 or word in FIRST_NAMES:
                continue
            if whole_word(rest).search(self.text):
                kept = " ".join(words[:index])
                return Mention(kept, mention.kind, mention.role, mention.female)
        return mention

    def _resolve(self, mention: Mention, female: bool | None) -> Entity | None:
        gender = mention.female if mention.female is not None else female
        if mention.kind is Kind.PERSON:
            words = mention.name.split()
            if not mention.role and self._names_a_role(words):
                return self._varied_role(words[1].removeprefix("ال"), gender)
            if not mention.role and self._team_epithet(words):
                return None  # "ربان المنتخب", "عميد الأندية": a role on a team, no name
            if (
                mention.role
                and len(words) == 1
                and self._unknown_word(words[0])
                and not self._stage_name(words[0], mention.role)
            ):
                # "وزير البترول توقف …": the title is the subject, the word after it is not
                known = list(self.entities)
                entity = self._reference(mention.role, gender)
                if entity is not None and is_name_word(words[0]) and self._named_later(entity):
                    # "شدد النائب غسان متى": a word that may be a name (its surname also a
                    # particle) makes the title that person's, never the one person given the
                    # title further on (set I: seven quotes of one article went to a name in a
                    # topic phrase paragraphs later)
                    if entity not in known:
                        self.entities.remove(entity)
                    return None
                return entity
            return self._person(words, mention.role, gender)
        if mention.kind is Kind.SURNAME and mention.name.endswith("ة") and gender:
            described = self._reference(mention.name, gender)  # "وأردفت العداءة": her title
            if described is not None and described.kind is Kind.PERSON:
                return described
        if mention.kind is Kind.SURNAME:
            known = self._known_person(mention.name.split(), gender)
            if known is not None:
                return self._touch(known)
            fuller = fullest_form(mention.name, self.text)
            if len(fuller.split()) >= 2:
                return self._person(fuller.split(), None, gender)
            introduced = self._introduced_as(mention.name, gender)
            if introduced is not None:  # "عرض أحمد الصالح خطته … وقال الصالح"
                return self._person(introduced.name.split(), introduced.role, gender)
            stem = mention.name.removeprefix("ال")
            group = next((e for e in reversed(self.entities) if _one_of(stem, e)), None)
            if group is not None:
                return self._touch(group)  # "المسعفة" of "إحدى المسعفات"
            if self._backed_surname(mention.name):
                return self._add(Entity(mention.name, Kind.PERSON, None, gender))
            return None
        if mention.kind is Kind.REFERENCE:
            ranked = self._ranked(mention.name.split(), gender)
            return ranked if ranked is not None else self._reference(mention.name, gender)
        if mention.kind is Kind.DESCRIPTION and named_relative(mention.name):
            # "والدة الشهيد سامي الحربي": a relative of someone named is one person, said
            # so, never the one named (whom the article may have introduced with that title)
            known = next((e for e in self.entities if e.name == mention.name), None)
            return (
                self._touch(known)
                if known
                else self._add(Entity(mention.name, Kind.DESCRIPTION, None, gender))
            )
        if mention.kind is Kind.DESCRIPTION:
            titled = self._titled_before(mention.name, gender)
            if titled is not None:  # "مديرة مدرسة البنات" of "مديرة مدرسة البنات هدى سالم"
                return self._person(titled.name.split(), titled.role, gender)
        if mention.kind is Kind.DESCRIPTION and self._definite(mention.name):
            return self._described(mention.name, gender)
        if mention.kind is Kind.DOCUMENT and is_statement(mention.name.split()[0]):
            issuer = self._issuer(mention.name.split())
            if issuer is not None:
                return issuer
            head = mention.name.removeprefix("ال")
            if mention.name.startswith("ال") and head in _VOICES:
                told = self._statement_before(head)
                if told is not True:  # a bare "البيان" the text never brought in (R1's W6)
                    return told
            mention = Mention(without_topic_tag(mention.name), mention.kind, mention.role)
        for entity in reversed(self.entities):  # organisations, documents, descriptions
            if entity.kind is mention.kind and (
                _contains(entity.words, mention.name.split())
                or _contains(mention.name.split(), entity.words)
            ):
                if len(mention.name) > len(entity.name):
                    entity.name = mention.name
                return self._touch(entity)
        return self._add(Entity(mention.name, mention.kind, mention.role, gender))

    def _backed_surname(self, word: str) -> bool:
        """A lone definite surname the article never completes ("الطحان") is a name when
        the article shows it speaking: the headline's colon head, or (no nisba: corpus 41's
        "كشف السويسري" is the coach the article names) the subject right after two speech
        verbs or more; never a word someone's name or title holds."""
        if any(word in intro.name.split() or word in (intro.role or "").split()
               for intro in self.introductions):  # fmt: skip
            return False
        escaped = re.escape(word)
        headline = self.text.split("\n", 1)[0]
        if re.match(rf"^{escaped}\s*:", headline):
            return True
        if word.endswith(("ي", "ى")):
            return False  # "كشف السويسري": a nisba speaking is as often the named man's origin
        return self._spoken_subject(word, SPEECH_VERBS)

    def _spoken_subject(self, word: str, verbs: Collection[str] = _SPOKEN) -> bool:
        """Whether the word is the subject right after `_SPEAKING_TIMES` speech verbs or
        more ("تحدث فيرنر عن …" … "وأضاف فيرنر:", R1's N5): the text shows it is a name."""
        escaped = re.escape(word)
        spoken = 0
        for match in re.finditer(rf"(\S+)[^\S\n]+{escaped}(?![\w{MARKS}])", self.text):
            spoken += unprefixed(bare(match.group(1))) in verbs
        return spoken >= _SPEAKING_TIMES

    def _issuer(self, words: list[str]) -> Entity | None:
        """Who issued a statement: named in the phrase ("بيان للوزارة"), or, for "البيان",
        where the article introduced the statement; None when the text does not say."""
        issuer = issuer_after(words[1:])
        if not issuer and words[0].startswith("ال"):
            issuer = issuer_before(self.text[: self.at])
        mention = classify(issuer) if issuer else None
        if mention is None and _issuer_untold(words[1:]):
            # "أعلنت هيئة الطيران … ⏎ وقال بيان صادر عنها:", "وقال بيان رسمي بهذا الشأن:"
            mention = self._organisation_before()
        if mention is None or mention.kind is Kind.DOCUMENT:
            return None
        return self.resolve(mention)

    def _statement_before(self, head: str) -> Entity | bool | None:
        """What a bare "البيان" points back to: True for a statement the text brought in
        ("وصدر بيان مشترك", "أصدرت الرئاسة بيانا"); for one named by its issuer only
        ("ننشر نص بيان المدعي العام …"), that issuer; None when none stands before it."""
        pattern = rf"(?<!\S)[وفلب]?{head}(?:ا|ين)?(?!\S)((?:\s+ال[^\s،,.:«»“”\"]+)*)"
        found = list(re.finditer(pattern, self.text[: self.at]))
        if not found:
            return None
        genitive = found[-1].group(1).split()
        if not genitive:
            return True
        mention = classify([bare(w) for w in genitive])
        if mention is None or mention.kind is Kind.DOCUMENT:
            return None
        return self.resolve(mention)

    def _organisation_before(self) -> Mention | None:
        """The organisation the sentence before the mention opens on as its verb's subject
        ("أكدت وزارة الداخلية أن …"); None when it opens on anything else."""
        before = re.split(r"[.!؟\n]\s*", self.text[: self.at].rstrip())
        sentence = before[-2] if len(before) > 1 else ""
        tokens = sentence.split()
        verb = unprefixed(bare(tokens[0])) if tokens else ""
        if verb not in SPEECH_VERBS and verb not in ISSUING_VERBS:
            return None
        mention = read_subject(" ".join(tokens[1:])).mention
        return mention if mention is not None and mention.kind is Kind.ORGANISATION else None

    def _known_person(self, words: list[str], female: bool | None) -> Entity | None:
        words = name_keys(words)
        for entity in reversed(self.entities):
            if entity.kind is not Kind.PERSON or not compatible(entity, female):
                continue
            theirs = name_keys(entity.words)
            if _contains(theirs, words) or _contains(words, theirs):
                return entity
            if len(words) == 1 and words[0] in (theirs[0], theirs[-1]):
                return entity
            if len(words) >= 3 and _contains(theirs, words[:2]):
                return entity  # "كريستيل برويا طبيعة": the known name and what follows it
            if _middle_named(theirs, words) or _middle_named(words, theirs):
                return entity  # "إيفلين بطرس" is the "إيفلين متى بطرس" named before
        return None

    def _person(self, words: list[str], role: str | None, female: bool | None) -> Entity:
        known = self._known_person(words, female)
        if known is not None:
            keys = [name_key(w) for w in words]
            longer = _contains(words, known.words) or _middle_named(keys, known.keys)
            if len(words) > len(known.words) and longer:
                known.name = " ".join(words)
            known.role = known.role or role
            if known.female is None:
                known.female = female
            return self._touch(known)
        introduced = self._introduced_as(words[0], female) if len(words) == 1 else None
        if introduced is not None:  # "وقالت ليلى" after "كانت ليلى منصور، أستاذة …"
            return self._person(introduced.name.split(), role, female)
        name = fullest_form(" ".join(words), self.text)
        return self._add(Entity(name, Kind.PERSON, role or role_in_text(name, self.text), female))

    def _ranked(self, words: list[str], female: bool | None) -> Entity | None:
        """An honorific or rank and a surname ("العقيد العلي", "الدكتور الخطيب"): the one
        person the article named with that surname (it was read out as a description,
        "العقيد العلي" for "العقيد رامي العلي"); None when it named no one or two so."""
        if len(words) != 2 or words[0] not in HONORIFICS or not words[1].startswith("ال"):
            return None
        key = name_key(words[1])
        people = {
            person.name: person
            for person in [*self._people_before(), *self.entities]
            if person.kind is Kind.PERSON
            and len(person.name.split()) >= 2
            and name_key(person.name.split()[-1]) == key
            and _may_be(person.female, female)
        }
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        return self._person(person.name.split(), person.role, female)

    def _titled_rival(self, stem: str, entity: Entity, female: bool | None) -> bool:
        """Whether the article introduced another person whose title has the bare title's
        head after it last named the one who spoke ("وزير التعليم علان" after the minister
        of health quoted): "الوزير" could be either (kind 7: the one who spoke took the
        other's words). One named before the speaker last came up is not nearer."""
        last = self.text.rfind(entity.words[-1], 0, self.at)
        return any(
            intro.start > last
            and _other_person(entity.name, intro.name)
            and _may_be(intro.female, female)
            and stem in one_office(self._role_heads(intro))
            and not _another_office(stem, (intro.role or "").split())
            for intro in self._people_before()
        )

    def _introduced_as(self, word: str, female: bool | None) -> Introduction | None:
        """The one person introduced before whose full name opens or ends on this word."""
        key = name_key(word)
        people = {
            intro.name: intro
            for intro in self._people_before()
            if len(intro.name.split()) >= 2
            and key in (name_key(intro.name.split()[0]), name_key(intro.name.split()[-1]))
            and _may_be(intro.female, female)
        }
        return next(iter(people.values())) if len(people) == 1 else None

    def _reference(self, noun: str, female: bool | None) -> Entity | None:
        """ "المتحدث" → the spokesman named before; "رئيس الوزراء البريطاني" → the prime
        minister named in the lead; "المصدر" → the last anonymous source."""
        phrase = one_office([w.removeprefix("ال") for w in noun.split()])
        stem = phrase[0]
        if possessed_by_pronoun(stem):
            return None  # "وقال شقيقه": someone's brother, whose the text leaves to context
        if stem in ANONYMOUS_HEADS and noun.startswith("ال"):
            return self._anonymous(phrase, female)
        # "المدرب البرازيلي": a title, as the source's role words it, and an origin
        title_word = noun.split()[0].removeprefix("ال")
        nisba = len(phrase) == 2 and title_word == stem and nationality("ال" + phrase[1])
        origin = phrase[1] if nisba else None
        if origin is not None:  # the one source so titled, or no one: the origin says which
            titled = [
                e
                for e in self.entities
                if compatible(e, female) and self._of_origin(e, stem, origin)
            ]
            if len(titled) == 1 and not self._titled_rival(stem, titled[0], female):
                return self._touch(titled[0])
        for entity in reversed(self.entities):
            if not compatible(entity, female):
                continue
            described = " ".join(filter(None, (entity.role, entity.name)))
            heads = one_office([w.removeprefix("ال") for w in described.split()])
            if len(phrase) > 1 and _contains(heads, phrase):
                return self._touch(entity)
            if len(phrase) == 1 and _another_office(stem, described.split()):
                continue  # "الرئيس" is not "رئيس الوزراء", "النائب" not "نائب الرئيس"
            if len(phrase) == 1 and (stem in heads or (stem.endswith("ة") and stem[:-1] in heads)):
                if self._titled_rival(stem, entity, female):
                    return None  # "وقال الوزير" with two ministers named: either
                return self._touch(entity)
            if len(phrase) == 1 and _one_of(stem, entity):
                return self._touch(entity)  # "المهندس" after "أحد المهندسين في الشركة"
        of_origin = self._introduced_of_origin(origin, female) if origin else None
        if of_origin is not None:  # "وقالت العداءة الكينية" after "الكينية مريم أوتينو"
            person = self._person(of_origin.name.split(), noun, female)
            if (person.role or "").removeprefix("ال") == origin:
                person.role = noun  # her title now known, for a later "العداءة"
            return person
        official = self._one_official(female) if noun in _OFFICIAL_REFERENCES else None
        if official is not None:  # "وقال المسؤول" after "أعلن وزير الصحة فلان"
            return self._person(official.name.split(), official.role, female)
        outlet = self._named_outlet(stem) if len(phrase) == 1 else None
        if outlet is not None:  # "وأضافت القناة" after "أفادت قناة «الساحل»"
            return self.resolve(Mention(outlet, Kind.ORGANISATION))
        ministry = (
            (self._headline_ministry() or self._minister_ministry()) if noun == "الوزارة" else None
        )
        if ministry is not None:  # "الزراعة تنفي …" ⏎ "وذكرت الوزارة أن «…»"
            return self.resolve(Mention(ministry, Kind.ORGANISATION, None, True))
        if _describes(stem) or _describes(noun.split()[0].removeprefix("ال")):  # "العاهل"
            return self._described(noun, female) or self._unnamed_office(noun, stem, female)
        named = _named_after(noun, self.text[: self.at])
        office = " ".join("ال" + w for w in phrase)  # "رئيس المحكمة" → "القاضي"
        if named is None and office != " ".join(noun.split()):
            named = _named_after(office, self.text[: self.at])
        if named is not None:
            return self._person(named.split(), noun, female)
        # "الولايات المتحدة"; not a title in construct ("ظهير أيمن الفريق")
        # a group of people in a sound plural ("المشاهدون") is no organisation
        definite = all(w.startswith("ال") for w in noun.split()) and not stem.endswith(("ون", "ين"))
        plain = stem not in TITLES and not set(noun.split()) & LEADING_ADJUNCTS
        if len(phrase) > 1 and plain and definite:
            return self._add(Entity(noun, Kind.ORGANISATION, None, female))
        return self._unnamed_office(noun, stem, female)

    def _unnamed_office(self, noun: str, stem: str, female: bool | None) -> Entity | None:
        """ "وأكد القاضي:" in a story that names no judge: the bare title speaks."""
        bare_title = len(noun.split()) == 1 and noun.startswith("ال")
        if bare_title and stem in _OFFICES_OF_A_HEARING and not self._holder_named(stem):
            return self._add(Entity(noun, Kind.DESCRIPTION, None, female))
        return None

    def _holder_named(self, stem: str) -> bool:
        """Whether the article names anyone with this title, anywhere (an introduction's or
        a source's role): then the bare title may be any of them, or one named later."""
        heads = {stem, stem.removesuffix("ة"), stem + "ة"}
        roles = [i.role for i in self.introductions] + [e.role for e in self.entities]
        return any(heads & set(role_heads(role)) for role in roles)

    @staticmethod
    def _of_origin(entity: Entity, stem: str, origin: str) -> bool:
        """A title and where its holder comes from ("المدرب البرازيلي") describe a source
        whose role has that title and gives no other origin."""
        described = " ".join(filter(None, (entity.role, entity.name))).split()
        role = role_heads(entity.role)
        if stem not in role or _another_office(stem, described):
            return False
        origins = {w for w in role if nationality("ال" + w)}
        return not origins or origin in origins

    def _introduced_of_origin(self, origin: str, female: bool | None) -> Introduction | None:
        """The one person introduced before by their origin alone, no title ("الكينية مريم أوتينو"),
        of this gender; None when none or several were."""
        found = {
            intro.name: intro
            for intro in self._people_before()
            if _may_be(intro.female, female)
            and not intro.role
            and bare((self.text[: intro.start].split() or [""])[-1]) == "ال" + origin
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _one_official(self, female: bool | None) -> Introduction | None:
        """ "وقال المسؤول" / "وأكدت المسؤولة", which repeats none of its holder's title:
        the one office holder (a minister, director, governor …) the article introduced
        before it, of the verb's gender; nobody when it brought in two, or an official it
        did not name ("مسؤول في الوزارة", "المسؤولين"), who may be the one meant."""
        if any(bare(w).lstrip("وفب") in _UNNAMED_OFFICIALS for w in self.text[: self.at].split()):
            return None
        holders = {
            intro.name: intro
            for intro in self._people_before()
            if _may_be(intro.female, female)
            and self._role_heads(intro)[:1]
            and one_office(self._role_heads(intro))[0] in _OFFICES
        }
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _headline_ministry(self) -> str | None:
        """The ministry a headline names by its portfolio alone, as its first word: the
        subject of its verb or the head of its colon ("الداخلية: …" → "وزارة الداخلية")."""
        words = self.text.split("\n", 1)[0].split()
        if len(words) < 2 or "وزارة" in " ".join(words):
            return None
        first = words[0].strip('«»“”"')
        if bare(first) not in PORTFOLIOS:
            return None
        verb = unprefixed(bare(words[1]))
        if first.endswith(":") or verb in SPEECH_VERBS or verb.startswith("ت"):
            return "وزارة " + bare(first)
        return None

    def _minister_ministry(self) -> str | None:
        """The ministry of the one portfolio whose minister the text named before ("نقلت
        مواقع عن وزير الثقافة فلان …" ⏎ "وقالت الوزارة" → "وزارة الثقافة", R1's W7); None
        when it names a ministry itself, or ministers of two portfolios."""
        before = self.text[: self.at]
        if re.search(r"(?<!\S)[وفلب]?(?:ال)?وزارة\s", before):
            return None
        found = re.findall(r"(?<!\S)[وفلب]?(?:ال)?وزيرة?\s+(\S+)", before)
        portfolios = {bare(word) for word in found if bare(word) in PORTFOLIOS}
        if len(portfolios) != 1 or len(found) != len([w for w in found if bare(w) in PORTFOLIOS]):
            return None
        return "وزارة " + portfolios.pop()

    def _named_outlet(self, kind: str) -> str | None:
        """The last outlet of this kind the text named before, its name in marks or
        parentheses too ("قناة «الساحل»", "شبكة (الأفق)") → "قناة الساحل"."""
        if kind not in _OUTLET_KINDS:
            return None
        pattern = rf"(?<![\w{MARKS}])[وفبل]?{kind}\s*[(«“\"]([^()«»“”\"\n]{{2,30}})[)»”\"]"
        found = list(re.finditer(pattern, self.text[: self.at]))
        return f"{kind} {' '.join(found[-1].group(1).split())}" if found else None

    def _anonymous(self, phrase: list[str], female: bool | None) -> Entity | None:
        """ "المصدر", "المصدر المطلع", "المصادر الأمنية": the unnamed source the article
        described first ("مصدر أمني مطلع"), the nearest one whose description the reference
        does not contradict: every adjective of origin it adds (الأمني، العسكري) the
        description has; a source not quoted yet is read where the text brings it in."""
        head, adjectives = phrase[0], phrase[1:]

        def fits(words: list[str], own_head: bool = True) -> bool:
            return (
                bool(words)
                and (words[0] == head or not own_head)
                and all(a in words or not a.endswith(("ي", "ية")) for a in adjectives)
            )

        described = [e for e in reversed(self.entities) if e.kind is Kind.DESCRIPTION]
        # the source on the same head, else the unnamed source quoted last ("مسؤول كبير")
        for entity in [*(e for e in described if fits(e.words)), *described]:
            if fits(entity.words, own_head=False):
                return self._touch(entity)
        earlier = self._earlier_source(head)
        if earlier is not None and fits(earlier.split()):
            return self._add(Entity(earlier, Kind.DESCRIPTION, None, female))
        if len(phrase) == 1:
            return None  # "المصدر" with no source described before it: whose, unsaid
        return self._add(Entity(" ".join(f"ال{w}" for w in phrase), Kind.DESCRIPTION, None, female))

    def _earlier_source(self, head: str) -> str | None:
        """How the text described the last unnamed source on this head before the mention
        ("بحسب مصدر سوري فإن …" → "مصدر سوري")."""
        pattern = rf"(?<![\w{MARKS}])[وفب]?{re.escape(head)}(?![\w{MARKS}])"
        found = list(re.finditer(pattern, self.text[: self.at]))
        if not found:
            return None
        mention = read_subject(self.text[found[-1].start() : self.at]).mention
        return mention.name if mention is not None and mention.kind is Kind.DESCRIPTION else None

    def _definite(self, phrase: str) -> bool:
        """ "خطيبة الصحفي", "زوجة اللاعب", "ابنة فلان": a relational or role noun whose
        possessor is definite or a name the article gives, so the phrase names one
        particular person (unlike "مسؤول أمريكي" or "ضابط رفيع", which introduce someone
        new)."""
        words = phrase.split()
        if len(words) < 2 or words[0].startswith("ال"):
            return False
        head, possessor = words[0], words[1]
        if head not in RELATIONAL and head not in TITLES:
            return False
        if possessor.startswith("ال"):
            return True
        named = [w for intro in self.introductions for w in intro.name.split()]
        return possessor in named or any(possessor in e.words for e in self.entities)

    def _described(self, description: str, female: bool | None) -> Entity | None:
        """A definite description points back: to the nearest earlier introduction whose
        role (or organisation) it repeats ("المخرجة" → "المخرجة السورية هالة منصور",
        "خطيبة الصحفي" → "سلمى ناصر، خطيبة الصحفي"); to nobody when the article has
        named someone it could be but does not link it to them; to itself when the article
        names no one it could be ("ابنة المعلمة")."""
        words = [w.removeprefix("ال") for w in description.split()]
        aged = next((i for i, w in enumerate(words) if i and w in ("بالغ", "بالغة")), None)
        age = words[aged:] if aged is not None else []  # "المخرجة البالغة 44 عاما"
        words = words[:aged] if aged is not None else words
        head, possessor = words[0], words[1:2]
        organisation = _institution(head)

        def possessed(heads: list[str]) -> bool:  # "ابنة المعلمة" is not the teacher
            return bool(possessor) and possessor[0] in heads and head not in heads

        candidates = [
            intro
            for intro in self.introductions
            if intro.start < self.at
            and (intro.kind is Kind.ORGANISATION) == organisation
            and (organisation or _may_be(intro.female, female))
            and not possessed(intro.heads)
        ]
        repeated = [intro for intro in candidates if _repeats(words, intro, organisation)]
        if repeated and organisation:
            entity = self.resolve(Mention(repeated[-1].name, Kind.ORGANISATION))
            if entity is not None and len(description.split()) > len(entity.words):
                # a body is read out by the fullest form the text gives it: "المديرية
                # العامة للحماية المدنية", not the headline's "مديرية الحماية" (R1's W7)
                entity.name = " ".join(description.split())
            return entity
        if repeated:
            nearest = repeated[-1]
            if self._same_paragraph_rival(nearest, repeated[:-1]):
                return None  # "وتبادل خوان مدرب … ونونو مدرب … ⏎ وقال المدرب": either
            others = [i for i in repeated[:-1] if _other_person(nearest.name, i.name)]
            if len(words) == 1 and others:
                return None  # a bare "الوزير" after two ministers, paragraphs apart: either
            return self._person(nearest.name.split(), nearest.role, female)
        if not organisation and possessor and head in EPITHETS:  # "نجم النادي"
            return self._varied_role(possessor[0], female)

        def rival(entity: Entity) -> bool:
            if organisation:  # "الجيش" is not "منظمة العفو"; it may be "هيومن رايتس ووتش"
                own = entity.words[0].removeprefix("ال")
                if entity.kind is Kind.ORGANISATION:
                    return own == head or not _institution(own)
                return (
                    entity.kind is Kind.PERSON
                    and not entity.role
                    and not self._person_named(entity)
                )
            return entity.kind is Kind.PERSON and compatible(entity, female)

        rivals = [e for e in self.entities if rival(e) and not possessed(designation_heads(e))]
        headlined = None if organisation else self._headline_speaker(female)
        if headlined is not None:  # its own introduction in the headline is no rival of it
            candidates = [intro for intro in candidates if intro.name != headlined]
            rivals = [entity for entity in rivals if entity.name != headlined]
        # A person the article introduced may be the one described; an organisation only
        # when it has spoken ("الحكومة السورية" after a mention of "وزارة الصحة" is new).
        if rivals or (candidates and not organisation):
            return None
        later = self._introduced_later(words, female) if not organisation else None
        if later is not None:
            return later
        if not organisation and self._people_after(female):
            # Nor anyone the article names further on: a bare "المدير الفني" where the
            # article names people is as likely one of them (tune sets: wrong 34 -> 29,
            # right 404 -> 401); it is kept only where it is the article's one designation.
            return None
        if headlined is not None:  # "الشمري: سنقاتل …" ⏎ "وقال مدرب الفريق: «…»"
            return self._person(headlined.split(), description, female)
        marked = None if organisation else _marked_after(description, self.text)
        if marked is not None:  # "رئيس الوزراء “منصف بن سالم”" … "وتساءل رئيس الوزراء"
            return self._person(marked.split(), description, female)
        kind = Kind.ORGANISATION if organisation else Kind.DESCRIPTION
        if not organisation and len(words) == 1:
            # "الوزير" → "وزير الري"; "السيدة" → "سيدة تبلغ من العمر 25 عاما"
            earlier = self._earlier_description(head)
            numbers = {w for w in age if w.isdigit()}
            if numbers and earlier and not numbers & set(earlier.split()):
                earlier = None  # "السيدة البالغة من العمر 35 عاما" is not the one of 25
            description = self._fuller_title(head) or earlier or description
        return self._add(Entity(description, kind, None, female))

    def _headline_speaker(self, female: bool | None) -> str | None:
        """The one person the headline names as its speaker by name alone ("الشمري:
        …", "لوبيز يتمنى …"), in an article that introduces no person: a title in its
        body that is no one else's is that person's (the headline quotes its speaker). A
        one word name stays doubtful: taken as known it named a wrong person once on set F."""
        if _titled_in_marks(self.text):
            return None  # "رئيس الوزراء “منصف بن سالم”": the body names its people in marks
        head = re.match(r"^([^:«»“”\"\n]{2,40}):", self.text)
        words = [bare(w) for w in head.group(1).split()] if head else []
        if not words:  # "لوبيز يتمنى التوفيق …": a name, then its present verb
            opening = [bare(w) for w in self.text.split("\n", 1)[0].split()[:2]]
            verb = opening[1] if len(opening) == 2 else ""
            if verb[:1] in "يت" and len(verb) >= 4 and not verb.startswith(("يو", "يا", "تا")):
                words = opening[:1]
        if not 1 <= len(words) <= 3 or not all(is_name_word(w) for w in words):
            return None
        mention = classify(words, female)
        if mention is None or mention.kind not in (Kind.PERSON, Kind.SURNAME):
            return None
        # anyone else introduced may be the one the title is; the headline's own speaker,
        # introduced there by a first name the lists know ("نبيل الفاسي :…"), is no rival
        # (R1's N2: such a head was its own rival)
        if any(i.kind is Kind.PERSON and i.name != mention.name for i in self.introductions):
            return None
        return mention.name if _may_be(mention.female, female) else None

    def _named_later(self, entity: Entity) -> bool:
        """Whether the article introduces the entity only after the mention being resolved."""
        starts = [intro.start for intro in self.introductions if intro.name == entity.name]
        return bool(starts) and min(starts) >= self.at

    def _introduced_later(self, words: list[str], female: bool | None) -> Entity | None:
        """The one person the article names after the description with the very role it
        repeats ("وقال المدير الفني: «…»" … "وكان سامي الخطيب، المدير الفني للمنتخب،"):
        a description that opens the story points forward to them."""
        later = {
            intro.name: intro
            for intro in self.introductions
            if intro.start >= self.at
            and intro.kind is Kind.PERSON
            and _may_be(intro.female, female)
            and _repeats(words, intro, False)
        }
        if len(later) != 1:
            return None
        intro = next(iter(later.values()))
        return self._person(intro.name.split(), intro.role, female)

    def _people_after(self, female: bool | None) -> bool:
        """Whether the article introduces, after the mention, a person of this gender."""
        return any(
            intro.kind is Kind.PERSON and intro.start >= self.at and _may_be(intro.female, female)
            for intro in self.introductions
        )

    def _same_paragraph_rival(self, nearest: Introduction, others: list[Introduction]) -> bool:
        """Whether the paragraph that names the nearest person a description repeats names
        another one it repeats as well: two coaches of one role are never merged, and
        the paragraph nearest gives no way to tell them apart (set C's W3)."""
        opens = self.text.rfind("\n", 0, nearest.start)
        closes = self.text.find("\n", nearest.start)
        if _COUNTERPART.search(self.text[opens + 1 : closes if closes >= 0 else None]):
            return True  # "التقى وزير الخارجية فلان نظيره الفرنسي فلان": two ministers
        return any(
            intro.start > opens and _other_person(nearest.name, intro.name) for intro in others
        )

    def _names_a_role(self, words: list[str]) -> bool:
        """ "مدافع الفريق" read as a name: a word no list or introduction knows, and a
        definite common noun that some person's title before it holds ("سامر داود لاعب
        الفريق"): a role in construct, not a name."""
        if len(words) != 2 or not words[1].startswith("ال") or words[1].endswith(("ي", "ى")):
            return False
        if words[0] in FIRST_NAMES or not self._unknown_word(words[0]):
            return False
        possessor = words[1].removeprefix("ال")
        return any(possessor in self._role_heads(intro) for intro in self._people_before())

    def _team_epithet(self, words: list[str]) -> bool:
        """A word no list or introduction knows and a team, or the teams, after it: an
        epithet read as a name ("ربان المنتخب" for a coach, "عميد الأندية" for a club; both
        were read out as names, kind 6); a team holds no surname."""
        return (
            len(words) == 2
            and words[1].removeprefix("ال") in _SIDES
            and words[1].startswith("ال")
            and words[0] not in FIRST_NAMES
            and self._unknown_word(words[0])
        )

    def _varied_role(self, possessor: str, female: bool | None) -> Entity | None:
        """Elegant variation: a role of the one person the article has brought in so far
        ("تحدث سامر داود لاعب الفريق …" then "وقال مدافع الفريق: «…»"), whose title holds the
        role's genitive; None when anyone else of that gender was named before."""
        before = self._people_before()
        people = {intro.name: intro for intro in before if _may_be(intro.female, female)}
        if len(people) != 1:
            return None
        intro = next(iter(people.values()))
        heads = self._role_heads(intro)
        if possessor not in heads or self._described_other(heads, female):
            return None
        return self._person(intro.name.split(), intro.role, female)

    def _described_other(self, heads: list[str], female: bool | None) -> bool:
        """Whether the text so far describes a person by a title or person noun that is not
        one of `heads` ("وأشاد بالمدرب": someone else the role could be)."""
        for token in self.text[: self.at].split():
            word = unprefixed(bare(token))
            for stem in (
                word.removeprefix("ال"),
                word.removeprefix("بال"),
                word.removeprefix("لل"),
            ):
                if stem in heads or not (stem in TITLE_STEMS or stem in PERSON_NOUNS):
                    continue
                if female is None or stem.endswith("ة") == female:
                    return True
        return False

    def _people_before(self) -> list[Introduction]:
        return [i for i in self.introductions if i.start < self.at and i.kind is Kind.PERSON]

    @staticmethod
    def _role_heads(intro: Introduction) -> list[str]:
        return role_heads(intro.role)

    def _titled_before(self, description: str, female: bool | None) -> Introduction | None:
        """The one person introduced (or quoted) before with this very title, made definite
        by its genitive ("لاعب فريق النادي سامر داود" for a later "لاعب فريق النادي"); None
        when the title is indefinite, or when it titled more than one person."""
        words = [w.removeprefix("ال") for w in description.split()]
        if len(words) < 2 or not description.split()[-1].startswith("ال"):
            return None
        titled = [Introduction(e.name, e.kind, e.role, e.female, -1) for e in self.entities] + [
            i for i in self.introductions if i.start < self.at
        ]
        people = {
            intro.name: intro
            for intro in titled
            if intro.kind is Kind.PERSON
            and _may_be(intro.female, female)
            and _contains(self._role_heads(intro), words)
        }
        return next(iter(people.values())) if len(people) == 1 else None

    def _earlier_description(self, head: str) -> str | None:
        """How the article described an unnamed person when it first brought them in, the
        nearest time before: the head with an age ("سيدة تبلغ من العمر 25 عاما") or with
        adjectives of origin ("سيدة سورية"); None when it gave neither."""
        pattern = rf"(?<![\w{MARKS}]){re.escape(head)}((?:[^\S\n]+[^\s.،,:؛«»“”\"]+){{0,5}})"
        found = list(re.finditer(pattern, self.text[: self.at]))
        if not found or head not in PERSON_NOUNS:
            return None
        tail = [bare(w) for w in found[-1].group(1).split()]
        age = re.match(
            r"((?:تبلغ|يبلغ|البالغة|البالغ) من العمر \d+ (?:عاما|سنة|عامًا))", " ".join(tail)
        )
        if age:
            return f"{head} {age.group(1)}"
        origin = []
        for word in tail[:2]:
            if word.startswith("ال") or not word.endswith(("ي", "ية")) or len(word) < 4:
                break
            origin.append(word)
        return " ".join([head, *origin]) if origin else None

    def _fuller_title(self, head: str) -> str | None:
        """The one title in construct on this head that the article used before ("وزير
        الري" for "الوزير"); None when it used none, or several ("وزير الري"، "وزير المالية")."""
        pattern = rf"(?<![\w{MARKS}])[وف]?{re.escape(head)}\s+(ال[^\s.،,:؛«»“”\"]+)"
        found = {m.group(1) for m in re.finditer(pattern, self.text[: self.at])}
        if len(found) != 1:
            return None
        fuller = f"{head} {bare(found.pop())}"
        return None if _another_office(head, fuller.split()) else fuller

    def _person_named(self, entity: Entity) -> bool:
        """Whether a source is plainly a person: a known first name opens its name."""
        first = entity.words[0] if entity.words else ""
        return first in FIRST_NAMES

    def last(self, female: bool | None = None) -> Entity | None:
        """The most recent source a verb of this gender can continue."""
        for entity in reversed(self.entities):
            if compatible(entity, female):
                return entity
        return None


_ISSUED_BY_IT = frozenset(("عنه", "عنها", "عنهم", "منه", "منها"))
# What an indefinite statement may add that names no issuer: "بيان رسمي بهذا الشأن".
_NO_ISSUER = frozenset(("رسمي", "صحفي", "مقتضب", "جديد", "مكتوب", "لاحق", "آخر"))
_TOPIC_TAGS = re.compile(r"\s+(?:بهذا|في هذا|بذلك|في ذلك)\s+(?:الشأن|الصدد|الخصوص)$")


# "نظيره", "نظيرته", "نظراءه": a counterpart, who holds the same title as the one named.
_COUNTERPART = re.compile(r"(?<!\w)[وب]?(?:نظير|نظيرت|نظراء|نظيرا)(?:ه|ها|هم|يه|يها)(?!\w)")


# A team, or the teams: a genitive no surname takes.
_SIDES = frozenset(word_list("منتخب فريق نادي منتخبات فرق أندية"))
# "المسؤول" without an adjective (one of origin, "المسؤول الأمريكي", is as often an
# unnamed official's), and the offices it stands for; an unnamed official or officials in
# the text before it ("مسؤول في الوزارة", "مسؤولون", "المسؤولين") leave it unresolved.
_OFFICIAL_REFERENCES = frozenset(("المسؤول", "المسؤولة"))
_UNNAMED_OFFICIALS = frozenset(
    form
    for stem in word_list("مسؤول مسؤولا مسؤولة مسؤولين مسؤولون مسؤولو مسؤولي مسؤولان مسؤولات")
    for form in (stem, "ال" + stem, "لل" + stem)
    if form not in _OFFICIAL_REFERENCES
)
_OFFICES = frozenset(
    word_list(
        "وزير وزيرة مدير مديرة محافظ محافظة رئيس رئيسة أمين أمينة متحدث متحدثة سفير سفيرة"
        " قائد قائدة وكيل وكيلة مستشار مستشارة مساعد مساعدة مندوب مندوبة مفوض مفوضة والي"
    )
)


def _other_person(name: str, other: str) -> bool:
    """Two names that share no word (as name_key writes them): two people."""
    return not {name_key(w) for w in name.split()} & {name_key(w) for w in other.split()}


def named_relative(phrase: str) -> bool:
    """A relation noun and a possessor that holds a name: "والد محمد العلي"."""
    words = phrase.split()
    return len(words) >= _NAMED_RELATIVE_WORDS and words[0] in RELATIONAL


def _issuer_untold(rest: list[str]) -> bool:
    """Whether a statement phrase after its head leaves its issuer to the context: "صادر
    عنها", "له", or only adjectives and a topic tag ("رسمي بهذا الشأن"), or nothing."""
    if rest[:1] and rest[0] in ("صادر", "صادرا", "الصادر"):
        return rest[1:2] == [] or rest[1] in _ISSUED_BY_IT  # the pronoun ended the phrase
    if rest[:1] and rest[0] in ("له", "لها"):
        return True
    tagless = _TOPIC_TAGS.sub("", " ".join(rest)).split()
    return all(word in _NO_ISSUER for word in tagless)


def without_topic_tag(phrase: str) -> str:
    """ "بيان رسمي بهذا الشأن" → "بيان رسمي": the tag says what it was about, not who."""
    return _TOPIC_TAGS.sub("", phrase)


# Titles that are an office on their own ("الرئيس", "النائب"): in construct with another
# noun they name another office ("رئيس الوزراء", "نائب الرئيس"), except the head of state's.
_STANDALONE_TITLES = frozenset(("رئيس", "رئيسة", "نائب", "نائبة"))
_OF_STATE = frozenset(("الجمهورية", "الدولة", "البلاد"))


def _another_office(stem: str, described: list[str]) -> bool:
    """Whether a bare title ("الرئيس") is only the construct head of the entity's office
    ("رئيس الوزراء فلان"): the same word, another office."""
    if stem not in _STANDALONE_TITLES:
        return False
    words = [bare(w) for w in described]
    for index, word in enumerate(words[:-1]):
        if word.removeprefix("ال") != stem:
            continue
        genitive = words[index + 1]
        if word.startswith("ال") or not genitive.startswith("ال"):
            return False  # "الرئيس الفرنسي", "رئيس فرنسا": the president himself
        return genitive not in _OF_STATE and not genitive.endswith(("ي", "ية"))
    return False


def _one_of(stem: str, entity: Entity) -> bool:
    """Whether an unnamed source is one of a group on this noun: "أحد المهندسين" for
    "المهندس", "إحدى المسعفات" for "المسعفة"."""
    words = entity.words
    if entity.kind is not Kind.DESCRIPTION or len(words) < 2 or words[0] not in ("أحد", "إحدى"):
        return False
    group = words[1].removeprefix("ال")
    if stem.endswith("ة"):
        return group == stem[:-1] + "ات"
    return group in (stem + "ين", stem + "ون")


def designation_heads(entity: Entity) -> list[str]:
    """The words of an entity's role and name without their article: what another mention
    of them may repeat ("المدرب" of "مدرب الوداد فلان")."""
    return [bare(w).removeprefix("ال") for w in f"{entity.role or ''} {entity.name}".split()]


def _institution(head: str) -> bool:
    return head in INSTITUTIONS or "ال" + head in INSTITUTIONS or head in OUTLETS


def _describes(head: str) -> bool:
    """A head noun that describes a person or an organisation: a definite phrase on it is
    a description pointing back ("المنظمة الحقوقية", "المخرجة", "الوزير")."""
    return "ال" + head in PROFESSION_HONORIFICS or any(
        word in TITLES or word in PERSON_NOUNS or word in RELATIONAL or _institution(word)
        for word in (head, "ال" + head)
    )


def _may_be(theirs: bool | None, female: bool | None) -> bool:
    return theirs is None or female is None or theirs == female


def _repeats(words: list[str], intro: Introduction, organisation: bool) -> bool:
    """Whether a description repeats what the introduction says of its referent: an
    organisation's head noun ("المنظمة الحقوقية" → "منظمة …"); every word of a person's
    description ("رئيس الاتحاد الكوري السابق" is not "الرئيس السويسري …")."""
    heads = intro.heads
    if organisation:
        return bool(heads) and intro.name.split()[0].removeprefix("ال") == words[0]
    if len(words) == 1 and _another_office(words[0], (intro.role or "").split()):
        return False  # "الرئيس" is not "رئيس الوزراء فلان", "النائب" not "نائب الوزير"
    words, heads = one_office(words), one_office(heads)
    stems = {w.removesuffix("ة") for w in heads}
    return all(w in heads or w.removesuffix("ة") in stems for w in words)


def one_office(stems: list[str]) -> list[str]:
    """Role words (without ال) with each of an office's names written as its one name:
    ["مدير", "فني", "للمنتخب"] → ["مدرب", "للمنتخب"]."""
    out: list[str] = []
    index = 0
    while index < len(stems):
        for phrase, office in OFFICE_NAMES:
            if tuple(stems[index : index + len(phrase)]) == phrase:
                out.extend(office.split())
                index += len(phrase)
                break
        else:
            out.append(stems[index])
            index += 1
    return out


def role_heads(role: str | None) -> list[str]:
    """A role's words without their article: what a title is matched by."""
    return [w.removeprefix("ال") for w in (role or "").split()]


def role_in_text(name: str, text: str) -> str | None:
    """The title the article puts before the name where it first gives it in full
    ("… وزير الصحة نبيل السالم"), or in apposition after it ("نبيل السالم، وزير الصحة،")."""
    match = whole_word(name).search(text)
    if match is None:
        return None
    before = text[: match.start()].split("\n")[-1]
    clause = re.split(r"[.،,:؛!؟]\s*", before)[-1].split()
    words = [bare(w) for w in clause][-8:]
    for index, word in enumerate(words):
        plain = word.removeprefix("ال")
        genitive = (  # two indefinite words before it: a construct ("قلب دفاع المنتخب")
            index > 1
            and word.startswith("ال")
            and _construct_head(words[index - 1])
            and _construct_head(words[index - 2])
        )
        if genitive:
            continue  # "ظهير أيمن الفريق …": the team, not the rank الفريق
        if (word in TITLES or plain in TITLES or word in HONORIFICS) and index < len(words):
            role = words[index:]
            if all(not is_name_word(w) or w.startswith("ال") for w in role[:1]):
                return " ".join(role)
    after = re.match(r"\s*[،,]\s*([^،,.:]{3,80})[،,]", text[match.end() :])
    if after:
        words = [bare(w) for w in after.group(1).split()]
        for relative in ("الذي", "التي", "وهو", "وهي"):
            words = words[: words.index(relative)] if relative in words else words
        if words and is_title(words[0]):
            return role_words(words)
    return None


def _construct_head(word: str) -> bool:
    """A noun that takes the word after it as its genitive: indefinite, no verb or stop."""
    return not word.startswith("ال") and is_name_word(word) and word not in HONORIFICS


def _named_after(noun: str, text: str) -> str | None:
    """The name that follows a title in the article: "رئيس الوزراء البريطاني ديفيد كاميرون"
    for "رئيس الوزراء البريطاني", "المتحدث الرسمي باسم … خالد السهلي" for "المتحدث"."""
    words = [re.escape(w.removeprefix("ال")) for w in noun.split()]
    phrase = r"\s+".join(rf"(?:ال)?{w}" for w in words)
    pattern = rf"(?<![\w{MARKS}]){phrase}(?![\w{MARKS}])((?:[^\S\n]+[^\s.،,:«»“”\"]+){{1,8}})"
    for match in re.finditer(pattern, text):
        tail = [bare(w) for w in match.group(1).split()]
        first = 2 if lam_complement(tail) else 0  # "المدير الفني | لمنتخب البلاد | فلان"
        for start in range(first, min(len(tail), 7)):
            previous = tail[start - 1] if start else ""
            if start and not (previous.startswith("ال") or previous in ("باسم", *HONORIFICS)):
                break
            run = _name_after(" ".join(tail[start:]))
            if len(run) >= 2:
                return " ".join(run)
    return _marked_after(noun, text)


def _marked_after(noun: str, text: str) -> str | None:
    """ "أنهى رئيس الوزراء “منصف بن سالم” مداخلته": the name a title's holder is given in
    marks, a house style of some outlets (R1's N16: the title went to the headline's
    speaker); only marks that hold a name and no more."""
    words = [re.escape(w.removeprefix("ال")) for w in noun.split()]
    phrase = r"\s+".join(rf"(?:ال)?{w}" for w in words)
    marked = rf"(?<![\w{MARKS}]){phrase}[^\S\n]*[«“\"]([^«»“”\"\n]{{3,40}})[»”\"]"
    for match in re.finditer(marked, text):
        name = match.group(1).split()
        if len(name) >= 2 and _name_after(match.group(1)) == [bare(w) for w in name]:
            return " ".join(bare(w) for w in name)
    return None


_MARKED = re.compile(r"((?:\S+[^\S\n]+)?\S+)[^\S\n]*[«“\"]([^«»“”\"\n]{3,40})[»”\"]")


def _titled_in_marks(text: str) -> bool:
    """Whether the text names someone in marks right after a title ("رئيس الوزراء “منصف
    بن سالم”"), a house style of some outlets: the marks hold a name of two words or more
    and nothing else."""
    for match in _MARKED.finditer(text):
        if not any(is_title(bare(w)) for w in match.group(1).split()):
            continue
        words = match.group(2).split()
        if len(words) >= 2 and _name_after(match.group(2)) == [bare(w) for w in words]:
            return True
    return False


def _name_after(text: str, limit: int = 4) -> list[str]:
    """The name that follows a title: words up to a comma, stop word or title word, and
    where a name ends ("القاضي كمال فريد | جلسة الأمس": a noun in ة after it, the verb's
    object; "ملك البلاد | يستقبل رجال أعمال": a verb and its object, no name)."""
    plains: list[str] = []
    for word in text.split()[:limit]:
        plains.append(bare(word))
        if word != plains[-1]:
            break  # punctuation ends the phrase
    if not plains or plains[0].startswith("ال") or lam_complement(plains):
        return []
    return leading_name(plains)


def _title_run(words: list[str], nisba: bool = False) -> list[str]:
    """The name-run that ends `words` when a title or honorific stands before it; with
    `nisba`, the name it completes is itself a surname in ال, which may follow another
    ("النائب سالم الحمداني | الكبيسي": a tribe's nisba, then the family's)."""
    run: list[str] = []
    while words and len(run) < 3:
        # "عبد الله", "عبد الفتاح": a compound name's ال-word is the name's
        compound = len(words) > 1 and words[-1].startswith("ال") and words[-2] in ("عبد", "أبو")
        surname = nisba and not run and words[-1].startswith("ال") and words[-1].endswith("ي")
        if not (is_name_word(words[-1], surname) or compound):
            break
        run.insert(0, words.pop())  # "عبد الله بوانو": a compound name's ال-word too
    before = unprefixed(words[-1]) if words else ""  # "… والتنمية عبد الله"
    titled = bool(words) and (before.startswith("ال") or words[-1] in HONORIFICS)
    if not run or not titled or unprefixed(run[0]) != run[0]:
        return []  # "ومحمد": a conjunction, not a name's letter (but "وهبي", "وليد")
    return run


def _with_middle_names(words: list[str], text: str) -> str | None:
    """The longest form of the name the article writes with middle names between its first
    and last words ("إيفلين متى بطرس" for "إيفلين بطرس"), or None."""
    inner = len(words) - 2 + _MAX_MIDDLE_NAMES
    first, last = re.escape(words[0]), re.escape(words[-1])
    pattern = (
        rf"(?<![\w{MARKS}]){first}((?:[^\S\n]+[^\s.،,:؛«»“”\"]+){{1,{inner}}}?)"
        rf"[^\S\n]+{last}(?![\w{MARKS}])"
    )
    best: str | None = None
    for match in re.finditer(pattern, text):
        middle = [bare(w) for w in match.group(1).split()]
        if not all(is_name_word(w, last=False) or w in NAME_LINKS for w in middle):
            continue
        if any(w.startswith("و") and w not in MENS_NAMES for w in middle):
            continue  # "سامر ورامي داود": two people
        form = [words[0], *middle, words[-1]]
        if _middle_named(form, words) and len(form) > len((best or "").split()):
            best = " ".join(form)
    return best


def fullest_form(name: str, text: str) -> str:
    """The longest form of a name that the article uses: "غروس" → "كريستيان غروس" (a
    name-run after a title), "المتحدث" → the name after "المتحدث … " where one follows."""
    words = name.split()
    escaped = re.escape(name)
    if is_title(words[0]) or words[0].startswith("ال"):
        if len(words) == 1 and words[0].startswith("ال") and is_name_word(words[0]):
            pass  # a surname in ال: look for the name-run it ends, below
        else:
            stem = re.escape(words[0].removeprefix("ال"))
            pattern = (
                rf"(?<![\w{MARKS}])(?:ال)?{stem}(?![\w{MARKS}])((?:[^\S\n]+[^\s.،,:]+){{1,6}})"
            )
            for match in re.finditer(pattern, text):
                tail = match.group(1).split()
                for start in range(len(tail)):
                    if tail[start].startswith("ال") and start + 1 < len(tail):
                        continue
                    run = _name_after(" ".join(tail[start:]))
                    if len(run) >= 2 and all(bare(w).startswith("ال") for w in tail[:start]):
                        return " ".join(run)
            return name
    best = name
    if len(words) == 1:  # "رؤى" → "رؤى الصبان" where a title introduces her in full
        variants = "".join(_VARIANTS.get(char, re.escape(char)) for char in name)
        after_pattern = rf"(\S+)[^\S\n]+({variants})((?:[^\S\n]+[^\s.،,:«»“”\"]+){{1,2}})"
        for match in re.finditer(after_pattern, text):
            before = bare(match.group(1))
            if not (before.startswith("ال") or before in HONORIFICS or before in TITLES):
                continue
            run = []
            for word in (bare(w) for w in match.group(3).split()):
                if not is_name_word(word) or word.endswith("ة"):
                    break  # "بوانو الخطة": a noun in ة, the object
                run.append(word)
                if word.startswith("ال"):
                    break
            if run and not any(is_title(w) for w in run):
                candidate = " ".join([match.group(2), *run])
                if len(candidate) > len(best):
                    best = candidate
    if len(words) >= 2:
        best = _with_middle_names(words, text) or best
    before_pattern = rf"((?:[^\s.]+[^\S\n]+){{1,4}}){escaped}(?![\w{MARKS}])"
    for match in re.finditer(before_pattern, text):
        before = [bare(w) for w in match.group(1).split()]
        if len(words) <= 2:
            run = _title_run(before, nisba=len(words) == 1 and words[0].startswith("ال"))
            candidate = " ".join([*run, name]) if run else name
            if len(candidate) > len(best) and len(candidate.split()) <= 5:
                best = candidate
    return best
