"""Quoted speech and who said it.

Each quotation (see marks.py) is first sorted: a name, title or scare quote is no speech, nor
is scripture, a saying or verse recited or cited (تلا الآية «…», استشهد بالمثل «…»); a
fragment inside reported speech (دعا إلى «…»، أن الحكومة «…») is a partial quote; a clause
introduced by a speech verb, a colon, or standing as its own sentence is a full quote.

Who said it is a decision with evidence (attribution.py scores the candidates): the subject
of the verb that introduces the quotation, before or after it; the last source when a
participle or "وأضاف" carries the speech on; the source a back-reference points to. The best
candidate is kept only above a threshold; below it the speaker is unknown (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.model import Quote, QuoteKind
from briefing.names import FIRST_NAMES
from briefing.segment.attribution import ACCORDING_TO, THRESHOLD, Attributor
from briefing.segment.clauses import REPORTERS, set_off_to_complement
from briefing.segment.lexicon import (
    COMPLEMENTIZERS,
    FUNCTION_WORDS,
    HONORIFICS,
    INSTITUTIONS,
    NAME_LINKS,
    NAMING_NOUNS,
    RELAY_WORDS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    TITLE_STEMS,
    bare,
    closed_up,
    is_title,
    opens_as_clause,
    unprefixed,
)
from briefing.segment.marks import Span, find_article_spans, find_spans
from briefing.segment.mentions import Kind, classify
from briefing.segment.person_names import leading_name
from briefing.segment.spacing import spaced_stops
from briefing.segment.speech_verbs import Verb, find_verbs
from briefing.segment.subjects import read_subject_before
from briefing.segment.word_classes import is_verb_word
from briefing.text import word_list

__all__ = ["Span", "find_quotes", "find_spans"]

_STATEMENT_WORDS = 6  # a quotation this long that opens its sentence is a statement
_SHORT_WORDS = 3  # this short, a quotation must follow its verb or subject to be speech
# Prepositions whose object in marks is named, not quoted, with the most words it may have:
# "ما جاء في «إعلان القاهرة»", a case's name ('المتهمين في "قضية اغتيال النائب العام"': four
# words, measured: no corpus quote lost, one name on a new set no longer read as speech);
# after عبر only one word, a medium ('عبر "منصة"').
_NAMING_PREPOSITIONS = {"في": 4, "فى": 4, "عبر": 1, "وعبر": 1}
_MAX_INTRO_WORDS = 25  # how far a speech verb may stand before its quotation
_SENTENCE_BREAK = re.compile(r"[.!?؟][\"”»]?\s+|[\"”»][.]\S|(?<=[^\W\d_]{3})[.!؟][^\W\d_]")
# Prepositions that take a fragment after a reporting verb: "دعا إلى «…»", "طالب بـ«…»".
_FRAGMENT_LEADS = frozenset(("إلى", "الى", "بـ", "ب", "بأنه", "بأنها", "بأنهم", "لـ", "من"))


# the nouns a title follows with a colon ("تحت عنوان:"), each as the one-word list it ends
_TITLED_BY = [[w] for w in word_list("عنوان بعنوان وبعنوان شعار بشعار وبشعار")]


def _words(text: str) -> list[str]:
    return [bare(w) for w in text.split() if bare(w)]


def _is_name(paragraph: str, span: Span) -> bool:
    """A short quotation that names or glosses something rather than reporting speech."""
    words = span.text.split()
    if _RECITED.search(paragraph[: span.start]):
        return True  # "وتلا الآية «…»", "مستشهدا بالمثل «…»": a text recited, not said
    if _lists_names(span.text):
        return True  # "“قناة الأفق ووكالة النبأ وموقع الساحل”": outlets named, not speech
    if len(words) >= _STATEMENT_WORDS:
        return _names_a_title(paragraph, span)
    if _listed(paragraph, span):
        return True  # "ومن أبرز المرشحين: «…» و«…» و«…»": names listed, no one speaks
    before = paragraph[: span.start]
    if before.rstrip().endswith(":") and _words(before)[-1:] in _TITLED_BY:
        return True  # "تحت عنوان: «…»", "بشعار: «…»": a title, its colon no speech's
    if len(words) >= 2 and before.rstrip().endswith(":"):
        return False  # a colon introduces speech: "… لشبكة فوكس: «لن أتراجع»"
    if len(words) > _SHORT_WORDS and re.search(r"[»”\"]\s*[،,]?\s*و$", before):
        return False  # "«…» و«…»": a second quotation joined to the first
    glued = before.rstrip() != before or not before
    prefix = before.split()[-1] if before.split() and not glued else ""
    if before and (before[-1] == "ـ" or (len(prefix) == 1 and prefix.isalpha())):
        return True  # glued to a preposition or conjunction: بـ"…", لـ«…», و"…"
    if re.search(r"(?:^|\s)[وف]?[لب]ـ\s*$", before):
        return True  # "لـ «المدينة»", "بـ "…""
    last_words = _words(before)[-3:]
    withheld = len(last_words) == 3 and last_words[-2] in ("ذكر", "عن", "نشر")
    # the naming noun right before the marks, or before its adjective ("مسلسل تلفزيوني «…»");
    # not before a name of its own ("لصحيفة الأخبار «…»" quotes what was said to it)
    nearest = last_words[-2:] if last_words[-1:] and not _words_definite(last_words[-1]) else []
    named = [w for w in nearest or last_words[-1:] if NAMING_NOUNS & {w, unprefixed(w), w[1:]}]
    if named and not (withheld and named[-1] in ("اسمه", "اسمها")):
        return True  # "وكالة «…»", "بعنوان «…»"; but "طلب عدم ذكر اسمه «…»" is speech
    after = _words(paragraph[span.end :])[:2]
    if len(words) <= 3 and after and after[0] in COMPLEMENTIZERS:
        return True  # a gloss inside the subject: قالت متحدثة باسم الحلف “الناتو” إن …
    if len(words) <= 3 and after[:1] in (["إلى"], ["الى"]) and after[1:] in _COMPLEMENT_AFTER:
        return True  # 'وأشار "حسب الله"، إلى أن …': the verb's subject in marks
    if len(words) <= 3 and re.match(r"\s*:", paragraph[span.end :]):
        return True  # a name in marks before its colon: وأردف "الغامدي": "…"
    if _subject_in_marks(words, last_words, paragraph[span.end :]):
        return True  # 'أكد أن «أطباء بلا حدود» تدير …': the clause's subject, named
    governed = _NAMING_PREPOSITIONS.get(last_words[-1], 0) if last_words else 0
    if len(last_words) >= 2 and last_words[-1] == "على" and last_words[-2] in _POSTS:
        governed = 1  # 'في تدوينة على “فيسبوك”،': the post's medium (R1 kind F3)
    if len(words) <= governed and not re.match(r"\s*:", paragraph[span.end :]):
        return True  # "ما جاء في «إعلان القاهرة»", 'عبر "منصة"': what the preposition governs
    if _named_by_publication(words, last_words):
        return True  # 'على تقرير «واشنطن بوست»': the outlet that published it (R1 kind F2)
    if len(words) <= _SHORT_WORDS and _inside_title(last_words, paragraph[span.end :]):
        return True  # 'رئيس بلدية «الوادي الأخضر» «فلان» إن', 'مدير أبحاث "نوفا" السابق'
    first = bare(words[0]) if words else ""
    if len(words) <= 2 and first.startswith(("بال", "لل", "كال")):
        return True  # "«بالعامية»": a gloss of the register
    term = len(words) <= 2 and last_words[-1:] and last_words[-1] in _TERM_PREPOSITIONS
    if term and re.match(r"\s*[\u0621-\u064a]", paragraph[span.end :]):
        return True  # 'تقارير عن "انهيار" وشيك': a term the phrase goes on after
    if not span.closed and re.search(r"(?:^|\s)[وف]?لـ?\s*$", before):
        return True  # an outlet whose closing mark was lost: لـ «المدينة: …
    # the phrase goes on after the marks (a letter, not a comma or a stop, follows)
    goes_on = re.match(r"\s*(?:\w|[\u0621-\u064a])", paragraph[span.end :]) is not None
    short_phrase = len(words) <= 3 and not re.search(r"[.!?؟،,]", span.text)
    return short_phrase and span.text.startswith("ال") and goes_on


_COMPLEMENT_AFTER = [[w] for w in COMPLEMENTIZERS]
# The bare complementizers: after "أنه" a quotation is the clause's predicate, not its subject.
_BARE_COMPLEMENTIZERS = frozenset(word_list("أن إن ان"))
# Words that open a clause of speech, not a name: "أن «لا تراجع» عنه", "أن «قد نتأخر» قليلا".
_SPEECH_OPENERS = frozenset(word_list("لا لن لم ما قد لقد ليس نحن أنا هذا هذه"))


_CLAUSE_MARK = re.compile(r"[.!?؟،,:؛]")  # a sentence or clause inside: more than a name


def _short_phrase(text: str) -> bool:
    """One to three words with no sentence or clause mark inside: short enough to name."""
    return 1 <= len(text.split()) <= _SHORT_WORDS and not _CLAUSE_MARK.search(text)


def _subject_in_marks(words: list[str], before: list[str], after: str) -> bool:
    """One to three words in marks right after a bare أن / إن, no sentence mark and no verb
    in them, and the clause going on after them: the clause's subject, named in marks ("أن
    «حماس» وافقت", "إن «أسود الأطلس» قدموا"), never speech (unseen articles, kind 4)."""
    if not _short_phrase(" ".join(words)) or not before or before[-1] not in _BARE_COMPLEMENTIZERS:
        return False
    plain = [bare(w) for w in words]
    if plain[0] in _SPEECH_OPENERS:
        return False
    if any(is_verb_word(w) for w in plain):
        return False
    return re.match(r"\s*[\u0621-\u064a]", after) is not None


