"""Who the article has named so far: the antecedents a definite description points back to.

A definite description ("المنظمة الحقوقية", "المخرجة", "خطيبة الصحفي") is anaphoric: it
stands for someone the article has already introduced. The introductions news writing uses:

- a title phrase and a name: "المخرجة السورية هالة منصور", "وزير الخارجية عادل الجبير";
- a name and its description in apposition: "سلمى ناصر، خطيبة الصحفي المفقود،";
- a description and the name in apposition: "خطيبة الصحفي، سلمى ناصر،";
- an organisation by its head noun: "منظمة الشفافية الدولية", "صحيفة الأيام".

Each introduction keeps where it stands in the article, so that a description is resolved
only to what was said before it, and so that a carry-over ("وأضاف") can see that someone
else was named in between.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.names import FIRST_NAMES, LISTED_NAMES, MENS_NAMES
from briefing.segment.lexicon import (
    CALLED,
    COMPLEMENTIZERS,
    COMPOUND_LINKS,
    HONORIFICS,
    INSTITUTIONS,
    NAME_LINKS,
    OUTLETS,
    PERSON_NOUNS,
    QUOTE_MARKS,
    RELATIONAL,
    SPEECH_VERBS,
    SUBJECT_STOPS,
    TITLE_STEMS,
    TITLES,
    TOPIC_VERBS,
    bare,
    unprefixed,
)
from briefing.segment.mentions import Kind, Mention, classify, organisation_name, role_words
from briefing.segment.person_names import leading_name, nisba_named
from briefing.segment.subjects import called, titled_further, trim_name
from briefing.segment.word_classes import (
    gender_of_name,
    is_name_word,
    is_verb_word,
    reads_as_speaker,
)

_MAX_PHRASE = 10  # words a title phrase may run before its name


@dataclass(frozen=True)
class Introduction:
    """A person or organisation as the article introduces it, at offset `start`."""

    name: str
    kind: Kind
    role: str | None
    female: bool | None
    start: int

    @property
    def heads(self) -> list[str]:
        """The words of the role and name without "ال", for matching a description."""
        words = f"{self.role or ''} {self.name}".split()
        return [w.removeprefix("ال") for w in words]


def gender_of_introduction(role: list[str], name: list[str]) -> bool | None:
    """A woman when her title or name says so; a man when his is a masculine title that
    has a feminine form ("الوزير" / "الوزيرة") or a man's first name."""
    female = gender_of_name(role) if role else None
    if female is None:
        female = gender_of_name(name)
    if female is not None:
        return female
    head = role[0] if role else ""
    feminine = head + "ة"
    if head and any(f in TITLES or f in HONORIFICS for f in (feminine, "ال" + feminine[2:])):
        return False
    if head.removeprefix("ال") in RELATIONAL and not head.endswith("ة"):
        return False
    return False if name and name[0] in MENS_NAMES else None


def _is_head(word: str) -> bool:
    plain = word.removeprefix("ال")
    return (
        word in HONORIFICS
        or word in TITLES
        or plain in TITLES
        or plain in RELATIONAL
        or plain in PERSON_NOUNS
    )


def _governed_head(word: str) -> str:
    """A title a preposition governs, as the title: "التقى الوزير فلان بوزير التعليم علان"
    introduces the second minister too, a rival for "وقال الوزير" (without him the one
    minister left took his words); any other word unchanged. Inside a title phrase only
    ب cuts it: a ل-complement is the title's own ("المستشار الإعلامي لوزير الصحة فلان")."""
    if _is_head(word) or word[:1] not in "بل" or len(word) < 4:
        return word
    head = "ال" + word[2:] if word.startswith("لل") else word[1:]  # للوزير، بالوزير، بوزير
    return head if _is_head(head) else word


_MAX_SET_OFF = 6


def _set_off(tokens: list[str], last: int) -> list[str]:
    """The words set off by commas after the token at `last`, when it ends on a comma:
    "فلان، وزير النقل، …" → وزير النقل; nothing when no closing comma comes soon."""
    if last >= len(tokens) or not tokens[last].endswith(("،", ",")):
        return []
    words: list[str] = []
    for token in tokens[last + 1 : last + 1 + _MAX_SET_OFF]:
        words.append(bare(token))
        if token.endswith(("،", ",")):
            return words
    return []


def _with_apposed(role: str, after: list[str]) -> str:
    """The role with the title that follows the name in apposition ("الشيخ فلان إمام
    المسجد", "الدكتور فلان استشاري القلب": "وقال الإمام" found no one), unless that
    title names someone of its own ("… سفير فرنسا علان")."""
    if not after or after[0] not in TITLE_STEMS or _names_its_own(after):
        return role
    apposed = role_words(after)
    return f"{apposed} {role}" if apposed else role  # "إمام المسجد الشيخ فلان" on air


