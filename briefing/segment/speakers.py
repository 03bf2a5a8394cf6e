"""Who speaks: speech verbs, their subjects (VSO and SVO), names in their fullest form."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from briefing.text import word_list

_MARKS = "\u064b-\u0652\u0670\u0640"  # tashkeel and tatweel, which may sit inside any word


def _loose(word: str) -> str:
    """A word as a pattern that tolerates tashkeel and tatweel between its letters."""
    return f"[{_MARKS}]*".join(re.escape(char) for char in word)


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(_loose(word) for word in sorted(words, key=len, reverse=True))


# Perfect-tense speech verbs (masculine and feminine), which take their subject after them.
_VERBS = (
    "قال قالت أكد أكدت أضاف أضافت أوضح أوضحت صرح صرحت ذكر ذكرت أشار أشارت اعتبر اعتبرت"
    " تابع تابعت لفت لفتت شدد شددت أعلن أعلنت كشف كشفت أفاد أفادت نوه نوهت استطرد استطردت"
    " علق علقت أردف أردفت رأى رأت حذر حذرت بينت أبلغ أبلغت قالوا أكدوا أوضحوا دعا دعت"
    " طالب طالبت"
)
# Forms that continue the previous speaker's words: circumstantial and "before adding".
_CARRY_FORMS = (
    "مضيفا مضيفة مضيفاً مضيفةً مؤكدا مؤكدة مؤكداً موضحا موضحة موضحاً مشيرا مشيرة مشيراً"
    " لافتا لافتة لافتاً مبينا مبينة مبيناً متابعا متابعة قائلا قائلة قائلاً مستطردا"
    " تضيف يضيف يتابع تتابع قوله قولها بقوله بقولها"
)
_SPEECH = re.compile(
    rf"(?<![\w{_MARKS}])(?:[وف]?(?:{_alternatives(_VERBS.split())})"
    rf"|[وف]?{_loose('بين')}(?=\s+[أإ]ن)|[وف]?{_loose('جاء')}\s+في"
    rf"|[وف]?(?:{_alternatives(_CARRY_FORMS.split())}))(?![\w{_MARKS}])"
)
# Verbs that hand on to another ("مضت موضحة"): the subject stands before them.
_AUXILIARY = re.compile(r"^(?:[وف]?(?:كان|كانت|مضى|مضت|عاد|عادت|راح|راحت|ظل|ظلت))$")
# Words that start a clause without being its subject.
_CLAUSE_OPENERS = frozenset(
    word_list(
        "و ف ثم إذ اذ كما فيما بينما لكن لكنّ غير أن إن أن قد وقد فقد بل حيث ذلك إلى كذلك من جهته"
        " جهتها جانبه جانبها ناحيته قبل بعد وكانت وكان كانت كان"
    )
)
# Words that end the subject of a verb: prepositions, complementizers, time words, relatives.
_SUBJECT_STOP = frozenset(
    word_list(
        "في إن أن إنه أنه إنها أنها انه انها بأن بأنه بأنها خلال عبر على إلى الى من عن مع أمس امس"
        " اليوم غدا الخميس الأربعاء الثلاثاء الاثنين الأحد السبت الجمعة لدى حول أمام بعد قبل عقب"
        " الذي التي الذين اللذين وهو وهي وذلك حيث بحسب وفق وفقا حسب ضمن أثناء منذ إذ لأن"
        " قائلا قائلة"
        " للصحفيين للصحافيين للصحافة للإعلام للتلفزيون للإذاعة لوكالة لصحيفة لقناة لموقع لمجلة"
        " صباح مساء ظهر فجر الأسبوع الشهر العام الماضي"
    )
)
# Leading adjuncts between a verb and its subject: "قال لـ«عكاظ» وكيل الوزارة", "قال أمس".
_LEADING_ADJUNCT = re.compile(r"^(?:لـ|للصحف|أمس|امس|اليوم|مساء|صباح|مؤخرا|أيضا|كذلك)")
# Words a name-run cannot hold: titles, function words, and the like.
_NOT_NAME = frozenset(
    word_list(
        "فيه فيها له لها به بها عليه منه الذي التي هو هي هذا هذه ذلك تلك كل بعض أي قد لم لن ما"
        " وزير وزيرة رئيس رئيسة نائب مدير مديرة عضو أمين مساعد مستشار سفير قائد متحدث متحدثة"
        " باسم عن لدى في من إلى على مع الدكتور الدكتورة المهندس المهندسة الشيخ الأستاذ"
        " السيد السيدة اللواء العميد العقيد الفريق المستشار الأمير الملك الرئيس النائب"
    )
)
# Nouns of office that open a "title + name" subject.
_TITLES = frozenset(
    word_list(
        "وزير وزيرة رئيس رئيسة نائب مدير مديرة أمين مساعد مستشار سفير قائد متحدث متحدثة محافظ"
        " متحدث مسؤول مسؤولة أستاذ أستاذة محلل محللة خبير خبيرة مدرب عميد"
    )
)
_HONORIFIC = re.compile(
    r"^(?:الدكتور|الدكتورة|د\.|م\.|المهندس|المهندسة|الشيخ|الأستاذ|الأستاذة|السيد|السيدة"
    r"|اللواء|العميد|العقيد|الفريق|المستشار|الأمير|الأميرة|النائب|البروفيسور)$"
)
_NAME_LINKS = frozenset(("بن", "بنت", "ابن", "أبو", "ابو", "آل", "عبد", "ولد", "أم"))
# Definite nouns that point back to a source already named ("المصدر" = the official above).
_BACK_REFERENCES = frozenset(
    word_list(
        "المصدر المسؤول المسؤولة المتحدث المتحدثة الوزير الوزيرة المسؤولون الخبير الخبيرة"
        " المدير المديرة الرئيس النائب المستشار السفير المصادر"
    )
)
# Institutions whose name a later mention may shorten ("الخارجية الروسية").
_INSTITUTIONS = frozenset(
    word_list(
        "وزارة هيئة مجلس شركة جامعة وكالة منظمة اتحاد حركة جمعية مؤسسة مركز بنك صندوق لجنة إدارة"
        " رئاسة دائرة مديرية محكمة نقابة"
    )
)
_MAX_SUBJECT_WORDS = 14
_MAX_SVO_WORDS = 5
_MAX_NAME_WORDS = 5


@dataclass(frozen=True)
class Verb:
    start: int
    end: int
    word: str

    @property
    def carries(self) -> bool:
        """A form that never names its subject: the speaker is the previous one."""
        return self.word.lstrip("وف") in _CARRY_FORMS.split()


# After these words the same letters are a verbal noun ("طلب عدم ذكر اسمه"), not a verb.
_NOUN_CONTEXT = re.compile(r"(?:^|\s)(?:عدم|دون|بدون|بعد|حتى|عن|من|في|على)\s*$")


def speech_verbs(text: str) -> list[Verb]:
    return [
        Verb(m.start(), m.end(), m.group(0))
        for m in _SPEECH.finditer(text)
        if not _NOUN_CONTEXT.search(text[: m.start()])
    ]


def _bare(word: str) -> str:
    return word.strip("،,:؛;()[]-–—").strip()


def _definite(word: str) -> bool:
    return word.startswith(("ال", "لل", "بال", "وال"))


def _named_in_clause(text: str) -> str | None:
    """A name further on in the clause: after an honorific, or closing a title phrase.

    "أستاذة الاقتصاد في الجامعة الدكتورة ريم النجار «…»" → "ريم النجار".
    """
    clause = re.split(r"[«“”\"]|(?<!\S)(?:[أإ]ن|بأن|أنه|إنه)(?!\S)|[.!?؟]\s", text, maxsplit=1)[0]
    words = [_bare(w) for w in clause.split()][: _MAX_SUBJECT_WORDS + 4]
    for index, word in enumerate(words):
        if _HONORIFIC.match(word):
            run = _name_after(" ".join(words[index + 1 :]), _MAX_NAME_WORDS)
            if len(run) >= 2:
                return " ".join(run)
    run = []
    while words and _is_name_word(words[-1], not run) and len(run) < _MAX_NAME_WORDS:
        run.insert(0, words.pop())
    title_before = bool(words) and words[-1] not in _SUBJECT_STOP
    if len(run) >= 2 and title_before and (_definite(words[-1]) or _HONORIFIC.match(words[-1])):
        return " ".join(run)
    return None


def subject_after(text: str) -> str | None:
    """The subject after a verb; a description ("المحلل المالي") yields to a name further on."""
    subject = _subject_words(text)
    if subject is None or person_name(subject) != subject or subject in _BACK_REFERENCES:
        return subject
    first = subject.split()[0]
    if _definite(first) or first in _TITLES or first.removeprefix("ال") in _TITLES:
        return _named_in_clause(text) or subject
    return subject


def _subject_words(text: str) -> str | None:
    """The subject that follows a verb (Arabic VSO), up to a preposition, comma or quote."""
    words: list[str] = []
    for word in text.split():
        if any(mark in word for mark in '«»“”"') or _SPEECH.fullmatch(word):
            break
        bare = _bare(word)
        if not words and _LEADING_ADJUNCT.match(bare):
            continue
        if not bare or bare in _SUBJECT_STOP or len(words) >= _MAX_SUBJECT_WORDS:
            break
        words.append(bare)
        if word.endswith(("،", ",", ":", "؛")) or (
            word.endswith(".") and not re.fullmatch(r"\S{1,3}\.", word)
        ):
            break
    return " ".join(words) or None


def subject_before(clause: str) -> str | None:
    """The subject standing before its verb (SVO): "الخارجية الروسية مضت موضحة"."""
    words = [_bare(w) for w in clause.split()]
    while words and _AUXILIARY.match(words[-1]):
        words.pop()
    while words and (words[0] in _CLAUSE_OPENERS or _AUXILIARY.match(words[0])):
        words.pop(0)
    if not words or len(words) > _MAX_SVO_WORDS:
        return None
    if any(w in _SUBJECT_STOP or w in _CLAUSE_OPENERS for w in words):
        return None
    return " ".join(words)


def _is_name_word(word: str, last: bool) -> bool:
    if word in _NAME_LINKS:
        return True
    if word in _SUBJECT_STOP or _SPEECH.fullmatch(word):
        return False
    if word in _NOT_NAME or _HONORIFIC.match(word) or not re.search("[\u0621-\u064a]", word):
        return False
    return last or not word.startswith("ال")


def person_name(subject: str) -> str:
    """The name inside "title + name" ("وزير الدفاع الأمريكي لويد أوستن" → "لويد أوستن")."""
    words = subject.split()
    for index, word in enumerate(words[:-1]):
        if _HONORIFIC.match(word):
            rest = words[index + 1 :]
            if rest and all(_is_name_word(w, i == len(rest) - 1) for i, w in enumerate(rest)):
                return " ".join(rest)
    run = 0
    while run < len(words) and _is_name_word(words[-1 - run], run == 0):
        run += 1
    if run < 2 or run == len(words) or run > _MAX_NAME_WORDS:
        return subject
    before = words[-1 - run]
    if before.startswith("ال") or _HONORIFIC.match(before):
        return " ".join(words[-run:])
    return subject


def _title_run(words: list[str]) -> list[str]:
    """The name-run that ends `words` when a title or honorific stands before it."""
    run: list[str] = []
    while words and _is_name_word(words[-1], False) and len(run) < 3:
        run.insert(0, words.pop())
    titled = bool(words) and (words[-1].startswith("ال") or _HONORIFIC.match(words[-1]))
    if not run or not titled or run[0].startswith(("و", "ف")):
        return []
    return run


def _name_after(text: str, limit: int = 4) -> list[str]:
    """The name that follows a title: words up to a comma, stop word or title word."""
    run: list[str] = []
    for word in text.split()[:limit]:
        bare = _bare(word)
        if not _is_name_word(bare, True) or (bare.startswith("ال") and not run):
            break
        run.append(bare)
        if word != bare or bare.startswith("ال"):
            break
    return run


@lru_cache(maxsize=256)
def _context_patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(up to four words, then the name; the name, then up to four words), compiled once a
    name: fullest_form runs for every quote's speaker against the whole article."""
    escaped = re.escape(name)
    return (
        re.compile(rf"((?:[^\s.]+[^\S\n]+){{1,4}}){escaped}(?![\w{_MARKS}])"),
        re.compile(rf"(?<![\w{_MARKS}]){escaped}((?:\s+\S+){{1,4}})"),
    )


