"""What the words around a number tell its reading: case from before, gender from after."""

from __future__ import annotations

import re

from briefing.speech.cleanup import GLUE, prefix_before
from briefing.speech.lexicon import Lexicon
from briefing.speech.marks import strip_marks
from briefing.speech.numbers import SCALES
from briefing.speech.particles import NOT_NOUNS as _NOT_NOUNS

# A number in running news text is most often an object or after a preposition or a noun
# in construct, so its oblique forms (عشرين، ألفين) are the default; a number that opens a
# sentence (or stands alone) is nominative (عشرون، ألفان).
_SENTENCE_START = re.compile(r"(^|[.!؟?:؛\n])\s*$")
_GLUED_TAIL = re.compile(r"\S*" + GLUE + r"\s*$")
_LAST_WORD = re.compile(r"(\S+)\s*$")
_NEXT_WORD = re.compile(r"^\s*([^\s.,،؛;:!؟?()«»\"“”]+)")


# The words of a sports section's name (رياضة، كرة القدم، الدوري، Sport).
_SPORTS_WORDS = frozenset(("رياضة", "رياضي", "رياضية", "رياضات", "كرة", "ملاعب", "دوري",
                           "كأس", "مونديال", "sport", "sports", "football", "soccer"))  # fmt: skip


def is_sports(category: str | None) -> bool:
    """Whether a story's section is sport: one of its words (less ال or و) names it."""
    words = re.findall(r"\w+", (category or "").casefold())
    return any(
        word.removeprefix("و").removeprefix("ال") in _SPORTS_WORDS or word in _SPORTS_WORDS
        for word in words
    )


# Adverbs of relation (عالميا، محليا، رسميا، تدريجيا): not the plurals in ايا (ضحايا).
_ADVERB = re.compile("^.{2,}[^ا]يا$")
_SENTENCE_END = re.compile(r"[.!؟?\n]")


def last_sentence(text: str) -> str:
    """What `text` says after its last sentence mark: the sentence it ends in, so far."""
    return _SENTENCE_END.split(text)[-1]


def adverb_next(after: str) -> bool:
    """An adverb in يا opens `after` (عالميا، رسميا، محليا)."""
    return _ADVERB.match(next_word(after)) is not None


# Verbs whose number after them is their subject, so nominative (أصيب عشرون شخصا، يعيش
# في المدينة مليونا نسمة): the intransitive and passive ones news puts before a count.
# Transitive verbs are not here: after سجلت، أرسلت، وقعت the number is mostly the object.
_SUBJECT_VERBS = frozenset((
    "أصيب", "أصيبت", "يصاب", "تصاب", "توفي", "توفيت", "لقي", "لقيت", "استشهد", "سقط",
    "يسقط", "نفق", "غرق", "يعيش", "تعيش", "عاش", "يقيم", "تقيم", "يقطن", "تقطن", "يسكن",
    "تسكن", "شارك", "شاركت", "يشارك", "تشارك", "وصل", "وصلت", "يصل", "تصل", "نجا", "فر",
    "نزح", "ينزح", "هاجر", "لجأ", "يوجد", "توجد", "تنافس", "يتنافس", "تتنافس", "تقدم",
    "يتقدم", "ترشح", "يترشح", "تأهل", "يتأهل", "نجح", "ينجح", "تظاهر", "يتظاهر", "احتشد",
    "تجمع", "عاد", "يعود", "غادر", "يغادر", "دخل", "يدخل", "حضر", "يحضر", "يعمل", "تعمل",
    "ينتظر", "بقي", "يبقى", "تبقى", "مات", "يموت", "انضم", "ينضم", "انتقل", "ينتقل", "خرج",
    "يخرج", "تخرج", "سافر", "يسافر", "تعافى", "شفي", "تماثل", "هناك", "ثمة", "هو", "هي",
    "قام", "قامت", "يقوم", "تقوم",
))  # fmt: skip
_PREPOSITIONS = frozenset(("في", "على", "من", "إلى", "عن", "مع", "لدى", "داخل", "خارج"))
_APPROXIMATELY = frozenset(("يقارب", "يناهز", "قرابة", "زهاء", "ما", "نحو", "حوالي"))
_CLAUSE = re.compile(r"[.!؟?:؛،,\n]")