def _names_its_own(title: list[str]) -> bool:
    """A title phrase that goes on to a name of its own ("انتخب المؤتمر أمين عام الحزب
    فلان الفلاني"): the words before it are no name it describes (the verb and subject
    before it were introduced as the secretary-general, and took his words)."""
    mention = classify(title)
    return mention is not None and mention.kind is Kind.PERSON and len(mention.name.split()) >= 2


def _governs_title(word: str) -> bool:
    """ب on a title ("بمدير", "بالوزير"): inside a title phrase, the start of another."""
    return word.startswith("ب") and _governed_head(word) != word


def _ends(token: str) -> bool:
    return token.endswith(_PHRASE_ENDS) and not _INITIAL.fullmatch(token)


_PHRASE_ENDS = ("،", ",", ".", ":", "؛", "!", "؟")
_INITIAL = re.compile(r"\S{1,3}\.")  # "د.", "م.": an initial, no phrase's end


def _phrase(tokens: list[str], start: int, limit: int) -> tuple[list[str], bool]:
    """Bare words from `start` to a punctuation mark, quotation, stop word or verb; and
    whether the last word ended on a comma."""
    words: list[str] = []
    comma = False
    for token in tokens[start : start + limit]:
        word = bare(token)
        if not word or any(mark in token for mark in QUOTE_MARKS):
            break
        if words and (word in SUBJECT_STOPS or word in COMPLEMENTIZERS or is_verb_word(word)):
            break
        if words and _governs_title(word):
            break  # "أشاد الوزير بمدير المستشفى فلان": the director is named, not the minister
        words.append(word)
        if _ends(token):
            comma = token.endswith(("،", ","))
            break
    return words, comma


def _to_comma(tokens: list[str], start: int) -> tuple[list[str], bool]:
    """The words of a title phrase that runs through a prepositional phrase to a comma,
    or nothing when a verb, quotation, complementizer or sentence end comes first."""
    words: list[str] = []
    for token in tokens[start : start + _MAX_PHRASE]:
        word = bare(token)
        if not word or any(mark in token for mark in QUOTE_MARKS):
            return [], False
        if word in COMPLEMENTIZERS or is_verb_word(word) or token.endswith((".", ":", "؛")):
            return [], False
        words.append(word)
        if token.endswith(("،", ",")):
            return words, True
    return [], False


def _to_closing_comma(tokens: list[str], start: int) -> list[str]:
    """The name set off after a title's comma: the name words from `start`, and the one
    surname in ال that the closing comma ends, whatever its shape ("عبد الحميد | الدبيبة،":
    the commas close the name where the name lists stop before a surname in ة)."""
    name = leading_name([bare(t) for t in tokens[start : start + 5]])
    end = start + len(name)
    if len(name) < 2 or tokens[end - 1][-1:] in "،,." or end >= len(tokens):
        return name
    surname = bare(tokens[end])
    if tokens[end][-1:] in "،," and surname.startswith("ال") and is_name_word(surname):
        return [*name, surname]
    return name


def _after_complementizer(tokens: list[str], index: int) -> bool:
    return index > 0 and unprefixed(bare(tokens[index - 1])) in COMPLEMENTIZERS


def _opens_clause(tokens: list[str], index: int) -> bool:
    """Whether a name at `index` opens its clause or follows a verb of speaking (whose
    subject it is), so that a title right after it is its apposition ("تحدث سامر داود لاعب
    الفريق"), not the object of a verb such as "التقى"."""
    if index == 0 or re.search(r"[.،,:؛!؟]$", tokens[index - 1]):
        return True
    before = unprefixed(bare(tokens[index - 1]))
    return before in SPEECH_VERBS or before in TOPIC_VERBS or before in COMPLEMENTIZERS


def _run_end(words: list[str], name: list[str]) -> int:
    """The index of the name's last word in the phrase (the phrase's last word if absent)."""
    size = len(name)
    for start in range(len(words) - size + 1):
        if words[start : start + size] == name:
            return start + size - 1
    return len(words) - 1


def _described_noun(token: str) -> str | None:
    """The person noun a name is given for ("ضابطا" → "ضابط", "رجل"), or None."""
    word = unprefixed(bare(token))
    word = word[:-1] if word.endswith("ا") and word[:-1] in PERSON_NOUNS else word
    return word if word in PERSON_NOUNS or word in TITLES else None


