"""What one word of a subject phrase is: a speech verb or auxiliary (`is_verb_word`), a
word that can stand in a name (`is_name_word`), a circumstantial or manner word, a relative
or official with a pronoun, the gender a name or title shows, and whether a span can be a
speaker at all (`reads_as_speaker`)."""

from __future__ import annotations

import re

from briefing.names import LISTED_NAMES, MENS_NAMES_IN_TA, WOMENS_NAMES
from briefing.segment.lexicon import (
    ADDRESSEES,
    ADJUNCT_OPENERS,
    AUXILIARIES,
    CARRY_FORMS,
    COMPLEMENTIZERS,
    DOCUMENT_VERBS,
    DOCUMENTS,
    FUNCTION_WORDS,
    HONORIFICS,
    INSTITUTIONS,
    INTERJECTING,
    ISSUING_VERBS,
    MANNER_NOUNS,
    MEDIA_NOUNS,
    NAME_LINKS,
    NAMING_NOUNS,
    OBJECT_NOUNS,
    OUTLETS,
    PERSON_GROUPS,
    PERSON_NOUNS,
    PRONOUN_HONORIFICS,
    RECEIVING_VERBS,
    RELATIONAL,
    REPORTING_FORMS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    SUBJECT_STOPS,
    TITLES,
    TOPIC_VERBS,
    VERBAL_NOUNS,
    bare,
    unprefixed,
)
from briefing.text import ARABIC_LETTER, word_list


def is_verb_word(word: str) -> bool:
    """A speech verb, participle, verbal noun or auxiliary (with و / ف / ل before it, or an
    object pronoun after it: "ووصفها")."""
    word = unprefixed(bare(word))
    if lam_imperfect(word):
        return True
    stem = _OBJECT_PRONOUN.sub("", word)
    if stem != word and len(stem) >= 3 and (stem in SPEECH_VERBS or stem in REPORTING_VERBS):
        return True
    return word in _VERB_WORDS


_OBJECT_PRONOUN = re.compile(r"(?:ه|ها|هم|هن|هما)$")
# Every form `is_verb_word` knows, in one set: it is asked of nearly every word of an article.
_VERB_WORDS = frozenset().union(
    SPEECH_VERBS,
    CARRY_FORMS,
    VERBAL_NOUNS,
    AUXILIARIES,
    DOCUMENT_VERBS,
    REPORTING_VERBS,
    REPORTING_FORMS,
    TOPIC_VERBS,
    ISSUING_VERBS,
    RECEIVING_VERBS,
)


def definite(word: str) -> bool:
    """A word with the article; not one whose own letters open on "ال" and that holds a
    pronoun ("التزامها", "التقاءها"): the article never takes one ("الحكومة التزامها" was
    read out as a body's name)."""
    pronoun = len(word) > 5 and word.endswith("ها")
    return word.startswith(("ال", "لل", "بال", "وال", "فال", "كال")) and not pronoun


def known_noun(word: str) -> bool:
    return word in _KNOWN_NOUNS or word.removeprefix("ال") in _KNOWN_NOUNS


_KNOWN_NOUNS = frozenset().union(
    TITLES, PERSON_NOUNS, PERSON_GROUPS, INSTITUTIONS, DOCUMENTS, NAMING_NOUNS, HONORIFICS
)


# The audiences and objects of OBJECT_NOUNS without their article ("وحمل الوزير فلان دول
# الجوار": دول heads no name); حرب is left out, a surname too.
_COMMON_NOUNS = frozenset(w.removeprefix("ال") for w in OBJECT_NOUNS) - {"حرب"}
# A site's section label glued before a headline ("أخبار النادي مدرب الفريق: «…»", R1's
# W4): news, never a first name.
_COMMON_NOUNS |= frozenset(("أخبار", "اخبار", "عاجل", "فيديو", "بالفيديو", "بالصور"))


# صباح، مساء، فجر، ظهر are first names too ("وزيرة الثقافة مساء الخالدي", "رئيس الوزراء صباح
# الخالد": read as "in the evening", the name was lost and the bare title spoke, five quotes of
# a held-out set): a name when the word after it completes no time (اليوم، أمس، الأحد، يوم…).
_TIME_NOUNS = frozenset(word_list("صباح مساء فجر ظهر"))
# (the subject's stops hold the rest: اليوم، أمس، غدا، هذا، the weekdays with their article)
_TIME_COMPLETIONS = frozenset(
    word_list(
        "الأمس البارحة الغد غد يوم أول اول الباكر باكر نفس الليلة"
        " أحد اثنين ثلاثاء أربعاء خميس جمعة سبت"
    )
)