# Posts whose medium "على" names ('في تدوينة على “فيسبوك”'), never speech.
_POSTS = frozenset(
    word_list("تدوينة تدوينته تدوينتها تغريدة تغريدته تغريدتها منشور منشوره منشورها صفحته صفحتها")
)
# Indefinite nouns of a publication in construct with the one who published it: "تقرير
# «واشنطن بوست»", "تسريبات «الغد»" (the definite "التقرير «…»" may be its subject speaking).
_PUBLICATIONS = frozenset(word_list("تقرير تقارير تسريبات مقال مقالة افتتاحية تحقيق"))


def _named_by_publication(words: list[str], before: list[str]) -> bool:
    """One to three words in marks, no sentence mark and no verb, right after an
    indefinite noun of a publication: its publisher named (R1 kind F2)."""
    if not before or not 1 <= len(words) <= _SHORT_WORDS:
        return False
    if unprefixed(before[-1]) not in _PUBLICATIONS and before[-1][1:] not in _PUBLICATIONS:
        return False
    plain = [bare(w) for w in words]
    punctuated = _CLAUSE_MARK.search(" ".join(words))
    return not punctuated and plain[0] not in _SPEECH_OPENERS and not any(map(is_verb_word, plain))


_TERM_PREPOSITIONS = frozenset(word_list("عن من على في فى إلى الى مع حول بشأن"))