def nationality(word: str) -> bool:
    """A definite nisba that no name list holds ("الإيطالي", "البرتغالية"): where the
    person comes from, said before the name, a part of how the article describes them."""
    plain = word.removesuffix("ة")
    return (
        len(plain) >= 5
        and plain.startswith("ال")
        and plain.endswith("ي")
        and (word not in FIRST_NAMES and not _is_head(word))
    )


def _line_ends(matches: list[re.Match[str]], text: str) -> list[int]:
    """For each token, the index of the first token on a later line."""
    ends = [len(matches)] * len(matches)
    for index in range(len(matches) - 2, -1, -1):
        gap = text[matches[index].end() : matches[index + 1].start()]
        ends[index] = index + 1 if "\n" in gap else ends[index + 1]
    return ends


def _verb_before_name(name: list[str]) -> bool:
    """Whether a clause's first word, read into a name, is its verb: a word no list knows
    as a name, before a listed first name and the rest of that name ("دافع منصور
    الشريف", "هاجم سامر داود": a verb no speech list holds, then who did it)."""
    return (
        len(name) >= 3
        and name[0] not in LISTED_NAMES
        and name[1] in FIRST_NAMES
        and not any(name[0] in links for links in (NAME_LINKS, COMPOUND_LINKS))
    )