def _verb(word: str) -> bool:
    return word in _SUBJECT_VERBS or (word[:1] in ("و", "ف") and word[1:] in _SUBJECT_VERBS)


def _subject_after_verb(before: str) -> bool:
    """The number comes right after one of those verbs, or after it and an adverb or a
    prepositional phrase of one or two words (يعيش حاليا …، أصيب في الحادث …)."""
    words = [strip_marks(word) for word in _CLAUSE.split(before)[-1].split()[-4:]]
    if not words:
        return False
    if _verb(words[-1]):
        return True
    if words[-1] in _NOT_NOUNS or words[-1] in _APPROXIMATELY:
        return False  # وصل إلى ما يقارب 80: the number is what يقارب governs
    for skipped in (1, 2, 3):  # an adverb (حاليا), في + one or two nouns, بالفيروس
        if len(words) <= skipped or not _verb(words[-skipped - 1]):
            continue
        first = words[-skipped]
        adverb = skipped == 1 and _ADVERB.match(first) is not None
        phrase = (first in _PREPOSITIONS and skipped > 1) or (first[:1] in "بل" and skipped < 3)
        if adverb or phrase:
            return True
    return False


# A number joined by و to one just before it shares its case: شارك مئتا طالب ومئة طالبة.
_CONJOINED = re.compile(r"(?<![\d.,])\d[\d.,]*(?:\s+[^\s\d]+){0,2}\s+و" + GLUE + r"?\s*$")


def is_oblique(before: str) -> bool:
    """Oblique unless the number opens a sentence or is the subject of a verb before it;
    ب ل ك glued to it make it genitive."""
    prefix = prefix_before(before)
    if any(letter in prefix for letter in "بلك"):
        return True
    conjoined = _CONJOINED.search(before) if prefix == "و" else None
    if conjoined:
        return is_oblique(before[: conjoined.start()])
    if _subject_after_verb(before.replace(GLUE, "")):
        return False
    return not _SENTENCE_START.search(_GLUED_TAIL.sub("", before))


def next_word(after: str) -> str:
    match = _NEXT_WORD.match(after)
    return strip_marks(match.group(1)) if match else ""


def past_next_word(after: str) -> str:
    """What follows the next word, the word as written (with its marks: مليونًا)."""
    match = _NEXT_WORD.match(after)
    return after[match.end() :] if match else after


def previous_word(before: str) -> str:
    match = _LAST_WORD.search(before.replace(GLUE, ""))
    return strip_marks(match.group(1)) if match else ""


# Words after which a four-digit number is a year: those that name one (عام، منذ، مطلع),
# and the events and plans that carry theirs (مونديال 2022، رؤية 2030، مهرجان كان 2018:
# a name and a year, not 2018 palms).
_NAMING_A_YEAR = frozenset(("عام", "العام", "عامي", "سنة", "السنة", "سنتي", "منذ", "مطلع",
                            "أواخر", "أوائل", "منتصف", "نهاية", "بداية", "الموافق", "موسم",
                            "الموسم", "مونديال", "كأس", "بطولة", "أولمبياد", "دورة", "مهرجان",
                            "رؤية", "خطة", "ميزانية", "موازنة", "انتخابات", "قمة", "معرض",
                            "إكسبو", "نسخة", "دفعة", "تقرير", "مؤتمر"))  # fmt: skip