def _lists_names(text: str) -> bool:
    """A list of names joined by و, each opening on a naming noun ("قناة …", "ووكالة …")."""
    items = re.split(r"\s+و(?=\S)|،\s*", text.strip())
    heads = [_words(item)[:1] for item in items]
    return len(items) >= 2 and all(
        head and (NAMING_NOUNS & {head[0], unprefixed(head[0])}) for head in heads
    )


_JOINED_AFTER = re.compile(r"^\s*[،,]?\s*و?\s*[«“\"'‘]")
_JOINED_BEFORE = re.compile(r"[»”\"'’]\s*[،,]?\s*و?\s*$")
_MARKED = re.compile(r"[«“\"'‘][^«»“”\"'‘’]*[»”\"'’]")
# "وهم «…» و«…»": a pronoun that the names listed after it stand for.
_LIST_PRONOUNS = frozenset(word_list("وهم هم وهما هما وهن هن وهي"))


def _listed(paragraph: str, span: Span) -> bool:
    """One item of a list of short quotations (one to three words each, no sentence mark)
    joined by و or a comma, with no speech verb before it in its sentence (a colon after a
    noun, "وهم") : names listed, not speech (unseen articles, kind 4). A speaker's words
    listed so ("وقال: «نعم» و«لا»") keep their verb."""
    if not _short_phrase(span.text):
        return False
    before, after = paragraph[: span.start], paragraph[span.end :]
    if not (_JOINED_AFTER.match(after) or _JOINED_BEFORE.search(before)):
        return False
    sentence = re.split(r"[.!?؟]\s", before)[-1]
    lead = _words(_MARKED.sub(" ", sentence))
    if lead and lead[-1] in _LIST_PRONOUNS:
        return True
    return bool(lead) and not any(unprefixed(w) in SPEECH_VERBS or w in SPEECH_VERBS for w in lead)


def _inside_title(before: list[str], after: str) -> bool:
    """Whether marks stand inside a title's noun phrase: right after an indefinite noun in
    construct, with a title or institution among the words before it ("رئيس بلدية",
    "مدير أبحاث"), and the phrase going on after them (an adjective, a name, another marked
    name, or the subject's إن / أن) rather than ending, or a colon opening speech (set C's
    N2, N3: a province and a company in marks were read out as quotes)."""
    if not before or _words_definite(before[-1]) or is_verb_word(before[-1]):
        return False
    if before[-1] in COMPLEMENTIZERS or before[-1] in FUNCTION_WORDS:
        return False
    if not any(w.removeprefix("ال") in TITLE_STEMS or w in INSTITUTIONS for w in before):
        return False
    following = _words(after)[:1]
    if re.match(r"\s*[،,]?\s*[«“\"]", after):
        return True  # another marked name follows: "نائب محافظ «الوادي»، «منير سلامة»، إن"
    if not following or not re.match(r"\s*[\w\u0621-\u064a]", after):
        return False
    word = following[0]
    return _words_definite(word) or word in COMPLEMENTIZERS or word in HONORIFICS


# Scripture, sayings and verse recited or cited: the words are a text's, not the speaker's.
_RECITED = re.compile(
    r"(?:(?<!\S)[وف]?(?:تلا|تلت|يتلو|تتلو|تلاوة)"  # right before it: "تلت المواجهة:" is "followed"
    r"|(?<!\S)[وف]?(?:استشهد|استشهدت|مستشهدا|مستشهدة)(?:\s+\S+){0,3}"
    r"|(?<!\S)[وفب]?(?:ال)?(?:آية|اية|سورة)(?:\s+\S+)?|(?<!\S)[وفب]?(?:ال)?مثل\s+(?:ال)?(?:شعبي|قائل)"
    r"|(?<!\S)(?:بيت|البيت|بيتا|ببيت|بالبيت)\s+(?:شعر|الشعري|من الشعر)|قوله تعالى"
    r"|(?<!\S)[وفب]?(?:ال)?حديث\s+(?:ال)?(?:شريف|نبوي|النبي))\s*$"
)