def fullest_form(name: str, text: str) -> str:
    """The longest form of a name that the article uses.

    "كاميرون" → "ديفيد كاميرون" (a name-run after a title), "الخارجية الروسية" → "وزارة
    الخارجية الروسية" (an institution), "الائتلاف" → "الائتلاف الوطني السوري" (adjectives),
    "رئيس الوزراء البريطاني" → "ديفيد كاميرون" (the name after the title).
    """
    words = name.split()
    before_pattern, after_pattern = _context_patterns(name)
    if words[0].removeprefix("ال") in _TITLES or words[0] in _TITLES:
        for match in after_pattern.finditer(text):
            run = _name_after(match.group(1))
            if len(run) >= 2:
                return fullest_form(" ".join(run), text)
        return name
    best = name
    definite = words[0].startswith("ال")
    for match in before_pattern.finditer(text):
        before = [_bare(w) for w in match.group(1).split()]
        if definite:
            noun = before[-1].removeprefix("و").removeprefix("ب")
            run = _title_run(list(before)) if len(words) == 1 else []
            if noun in _INSTITUTIONS:
                candidate = f"{noun} {name}"
            else:
                candidate = " ".join([*run, name]) if run else name
        elif len(words) <= 2:
            run = _title_run(before)
            candidate = " ".join([*run, name]) if run else name
        else:
            candidate = name
        if len(candidate) > len(best):
            best = candidate
    if definite and len(words) == 1:
        for match in after_pattern.finditer(text):
            adjectives: list[str] = []
            for word in match.group(1).split():
                bare = _bare(word)
                if not (bare.startswith("ال") and bare.endswith(("ي", "ية"))) or bare in _NOT_NAME:
                    break
                adjectives.append(_bare(word))
                if word != _bare(word):
                    break
            candidate = " ".join([name, *adjectives])
            if len(candidate) > len(best):
                best = candidate
    return best


def resolve_back_reference(subject: str, earlier: list[str]) -> str | None:
    """ "المصدر" and the like: the previous named source it points back to."""
    if subject not in _BACK_REFERENCES:
        return None
    stem = subject.removeprefix("ال")
    for speaker in reversed(earlier):
        if stem in speaker:
            return speaker
    if subject in ("المصدر", "المصادر") and earlier:
        return earlier[-1]
    return None