_YEAR_NAMES = frozenset(("عام", "العام", "سنة", "السنة"))
# ... and prepositions, after which it is a year only if it looks like one (في 2002
# إعادة انتخاب; not إلى 1234 حالة).
_BEFORE_A_YEAR = frozenset(("في", "حتى", "قبل", "بعد", "خلال", "بين", "من", "إلى"))
YEAR_WORDS = _NAMING_A_YEAR | _BEFORE_A_YEAR
_LIKELY_YEARS = range(1900, 2051)
_ERA_WORDS = frozenset(("هجرية", "هجري", "ميلادية", "ميلادي", "للهجرة", "للميلاد"))
# Time nouns after a number make it a count even after منذ: منذ 1500 عام.
_TIME_NOUNS = frozenset(("عام", "عاما", "أعوام", "سنة", "سنوات", "سنين", "قرن", "قرون",
                         "يوم", "يوما", "أيام", "شهر", "شهرا", "أشهر", "ساعة", "ساعات",
                         "أسبوع", "أسابيع", "دقيقة", "دقائق"))  # fmt: skip


def _year_word(before: str, words: frozenset[str]) -> bool:
    word = previous_word(before)
    return word in words or (word[:1] in ("و", "ف", "ب", "ل") and word[1:] in words)


def after_year_word(before: str) -> bool:
    """Whether the word before says a year may follow (عام، منذ، في، وفي…)."""
    return _year_word(before, YEAR_WORDS)


# "بين عامي 2007 و2009 حكومة", "منذ عام 2007 ولغاية 2017 سنة": the second of two years
# joined by a conjunction is a year as well (it took the gender of the noun after it:
# ألفين وتسع حكومة). The first is said by then (ألفين وسبعة), after a word that names it.
_SECOND_YEAR = re.compile(
    r"(?:^|\s)[وفب]?(?:عام|العام|عامي|سنة|سنتي|منذ|بين|من|الفترة)\s+(?:عامي?\s+)?"
    r"(?:\d{4}|(?:ألف|ألفين|ألفان)(?:\s+و\S+){0,4})\s+(?:و|[وف]?(?:حتى|إلى|الى|لغاية))"
    + GLUE
    + r"?\s*$"
)


def is_year(number: int, before: str, after: str = "") -> bool:
    """A four-digit number after عام, منذ, مونديال… is a year; after في, من, إلى… one
    between 1900 and 2050 is (في 2002 إعادة انتخاب: not a count of إعادة). A time noun
    after it makes it a count (منذ 2000 عام)."""
    if not 1000 <= number <= 2100:
        return False
    # عام 2019 سنة الحسم: after a word that names a year outright, a time noun after it
    # starts the next phrase (منذ 2000 عام is a count)
    if next_word(after) in _TIME_NOUNS and not _year_word(before, _YEAR_NAMES):
        return False
    if _year_word(before, _NAMING_A_YEAR) or next_word(after) in _ERA_WORDS:
        return True
    if number in _LIKELY_YEARS and _SECOND_YEAR.search(before[-80:]):
        return True
    return number in _LIKELY_YEARS and _year_word(before, _BEFORE_A_YEAR)


def counted_noun(after: str) -> str:
    """The noun a number counts, if the next word is one ('' before من, في, التي…)."""
    word = next_word(after)
    if not word or not ("\u0621" <= word[0] <= "\u064a") or word in _NOT_NOUNS:
        return ""
    if _ADVERB.match(word):
        return ""  # المركز الـ16 عالميا، 5 رسميا: an adverb, not what is counted
    return word