_COORDINATION = re.compile(r"^[\s،,]*و(?:\s*(?:إن|أن|بأن|إنه|أنه|إنها|أنها))?\s*$")


def _coordinated(between: str) -> bool:
    """Only "و" (with its complementizer) stands between two quotations."""
    return _COORDINATION.match(between) is not None


def _known_names(attributor: Attributor) -> frozenset[str]:
    """The people the article introduces, whole and word by word ("إيفلين بطرس", "بطرس")."""
    names = [i.name for i in attributor.registry.introductions if i.kind is Kind.PERSON]
    return frozenset([*names, *(w for n in names for w in n.split() if len(w) > 2)])


def _names_someone(paragraph: str, span: Span, known: frozenset[str]) -> bool:
    """A quotation of one to three words that is a person's name («يوسف», "عبد الله",
    "إيفلين بطرس") or surname: a name in marks, never speech. A name is a run of name
    words with no sentence mark, opening on a known first name or a link (عبد، أبو), one
    the article introduces, or one standing as the subject right after a speech verb
    ('وقالت "إيفلين بطرس" للصحفيين:'), as an organisation's name may ('أكدت "صحة بيشة"
    تقديم …')."""
    text = _AGE_GLOSS.sub("", span.text)  # "سلوى الدريدي، 41 عاما": a name and an age
    words = _words(text)
    if not 1 <= len(words) <= 3 or _CLAUSE_MARK.search(text):
        return False
    head = paragraph[: span.start].rstrip()
    before = _words(head)[-1:]
    goes_on = re.match(r"\s*[:\w]", paragraph[span.end :]) is not None
    after_verb = bool(before) and unprefixed(before[0]) in SPEECH_VERBS and head[-1:].isalpha()
    named = classify(words)
    if after_verb and goes_on and named is not None and named.kind is Kind.ORGANISATION:
        return True  # 'أكدت "صحة بيشة" تقديم …': an organisation in marks, the subject
    if leading_name(words) != words:
        return False
    if " ".join(words) in known or (len(words) == 1 and words[0] in known):
        return True
    if after_verb and goes_on:
        return True  # the verb, no colon, then the name, and the clause goes on after it
    if text != span.text or (goes_on and _after_title(_words(head)[-3:], paragraph[span.end :])):
        return True  # 'أنهى رئيس الحكومة “فلان الفلاني” مداخلته': the title's name (R1 F1, F4)
    if len(words) >= 2 and goes_on and re.search(r"[»”\"][،,]?$", head):
        return True  # 'رئيس بلدية «الوادي» «منير سلامة» إن': a house style marking names
    first = words[0]
    return first in FIRST_NAMES or (first in NAME_LINKS and len(words) > 1)


# An age glossing a name in marks: "«فلانة الفلانية، 41 عاما»" (R1 kind F1).
_AGE_GLOSS = re.compile(
    r"\s*(?:[،,]\s*[\d٠-٩]{1,3}\s*(?:عاما|عامًا|عام|سنة)|\(\s*[\d٠-٩]{1,3}\s*(?:عاما|عامًا|عام|سنة)\s*\))\s*$"
)


def _after_title(before: list[str], after: str) -> bool:
    """The words before the marks end on a title ("رئيس الحكومة", "الوزير") that no verb
    of speech or reporting introduces, or whose verb's complement comes later in the
    sentence ('وقال رئيس الحكومة “فلان” في ختام الجلسة إن …'): the marks name its holder,
    they are not his words ('قال رئيس الحكومة “…”' may quote him)."""
    if before and is_title(before[-1]):
        lead = before[:-1]
    elif len(before) >= 2 and is_title(before[-2]) and _words_definite(before[-1]):
        lead = before[:-2]
    else:
        return False
    verb = unprefixed(lead[-1]) if lead else ""
    speaks = verb in SPEECH_VERBS and verb not in _FRAMING_VERBS
    clause = re.split(r"[.!?؟:«»“”\"]", after, maxsplit=1)[0]
    if speaks and _BARE_COMPLEMENTIZERS & set(_words(clause)):
        return True  # the speech is the إن / أن clause that follows
    return not speaks and verb not in REPORTING_VERBS


# Verbs that frame a speech as their object ("أنهى الوزير مداخلته بالقول"): marks right
# after their subject's title are its name, the object follows them.
_FRAMING_VERBS = frozenset(word_list("ختم اختتم استهل يختم أنهى ختمت اختتمت استهلت تختم أنهت"))


def _words_definite(word: str) -> bool:
    return word.startswith(("ال", "لل", "بال", "وال"))


def _names_a_title(paragraph: str, span: Span) -> bool:
    """A long quotation right after "بعنوان" or "تحت عنوان": a headline, not speech."""
    return any(w in ("بعنوان", "عنوان", "عنوانه") for w in _words(paragraph[: span.start])[-2:])


