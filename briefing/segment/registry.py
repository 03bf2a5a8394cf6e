"""The sources an article names, so that later mentions find who they point to.

"غروس" is the "كريستيان غروس" of the lead; "المتحدث" is the spokesman named above; "الضابط"
is the officer described before; "المنظمة الحقوقية" is the organisation quoted last. A
mention that points to no one the article has named resolves to None: the speaker stays
unknown rather than becoming a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.segment.lexicon import HONORIFICS, MARKS, TITLES, bare
from briefing.segment.mentions import Kind, Mention, is_name_word

_ANONYMOUS = ("المصدر", "المصادر")


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


def _contains(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


_SPELLINGS = str.maketrans("غقگأإآةى", "جججاااهي")


_VARIANTS = {"ج": "[جغق]", "غ": "[جغق]", "ق": "[جغق]", "ة": "[ةه]", "ه": "[ةه]", "ى": "[ىي]"}


def name_key(word: str) -> str:
    """A name word as spelling variants share it: a foreign G written ج, غ or ق ("تشونغ",
    "تشونج"), hamza seats, ta marbuta and alef maqsura."""
    return word.translate(_SPELLINGS)


def compatible(entity: Entity, female: bool | None) -> bool:
    """Whether a verb of this gender can have the entity as subject. An organisation's or a
    document's grammatical gender follows whichever noun the writer has in mind (المنظمة،
    التقرير), so both agree with it."""
    if female is None or entity.female is None:
        return True
    if entity.kind in (Kind.ORGANISATION, Kind.DOCUMENT):
        return True
    return entity.female == female


class Registry:
    """The article's sources, most recent last."""

    def __init__(self, article_text: str) -> None:
        self.text = article_text
        self.entities: list[Entity] = []

    def _touch(self, entity: Entity) -> Entity:
        self.entities.remove(entity)
        self.entities.append(entity)
        return entity

    def _add(self, entity: Entity) -> Entity:
        self.entities.append(entity)
        return entity

    def resolve(self, mention: Mention, female: bool | None = None) -> Entity | None:
        """The entity a mention names (new or known), or None when it names no one."""
        gender = mention.female if mention.female is not None else female
        if mention.kind is Kind.PERSON:
            return self._person(mention.name.split(), mention.role, gender)
        if mention.kind is Kind.SURNAME:
            known = self._known_person(mention.name.split(), gender)
            if known is not None:
                return self._touch(known)
            fuller = fullest_form(mention.name, self.text)
            if len(fuller.split()) >= 2:
                return self._person(fuller.split(), None, gender)
            return None
        if mention.kind is Kind.REFERENCE:
            return self._reference(mention.name, gender)
        for entity in reversed(self.entities):  # organisations, documents, descriptions
            if entity.kind is mention.kind and (
                _contains(entity.words, mention.name.split())
                or _contains(mention.name.split(), entity.words)
            ):
                if len(mention.name) > len(entity.name):
                    entity.name = mention.name
                return self._touch(entity)
        return self._add(Entity(mention.name, mention.kind, mention.role, gender))

    def _known_person(self, words: list[str], female: bool | None) -> Entity | None:
        words = [name_key(w) for w in words]
        for entity in reversed(self.entities):
            if entity.kind is not Kind.PERSON or not compatible(entity, female):
                continue
            theirs = [name_key(w) for w in entity.words]
            if _contains(theirs, words) or _contains(words, theirs):
                return entity
            if len(words) == 1 and words[0] in (theirs[0], theirs[-1]):
                return entity
            if len(words) >= 3 and _contains(theirs, words[:2]):
                return entity  # "كريستيل برويا طبيعة": the known name and what follows it
        return None

    def _person(self, words: list[str], role: str | None, female: bool | None) -> Entity:
        known = self._known_person(words, female)
        if known is not None:
            if len(words) > len(known.words) and _contains(words, known.words):
                known.name = " ".join(words)
            known.role = known.role or role
            if known.female is None:
                known.female = female
            return self._touch(known)
        name = fullest_form(" ".join(words), self.text)
        return self._add(Entity(name, Kind.PERSON, role or role_in_text(name, self.text), female))

    def _reference(self, noun: str, female: bool | None) -> Entity | None:
        """ "المتحدث" → the spokesman named before; "رئيس الوزراء البريطاني" → the prime
        minister named in the lead; "المصدر" → the last anonymous source."""
        phrase = [w.removeprefix("ال") for w in noun.split()]
        for entity in reversed(self.entities):
            if not compatible(entity, female):
                continue
            described = " ".join(filter(None, (entity.role, entity.name)))
            heads = [w.removeprefix("ال") for w in described.split()]
            stem = phrase[0]
            if len(phrase) > 1 and _contains(heads, phrase):
                return self._touch(entity)
            if len(phrase) == 1 and (stem in heads or (stem.endswith("ة") and stem[:-1] in heads)):
                return self._touch(entity)
        if noun in _ANONYMOUS:
            for entity in reversed(self.entities):
                if entity.kind is Kind.DESCRIPTION:
                    return self._touch(entity)
            return None
        named = _named_after(noun, self.text)
        if named is not None:
            return self._person(named.split(), noun, female)
        if len(phrase) > 1 and noun.split()[0].removeprefix("ال") not in TITLES:
            return self._add(Entity(noun, Kind.ORGANISATION, None, female))  # "الولايات المتحدة"
        return None

    def last(self, female: bool | None = None) -> Entity | None:
        """The most recent source a verb of this gender can continue."""
        for entity in reversed(self.entities):
            if compatible(entity, female):
                return entity
        return None