# Sound plurals in ات of masculine nouns: the number's gender follows the singular (تعادل
# → ثلاثة تعادلات). Verbal nouns of the derived forms: افتعال، انفعال، استفعال، إفعال، تفعيل
# (اجتماعات، انتخابات، استثمارات، إجراءات، تحقيقات), تفاعُل (تعادلات، تحالفات، تجاوزات) and
# تفعُّل (تحركات، تدخلات، تطورات; not توصيات، تسميات, whose singular ends in ية), and nouns
# in اء (لقاءات). The feminine singulars of those shapes (تظاهرة، تأشيرة، تغريدة، ترجمة)
# are listed in the lexicon's [gender] feminine, which is asked first. And the units
# of measure however a page spells them (كيلوميترات، ميليمترات، كيلوغرامات، ميغاواطات: "4
# كيلوميترات" was read أربع).
_MASCULINE_SINGULAR = re.compile(
    "^(?:ا[^ا]ت[^ا]ا[^ا]|ان[^ا]{2}ا[^ا]|است[^ا]{2}ا[^ا]|[إا][^ا]{2}ا[^ا]|ت[^ا]{2}ي[^ا]"
    "|ت[^ا]ا[^ا]{2}|ت[^ا]{2}[^اىيئ]|.+اء|.+مي?تر|.+[غج]رام|.+واط)$"
)


# Broken plurals of the shape فعائل (هزائم، رسائل، جوائز، دقائق) are plurals of feminine
# singulars (هزيمة، رسالة، جائزة، دقيقة): all 23 of that shape in the lexicon's [gender]
# lists are feminine, none masculine.
_FEMININE_PLURAL = re.compile(r"^[^ا]{2}ائ[^ا]$")


def is_feminine(noun: str, lexicon: Lexicon) -> bool:
    """The gender of a counted noun as written (سنوات، شركة → feminine; أشهر → masculine)."""
    bare = noun.removeprefix("ال")
    if noun in lexicon.masculine or bare in lexicon.masculine:
        return False
    if noun in lexicon.feminine or bare in lexicon.feminine:
        return True
    if bare.endswith("ا") and bare[:-1] in lexicon.feminine:
        return True  # an accusative's alef (1047 دارًا, its tanween gone: دارا)
    if bare.endswith("ات") and _MASCULINE_SINGULAR.match(bare[:-2]):
        return False
    if _FEMININE_PLURAL.match(bare):
        return True
    return bare.endswith(("ة", "ات", "اة")) and len(bare) > 2


# Broken plurals that numbers count in news (2-3 أسابيع، 5 أشخاص).
_COUNTED_PLURALS = frozenset(("أيام", "أسابيع", "أشهر", "شهور", "أعوام", "سنين", "أهداف",
                              "نقاط", "دقائق", "أشواط", "جولات", "أمتار", "أشخاص", "لاعبين",
                              "مواسم", "أدوار", "بطولات", "ألقاب", "كؤوس", "ميداليات",
                              "مراكز"))  # fmt: skip


def is_plural(noun: str, lexicon: Lexicon | None = None) -> bool:
    """A plural that a number of 3–10 counts: a sound plural, or a broken one we know
    (including the lexicon's gender lists, which hold broken plurals)."""
    known = lexicon.feminine | lexicon.masculine if lexicon else frozenset()
    if noun in _COUNTED_PLURALS or noun in known or _FEMININE_PLURAL.match(noun):
        return True
    return noun.endswith(("ات", "ين", "ون"))


# Singular nouns a round number or one past it counts after الـ (الـ100 يوم الأولى).
_COUNTED_SINGULARS = frozenset(("يوم", "عام", "سنة", "ساعة", "دقيقة", "شهر", "أسبوع",
                                *SCALES, "آلاف", "ملايين", "مليارات"))  # fmt: skip


def counted_form(noun: str, number: int, lexicon: Lexicon) -> bool:
    """Whether `noun` after the number has the form of what it counts: a plural after 3–10,
    an accusative singular after 11–99 (عامًا، شخصا), else a time or scale word. (Not a
    word in ة after 11–99: after القمة الـ47 that is لقادة, not what is counted.) For the
    numbers whose reading depends on it: الـN (ordinal or count), كوفيد-19 (name or count)."""
    if not noun or noun in _COUNTED_SINGULARS:
        return bool(noun)
    rest = number % 100
    if 3 <= rest <= 10:
        return is_plural(noun, lexicon)
    return rest >= 11 and noun.endswith("ا")