def time_noun_names(word: str, following: str) -> bool:
    """A time noun (صباح…) before `following` is a first name: the word after it completes no
    time and stops no subject."""
    if word not in _TIME_NOUNS or not following:
        return False
    return not (
        following in _TIME_COMPLETIONS
        or following in SUBJECT_STOPS
        or following in COMPLEMENTIZERS
        or is_verb_word(following)
    )


def is_name_word(word: str, last: bool = True) -> bool:
    """Whether a word can belong to a person's name: not a function word, verb, title or
    common noun of the lists; "ال" only on the last word (surnames: "الغامدي")."""
    if word in NAME_LINKS:
        return True
    if not word or not ARABIC_LETTER.search(word) or word in SUBJECT_STOPS:
        return False
    if word[:1] in "وف" and word[1:] in SUBJECT_STOPS:
        return False  # "وعن", "فمن"
    if word in COMPLEMENTIZERS or is_verb_word(word) or known_noun(word) or word in _COMMON_NOUNS:
        return False
    if word in SPEECH_NOUNS:
        return False  # "رفض الحديث إلى الصحفيين": what was (not) said, no surname
    if "-" in word and is_verb_word(word.split("-", 1)[0]):
        return False  # "كتبت-فلانة": a byline, its verb glued to the writer's name
    if word in FUNCTION_WORDS or (word[:1] in "وف" and word[1:] in FUNCTION_WORDS):
        return False
    if _PREPOSITION_MASDAR.match(word):
        return False  # "بتشكيل", "لتحقيق", "باستخدام": a preposition and a verbal noun
    if is_circumstantial(word) or is_manner(word):
        return False  # "وأضاف ساخرا", "وتابع بهدوء": how it was said, not who said it
    if word[:1] in "وفلبك" and known_noun(word[1:]):
        return False  # "ورئيس", "لحكومة": a noun with a conjunction or preposition
    if _preposition_on_noun(word):
        return False  # "لجماهير", "لزملائه": who was told
    if word.startswith("ال") and word[2:] in ADDRESSEES:
        return False  # "طمأن الوزير فلان | المواطنين": the audience, the verb's object
    if word.startswith(("لل", "بال", "وال", "فال", "كال", "لـ", "بـ", "بإ", "بأ", "لإ", "لأ")):
        return False  # a preposition on a noun: "بإساءة", "للصحة"
    if len(word) > 4 and word.endswith(_PRONOUN_SUFFIXES):
        return False  # "مهنتها", "حديثهم": a noun with a pronoun, not a name
    if len(word) > 4 and word.endswith("ه") and not word.endswith(("الله", "يه", "اه")):
        return listed_name(word)  # "مشروعه" (but "عبدالله", "وجيه", "فاطمه")
    return last or not word.startswith("ال") or listed_name(word)


# An indefinite accusative participle or adverb (حال): فاعلًا ("ساخرا", "سابقا") or a
# participle in م- with no long vowel inside ("مبتسما", "متأثرا", "مجددا") or with the ا of
# form III after its first root letter ("مخاطبا", "مطالبا", "متابعا"). Names that share the
# shape ("رانيا", "مايا", "مونيكا") have a long vowel right after م or later, and are left alone.
_CIRCUMSTANTIAL = re.compile(
    r"^(?:[^\Wا]ا[^\Wاوي]{2}ا|م[^\Wاوي]{3,6}ا|م[^\Wاوي]{1,2}ا[^\Wاوي]{2}ا)$"
)


_PREPOSITION_MASDAR = re.compile(r"^[بلك](?:ت\w{2}ي\w|ا\wت\wا\w|است\w{2}ا\w|[إأ]\w{2}ا\w)$")


def is_circumstantial(word: str) -> bool:
    return bool(_CIRCUMSTANTIAL.match(word)) and word not in WOMENS_NAMES


def is_manner(word: str) -> bool:
    """بـ and a noun of manner ("بنبرة", "بهدوء", "وبصوت"): how it was said."""
    plain = word[1:] if word[:1] in "وف" and word[1:2] == "ب" else word
    return plain[:1] == "ب" and plain[1:].removeprefix("ـ") in MANNER_NOUNS


_PRONOUN_SUFFIXES = ("ها", "هم", "هما", "كم", "تنا", "تهم")


def possessed_by_pronoun(word: str) -> bool:
    """ "شقيقه", "والدته", "محاميها", "مديره": a relative or an office holder named only by
    whose they are."""
    for suffix in ("هما", "هم", "ها", "ه"):
        stem = word.removesuffix(suffix)
        if stem == word or len(stem) < 2:
            continue
        stem = stem[:-1] + "ة" if stem.endswith("ت") else stem  # "والدت" + ه
        if stem in RELATIONAL or stem in PERSON_NOUNS or stem in TITLES:
            return True
    return False