def _unmarked(paragraph: str, names: list[Span], people: list[Span] = ()) -> str:
    """The paragraph with quoted names read as plain words, so that a verb's subject can
    be a quoted name ('وأردف "الغامدي":', 'أكدت "صحة بيشة" أن'); a gloss before "إن" is no
    part of the name."""
    plain = paragraph
    for span in names:
        if span.end > len(paragraph):
            continue
        inner = paragraph[span.start + 1 : span.end - 1] if span.closed else span.text
        inner = _AGE_GLOSS.sub("", inner) if span in people else inner  # the name, not the age
        before = _words(paragraph[: span.start])[-1:]
        subject = bool(before) and unprefixed(before[0]) in SPEECH_VERBS  # 'أكدت "…" أن'
        gloss = not subject and span not in people  # a person's name is never a gloss
        if _words(paragraph[span.end :])[:1] in ([w] for w in COMPLEMENTIZERS) and gloss:
            inner = ""
        width = span.end - span.start
        closed = span.closed and span in people and len(inner.split()) >= 2
        # 'رئيس النادي ”كريم حداد“ موعد …': the marks end the name, as a comma would
        filler = (f" {inner}،" if closed else f" {inner} ")[:width].ljust(width)
        plain = plain[: span.start] + filler + plain[span.end :]
    return plain


def _named_in_marks(intro: Verb, plain: str, people: list[Span], span: Span) -> Verb:
    """'وقالت مذيعة النشرة في القناة "فلانة الفلانية، 41 عاما"، "…"': a person's name in
    marks, after the verb's subject and set off from the quotation by a comma alone, names
    who speaks it (set R1 kind F1: the real quote lost its speaker to the gloss)."""
    if intro.carries or intro.colon:
        return intro
    named = [
        p for p in people if intro.end <= p.start and not plain[p.end : span.start].strip(" ،,")
    ]
    if not named or re.search(r"[.!?؟:«»“”\"]", plain[intro.end : named[0].start]):
        return intro
    before = _words(plain[intro.end : named[0].start])
    if not before or before[-1] in _TERM_PREPOSITIONS or before[-1] in FUNCTION_WORDS:
        return intro  # "وردّ على «فلان»، «…»": the name is the verb's object, not its subject
    mention = classify(_words(_AGE_GLOSS.sub("", named[0].text)))
    if mention is None or mention.kind is not Kind.PERSON:
        return intro
    subject_words = len(plain[intro.end : span.start].split())
    return replace(intro, subject=mention, subject_words=subject_words)


def _sentence_start(text: str, cursor: int, position: int) -> int:
    start = cursor
    for match in _SENTENCE_BREAK.finditer(text, cursor, position):
        piece = text[cursor : match.start() + 1]
        if not re.search(r"(?:^|\s)\S{1,3}\.$", piece):
            start = match.end() - (1 if match.group(0)[-1] not in " \t\n" else 0)
    return start


def _aside(text: str, verb: Verb, start: int) -> bool:
    """Whether the verb stands in brackets closed before the quote ("… (مثلما كتبت السفارة)
    «…»") or in an "as …" aside set off before it: an aside's verb introduces nothing."""
    tokens = text[: verb.start].split()[-3:]
    for opener in (1, 2):  # "، كما ذكرت …، «…»", "، وفق ما نقلت …، «…»"
        words = [bare(w) for w in tokens[-opener:]]
        set_off = len(tokens) > opener and tokens[-opener - 1].endswith(("،", ","))
        if set_off and len(words) == opener and opens_as_clause(words):
            # set off by commas on both sides, told by the media; a sentence's "كما قال"
            # is "he also said", and "، كما أكد الوزير، في كلمته، أن «…»" is the minister's
            return _told_by_media(text[verb.end : start])
    opening = text.rfind("(", 0, verb.start)
    if opening < 0 or text.find(")", opening, verb.start) >= 0:
        return False
    closing = text.find(")", verb.end, start)
    return closing >= 0


def _told_by_media(stretch: str) -> bool:
    """ "وسائل الإعلام، «…»", "عنه صحيفة «الغد»، «…»": the aside's subject is an outlet
    or the media, and a comma closes the aside before the quote."""
    words = [bare(w) for w in stretch.split()]
    words = [w for w in words if w and w not in ("عنه", "عنها", "عنهم")]
    reporter = bool(words) and (words[0] in REPORTERS or unprefixed(words[0]) in REPORTERS)
    return reporter and bool(re.search(r"[،,]", stretch))


def _introducing_verb(text: str, verbs: list[Verb], sentence: int, start: int) -> Verb | None:
    candidates = [
        v
        for v in verbs
        if sentence <= v.start and v.end <= start and not v.topic and not _aside(text, v, start)
    ]
    if not candidates:
        return None
    verb = candidates[-1]
    if len(text[verb.end : start].split()) > _MAX_INTRO_WORDS:
        return None
    return verb


@dataclass(frozen=True)
class _Found:
    span: Span
    kind: QuoteKind