def find_introductions(text: str) -> list[Introduction]:
    """Every person and organisation the text introduces, in order."""
    matches = list(re.finditer(r"\S+", text))
    every = [m.group(0) for m in matches]
    found: list[Introduction] = []
    covered = -1  # the last token of the introduction found last
    ends = _line_ends(matches, text)
    for index, match in enumerate(matches):
        if index <= covered:
            continue  # "مسؤول إعلام الفرع الرابع عشر" is one title, not two
        # a title and its name stand on one line: a title on a caption line is not the
        # byline's below it ("… وزيرة الصحة ⏎ كتبت-فلانة:", R1's W5)
        tokens = every[: ends[index]]
        word = bare(tokens[index])
        if not word:
            continue
        if word in CALLED:  # "ضابطا يدعى سامر داود", "امرأة تدعى هدى سالم"
            named = called(tokens[index:])
            if named is not None:
                run, used = named
                female = word in ("تدعى", "وتدعى", "اسمها", "واسمها", "المدعوة") or None
                role = _described_noun(tokens[index - 1]) if index else None
                found.append(Introduction(" ".join(run), Kind.PERSON, role, female, match.start()))
                covered = index + used - 1
            continue
        if not (_is_head(word) or word in INSTITUTIONS or word in OUTLETS):
            word = unprefixed(word)  # "والوزير", "ومنظمة"; but "وزير" keeps its و
        word = _governed_head(word)
        start = match.start()
        words, comma = _phrase(tokens, index, _MAX_PHRASE)
        if not words:
            continue
        words[0] = word
        nisba = nisba_named(words)
        if nisba is not None:  # "الأرجنتيني لوكاس مدرب فريق الشباب"
            female = gender_of_introduction(nisba[1].split(), [nisba[0]])
            found.append(Introduction(nisba[0], Kind.PERSON, nisba[1], female, start))
            covered = index + len(nisba[1].split())
            continue
        if _is_head(word):
            mention = classify(words)
            if mention is not None and mention.kind is Kind.PERSON and mention.role:
                name = mention.name.split()
                if _after_complementizer(tokens, index):  # "أن المدرب فلان غاضب من …"
                    name = trim_name(name)  # the predicate follows the name, unmarked
                    mention = Mention(" ".join(name), Kind.PERSON, mention.role, mention.female)
                if len(name) < 2 and FIRST_NAMES.isdisjoint(name):
                    continue  # a title and one word: "المحافظة سياسيا", "الوزير بحجة"
                female = gender_of_introduction(mention.role.split(), name)
                role = _with_apposed(mention.role, words[_run_end(words, name) + 1 :])
                if not _opens_clause(tokens, index):
                    role = mention.role  # "التقى الوزير فلان مدير المدرسة": the object
                if role == mention.role:  # "الدكتور فلان، وزير النقل،": set off by commas
                    role = _with_apposed(role, _set_off(tokens, index + _run_end(words, name)))
                found.append(Introduction(mention.name, Kind.PERSON, role, female, start))
                covered = index + _run_end(words, name)  # not what follows the name
                continue
            if index + len(words) < len(tokens) and _governs_title(
                bare(tokens[index + len(words)])
            ):
                continue  # the title the preposition governs opens an introduction of its own
            further = titled_further(words, tokens[index + len(words) :]) if not comma else None
            if further is not None:  # "النائب عن حزب العمل عبد الله بوانو"
                role, name, used = further
                female = gender_of_introduction(role.split(), name.split())
                found.append(Introduction(name, Kind.PERSON, role, female, start))
                covered = index + len(words) + used - 1
                continue
            if not comma:  # "مديرة المنظمة في البلاد، سلمى ناصر،": a title with its adjunct
                words, comma = _to_comma(tokens, index)
            if comma:  # "خطيبة الصحفي، سلمى ناصر،"
                after = index + len(words)
                if after < len(tokens) and _is_head(bare(tokens[after])):
                    after += 1  # "المتحدث باسم الخارجية، السفير لوك مارتان،"
                name = _to_closing_comma(tokens, after)
                if len(name) >= 2 and tokens[after + len(name) - 1][-1:] in "،,.":
                    role = " ".join(words)
                    female = gender_of_introduction(words, name)
                    found.append(Introduction(" ".join(name), Kind.PERSON, role, female, start))
            continue
        organisation = organisation_name(words)
        if organisation is not None:
            found.append(Introduction(organisation, Kind.ORGANISATION, None, None, start))
            continue
        if is_name_word(word) and not comma and _opens_clause(tokens, index):
            name = leading_name(words)  # "تحدث سامر داود لاعب الفريق عن …": no comma
            rest = words[len(name) :]
            if _verb_before_name(name):  # "دافع منصور الشريف رئيس النادي عن …"
                name, start = name[1:], matches[index + 1].start()
            if (
                len(name) >= 2
                and rest
                and rest[0].removeprefix("ال") in TITLE_STEMS
                and not _names_its_own(rest)
            ):
                female = gender_of_introduction(rest, name)
                found.append(Introduction(" ".join(name), Kind.PERSON, role_words(rest),
                                          female, start))  # fmt: skip
                covered = index + len(words) - 1
                continue
        if is_name_word(word) and comma:  # "سلمى ناصر، خطيبة الصحفي المفقود،"
            name = leading_name(words)
            after = index + len(name)
            if len(name) == len(words) and _verb_before_name(name):
                continue  # "وجه سالم العتيبي، وزير النقل،": the verb, then who (next token)
            if len(name) >= 2 and len(name) == len(words):
                role, _ = _phrase(tokens, after, _MAX_PHRASE)
                if role and _is_head(role[0]):
                    female = gender_of_introduction(role, name)
                    described = role_words(role)
                    origin = bare(tokens[index - 1]) if index else ""
                    if nationality(origin) and described:  # "الإيطالي ماركو فيراري، المدرب"
                        described = f"{described} {origin}"
                    found.append(Introduction(" ".join(name), Kind.PERSON, described,
                                              female, start))  # fmt: skip
        if (not found or found[-1].start != start) and word in FIRST_NAMES:
            name = trim_name(leading_name(words))  # "أن سامر داود اتصل بالشرطة"
            if len(name) >= 2:  # a known first name and the name it opens, with no title
                female = gender_of_introduction([], name)
                found.append(Introduction(" ".join(name), Kind.PERSON, None, female, start))
                covered = index + len(name) - 1
    found = sorted([*found, *_pair_introductions(text)], key=lambda intro: intro.start)
    return [intro for intro in found if reads_as_speaker(intro.name)]


# "فاز الشقيقان بين وتوم كارتر": a dual or plural noun, two first names joined by و and
# the surname they share.
_PAIR = re.compile(
    r"(?<!\S)[وف]?ال\w+(?:ان|ين)\s+(?P<first>[^\s.،,:؛«»“”\"]+)\s+و(?P<second>[^\s.،,:؛«»“”\"]+)"
    r"\s+(?P<surname>[^\s.،,:؛«»“”\"]+)"
)


def _pair_introductions(text: str) -> list[Introduction]:
    """Two people a pair introduces: "الشقيقان بين وتوم كارتر" is بين كارتر and توم كارتر."""
    found: list[Introduction] = []
    for match in _PAIR.finditer(text):
        first, second, surname = (bare(match.group(g)) for g in ("first", "second", "surname"))
        if not all(is_name_word(w, last=False) or w == "بين" for w in (first, second)):
            continue
        if not is_name_word(surname) or surname.startswith("ال") or len(surname) < 3:
            continue
        for name, group in ((first, "first"), (second, "second")):
            start = match.start(group)
            found.append(Introduction(f"{name} {surname}", Kind.PERSON, None, None, start))
    return found