def listed_name(word: str) -> bool:
    """A word a name list knows, also written with ه for ة ("فاطمه")."""
    forms = {word, word[:-1] + "ة"} if word.endswith("ه") else {word}
    return not forms.isdisjoint(LISTED_NAMES)


def _preposition_on_noun(word: str) -> bool:
    """ "لجماهير", "للصحفيين", "لـCNN", "بالوزارة", "لأنصارها": a preposition glued to a
    noun, which names who was told or what was spoken of, never who spoke."""
    if listed_name(word) or len(word) < 3:
        return False
    if word.startswith(("لل", "لـ", "بـ", "بال", "كال", "لإ", "لأ", "بإ", "بأ")):
        return True
    if word[0] not in "لب":
        return False
    rest = word[1:]
    if rest in _TITLE_COMPLEMENTS:
        return True  # "وزير الدولة لشؤون الشباب": the title's complement, never a name
    if rest in _TEAMS or (rest.endswith("نا") and (rest[:-2] in _TEAMS or known_noun(rest[:-2]))):
        return True  # "المدير الفني لمنتخب البلاد", "مدرب لمنتخبنا الوطني": the team coached
    return known_noun(rest) or rest in ADDRESSEES or rest in OUTLETS or possessive(rest)


# Teams a coach or a player belongs to through ل, bare or with "our" (منتخبنا، فريقنا).
_TEAMS = frozenset(word_list("منتخب فريق نادي"))
# Nouns a title governs through ل: "وزير الدولة لشؤون الشباب", "نائب الرئيس لقطاع النفط".
_TITLE_COMPLEMENTS = frozenset(word_list("شؤون الشؤون قطاع ملف ملفات العلاقات علاقات"))


def possessive(word: str) -> bool:
    """ "ناديه", "زملائه", "جماهيرها", "لاعبيه": a noun with a possessive pronoun (the same
    shapes `is_name_word` keeps out of names; "عبدالله", "وجيه", "طه" are no such noun)."""
    if listed_name(word) or definite(word) or word in _ENDING_IN_HM:
        return False  # the article and a possessive never go together: "المساهم", "المتهم"
    if len(word) >= 4 and word.endswith(("هما", "هم", "هن", "ها")):
        return True
    if len(word) < 5 or not word.endswith("ه") or word.endswith(("الله", "اه")):
        return False
    return not word.endswith("يه") or len(word) >= 6  # "لاعبيه", but "عطيه" is a name


# Nouns whose own root ends in هم, with no pronoun in it.
_ENDING_IN_HM = frozenset(word_list("متهم مساهم ملهم مبهم"))


def reads_as_speaker(name: str) -> bool:
    """The last line of defence of every path to a speaker (verb subject, colon, headline,
    registry): a span that begins with a preposition on a noun ("لجماهير ناديه") or ends on
    a noun with a possessive pronoun ("رئيس ناديه") names who was told or whose someone is,
    and is never read out nor registered as a source."""
    words = name.split()
    if not words:
        return False
    first = unprefixed(bare(words[0]))
    if first in ADJUNCT_OPENERS or first in ("إلى", "الى", "إلي"):  # إلي: Egypt's ى as ي
        return False  # "بجانب زميله فلان", "إشارة وجوابا", "إلى جانب فلان"
    if first.removeprefix("ال") in MEDIA_NOUNS:
        return False  # "الصورة المتداولة", "مقطع الفيديو"
    if len(words) > 1 and bare(words[-1]) in PRONOUN_HONORIFICS:
        return False  # "وحرص سموه": his highness's care, a noun and whose it is (R10)
    basim = words[0] == "باسم" and len(words) > 1 and not definite(words[1])  # a first name
    return not ((_preposition_on_noun(words[0]) and not basim) or possessive(words[-1]))


def gender_of_name(words: list[str]) -> bool | None:
    """True for a woman's name or a feminine title, False for a man's; None when unsure."""
    if not words:
        return None
    first = unprefixed(words[0]).removeprefix("ال")
    if first in WOMENS_NAMES:
        return True
    if first in MENS_NAMES_IN_TA:
        return False
    known = (TITLES, PERSON_NOUNS, INSTITUTIONS, HONORIFICS)
    if any(first in table or "ال" + first in table for table in known) and first.endswith("ة"):
        return True  # "الوزيرة", "متحدثة"; a masculine form says nothing ("الشيف")
    return None


def lam_imperfect(word: str) -> bool:
    """ "ليقاطع", "ليرد", "لتعلق": ل + the imperfect of a verb of speaking or interjecting
    ('then he interrupted'), never the first word of a name (set C's W6: "ليقاطع" was read
    into the speaker's name)."""
    rest = word[1:] if word[:1] == "ل" else ""
    return rest in SPEECH_VERBS or rest in INTERJECTING