# "ردا على سؤال", "تعليقا على القرار", "جوابا عن سؤال": the occasion of what is said.
_OCCASION_LEADS = frozenset(word_list("ردا تعليقا جوابا"))
_ADJUNCT_LEADS = (
    frozenset(
        word_list("في فى خلال عبر من بعد عقب أمام لدى حول بخصوص عن على مع قبيل إثر أثناء يوم")
    )
    | RELAY_WORDS
    | _OCCASION_LEADS
)  # "قالت الوزيرة، نقلا عن تقرير رسمي، إن «…»"
_MAX_FRONTED_WORDS = 8


def _fronted_adjunct(lead: list[str], text: str) -> bool:
    """The sentence opens on an adjunct set off by a comma before its quotation ("ردا على
    سؤال بهذا الشأن، «…»", "وفي إحاطة صحفية اليوم، «…» قال فلان"): no verb, a few words."""
    if not lead or len(lead) > _MAX_FRONTED_WORDS or not re.search(r"[،,]\s*$", text):
        return False
    first = lead[0].removeprefix("و") if lead[0] not in _ADJUNCT_LEADS else lead[0]
    return first in _ADJUNCT_LEADS and not any(is_verb_word(w) for w in lead)


def _adjunct(word: str) -> bool:
    """A word that opens an adjunct after a subject ("في فيديو", "للصحفيين", "لـ«عكاظ»")."""
    return word in _ADJUNCT_LEADS or (word.startswith(("لل", "لـ", "ل")) and len(word) > 3)


def _kind(
    plain: str, span: Span, intro: Verb | None, sentence: int, colon: bool
) -> QuoteKind | None:
    """full, partial, or None (not speech) for a quotation that is not a name."""
    words = len(span.text.split())
    lead = plain[sentence : span.start]
    if colon:
        return QuoteKind.FULL
    if words <= _SHORT_WORDS and _inside_subject(plain[span.end :]):
        return None  # "وقال العضو في مجلس «الشركة»، رئيس …: «…»": a name in the subject
    if intro is None:
        if not _words(lead) or _fronted_adjunct(_words(lead), lead):
            return QuoteKind.FULL if words >= 2 else None  # a quotation opens its sentence
        if ACCORDING_TO.match(lead) and words >= 2:
            return QuoteKind.FULL  # "وبحسب بيان الوزارة، فإن «…»": the source's words
        return QuoteKind.PARTIAL if words >= _STATEMENT_WORDS else None
    between = _words(plain[intro.end : span.start])
    subject_words = intro.subject_words or 0
    rest = between[subject_words:]
    if unprefixed(bare(intro.word)) in ("واصفا", "واصفة"):
        return QuoteKind.PARTIAL  # "واصفة «صديق الدرب»": her words for it
    speaks = unprefixed(bare(intro.word)) in SPEECH_VERBS
    if intro.reporting and not (speaks and between and between[-1] in COMPLEMENTIZERS):
        # "دعا إلى «…»", "وصفه بـ«…»": its complement is a fragment; but "اعتبر أن «…»" states
        fragment = bool(between) and between[-1] in _FRAGMENT_LEADS
        return QuoteKind.PARTIAL if fragment or words > _SHORT_WORDS else None
    if words <= _SHORT_WORDS and between and intro.subject is None:
        rest = rest or between[-1:]  # short and no subject: it must follow a complementizer
    if not rest or (rest == between[-1:] and rest[0] in COMPLEMENTIZERS):
        return QuoteKind.FULL  # "قال فلان «…»", "وتابع أن «…»", "مضيفة «بالعامية» «…»"
    if len(rest) == 2 and rest[0] in ("إلى", "الى", "من", "على") and rest[1] in COMPLEMENTIZERS:
        return QuoteKind.FULL  # "مشيرا إلى أن «…»", "وينص القانون على أن «…»"
    if _second_complement(rest, words):
        return QuoteKind.FULL  # "أكد أن الأرقام صحيحة وأنه «…»", "… صحيحة و«نلتزم بالشفافية»"
    if rest[0] == "عن" and unprefixed(bare(intro.word)) in _DISCLOSING:
        # "أعلنت الشركة عن إطلاق منتجها «…»": what is announced is named, not said
        return QuoteKind.PARTIAL if words >= _STATEMENT_WORDS else None
    if not any(w in COMPLEMENTIZERS for w in rest) and len(rest) <= 12 and _adjunct(rest[0]):
        return QuoteKind.FULL  # "قال الوزير في مؤتمر صحفي «…»", "… للصحفيين «…»"
    if _adjunct(rest[0]) and len(rest) <= 12 and _complement_ends(rest):
        return QuoteKind.FULL  # "… في تصريحات لـ"اليوم"، أن «…»", "… في كلمة إلى أن «…»"
    if intro.subject is not None and not intro.carries and set_off_to_complement(rest):
        return QuoteKind.FULL  # "قال فلان وزير النقل، صباح اليوم، إن «…»"
    if intro.subject is not None and rest[0] in ("الذي", "التي") and len(rest) <= 8:
        return QuoteKind.FULL  # "وقال المصدر الذي طلب عدم ذكر اسمه «…»"
    if words <= _SHORT_WORDS:
        # a short quotation deep in the clause: a scare quote, unless it is the complement
        leads = between[-1] in COMPLEMENTIZERS or between[-1] in _FRAGMENT_LEADS
        return QuoteKind.PARTIAL if leads and len(between) <= 6 else None
    return QuoteKind.PARTIAL  # "أن المجتمع «…»": a predicate inside reported speech