def role_in_text(name: str, text: str) -> str | None:
    """The title the article puts before the name where it first gives it in full
    ("… وزير الصحة نبيل السالم"), or in apposition after it ("نبيل السالم، وزير الصحة،")."""
    match = re.search(rf"(?<![\w{MARKS}]){re.escape(name)}(?![\w{MARKS}])", text)
    if match is None:
        return None
    before = text[: match.start()].split("\n")[-1]
    clause = re.split(r"[.،,:؛!؟]\s*", before)[-1].split()
    words = [bare(w) for w in clause][-8:]
    for index, word in enumerate(words):
        plain = word.removeprefix("ال")
        if (word in TITLES or plain in TITLES or word in HONORIFICS) and index < len(words):
            role = words[index:]
            if all(not is_name_word(w) or w.startswith("ال") for w in role[:1]):
                return " ".join(role)
    after = re.match(r"\s*[،,]\s*([^،,.:]{3,80})[،,]", text[match.end() :])
    if after:
        words = [bare(w) for w in after.group(1).split()]
        for relative in ("الذي", "التي", "وهو", "وهي"):
            words = words[: words.index(relative)] if relative in words else words
        if words and (words[0] in TITLES or words[0].removeprefix("ال") in TITLES):
            return " ".join(words)
    return None


def _named_after(noun: str, text: str) -> str | None:
    """The name that follows a title in the article: "رئيس الوزراء البريطاني ديفيد كاميرون"
    for "رئيس الوزراء البريطاني", "المتحدث الرسمي باسم … خالد السهلي" for "المتحدث"."""
    words = [re.escape(w.removeprefix("ال")) for w in noun.split()]
    phrase = r"\s+".join(rf"(?:ال)?{w}" for w in words)
    pattern = rf"(?<![\w{MARKS}]){phrase}(?![\w{MARKS}])((?:[^\S\n]+[^\s.،,:«»“”\"]+){{1,8}})"
    for match in re.finditer(pattern, text):
        tail = [bare(w) for w in match.group(1).split()]
        for start in range(min(len(tail), 7)):
            previous = tail[start - 1] if start else ""
            if start and not (previous.startswith("ال") or previous in ("باسم", *HONORIFICS)):
                break
            run = _name_after(" ".join(tail[start:]))
            if len(run) >= 2:
                return " ".join(run)
    return None


def _name_after(text: str, limit: int = 4) -> list[str]:
    """The name that follows a title: words up to a comma, stop word or title word."""
    run: list[str] = []
    for word in text.split()[:limit]:
        plain = bare(word)
        if not is_name_word(plain, True) or (plain.startswith("ال") and not run):
            break
        run.append(plain)
        if word != plain or plain.startswith("ال"):
            break
    return run


def _title_run(words: list[str]) -> list[str]:
    """The name-run that ends `words` when a title or honorific stands before it."""
    run: list[str] = []
    while words and is_name_word(words[-1], False) and len(run) < 3:
        run.insert(0, words.pop())
    titled = bool(words) and (words[-1].startswith("ال") or words[-1] in HONORIFICS)
    if not run or not titled or run[0].startswith(("و", "ف")):
        return []
    return run


def fullest_form(name: str, text: str) -> str:
    """The longest form of a name that the article uses: "غروس" → "كريستيان غروس" (a
    name-run after a title), "المتحدث" → the name after "المتحدث … " where one follows."""
    words = name.split()
    escaped = re.escape(name)
    if words[0] in TITLES or words[0].removeprefix("ال") in TITLES or words[0].startswith("ال"):
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
                if not is_name_word(word) or (run and word.endswith("ة")):
                    break
                run.append(word)
                if word.startswith("ال"):
                    break
            if run and not any(w in TITLES or w.removeprefix("ال") in TITLES for w in run):
                candidate = " ".join([match.group(2), *run])
                if len(candidate) > len(best):
                    best = candidate
    before_pattern = rf"((?:[^\s.]+[^\S\n]+){{1,4}}){escaped}(?![\w{MARKS}])"
    for match in re.finditer(before_pattern, text):
        before = [bare(w) for w in match.group(1).split()]
        if len(words) <= 2:
            run = _title_run(before)
            candidate = " ".join([*run, name]) if run else name
            if len(candidate) > len(best) and len(candidate.split()) <= 5:
                best = candidate
    return best
