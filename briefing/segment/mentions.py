"""Who a phrase names: a person (title + name), a description, an organisation, a document.

The phrase is the subject of a speech verb as the article writes it, after the verb
("قال وزير الصحة نبيل فؤاد السالم"), before it ("الخارجية الروسية مضت موضحة"), or before a
colon. A phrase that is none of these (a preposition, a participle, a verb, an adverb) is no
speaker: `read_subject` returns None for it, which is what keeps a wrong name off the air.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise, takewhile

from briefing.names import FIRST_NAMES, LISTED_NAMES, MENS_NAMES_IN_TA, WOMENS_NAMES
from briefing.segment.lexicon import (
    ADDRESSED,
    ADDRESSEES,
    ADJUNCT_OPENERS,
    ANONYMOUS_HEADS,
    AUXILIARIES,
    BACK_REFERENCES,
    CALLED,
    CARRY_FORMS,
    COMPLEMENTIZERS,
    COMPOUND_ENDINGS,
    COMPOUND_LINKS,
    DOCUMENT_VERBS,
    DOCUMENTS,
    EMPHATICS,
    FUNCTION_WORDS,
    HONORIFICS,
    INSTITUTIONS,
    INTERJECTING,
    ISSUED,
    ISSUED_BY,
    ISSUING_VERBS,
    JOURNALISTS,
    LEADING_ADJUNCTS,
    MANNER_NOUNS,
    MEDIA_NOUNS,
    NAME_FORMULAS,
    NAME_LINKS,
    NAMING_NOUNS,
    OBJECT_NOUNS,
    OUTLETS,
    PERSON_GROUPS,
    PERSON_NOUNS,
    PRONOUN_HONORIFICS,
    QUOTE_MARKS,
    RECEIVING_VERBS,
    RELATIONAL,
    REPORTING_FORMS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    SUBJECT_STOPS,
    TITLE_STEMS,
    TITLES,
    TOPIC_VERBS,
    VERBAL_NOUNS,
    bare,
    complement_under_bi,
    unprefixed,
    whole_word,
)
from briefing.text import ARABIC_LETTER, word_list

_MAX_SUBJECT_WORDS = 14
_MAX_ORG_WORDS = 5
_MAX_NAME_WORDS = 5
_MAX_SVO_WORDS = 6


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


def _definite(word: str) -> bool:
    """A word with the article; not one whose own letters open on "ال" and that holds a
    pronoun ("التزامها", "التقاءها"): the article never takes one ("الحكومة التزامها" was
    read out as a body's name)."""
    pronoun = len(word) > 5 and word.endswith("ها")
    return word.startswith(("ال", "لل", "بال", "وال", "فال", "كال")) and not pronoun


def _known_noun(word: str) -> bool:
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


def is_name_word(word: str, last: bool = True) -> bool:
    """Whether a word can belong to a person's name: not a function word, verb, title or
    common noun of the lists; "ال" only on the last word (surnames: "الغامدي")."""
    if word in NAME_LINKS:
        return True
    if not word or not ARABIC_LETTER.search(word) or word in SUBJECT_STOPS:
        return False
    if word[:1] in "وف" and word[1:] in SUBJECT_STOPS:
        return False  # "وعن", "فمن"
    if word in COMPLEMENTIZERS or is_verb_word(word) or _known_noun(word) or word in _COMMON_NOUNS:
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
    if word[:1] in "وفلبك" and _known_noun(word[1:]):
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
        return _listed_name(word)  # "مشروعه" (but "عبدالله", "وجيه", "فاطمه")
    return last or not word.startswith("ال") or _listed_name(word)


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


_MAX_MANNER_WORDS = 2  # "بنبرة حازمة", "بصوت عال جدا": the adjectives after the noun


def _past_manner(tokens: list[str], index: int) -> int:
    """Past "بنبرة حازمة" / "بصوت منخفض": a manner noun and its indefinite adjectives."""
    index += 1
    for _ in range(_MAX_MANNER_WORDS):
        if index >= len(tokens) or _ends_phrase(tokens[index - 1]):
            break
        word = bare(tokens[index])
        if not word or _definite(word) or _person_head(word) or _known_noun(word):
            break
        if word in SUBJECT_STOPS or word in COMPLEMENTIZERS or is_verb_word(word):
            break
        if _listed_name(word):
            break
        index += 1
    return index


_NAMES_IN_WAW = frozenset(word_list("وليد وائل وسام وديع وجدي وحيد وفاء وداد وضاح وهيب ويليام"))
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


def _listed_name(word: str) -> bool:
    """A word a name list knows, also written with ه for ة ("فاطمه")."""
    forms = {word, word[:-1] + "ة"} if word.endswith("ه") else {word}
    return not forms.isdisjoint(LISTED_NAMES)


def _preposition_on_noun(word: str) -> bool:
    """ "لجماهير", "للصحفيين", "لـCNN", "بالوزارة", "لأنصارها": a preposition glued to a
    noun, which names who was told or what was spoken of, never who spoke."""
    if _listed_name(word) or len(word) < 3:
        return False
    if word.startswith(("لل", "لـ", "بـ", "بال", "كال", "لإ", "لأ", "بإ", "بأ")):
        return True
    if word[0] not in "لب":
        return False
    rest = word[1:]
    if rest in _TITLE_COMPLEMENTS:
        return True  # "وزير الدولة لشؤون الشباب": the title's complement, never a name
    if rest in _TEAMS or (rest.endswith("نا") and (rest[:-2] in _TEAMS or _known_noun(rest[:-2]))):
        return True  # "المدير الفني لمنتخب البلاد", "مدرب لمنتخبنا الوطني": the team coached
    return _known_noun(rest) or rest in ADDRESSEES or rest in OUTLETS or _possessive(rest)


# Teams a coach or a player belongs to through ل, bare or with "our" (منتخبنا، فريقنا).
_TEAMS = frozenset(word_list("منتخب فريق نادي"))
# Nouns a title governs through ل: "وزير الدولة لشؤون الشباب", "نائب الرئيس لقطاع النفط".
_TITLE_COMPLEMENTS = frozenset(word_list("شؤون الشؤون قطاع ملف ملفات العلاقات علاقات"))


def _possessive(word: str) -> bool:
    """ "ناديه", "زملائه", "جماهيرها", "لاعبيه": a noun with a possessive pronoun (the same
    shapes `is_name_word` keeps out of names; "عبدالله", "وجيه", "طه" are no such noun)."""
    if _listed_name(word) or _definite(word) or word in _ENDING_IN_HM:
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
    basim = words[0] == "باسم" and len(words) > 1 and not _definite(words[1])  # a first name
    return not ((_preposition_on_noun(words[0]) and not basim) or _possessive(words[-1]))


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


def _ends_name(run: list[str], word: str, following: str) -> bool:
    """Whether a word that could be a name word ends the name instead: a noun in ة
    ("كريستيل برويا طبيعة …"), a definite noun with a definite word after it, after a
    name of two words ("هالة منصور العرض الأول"; but "نبيل فؤاد السالم في …" and the
    nisba "خالد مساعد السهلي"), a third word shaped like an imperfect verb ("سامر حداد
    يحتاج")."""
    if not run or run[-1] in NAME_LINKS or word in FIRST_NAMES:
        return False
    if word in ISSUED:
        return True  # "أصدرت الفنانة هالة داود | بيانا": what she issued
    if word.endswith("ة"):
        # "… برويا طبيعة عملها"; at the phrase's end a surname (أباظة), but a definite
        # noun in ة is the verb's object ("بوانو الخطة")
        return bool(following) or word.startswith("ال")
    if _OBJECT_SHAPE.match(word):
        return True  # "فلان | التعليق", "فلانة | الأعضاء", "| الانتخابات": no surname's shape
    if len(run) >= 2 and word in TITLE_STEMS and following.startswith("ال"):
        return True  # "رامي جاد الله | حارس الفريق": a title in construct, in apposition
    in_construct = not word.startswith("ال") and word not in COMPOUND_LINKS
    if len(run) >= 2 and in_construct and following in OBJECT_NOUNS:
        return True  # "زيارة النائب سمير داود | مقر الحكومة": a noun in construct, an object
    if word.startswith("ال") and len(run) >= 2 and run[-2] not in COMPOUND_LINKS:
        noun_follows = following.startswith("ال") and following not in LEADING_ADJUNCTS
        return not word.endswith("ي") and noun_follows
    return len(run) >= 2 and re.match(r"^س?[يتن]\w{3,}$", word) is not None  # "… يحتاج"


# Definite nouns whose shape no surname has: a verbal noun تفعيل (التعليق), a plural أفعال
# (الأعضاء) or in ات (الانتخابات): after a name, the verb's object.
_OBJECT_SHAPE = re.compile(
    r"^ال(?:ت\w{2}ي\w|أ\w{2}ا\w|\w{2,}ات|ا\wت\wا\w|ان\w{2}ا\w|است\w{2}ا\w)$"
)  # also the verbal nouns افتعال، انفعال، استفعال: الاجتماع، الانتقال، الاستقبال


# Interrogatives that are also names ("إيفلين متى بطرس"): inside a name, between two name
# words, they are the name's.
_NAME_LIKE_PARTICLES = frozenset(word_list("متى"))


# An imperfect verb of the third person: يفعل، يتفعل، يستفعل، ينفعل (يكرم، يتفقد، يستقبل)
# and يفتعل (يفتتح); a hollow one (يزور، تعود). No long vowel in a strong stem, so the
# names of that shape (تامر، ياسر، يوسف) stay names; يفاعل is left out (ترامب has its shape).
_IMPERFECT_STRONG = re.compile(r"^[يت](?:(?:ست|ت|ن)?[^\Wاويىة]{3}|[^\Wاويىة]ت[^\Wاويىة]{2})$")
_IMPERFECT_HOLLOW = re.compile(r"^[يت][^\Wاويىة][وي][^\Wاويىة]$")
_IMPERFECT_DOUBLED = re.compile(r"^[يت][^\Wاويىة]{2}$")  # يخص، يرد، تعد


def verb_with_object(word: str, following: str) -> bool:
    """A title's word read as a name that is a verb with its object: "الرئيس | يستقبل
    وفودا", "الوزيرة | تزور المستشفى", "المدير | يتفقد سير العمل" (a headline or a line
    in the present tense). A hollow shape is also a surname's (تبون), so it needs an object
    that no name word is: a definite noun (no nisba) or an accusative in ا."""
    if not following or _listed_name(word) or following in COMPLEMENTIZERS:
        return False
    if _IMPERFECT_STRONG.match(word):
        return True
    # "يخص صحيفة", "يشيد بدور الشباب": a doubled or hollow verb and an object no name word
    # is, a noun in ة or one under a preposition (set I: "رئيس الجمهورية يخص صحيفة …")
    plain_object = not _listed_name(following) and (
        following.endswith("ة") or (following[:1] in "بل" and not following.startswith("ال"))
    )
    if _IMPERFECT_DOUBLED.match(word):
        return plain_object
    if not _IMPERFECT_HOLLOW.match(word):
        return False
    definite = following.startswith("ال") and not following.endswith("ي")
    return definite or plain_object or (following.endswith("ا") and not _listed_name(following))


_PLURAL_PRESENT = re.compile(r"^[يت]\w{2,}ون$")


def _plural_shaped_surname(run: list[str], word: str) -> bool:
    """A word shaped like a present verb in the plural ("تلمون", "ترحون") after a compound
    first name ("عبد الحكيم") is his surname: one man's verb is never plural (R1's N3)."""
    compound = len(run) >= 2 and run[-2] in COMPOUND_LINKS and run[-1].startswith("ال")
    return compound and _PLURAL_PRESENT.match(word) is not None and word not in SUBJECT_STOPS


def _pronoun_after_alef(word: str) -> bool:
    """A word in اه of four letters or more that no list names ("رضاه", "لقاه"): a noun and
    its pronoun. Surnames end so ("ولد داداه"), first names do not."""
    return len(word) > 3 and word.endswith("اه") and "الله" not in word and not _listed_name(word)


def leading_name(words: list[str]) -> list[str]:
    """The name that opens `words`: name words up to a surname in ال or a word that ends it."""
    run: list[str] = []
    for index, word in enumerate(words[:_MAX_NAME_WORDS]):
        following = words[index + 1] if index + 1 < len(words) else ""
        if not run and verb_with_object(word, following):
            break  # "الرئيس يستقبل وفودا": no name, a verb and what it governs
        if not run and _pronoun_after_alef(word):
            break  # "عن رضاه التام": a noun and its pronoun, no first name
        construct = bool(following) and _construct_noun([word, following], None)
        if not run and construct and _common_genitive(following):
            break  # "مدرب الفريق | خسارة الأمس …": a noun in ة and its genitive, no name
        inside = bool(run) and word in _NAME_LIKE_PARTICLES and is_name_word(following)
        if inside and not following.startswith("ال"):
            run.append(word)
            continue
        linked = bool(run) and run[-1] in NAME_LINKS and run[-1] != "أم" and _definite(word)
        if linked and word not in SUBJECT_STOPS and not is_verb_word(word):
            run.append(word)  # "ولد الطالب", "بنت الشيخ", "أبو الفضل": the link's noun
            if run[-2] in COMPOUND_LINKS:
                continue  # "سامي عبد الرحمن الحداد": a compound first name goes on
            if following.startswith("ال") and following.endswith("ي") and is_name_word(following):
                continue  # "محمد ولد الشيخ الغزواني": a nisba surname after it
            break
        if len(run) == 1 and not following and word.startswith("ال") and word in HONORIFICS:
            run.append(word)  # "منير الحاج": an honorific after a name, ending it, is a surname
            break
        nisba = following.startswith("ال") and following.endswith("ي") and is_name_word(following)
        if run and word in TITLES and not word.startswith("ال") and nisba:
            run.append(word)  # "خالد مساعد السهلي": a name that is also a title word
            continue
        if _plural_shaped_surname(run, word):
            run.append(word)  # "عبد الحكيم تلمون": no verb of his, a singular, in the plural
            break
        if not is_name_word(word, last=True) or _ends_name(run, word, following):
            break
        run.append(word)
        if word.startswith("ال") and len(run) > 1 and run[-2] in COMPOUND_LINKS:
            continue  # "سامي عبد الرحمن الحداد"
        if word in COMPOUND_ENDINGS and len(run) > 1 and run[-2] not in NAME_LINKS:
            continue  # "جاد الله", "عماد الدين": the second word of a compound name
        if word.startswith("ال") and word not in NAME_LINKS and not _listed_name(word):
            break  # a surname closes the name
    return run


def _common_genitive(word: str) -> bool:
    """A definite word no surname is: a time word ("الأمس"), an audience or object noun, a
    title or institution, a verbal noun's shape ("الانتخابات")."""
    plain = word.removeprefix("ال")
    common = word in OBJECT_NOUNS or _known_noun(word) or _OBJECT_SHAPE.match(word) is not None
    return common or plain in LEADING_ADJUNCTS or word in LEADING_ADJUNCTS


def _construct_noun(run: list[str], female: bool | None) -> bool:
    """A noun in ة with its genitive ("هوية المنفذ", "أهمية المشروع"), not a woman's name
    and surname: after a man's verb or title no name ends in ة (but أسامة، حمزة); otherwise
    when the word after it is a definite noun and no nisba (ي) — "سميرة الحربي" stays a name."""
    first = run[0]
    if not first.endswith("ة") or first in WOMENS_NAMES or first in MENS_NAMES_IN_TA:
        return False
    if female is False:
        return True
    return len(run) >= 2 and run[1].startswith("ال") and not run[1].endswith("ي")


def _name_after_title(words: list[str], female: bool | None = None) -> tuple[list[str], list[str]]:
    """(title words, name) for "title phrase + name": the name starts at the first name
    word after a definite word, an honorific or a title ("المتحدث … بالنيابة حمدان …")."""
    if words[0].removeprefix("ال") in ANONYMOUS_HEADS:
        return words, []
    if _two_titles(words):
        return words, []
    honorifics = [
        i
        for i, w in enumerate(words)
        if w in HONORIFICS
        and not (i and words[i - 1] in NAME_LINKS)  # "منت الشيخ"
        and i < len(words) - 1  # "منير الحاج": ending the phrase, it opens no name
    ]
    first = honorifics[-1] + 1 if honorifics else 1
    for index in range(first, len(words)):
        before, word = words[index - 1], words[index]
        # "مسؤول حكومي": after an indefinite title an indefinite word is its adjective
        after_title = _definite(before) or before in HONORIFICS
        coordinated = word[:1] == "و" and _definite(before) and before not in HONORIFICS
        if coordinated and word not in _NAMES_IN_WAW:
            continue  # "… السابق ومالك القسم": a second title, not a name
        if lam_complement(words[index:]):
            continue  # "المدير الفني لمنتخب البلاد سامي حداد": the title's ل-complement
        opens = not word.startswith("ال") or _listed_name(word)  # "الياس نصار"
        if after_title and (_titled_amir(words, index) or _first_name_basim(words, index)):
            return words[:index], [word, *leading_name(words[index + 1 :])]
        if after_title and opens and is_name_word(word):
            run = leading_name(words[index:])
            if run and _construct_noun(run, female):
                return words, []
            if run:
                return words[:index], run
    return words, []


def lam_complement(words: list[str]) -> bool:
    """ "لمنتخب البلاد", "لشؤون اللاجئين": a title's ل-complement, a noun under ل with its
    definite genitive, no name ("لوبيز" alone, or before a name word, is one)."""
    if len(words) < 2 or not words[0].startswith("ل") or words[0].startswith(("ال", "لل")):
        return False
    return len(words[0]) > 3 and words[1].startswith("ال") and not _listed_name(words[0])


def nisba_named(words: list[str]) -> tuple[str, str] | None:
    """ "الأرجنتيني لوكاس مدرب فريق الشباب" → ("لوكاس", "مدرب فريق الشباب الأرجنتيني"): a
    nationality, one word a foreign name takes, and a title: the word is the name, even
    unknown to every list, and the nationality and title its role (set C's W3: the title
    was kept as the person, so "وقال المدرب" found no one)."""
    if len(words) < 3 or not words[0].endswith("ي") or len(words[0]) < 6:
        return None
    name, title = words[1], words[2]
    if _definite(name) or not is_name_word(name) or name in _NISBA_NOT_NAMES:
        return None
    if title.removeprefix("ال") not in TITLE_STEMS and title not in TITLES:
        return None
    role: list[str] = []
    for word in words[2:]:
        if role and (word.startswith("ب") and not word.startswith("بن")):
            break  # "… بلاعبيه": what the verb governs
        if role and word.startswith("وال") and word.endswith("ي"):
            break  # "… والبرتغالي نونو مدرب …": a second person joined on
        role.append(word)
    return name, " ".join([*role, words[0]])


# Words between a nisba and a title that are no name: "الدولي السابق مدرب …" is caught by
# the definite test; these are the bare ones.
_NISBA_NOT_NAMES = frozenset(("سابق", "حالي", "جديد"))


def _titled_amir(words: list[str], index: int) -> bool:
    """ "أمير" as the first name after a definite title ("الفنان أمير كرارة", "اللاعب أمير
    عبدو"; the title alone was read out, the name dropped), not the office after a
    genitive ("مستشار خادم الحرمين أمير منطقة مكة") or a ruler's honorific ("الشيخ")."""
    before = words[index - 1]
    return (
        words[index] == "أمير"
        and before not in _RULERS
        and (before in HONORIFICS or before.removeprefix("ال") in TITLE_STEMS)
        and index + 1 < len(words)
        and not _definite(words[index + 1])
        and is_name_word(words[index + 1])
        and bool(leading_name(words[index + 1 :]))
    )


_RULERS = frozenset(word_list("الأمير الأميرة الشيخ الشيخة"))
# Titles whose "باسم" is "on behalf of" (المتحدث باسم الوزارة, الناطق الرسمي باسم الجيش).
_SPEAKING_FOR = frozenset(word_list("متحدث متحدثة ناطق ناطقة"))


def _first_name_basim(words: list[str], index: int) -> bool:
    """ "باسم" as the first name after a title that speaks for no one ("الممثل السوري باسم
    ياخور": the title, "باسم" and all were one description, R8), not "المتحدث باسم …"."""
    return (
        words[index] == "باسم"
        and not any(w.removeprefix("ال") in _SPEAKING_FOR for w in words[:index])
        and index + 1 < len(words)
        and not _definite(words[index + 1])
        and is_name_word(words[index + 1])
    )


def _first_name_amir(words: list[str]) -> bool:
    """ "أمير" with no article, an indefinite name word and a title in apposition: the first
    name, not the title ("أمير منطقة الرياض", "أمير قطر" have no title after them, "أمير
    حائل الأمير فلان" an honorific); read as the title, it headed a description, name and
    title and all ("أمير حداد مدير المدرسة" was read out whole)."""
    return (
        len(words) >= 3
        and words[0] == "أمير"
        and not _definite(words[1])
        and is_name_word(words[1])
        and words[2].removeprefix("ال") in TITLE_STEMS
        and words[2] not in HONORIFICS  # "أمير حائل الأمير فلان": the title, then the name
    )


def classify(words: list[str], female: bool | None = None) -> Mention | None:
    """What a subject phrase (bare words, in order) names, or None when it names no one."""
    text = NAME_FORMULAS.sub("", " ".join(words)).strip()
    words = text.split()
    while len(words) > 1 and words[-1] in EMPHATICS:
        words.pop()  # "المصدر نفسه", "الوزير ذاته"
    text = " ".join(words)
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return None
    head = words[0]
    plain_head = head.removeprefix("ال")
    gender = female if female is not None else gender_of_name(words)
    if possessed_by_pronoun(head):
        return Mention(head, Kind.REFERENCE, None, gender)  # "شقيقه", "والدته": whose, unsaid
    if head in RELATIONAL and len(words) > 1:
        # "والد محمد العلي", "جار الضحية": a relative of someone, never that someone
        return Mention(text, Kind.DESCRIPTION, None, gender)
    person_head = plain_head in PERSON_NOUNS or (
        head in BACK_REFERENCES
        and not any(w in DOCUMENTS or w in INSTITUTIONS for w in (head, plain_head))
    )
    described = _definite(head) and person_head  # "الطالبة منى سالم"
    if _first_name_amir(words):  # "أمير حداد مدير المدرسة": a man's name, then his title
        return Mention(" ".join(words[:2]), Kind.PERSON, None, False)
    if head in HONORIFICS or head in TITLES or plain_head in TITLE_STEMS or described:
        title, run = _name_after_title(words, gender)
        if not run and not _two_titles(words):  # "الرئيس التنفيذي لشركة أرامكو أمين الناصر"
            title, run = _known_name_ending(words)
        if run:
            return Mention(" ".join(run), Kind.PERSON, _role(title), gender)
        if _definite(head) or _construct_definite(words):
            # "رئيس الوزراء البريطاني", "لاعب فريق النادي": definite through its genitive
            return Mention(text, Kind.REFERENCE, None, gender)
        return Mention(text, Kind.DESCRIPTION, None, gender)
    if head in ("أم", "أبو", "ابو") and len(words) == 2 and words[1] in FIRST_NAMES:
        return Mention(text, Kind.PERSON, None, head == "أم")  # "أم محمد": a kunya, a name
    if head in PERSON_NOUNS or head in PERSON_GROUPS:
        return Mention(text, Kind.DESCRIPTION, None, gender)  # "مسؤول كبير", "مهندسين في …"
    if head in INSTITUTIONS or plain_head in INSTITUTIONS:
        if _definite(head) and all(_definite(w) for w in words):
            return Mention(text, Kind.REFERENCE, None, gender)  # "المنظمة الحقوقية"
        # "منظمة حقوق الإنسان الدولية" of "منظمة … الدولية الجيش بارتكاب …"
        name = organisation_name(words) if not _definite(head) else None
        run = list(takewhile(lambda w: _definite(w) or w.startswith("ل"), words))
        if _definite(head) and len(run) < len(words):
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
    if head in OUTLETS and not _definite(head):  # "صحيفة لوموند الفرنسية": the paper writes
        name = organisation_name(words)
        return Mention(name, Kind.ORGANISATION, None, gender) if name else None
    if head in BACK_REFERENCES:
        return Mention(text, Kind.REFERENCE, None, gender)
    if _definite(head):
        nisba = nisba_named(words)
        if nisba is not None:  # "الأرجنتيني لوكاس مدرب فريق الشباب"
            return Mention(nisba[0], Kind.PERSON, nisba[1], gender)
        if len(words) == 1 and is_name_word(head):
            return Mention(head, Kind.SURNAME, None, gender)
        if all(_definite(w) for w in words):
            return Mention(text, Kind.REFERENCE, None, gender)  # "السويسري", "المنظمة الحقوقية"
        title, run = _name_after_title(words, gender)
        if len(run) >= 2 and all(_definite(w) for w in title):
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
    if len(run) >= 2 and not _known_name(run) and _definite(run[-1]) and _common_noun(run[-1]):
        return Mention(text, Kind.REFERENCE, None, gender)  # "حارس مرمى الفريق"
    if len(run) >= 2 and _definite(words[len(run)]) and not _known_name(run):
        # "ظهير أيمن الفريق": words no list knows, in construct: a title that names no one
        # here, which only a name the article gives after it resolves
        return Mention(text, Kind.REFERENCE, None, gender)
    if _definite(words[len(run)]) or _known_noun(words[len(run)]):
        return Mention(" ".join(run), Kind.PERSON, None, gender)  # "حامد وزارة …": the object
    return None


def _two_titles(words: list[str]) -> bool:
    """ "استقبل الرئيس | السفير فلان": two definite titles in a row are two people."""
    return any(
        before.startswith("ال") and word.startswith("ال") and word in TITLES and before in TITLES
        for before, word in pairwise(words)
    )


def _known_name_ending(words: list[str]) -> tuple[list[str], list[str]]:
    """(title, name) for a title phrase that ends on a name opening on a known first name
    ("… لشركة أرامكو أمين الناصر"), after any proper noun of the title's own; else
    (words, [])."""
    for start in range(2, len(words) - 1):
        run = words[start:]
        if words[start] not in FIRST_NAMES:
            continue
        rest = run[1:]  # the first name may also be a word of the lists (أمين)
        if 2 <= len(run) <= 4 and leading_name(rest) == rest and not _construct_noun(rest, None):
            return words[:start], run
    return words, []


def _construct_definite(words: list[str]) -> bool:
    """A title in construct made definite by its genitive: "رئيس الوزراء", "لاعب فريق
    النادي", "مديرة مدرسة البنات" (one particular person, whom the article may have named);
    not "مسؤول أمني كبير" (indefinite adjectives) nor "متحدث باسم الوزارة"."""
    for word in words[1:4]:
        if _definite(word):
            return True
        if word == "باسم" or word.endswith(("ي", "ية")) or _no_noun(word):
            return False  # an adjective (أمني), a preposition or a verb: no construct
        if not _known_noun(word):
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
    if words and _listed_name(words[0]):
        return None
    for index in range(len(words) - 2, 0, -1):
        if not _definite(words[index - 1]) or words[index].startswith("ال"):
            continue
        run = leading_name(words[index:])
        whole = 2 <= len(run) <= 4 and index + len(run) == len(words)
        if whole and not _construct_noun(run, female):
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
        after_definite = bool(rest) and rest[-1].startswith("ال") and not _definite(word)
        # "وزارة الصحة": a definite institution word right after the head is its genitive
        other_head = word in INSTITUTIONS and (bool(rest) or not word.startswith("ال"))
        if glued or accusative or (_person_head(word) and rest) or other_head or after_definite:
            break
        if rest and not _definite(rest[0]) and _DESCRIBING_VERB.match(word):
            return None  # "حزب عريض يمارس السياسة": an indefinite noun described, no name
        if not rest and head.endswith("ة") and word.endswith("ة") and not _definite(word):
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


def _person_head(word: str) -> bool:
    plain = word.removeprefix("ال")
    return word in HONORIFICS or word in TITLES or plain in TITLES or plain in PERSON_NOUNS


def _ends_phrase(token: str) -> bool:
    return token.endswith(("،", ",", ":", "؛", "؟", "?", "!")) or (
        token.endswith(".") and not re.fullmatch(r"\S{1,3}\.", token)
    )


def _is_adjunct_start(word: str, token: str) -> bool:
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
    if _possessive(noun):
        return True  # "لجيرانها", "لزملائه": people of the subject's own, told
    if re.sub(r"(?:ه|ها|هم)$", "", noun) in ADDRESSEES:
        return True  # "لشعبه", "لجمهورها"
    return noun in OUTLETS or plain in OUTLETS or plain in ADDRESSEES


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
        if _ends_phrase(tokens[index - 1]) or any(m in tokens[index] for m in QUOTE_MARKS):
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
        if not _definite(word) or _person_head(word) or word in BACK_REFERENCES:
            break
        if any(mark in tokens[index] for mark in QUOTE_MARKS):
            break
        index += 1
        if _ends_phrase(tokens[index - 1]):
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
            if index <= len(tokens) and not _ends_phrase(tokens[index - 1]):
                index = _past_genitives(tokens, index)  # "لـ «الشرق الأوسط»" unmarked
            continue
        if (
            word in LEADING_ADJUNCTS
            or _PRONOUN_PHRASE.match(word)
            or (word not in SUBJECT_STOPS and _is_adjunct_start(word, tokens[index]))
        ):
            index += 1
            if word.startswith("ل") and not _ends_phrase(tokens[index - 1]):
                index = _past_genitives(tokens, index)  # "للتلفزيون الرسمي", "لوكالة الأنباء"
            continue
        break
    words: list[str] = []
    start = index
    while index < len(tokens) and len(words) < _MAX_SUBJECT_WORDS:
        token = tokens[index]
        word = bare(token)
        if words and token.startswith("("):
            break  # "أم أحمد (45 عاما)": an aside, no part of the name
        if any(mark in token for mark in QUOTE_MARKS) and not _quoted_name(token):
            break
        aged = word == "من" and words[-1:] in (["البالغ"], ["البالغة"])  # "… من العمر 35 عاما"
        if (word in COMPLEMENTIZERS or word in SUBJECT_STOPS or is_verb_word(word)) and not aged:
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
        if words and _is_adjunct_start(word, token) and not aged and not general:
            break  # but "الأمين العام", "المدير العام" are titles, not a year
        if len(words) == 1 and words[0] in PERSON_NOUNS and token.startswith(("لل", "لـ")):
            break  # "وقالت سيدة للمنظمة": who was told
        if word:
            words.append(word)
        index += 1
        if _ends_phrase(token):
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
    if mention is not None and mention.kind is Kind.DESCRIPTION and not _definite(words[0]):
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
        opens_object = not is_name_word(word) or _construct_noun(words[index:], None)
        opens_object = opens_object and not word.startswith("ل")  # "التنفيذي | لشركة …"
        opens_object = opens_object and before not in _AGED  # "البالغة من العمر 35 عاما"
        opens_object = opens_object or anonymous  # "نفى المصدر | وجود قتلى", "المصدر | نفسه"
        if _definite(before) and not _definite(word) and word != "باسم" and opens_object:
            return index
        if before.startswith("ال") and word.startswith("ال") and word in INSTITUTIONS:
            return index  # "اتهم الحزب | الحكومة": another noun's head, the object
        if _definite(before) and _OBJECT_SHAPE.match(word):
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
        if _ends_phrase(token):
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
        if word in COMPLEMENTIZERS and tail and tail[0] in SUBJECT_STOPS:
            return tail  # "مسؤول رفيع في الوزارة بأن «…»"
        if not word or any(m in token for m in QUOTE_MARKS) or word in COMPLEMENTIZERS:
            return []
        if token.endswith(("،", ",", ".")) or len(tail) == _MAX_TAIL:
            return []
        if word in ("ل", "لـ") or (_is_adjunct_start(word, token) and word not in SUBJECT_STOPS):
            break  # "شهود عيان لرويترز:": the outlet is no part of the description
        tail.append(word)
        if token.endswith(":"):
            return tail
    else:
        return tail if tokens and len(tail) == len(tokens) else []
    return tail if tail and tail[0] in SUBJECT_STOPS else []


_STATEMENT_NOUNS = frozenset(
    word_list("تصريح تصريحات تصريحه حديث حديثه حديثها مقابلة لقاء بيان كلمة مؤتمر اتصال")
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
        if len(words) <= size or leading_name(run) != run or _construct_noun(run, None):
            continue
        before, token = words[-size - 1], tokens[-size - 1]
        if not (
            not before
            or token.endswith(("،", ","))
            or _definite(before)
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
    return _possessive(word) and word not in FUNCTION_WORDS


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
        if is_verb_word(word) or (_ends_phrase(token) and word not in HONORIFICS):
            return None
        if word in FUNCTION_WORDS:
            return None  # "المقدم لها من النائب فلان": a participle and its object, no title
        role.append(word)
        after = tokens[used : used + _MAX_NAME_WORDS]
        if word in HONORIFICS:
            run = leading_name([bare(t) for t in after])
            if len(run) >= 2:
                return " ".join(role), " ".join(run), used + len(run)
            return None
        if _definite(word) and (
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
    if not 2 <= len(run) <= 4 or _construct_noun(run, None):
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
        if not (word.startswith("ال") or _listed_name(word) or NAME_LINKS & {word, run[index - 1]}):
            return run[:index]
    return run


def called(tokens: list[str]) -> tuple[list[str], int] | None:
    """ "ويدعى علي حسن": the name a description goes on to give → (name, tokens used)."""
    if bare(tokens[0]) not in CALLED:
        return None
    words: list[str] = []
    for token in tokens[1 : 1 + _MAX_NAME_WORDS]:
        if any(mark in token for mark in QUOTE_MARKS):
            break
        words.append(bare(token))
        if _ends_phrase(token):
            break
    run = trim_name(leading_name(words))
    if len(run) >= 2 or (run and run[0] in FIRST_NAMES):
        return run, 1 + len(run)
    return None


def _apposition(tokens: list[str]) -> tuple[list[str], int] | None:
    """A name right after a title and its comma: "، غانم العابد،"."""
    words: list[str] = []
    for used, token in enumerate(tokens[:_MAX_NAME_WORDS], start=1):
        word = bare(token)
        if not is_name_word(word, last=True):
            return None
        words.append(word)
        if _ends_phrase(token) or (
            used < len(tokens) and _is_adjunct_start(bare(tokens[used]), tokens[used])
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
    for token in tokens[:_MAX_SUBJECT_WORDS]:
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


def lam_imperfect(word: str) -> bool:
    """ "ليقاطع", "ليرد", "لتعلق": ل + the imperfect of a verb of speaking or interjecting
    ('then he interrupted'), never the first word of a name (set C's W6: "ليقاطع" was read
    into the speaker's name)."""
    rest = word[1:] if word[:1] == "ل" else ""
    return rest in SPEECH_VERBS or rest in INTERJECTING


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
    while len(words) > 1 and _is_adjunct_start(words[-1], words[-1]):
        words.pop()  # "الوزير للصحفيين:": the addressees are no part of the subject
    if "ل" in words[1:]:  # "مصدر لـ«الشروق»:" with the outlet's marks read as words
        words = words[: words.index("ل", 1)]
    # "رئيس النادي لجماهيره:", "مدرب المنتخب لجماهير ناديه:": the addressee and what it
    # governs are no part of the subject that stands before them
    told = [i for i, w in enumerate(words) if i and w[:1] == "ل" and _is_adjunct_start(w, w)]
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
    if first in NAME_LINKS or first in FIRST_NAMES or _person_head(first) or _known_noun(first):
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