def _second_complement(rest: list[str], words: int) -> bool:
    """The verb's complement clause goes on to a second one, joined by و, that the quotation
    opens: "أن الأرقام صحيحة وأنه «…»" (the complementizer again), or "و «…»" with a clause
    of three words or more in the marks."""
    if len(rest) < 2 or rest[0] not in COMPLEMENTIZERS:
        return False
    last = rest[-1]
    if last.startswith("و") and last[1:] in COMPLEMENTIZERS:
        return not any(w in COMPLEMENTIZERS for w in rest[1:-1])
    clause = words >= _SHORT_WORDS
    return last == "و" and clause and not any(w in COMPLEMENTIZERS for w in rest[1:])


_COLON_QUOTE = re.compile(r"^\s*[،,]?[^.!؟:«»“”\"]*:\s*[«“”\"]")


def _inside_subject(after: str) -> bool:
    """What follows a short quotation goes on, in the same sentence and with no verb of its
    own, to a colon that opens another quotation: the short one stands inside the subject
    or its titles."""
    match = _COLON_QUOTE.match(after)
    if match is None:
        return False
    words = _words(match.group(0))
    return bool(words) and not any(is_verb_word(w) for w in words)


# Verbs whose عن-phrase is what they make known ("أعلن عن", "كشف عن").
_DISCLOSING = frozenset(word_list("أعلن أعلنت يعلن تعلن كشف كشفت يكشف تكشف"))


def _complement_ends(rest: list[str]) -> bool:
    """Adjuncts, then the complementizer that opens the quote (after إلى / على)."""
    return rest[-1] in COMPLEMENTIZERS and not any(w in COMPLEMENTIZERS for w in rest[:-1])


def find_quotes(
    paragraphs: list[str],
    article_text: str | None = None,
    threshold: float = THRESHOLD,
    headline: str | None = None,
    written: str | None = None,
) -> list[Quote]:
    """Speech in the paragraphs, in order, with speakers where the text shows them (with
    evidence scoring at least `threshold`); first the headline's quotes whose speaker the
    headline names ("فلان: «…»", "فلان يحذر «…»", "«…» يقول فلان") and the body does not
    quote again. `written`: the whole article as written (dropped lines too), which every
    quote's text must be part of."""
    # a stop glued to the next word ends its clause for the speakers (spacing.py)
    paragraphs = [spaced_stops(paragraph) for paragraph in paragraphs]
    text = (
        "\n".join(spaced_stops(line) for line in article_text.split("\n"))
        if article_text is not None
        else "\n".join(paragraphs)
    )
    body = [
        _as_written(q, written or text)
        for q in _quotes(Attributor(paragraphs, text, threshold), paragraphs)
    ]
    if not headline:
        return body
    # the headline speaks ahead of the article: its descriptions resolve against all of it
    heading = _juxtaposed_head(headline)
    ahead = Attributor([heading], text, threshold, ahead=True)
    quoted = {" ".join(q.text.split()) for q in body}
    top = [
        _as_written(q, written or text)
        for q in (
            _not_the_object(_from_body(q, heading, body), heading)
            for q in _quotes(ahead, [heading])
        )
        if q.kind is QuoteKind.FULL
        and (q.speaker or len(q.text.split()) >= _SHORT_WORDS)  # «وهميين»: a scare quote
        and " ".join(q.text.split()) not in quoted
    ]
    return top + body


_MAX_HEAD_WORDS = 4


def _juxtaposed_head(headline: str) -> str:
    """ "المحافظ داود ”لا ماء بلا عدادات”!": a headline whose short head (a title and a
    name, no verb) stands right before its quotation speaks it as a colon head would; the
    headline is read with that colon (the quotation's words are unchanged). A name with no
    title is not enough: a headline names whom a quotation is about as often as who said
    it (corpus 52's "بلاتر «…»" is another man's words about him)."""
    match = re.match(r"^([^:«»“”\"'‘]+?)\s+([«“”\"'‘])", headline)
    if match is None:
        return headline
    words = _words(match.group(1))
    if not 1 <= len(words) <= _MAX_HEAD_WORDS or any(is_verb_word(w) for w in words):
        return headline
    head = match.group(1)
    joined = head.rstrip().endswith("..")  # "محامي المتهم.. «…»": ".." stands for the colon
    head = head.rstrip(" .") if joined else head
    mention = read_subject_before(head, colon=True)
    described = joined and mention is not None and mention.kind is Kind.DESCRIPTION
    if not described and (mention is None or mention.kind is not Kind.PERSON or not mention.role):
        return headline  # "بلاتر «آكل لحوم البشر»": a bare name may be who it is about
    return f"{head}: {headline[match.start(2) :]}"


