"""Where a person's name runs in a phrase: the name that leads it (`leading_name`) and where
it ends, a name after its title, a nisba that names (`nisba_named`), the titles and first
names that read otherwise ("الأمير", "باسم")."""

from __future__ import annotations

import re
from itertools import pairwise

from briefing.names import FIRST_NAMES, MENS_NAMES_IN_TA, WOMENS_NAMES
from briefing.segment.lexicon import (
    ANONYMOUS_HEADS,
    COMPLEMENTIZERS,
    COMPOUND_ENDINGS,
    COMPOUND_LINKS,
    HONORIFICS,
    ISSUED,
    LEADING_ADJUNCTS,
    NAME_LINKS,
    OBJECT_NOUNS,
    SUBJECT_STOPS,
    TITLE_STEMS,
    TITLES,
)
from briefing.segment.word_classes import (
    definite,
    is_name_word,
    is_verb_word,
    known_noun,
    listed_name,
    time_noun_names,
)
from briefing.text import word_list

MAX_NAME_WORDS = 5
_NAMES_IN_WAW = frozenset(word_list("وليد وائل وسام وديع وجدي وحيد وفاء وداد وضاح وهيب ويليام"))


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
    if OBJECT_SHAPE.match(word):
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
OBJECT_SHAPE = re.compile(
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
    if not following or listed_name(word) or following in COMPLEMENTIZERS:
        return False
    if _IMPERFECT_STRONG.match(word):
        return True
    # "يخص صحيفة", "يشيد بدور الشباب": a doubled or hollow verb and an object no name word
    # is, a noun in ة or one under a preposition (set I: "رئيس الجمهورية يخص صحيفة …")
    plain_object = not listed_name(following) and (
        following.endswith("ة") or (following[:1] in "بل" and not following.startswith("ال"))
    )
    if _IMPERFECT_DOUBLED.match(word):
        return plain_object
    if not _IMPERFECT_HOLLOW.match(word):
        return False
    definite = following.startswith("ال") and not following.endswith("ي")
    return definite or plain_object or (following.endswith("ا") and not listed_name(following))


_PLURAL_PRESENT = re.compile(r"^[يت]\w{2,}ون$")


def _plural_shaped_surname(run: list[str], word: str) -> bool:
    """A word shaped like a present verb in the plural ("تلمون", "ترحون") after a compound
    first name ("عبد الحكيم") is his surname: one man's verb is never plural (R1's N3)."""
    compound = len(run) >= 2 and run[-2] in COMPOUND_LINKS and run[-1].startswith("ال")
    return compound and _PLURAL_PRESENT.match(word) is not None and word not in SUBJECT_STOPS


def _pronoun_after_alef(word: str) -> bool:
    """A word in اه of four letters or more that no list names ("رضاه", "لقاه"): a noun and
    its pronoun. Surnames end so ("ولد داداه"), first names do not."""
    return len(word) > 3 and word.endswith("اه") and "الله" not in word and not listed_name(word)


def leading_name(words: list[str]) -> list[str]:
    """The name that opens `words`: name words up to a surname in ال or a word that ends it."""
    run: list[str] = []
    for index, word in enumerate(words[:MAX_NAME_WORDS]):
        following = words[index + 1] if index + 1 < len(words) else ""
        if not run and verb_with_object(word, following):
            break  # "الرئيس يستقبل وفودا": no name, a verb and what it governs
        if not run and _pronoun_after_alef(word):
            break  # "عن رضاه التام": a noun and its pronoun, no first name
        construct = bool(following) and construct_noun([word, following], None)
        if not run and construct and _common_genitive(following):
            break  # "مدرب الفريق | خسارة الأمس …": a noun in ة and its genitive, no name
        inside = bool(run) and word in _NAME_LIKE_PARTICLES and is_name_word(following)
        if inside and not following.startswith("ال"):
            run.append(word)
            continue
        linked = bool(run) and run[-1] in NAME_LINKS and run[-1] != "أم" and definite(word)
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
        governed = word[:1] in "بل" and not word.startswith(("ال", "لل")) and following[:2] == "ال"
        if len(run) >= 2 and governed and word not in NAME_LINKS and not listed_name(word):
            break  # "مريم أوتينو بسباق الماراثون": a name, then what she won (a held-out set)
        if not run and time_noun_names(word, following):
            run.append(word)  # "وزيرة الثقافة مساء الخالدي": a first name, no evening
            continue
        if not is_name_word(word, last=True) or _ends_name(run, word, following):
            break
        run.append(word)
        if word.startswith("ال") and len(run) > 1 and run[-2] in COMPOUND_LINKS:
            continue  # "سامي عبد الرحمن الحداد"
        if word in COMPOUND_ENDINGS and len(run) > 1 and run[-2] not in NAME_LINKS:
            continue  # "جاد الله", "عماد الدين": the second word of a compound name
        if word.startswith("ال") and word not in NAME_LINKS and not listed_name(word):
            break  # a surname closes the name
    return run


def _common_genitive(word: str) -> bool:
    """A definite word no surname is: a time word ("الأمس"), an audience or object noun, a
    title or institution, a verbal noun's shape ("الانتخابات")."""
    plain = word.removeprefix("ال")
    common = word in OBJECT_NOUNS or known_noun(word) or OBJECT_SHAPE.match(word) is not None
    return common or plain in LEADING_ADJUNCTS or word in LEADING_ADJUNCTS


def construct_noun(run: list[str], female: bool | None) -> bool:
    """A noun in ة with its genitive ("هوية المنفذ", "أهمية المشروع"), not a woman's name
    and surname: after a man's verb or title no name ends in ة (but أسامة، حمزة); otherwise
    when the word after it is a definite noun and no nisba (ي) — "سميرة الحربي" stays a name."""
    first = run[0]
    if not first.endswith("ة") or first in WOMENS_NAMES or first in MENS_NAMES_IN_TA:
        return False
    if female is False:
        return True
    return len(run) >= 2 and run[1].startswith("ال") and not run[1].endswith("ي")


def name_after_title(words: list[str], female: bool | None = None) -> tuple[list[str], list[str]]:
    """(title words, name) for "title phrase + name": the name starts at the first name
    word after a definite word, an honorific or a title ("المتحدث … بالنيابة حمدان …")."""
    if words[0].removeprefix("ال") in ANONYMOUS_HEADS:
        return words, []
    if two_titles(words):
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
        after_title = definite(before) or before in HONORIFICS
        coordinated = word[:1] == "و" and definite(before) and before not in HONORIFICS
        if coordinated and word not in _NAMES_IN_WAW:
            continue  # "… السابق ومالك القسم": a second title, not a name
        if lam_complement(words[index:]):
            continue  # "المدير الفني لمنتخب البلاد سامي حداد": the title's ل-complement
        opens = not word.startswith("ال") or listed_name(word)  # "الياس نصار"
        if after_title and (_titled_amir(words, index) or _first_name_basim(words, index)):
            return words[:index], [word, *leading_name(words[index + 1 :])]
        following = words[index + 1] if index + 1 < len(words) else ""
        name_word = is_name_word(word) or time_noun_names(word, following)
        if after_title and opens and name_word:
            run = leading_name(words[index:])
            if run and construct_noun(run, female):
                return words, []
            if run:
                return words[:index], run
    return words, []


def lam_complement(words: list[str]) -> bool:
    """ "لمنتخب البلاد", "لشؤون اللاجئين": a title's ل-complement, a noun under ل with its
    definite genitive, no name ("لوبيز" alone, or before a name word, is one)."""
    if len(words) < 2 or not words[0].startswith("ل") or words[0].startswith(("ال", "لل")):
        return False
    return len(words[0]) > 3 and words[1].startswith("ال") and not listed_name(words[0])


def nisba_named(words: list[str]) -> tuple[str, str] | None:
    """ "الأرجنتيني لوكاس مدرب فريق الشباب" → ("لوكاس", "مدرب فريق الشباب الأرجنتيني"): a
    nationality, one word a foreign name takes, and a title: the word is the name, even
    unknown to every list, and the nationality and title its role (set C's W3: the title
    was kept as the person, so "وقال المدرب" found no one)."""
    if len(words) < 3 or not words[0].endswith("ي") or len(words[0]) < 6:
        return None
    name, title = words[1], words[2]
    if definite(name) or not is_name_word(name) or name in _NISBA_NOT_NAMES:
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
        and not definite(words[index + 1])
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
        and not definite(words[index + 1])
        and is_name_word(words[index + 1])
    )


def first_name_amir(words: list[str]) -> bool:
    """ "أمير" with no article, an indefinite name word and a title in apposition: the first
    name, not the title ("أمير منطقة الرياض", "أمير قطر" have no title after them, "أمير
    حائل الأمير فلان" an honorific); read as the title, it headed a description, name and
    title and all ("أمير حداد مدير المدرسة" was read out whole)."""
    return (
        len(words) >= 3
        and words[0] == "أمير"
        and not definite(words[1])
        and is_name_word(words[1])
        and words[2].removeprefix("ال") in TITLE_STEMS
        and words[2] not in HONORIFICS  # "أمير حائل الأمير فلان": the title, then the name
    )


def two_titles(words: list[str]) -> bool:
    """ "استقبل الرئيس | السفير فلان": two definite titles in a row are two people."""
    return any(
        before.startswith("ال") and word.startswith("ال") and word in TITLES and before in TITLES
        for before, word in pairwise(words)
    )