def _from_body(quote: Quote, headline: str, body: list[Quote]) -> Quote:
    """A headline quote takes the speaker of the body quote it is an excerpt of (the body
    says more than a headline's head); one with no speaker of its own, else, the one body
    speaker whose role its colon head repeats ("وزيرة الصحة: …" for the body's "هدى سالم،
    وزيرة الصحة")."""
    if quote.kind is not QuoteKind.FULL:
        return quote
    text = " ".join(quote.text.split())
    sources = [q for q in body if q.speaker and text in " ".join(q.text.split())]
    if quote.speaker and not sources:
        return quote  # the body quoting it names its speaker over the headline's head
    if not sources:
        head = headline.split(":", 1)[0] if ":" in headline else ""
        words = [w.removeprefix("ال") for w in _words(head)]
        sources = [
            q
            for q in body
            if q.speaker and words and _holds(q.role or "", words) and len(words) <= _MAX_HEAD_WORDS
        ]
    if len({q.speaker for q in sources}) != 1:
        return quote
    source = sources[0]
    return replace(
        quote,
        speaker=source.speaker,
        role=source.role,
        female=source.female,
        speaker_kind=source.speaker_kind,
        confidence=source.confidence,
        evidence=f"{source.evidence}, in the body",
    )


def _not_the_object(quote: Quote, headline: str) -> Quote:
    """ "العبيدي يحذر أندية الدوري: «…»": in a colon head with a verb, what follows the verb
    is its object, never the speaker; such a speaker is dropped (the subject before the verb
    is who speaks, but a wrong name is worse than none)."""
    head, colon, _ = headline.partition(":")
    words = head.split()
    verbs = [n for n, w in enumerate(words) if n and is_verb_word(bare(w))]
    if not colon or not verbs or not quote.speaker:
        return quote
    after_verb = " ".join(bare(w) for w in words[verbs[0] + 1 :])
    if " ".join(_words(quote.speaker)) not in after_verb:
        return quote
    return replace(quote, **_NO_SPEAKER)


# what a quote whose speaker is dropped holds in the speaker's fields
_NO_SPEAKER: dict[str, None] = dict.fromkeys(
    ("speaker", "role", "female", "speaker_kind", "confidence", "evidence")
)


def _holds(role: str, words: list[str]) -> bool:
    """Whether a role holds these words in order (without ال)."""
    heads = [w.removeprefix("ال") for w in _words(role)]
    size = len(words)
    return any(heads[i : i + size] == words for i in range(len(heads) - size + 1))


def _as_written(quote: Quote, article_text: str) -> Quote:
    """A quote run on into the next kept paragraph stays as the article wrote it: when a
    dropped line stood between the two, only its first paragraph's words are the quote."""
    if "\n" not in quote.text or quote.text in article_text:
        return quote
    return replace(quote, text=quote.text.split("\n", 1)[0])


def _quotes(attributor: Attributor, paragraphs: list[str]) -> list[Quote]:
    known = _known_names(attributor)
    by_paragraph: dict[int, list[Span]] = {}
    for index, span in find_article_spans(paragraphs):
        by_paragraph.setdefault(index, []).append(span)
    quotes: list[Quote] = []
    for index, paragraph in enumerate(paragraphs):
        attributor.still_about(index)
        spans = by_paragraph.get(index, [])
        people = [s for s in spans if _names_someone(paragraph, s, known)]
        names = [s for s in spans if s in people or _is_name(paragraph, s)]
        plain = closed_up(_unmarked(paragraph, names, people))
        verbs = find_verbs(plain, [(s.start, s.end) for s in names])
        cursor = 0
        previous: Quote | None = None  # the quote this paragraph gave last
        for span in spans:
            if span in names:
                continue
            if previous is not None and _coordinated(plain[cursor : span.start]):
                # "«…» و«…»", "إن “…”، وإن “…”": the same speaker goes on, the same kind
                previous = replace(previous, text=span.text)
                quotes.append(previous)
                cursor = span.end if not span.runs_on else len(paragraph)
                continue
            sentence = _sentence_start(plain, cursor, span.start)
            intro = _introducing_verb(plain, verbs, max(sentence, cursor), span.start)
            attributor.report_verbs(index, plain, verbs, cursor, span.start, intro)
            colon = plain[: span.start].rstrip().endswith(":")
            if intro is not None:
                intro = attributor.read_intro(index, plain, intro, span.start)
                intro = _named_in_marks(intro, plain, people, span)
            kind = _kind(plain, span, intro, max(sentence, cursor), colon)
            if kind is None:
                continue
            speaker = attributor.attribute(
                index, plain, span, intro, max(sentence, cursor), kind, cursor
            )
            previous = speaker.quote(span.text, kind)
            quotes.append(previous)
            cursor = span.end if not span.runs_on else len(paragraph)
        attributor.report_verbs(index, plain, verbs, cursor, len(plain), None)
    return quotes
