"""The words that quotation and attribution rules look for, one list per job.

Lists are written as one space-separated string per line (briefing.text.word_list), which
reads best for Arabic. Words are bare: no tashkeel, tatweel or punctuation; a leading و or ف
is stripped before lookup (see `bare`), so "وقالت" is found as "قالت".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from briefing.names import (
    MENS_NAMES,
    MENS_NAMES_IN_TA,
    WOMENS_NAMES,
)
from briefing.text import word_list

MARKS = "\u064b-\u0652\u0670\u0640"  # tashkeel and tatweel, which may sit inside any word
# and U+FFFD, which a page decoded with the wrong charset leaves inside words ("الص\ufffdالح"):
# no letter, so a word matches its lists and a name reads out without it
_MARK_CHARS = re.compile(f"[{MARKS}\ufffd]")
QUOTE_MARKS = '«»“”"‘’'  # every quotation mark: a word holding one is no part of a name
_EDGE_PUNCTUATION = "،,:؛;.!?؟()[]{}«»“”‘’\"'-–—…*"


def bare(word: str) -> str:
    """A word without tashkeel, tatweel, U+FFFD and the punctuation around it."""
    return _MARK_CHARS.sub("", word).strip(_EDGE_PUNCTUATION)  # MARKS holds tatweel


_SPACED_COMMA = re.compile(r"[^\S\n]+([،,])(?=\s)")


def closed_up(text: str) -> str:
    """The text with each comma set off by spaces ("مدير إعلام البلدية ، سامر حداد ، إن")
    moved onto the word before it: the same length, so every offset still holds."""
    return _SPACED_COMMA.sub(lambda m: m.group(1) + m.group(0)[:-1], text)


@lru_cache(maxsize=1024)
def whole_word(word: str) -> re.Pattern[str]:
    """The word standing alone in a text: no letter, digit or mark glued to either side."""
    return re.compile(rf"(?<![\w{MARKS}]){re.escape(word)}(?![\w{MARKS}])")


# "القائم بالأعمال", "الأمين العام بالإنابة": ب on what is the title's own
_OWN_COMPLEMENTS = frozenset(
    word_list("بالإنابة بالانابة بالوكالة بالنيابة بالأعمال بالاعمال بالندب")
)
_GOVERNING_PARTICIPLES = frozenset(
    word_list(
        "المكلف المكلفة المختص المختصة المعني المعنية المتخصص المتخصصة القائم القائمة"
        " مكلف مكلفة مختص مختصة معني معنية متخصص متخصصة قائم قائمة"
    )
)


def complement_under_bi(word: str, previous: str) -> bool:
    """Whether a definite noun under ب (bare words) is what a verb governs or how it was
    done ("رحب الاتحاد | بالقرار", "وقال الرئيس | بالمناسبة"), no part of the subject
    before it; but "المكلف بالإعلام" and an acting title ("بالإنابة") hold theirs."""
    own = word in _OWN_COMPLEMENTS or previous in _GOVERNING_PARTICIPLES
    return word.startswith("بال") and not own


def unprefixed(word: str) -> str:
    """The word without a leading conjunction و / ف, only where that letter is a
    conjunction: the word itself is no known word (وزيرة، والي، وليد، فيصل keep theirs) and
    what remains is a known word or a definite noun ("وقال", "والوزير", "ومنظمة"). An
    unknown word keeps its letter ("فيطح" is no "يطح"): a broken name on air is worse than
    a lookup that fails."""
    if len(word) < 3 or word[0] not in "وف" or word in _WHOLE:
        return word
    rest = word[1:]
    if rest in _KNOWN or _DEFINITE_REST.match(rest) or _OBJECT_SUFFIX.sub("", rest) in _KNOWN:
        return rest  # "وقال", "والوزير", "وللمرة", "وسألته"
    return word


_DEFINITE_REST = re.compile(r"^(?:ال|لل|بال|كال)\w{2,}")
_OBJECT_SUFFIX = re.compile(r"(?:ه|ها|هم|هما|ني|نا)$")


def _gendered(masculine: str, feminine: str, either: str = "") -> dict[str, bool | None]:
    table: dict[str, bool | None] = {word: False for word in word_list(masculine)}
    table.update({word: True for word in word_list(feminine)})
    table.update({word: None for word in word_list(either)})
    return table


# Finite speech verbs, past and present, and whether the form is feminine. The subject of a
# past or present verb may follow it (VSO) or stand before it (SVO).
SPEECH_VERBS = _gendered(
    "قال أكد أضاف أوضح صرح ذكر أشار اعتبر تابع لفت شدد أعلن كشف أفاد نوه استطرد علق أردف"
    " رأى حذر بين أبلغ أجاب رد سأل تساءل واصل روى اعترف نفى أقر أعرب قالوا أكدوا أوضحوا"
    " يقول يضيف يؤكد يوضح يتابع يشير يرى يواصل يجيب يرد يسأل يروي يعلق يحذر يستطرد يردف"
    " يكشف يذكر يعتبر يقر ينفي ختم اختتم استهل يختم أنهى قاطعه قاطعها"
    " أبان",  # "وأبان فلان في تصريحات: «…»" (R24's analyst: it named no one; not أبرز,
    # "ومن أبرز المرشحين": the most prominent)
    "قالت أكدت أضافت أوضحت صرحت ذكرت أشارت اعتبرت تابعت لفتت شددت أعلنت كشفت أفادت نوهت"
    " استطردت علقت أردفت رأت حذرت بينت أبلغت أجابت ردت سألت تساءلت واصلت روت اعترفت نفت"
    " أقرت أعربت تقول تضيف تؤكد توضح تتابع تشير ترى تواصل تجيب ترد تجاوب تسأل تروي تعلق"
    " تحذر تستطرد تردف تكشف تذكر تعتبر تقر تنفي ختمت اختتمت استهلت تختم أنهت"
    " قاطعته قاطعتها أبانت",  # "قاطعته الصحافية": interrupting him (قاطع: a boycott)
)
# Speech verbs that go on from what the same speaker said before ("وأضاف", "وتابعت").
CONTINUING_VERBS = frozenset(
    word_list(
        "أضاف أضافت يضيف تضيف تابع تابعت يتابع تتابع استطرد استطردت يستطرد تستطرد أردف"
        " أردفت يردف تردف واصل واصلت يواصل تواصل"
    )
)
# Verbs whose quoted complement is a fragment of what was said (دعا إلى «…», وصفه بـ«…»).
REPORTING_VERBS = _gendered(
    "دعا طالب حث ناشد اتهم وصف يصف اعتبر يعتبر ألمح يلمح",
    "دعت طالبت حثت ناشدت اتهمت وصفت تصف اعتبرت تعتبر ألمحت تلمح",
)  # ألمح إلى «…»: hinting at it, its fragment the hinter's (not لمح "glimpsed")
# Verbs that relay what a source said: "ونقل الموقع عن مهندسين أن «…»" is the source
# after عن speaking; "نقلا عن" after an outlet's verb does the same.
RELAY_VERBS = _gendered("نقل ينقل", "نقلت تنقل")
RELAY_WORDS = frozenset(word_list("نقلا نقلًا"))
# "بيان صادر عن الوزارة": the participle whose عن / من names a statement's issuer.
ISSUED_BY = frozenset(word_list("صادر صادرا الصادر صادرة الصادرة"))
# Verbs a document takes: "نص العقد على ما يلي «…»", "جاء في التقرير «…»".
DOCUMENT_VERBS = _gendered("نص ينص جاء ورد", "نصت تنص")
# Participles and verbal nouns that never name their subject: the speaker is the one who
# spoke last ("…، مضيفا «…»", "ووصفتها بالقول: «…»").
CARRY_FORMS = _gendered(
    "مضيفا مؤكدا موضحا مشيرا لافتا مبينا متابعا قائلا مستطردا معتبرا منوها مشددا مردفا"
    " واصفا متسائلا مختتما محذرا مستدركا معلقا معقبا مجيبا معلنا مصرحا منبها معربا مبرزا"
    " متمنيا آملا",  # "…»، متمنيا أن «…»": hoping aloud (R21's analyst: the quote lost its speaker)
    "مضيفة مؤكدة موضحة مشيرة لافتة مبينة متابعة قائلة مستطردة معتبرة منوهة مشددة مردفة"
    " واصفة متسائلة مختتمة محذرة مستدركة معلقة مجيبة معلنة مصرحة منبهة معربة مبرزة"
    " متمنية آملة",
)
# Plural participles of speech ("…، قائلين إن «…»"): a group of the sentence speaks, and
# whoever "وفق ما روى" names after the quote only told of it.
PLURAL_SAYING = frozenset(
    word + ending
    for word in word_list("قائل مردد هاتف مؤكد مضيف معتبر مشير مطالب متسائل")
    for ending in ("ين", "ون")
)
VERBAL_NOUNS = _gendered("قوله بقوله", "قولها بقولها", "القول بالقول قولهم بقولهم")
# Verbal nouns with the source's pronoun, after "نقل … عن فلان" / "نسب … إلى فلان": the
# words are that source's ("ونقل الموقع عن المدرب تأكيده أن «…»").
RELAYED_NOUNS = _gendered(
    "قوله تأكيده إشارته تحذيره توضيحه إعلانه نفيه اعترافه تشديده تصريحه كلامه",
    "قولها تأكيدها إشارتها تحذيرها توضيحها إعلانها نفيها اعترافها تشديدها تصريحها كلامها",
    "القول",  # "نقلت الصحيفة عن دبلوماسي غربي القول إن …"
)
VERBAL_NOUNS.update(RELAYED_NOUNS)
# "ومضت تقول", "عاد ليقول", "راحت تروي": an auxiliary before the speech verb.
AUXILIARIES = _gendered("مضى عاد راح ظل أخذ استمر", "مضت عادت راحت ظلت أخذت استمرت")
# Nouns of speech after a verb: "ويواصل الحديث عن حياته: «…»".
SPEECH_NOUNS = frozenset(word_list("الحديث حديثه حديثها كلامه كلامها حديثهم"))
# "ووجه داود سؤالا إلى النواب: «…»": addressing a question, a message or a call is speaking,
# and what it addresses is no part of the subject.
ADDRESSING_VERBS = _gendered("وجه يوجه", "وجهت توجه")
ADDRESSED = frozenset(word_list("سؤالا سؤالًا رسالة نداء نداءً كلمة تحذيرا دعوة"))
# What a person issues, as the verb's indefinite object right after the name ("أصدرت
# الفنانة فلانة بيانا"): never a word of the name.
ISSUED = ADDRESSED | frozenset(
    word_list(
        "بيانا بيانًا تصريحا تصريحًا تصريحات خطابا خطابًا بلاغا بلاغًا تقريرا تقريرًا"
        # ... and what a person posts ("نشرت الفنانة فلانة مقطع فيديو": 'فلانة مقطع')
        " مقطع مقطعا مقطعًا تغريدة تغريدات منشورا منشورًا فيديو"
    )
)
# After "حسب" / "على حد": the speaker's own word for it, pointing back to them.
SAYING_NOUNS = _gendered("قوله تعبيره وصفه كلامه رأيه", "قولها تعبيرها وصفها كلامها رأيها")

COMPLEMENTIZERS = frozenset(
    word_list("أن إن بأن أنه إنه أنها إنها بأنه بأنها انه ان أنهم إنهم بأنهم لأن")
)
# "كما ذكرت الصحيفة"، "حسبما نقلت الوكالة"، "وفق ما أفاد": an aside that says where
# the words were also told; its verb introduces nothing and its subject is no speaker.
AS_OPENERS = frozenset(word_list("كما حسبما مثلما وفقما بحسبما"))
AS_OPENER_PAIRS = frozenset(word_list("حسب بحسب وفق وفقا طبقا"))  # + "ما"


def opens_as_clause(words: list[str]) -> bool:
    """Whether the words ("حسبما نقلت …", "وفق ما ذكر …") open an "as …" aside."""
    if not words:
        return False
    if words[0] in AS_OPENERS:
        return True
    return len(words) > 1 and words[0] in AS_OPENER_PAIRS and words[1] == "ما"


# "وبالنسبة إلى زيارة النائب فلان"، "وفيما يخص تصريحات الوزير"، "وعن لقاء فلان": a topic
# fronted before its verb; a person named in it is whom the words are about, never their
# subject.
TOPIC_OPENERS = frozenset(word_list("بالنسبة بخصوص بشأن حول عن تعليقا ردا"))


def opens_topic(words: list[str]) -> bool:
    """Whether the words ("وبالنسبة إلى زيارة …", "وفيما يخص …") open a fronted topic."""
    if not words:
        return False
    first = words[0][1:] if words[0][:1] in "وف" and words[0][1:] in TOPIC_OPENERS else words[0]
    if first in TOPIC_OPENERS:
        return True
    return first in ("فيما", "وفيما") and words[1:2] == ["يخص"]


# Words that end a subject: prepositions, time words, relatives, pronouns, adverbs.
SUBJECT_STOPS = frozenset(
    word_list(
        "في إن أن إنه أنه إنها أنها انه انها بأن بأنه بأنها خلال عبر على إلى الى من عن مع أمس"
        " امس اليوم غدا الخميس الأربعاء الاربعاء الثلاثاء الاثنين الإثنين الأحد السبت الجمعة لدى"
        " حول أمام بعد قبل عقب الذي التي الذين اللذين اللتين اللواتي وهو وهي وذلك حيث بحسب وفق"
        " وفقا حسب ضمن أثناء منذ إذ لأن بخصوص بشأن تجاه نحو ثم أيضا كذلك ايضا مؤخرا صباح مساء"
        " ظهر فجر هو هي هم هن أنا نحن أنت هذا هذه ذلك تلك هؤلاء كل بعض أي قد لقد لم لن ما لا"
        " كما بدوره بدورها بينما فيما عندما حين حينما وقت أكثر أقل جدا فقط حتى إلا الا إذا اذا"
        " لو لكن لكنه لكنها غير سوى عنه عنها عنهم له لها لهم به بها فيه فيها منه منها معه معها"
        " عليه عليها إليه إليها هنا هناك الآن اليومين وكان وكانت كان كانت يكون تكون أمامه ب ل"
        " عدم دون بدون بعدما عندما كلما حينما طالما ريثما مثلما قبيل إثر امام اثناء اثر"
    )
)
# Adjuncts that may stand between a verb and its subject: "قال لـ«عكاظ» وكيل الوزارة".
LEADING_ADJUNCTS = frozenset(
    word_list(
        "أمس امس اليوم أيضا ايضا كذلك مؤخرا بدوره بدورها ثم صباح مساء الخميس الأربعاء"
        " الأسبوع الشهر العام السنة الليلة الماضي الماضية المقبل المقبلة"
    )
)
# Honorifics that open a name: "الدكتور عبدالعزيز …".
HONORIFICS = frozenset(
    word_list(
        "الدكتور الدكتورة د المهندس المهندسة م الشيخ الشيخة الأستاذ الأستاذة السيد السيدة"
        " اللواء العميد العقيد الفريق المقدم الرائد النقيب المستشار المستشارة الأمير الأميرة"
        " الملك الملكة البروفيسور البروفسور معالي سعادة سمو فضيلة القاضي القاضية الحاج الحاجة"
        " المحامي المحامية الإعلامي الإعلامية الفنان الفنانة المخرج المخرجة الكابتن الشيف"
    )
)
# Honorifics that name a profession: alone and definite they describe the one who holds it
# ("وأكد القاضي:" is the judge of the case, where "وقال الشيخ:" says nobody).
PROFESSION_HONORIFICS = frozenset(
    word_list("القاضي القاضية المحامي المحامية المهندس المهندسة الإعلامي الإعلامية")
)
# Nouns of office that open a "title + name" phrase ("وزير الخارجية عادل …").
TITLES = frozenset(
    word_list(
        "وزير وزيرة رئيس رئيسة نائب نائبة مدير مديرة أمين أمينة مساعد مساعدة مستشار مستشارة"
        " سفير سفيرة قائد قائدة متحدث متحدثة محافظ محافظة مسؤول مسؤولة أستاذ أستاذة محلل محللة"
        " خبير خبيرة مدرب مدربة عميد عضو عضوة وكيل وكيلة منسق منسقة مندوب مندوبة ممثل ممثلة"
        " مراسل مراسلة باحث باحثة ناشط ناشطة مؤسس مؤسسة المتحدث المتحدثة الوزير الوزيرة الرئيس"
        " الرئيسة المدير المديرة المسؤول المسؤولة الأمين المستشار السفير القائد المحافظ الخبير"
        " الخبيرة المدرب الباحث الباحثة الناشط الناشطة المحلل النائب النائبة رئيس العضو الوكيل"
        " المنسق المندوب الممثل الممثلة الضابط ضابط المفوض مفوض المفوضة المدعي مدع الأمينة"
        " الفنانة الفنان المخرجة المخرج اللاعب لاعب الحارس المهاجم الكاتب الكاتبة الشاعر"
        " الشاعرة المطرب المطربة المغنية الملياردير النجم النجمة أسطورة اسطورة"
        " والي الوالي ناطق ناطقة الناطق الناطقة أمير أميرة استشاري استشارية إمام عاهل العاهل"
        # an envoy (مبعوث الأمين العام، فلان: the speaker was cut to "مبعوث", a held-out
        # set's analyst), a rapporteur, a delegate
        " مبعوث مبعوثة المبعوث المبعوثة مقرر مقررة المقرر المقررة موفد موفدة الموفد"
    )
)
# The relative pronouns: a clause about the noun before them follows ("المدرب الذي …").
RELATIVE_PRONOUNS = frozenset(word_list("الذي التي الذين اللذين اللتين اللواتي اللذان اللتان"))
# Titles without their article: "لاعب" of "اللاعب", "متحدث" of "المتحدث".
TITLE_STEMS = frozenset(w.removeprefix("ال") for w in TITLES)


def is_title(word: str) -> bool:
    """A title of the list, with or without its article ("الوزير" for "وزير")."""
    return word in TITLES or word.removeprefix("ال") in TITLES


# Titles that praise rather than name an office: "نجم النادي" may be the player named
# before ("لاعب النادي فلان"), where "مدرب النادي" is someone else.
EPITHETS = frozenset(word_list("نجم نجمة أسطورة اسطورة"))
# Heads of a description that stands for an unnamed person ("مسؤول أمريكي كبير").
PERSON_NOUNS = frozenset(
    word_list(
        "مسؤول مسؤولة مصدر مصادر ضابط متحدث متحدثة ممثل ممثلة سيدة امرأة رجل شاب شابة فتاة"
        " طفل طفلة شاهد شاهدة شهود مواطن مواطنة موظف موظفة طالب طالبة ابنة ابن والدة والد"
        " شقيق شقيقة أم أب زوج زوجة أرملة خطيبة جندي عامل عاملة مهندس طبيب طبيبة ممرضة"
        " دبلوماسي مراقب مراقبون محلل محللون خبير خبراء ناشط ناشطون مسؤولون مقيم مقيمة سائق"
        " لاجئ لاجئة مريض مريضة نازح نازحة أحد إحدى احد احدى عضو عضوة متهم متهمة ناخب ناخبة"
    )
)
# Who asks at a briefing ("قاطعته الصحافية", "وانبرت صحافية أخرى"): a subject of its own
# that no source carried on is; kept out of PERSON_NOUNS ("الصحافي فلان" in a court report
# is no introduction to weigh: R7 measured one wrong more).
JOURNALISTS = frozenset(word_list("صحفي صحفية صحافي صحافية مذيع مذيعة"))
# Groups of unnamed people: sound plurals of the masculine person nouns above ("مهندسين في
# المصنع", "ناشطون") and broken plurals ("سكان", "أطباء"): a description, never a name.
# Apart from PERSON_NOUNS: a group told of is no one a singular verb could be.
PERSON_GROUPS = frozenset(
    word + ending
    for word in word_list(
        "مسؤول متحدث ممثل مواطن موظف مهندس مراقب محلل ناشط مقيم سائق لاجئ نازح عامل"
        " مستثمر متظاهر معلم مدرس مشارك مشجع مزارع منتج مستشار باحث مختص متخصص مسعف"
    )
    for ending in ("ون", "ين")
) | frozenset(word_list("سكان أطباء خبراء شهود مصادر عمال طلاب تجار أهالي نواب ضباط جنود"))
# Heads of an unnamed source: what follows them is never its name ("المصدر الأمني هوية …"),
# and a later definite mention is the source first described ("مصدر أمني مطلع" … "المصدر").
ANONYMOUS_HEADS = frozenset(word_list("مصدر مصادر شاهد شهود"))
# Words that give the name of someone just described: "رجل يدعى علي حسن", "المدعوة هدى".
CALLED = frozenset(word_list("يدعى تدعى ويدعى وتدعى واسمه واسمها اسمه اسمها المدعو المدعوة"))
# Emphatic words after a back-reference: "المصدر نفسه" is "المصدر".
EMPHATICS = frozenset(word_list("نفسه نفسها ذاته ذاتها عينه عينها أنفسهم ذاتهم"))
# An honorific with a pronoun ("سموه", "معاليه"): it stands for a name said before, and read
# out alone it names no one.
PRONOUN_HONORIFICS = frozenset(
    word_list(
        "سموه سموها معاليه معاليها فضيلته سيادته سيادتها جلالته جلالتها سماحته سعادته سعادتها"
        " فخامته دولته حضرته حضرتها"
    )
)
# Relational nouns: a description made of one of them and its possessor ("خطيبة الصحفي")
# names someone other than the possessor.
RELATIONAL = frozenset(
    word_list(
        "ابنة ابن والدة والد شقيق شقيقة أم أب زوج زوجة أرملة خطيبة خطيب صديق صديقة محامي"
        " محامية جار جارة حفيد حفيدة عم عمة خال خالة نجل نجلة"
    )
)
# Definite nouns that point back to a source named earlier ("المصدر" = the official above).
BACK_REFERENCES = frozenset(
    word_list(
        "المصدر المسؤول المسؤولة المتحدث المتحدثة الوزير الوزيرة الخبير الخبيرة المدير"
        " المديرة الرئيس النائب المستشار السفير الضابط المحافظ المدرب الباحث الباحثة الناشط"
        " الناشطة المحلل الشاهد الشاهدة السيدة المرأة الرجل الشاب الفتاة المواطن الموظف"
        " الطالب الطالبة الأم الوالدة الأب الوالد الشقيق الخطيبة الزوجة المنظمة الهيئة"
        " الوزارة الشركة المجلس الحركة الجمعية الوكالة اللجنة المفوضية الحكومة الجيش"
        " الشرطة البيان التقرير الفنانة الفنان المخرجة المخرج اللاعب الملياردير النجم النجمة"
        " الناطق الناطقة الوالي"
    )
)
# Institutions: the head of an organisation's name ("منظمة العفو الدولية").
INSTITUTIONS = frozenset(
    word_list(
        "وزارة هيئة مجلس شركة جامعة وكالة منظمة اتحاد حركة جمعية مؤسسة مركز بنك صندوق لجنة"
        " إدارة رئاسة دائرة مديرية محكمة نقابة حكومة جيش شرطة قوات مفوضية سفارة قنصلية بلدية"
        " أمانة مكتب الائتلاف التحالف المرصد البرلمان الحكومة الجيش الشرطة الكرملين البيت"
        " الخارجية الداخلية الدفاع الصحة الرئاسة الأمم مجموعة غرفة نادي النادي الاتحاد"
        " المنظمة الهيئة الوزارة الشركة المجلس الحركة الجمعية الوكالة اللجنة المفوضية"
        " صحة الأمانة حزب الحزب جبهة الجبهة تنظيم التنظيم قيادة القيادة"
    )
)
# A ministry's portfolio, which a headline writes for the ministry ("الداخلية تنفي …",
# "الزراعة: …"): a bare "الوزارة" of the body is that ministry.
PORTFOLIOS = frozenset(
    word_list(
        "الداخلية الخارجية الدفاع الصحة الزراعة التعليم التربية المالية العدل الاقتصاد"
        " التجارة النقل الإسكان العمل الطاقة البيئة السياحة الثقافة الإعلام الأوقاف الرياضة"
        " الشباب الكهرباء الاتصالات الصناعة الري التموين الاستثمار"
    )
)
# Verbs that break in on someone, behind ل ('then X interrupted …'): "ليقاطع فلان ويرد:".
INTERJECTING = frozenset(word_list("يقاطع تقاطع يعقب تعقب يستدرك تستدرك يختم تختم"))
# Documents that can be quoted as speaking ("جاء في التقرير", "ينص القانون").
DOCUMENTS = frozenset(
    word_list(
        "تقرير التقرير بيان البيان العقد عقد القانون قانون القرار قرار الفصل فصل المادة"
        " الرسالة رسالة الوثيقة وثيقة الاتفاق اتفاق الاتفاقية اتفاقية المذكرة مذكرة الدستور"
        " البند بند الصفحة صفحة الموقع موقع الدليل دليل الحكم حكم الإعلان إعلان المرسوم مرسوم"
        " التعميم تعميم النص نص الخطاب خطاب التغريدة تغريدة المنشور منشور"
    )
)
# Statements and reports: their words are their issuer's ("أصدرت الوزارة بيانا … وقال
# البيان" is the ministry speaking). The forms a statement is introduced by.
STATEMENTS = frozenset(word_list("بيان بلاغ تقرير"))
STATEMENT_FORMS = frozenset(word_list("بيان بيانا ببيان بلاغ بلاغا ببلاغ تقرير تقريرا بتقرير"))
# Verbs that issue a statement: "أصدرت الوزارة بيانا", "بيان أصدرته الوزارة".
ISSUING_VERBS = frozenset(
    word_list(
        "أصدر أصدرت أصدرته أصدره أصدرتها نشر نشرت نشرته نشره وزع وزعت وزعته وزعه أذاع أذاعت"
        " أذاعته أذاعه أورد أوردت بث بثت بثته عمم عممت عممته يصدر تصدر"
    )
)
# Verbs of receiving a document with its object pronoun, which open a relative clause after
# it ("بيان للمديرية تلقته الوكالة"): the receiver is no part of the issuer's name. Only the
# pronoun forms: bare تلقى / حصلت / اطلع also ended a corpus speaker's name (measured, round 10).
RECEIVING_VERBS = frozenset(word_list("تلقته تلقتها تلقاه تلقاها تسلمته تسلمتها"))
# Nouns of manner after بـ: "فقالت بنبرة حازمة:", "وأضاف بهدوء:" say how, never who.
MANNER_NOUNS = frozenset(
    word_list(
        "صوت نبرة لهجة لغة هدوء حزم حسم غضب حماس ثقة حرقة مرارة أسى حزن فخر صراحة وضوح"
        " اختصار إيجاز ابتسامة دهشة سخرية تأثر انفعال ألم أمل تفاؤل حسرة تهكم برود عصبية"
        " حدة ارتياح تواضع اعتزاز استغراب مزاح عفوية"
    )
)
# Compound prepositions and adverbial accusatives that open an adjunct after a speech verb
# ("وقال بجانب زميله …:", "وأضاف ردا على سؤال:", "وتابع إشارةً إلى …"): where it stood,
# with whom, in answer to what; never who spoke (set 4: "بجانب فلان", "إشارة وجوابا").
ADJUNCT_OPENERS = frozenset(
    word_list(
        "بجانب جانب بجوار برفقة رفقة بصحبة صحبة بحضور بمشاركة بمرافقة ردا تعليقا جوابا"
        " إشارة اشارة تعقيبا إجابة اجابة تأكيدا استنادا وبجانب وبرفقة وبحضور"
    )
)
# What shows or records rather than speaks: "الصورة المتداولة", "مقطع الفيديو", "التعليق
# على الصورة", "المنشور". A statement, a report or a document may speak; these never do
# (set 4: a photo named as the speaker of the words its minister wrote).
MEDIA_NOUNS = frozenset(
    word_list(
        "صورة صور فيديو فيديوهات مقطع مقاطع لقطة لقطات شريط تسجيل تسجيلات منشور منشورات"
        " تدوينة تغريدة تغريدات بوست ستوري رسم كاريكاتير خريطة ملصق لافتة لافتات شعار"
    )
)
# One office under several names (stems without ال): a spokesman is "المتحدث" and
# "الناطق", a judge "القاضي" and "رئيس المحكمة" or "رئيس الجلسة", a prime minister
# "رئيس الوزراء", "رئيس مجلس الوزراء" and "رئيس الحكومة", a king "العاهل", a president
# "رئيس الجمهورية" and "رئيس الدولة", a national coach "مدرب المنتخب" and (in the Maghreb)
# "الناخب الوطني". Not a coach's "المدير الفني" for "المدرب": measured on the tune sets
# it named a wrong person once (a club's technical director is often not its coach) and
# righted none.
OFFICE_NAMES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("ناطق",), "متحدث"),
    (("ناطقة",), "متحدثة"),
    (("عاهل",), "ملك"),
    (("رئيس", "حكومة"), "رئيس وزراء"),
    (("رئيسة", "حكومة"), "رئيسة وزراء"),
    (("رئيس", "مجلس", "وزراء"), "رئيس وزراء"),
    (("رئيسة", "مجلس", "وزراء"), "رئيسة وزراء"),
    (("رئيس", "هيئة", "محكمة"), "قاضي"),
    (("رئيس", "محكمة"), "قاضي"),
    (("رئيس", "جلسة"), "قاضي"),
    (("رئيسة", "محكمة"), "قاضية"),
    (("رئيسة", "جلسة"), "قاضية"),
    (("رئيس", "دولة"), "رئيس جمهورية"),  # the head of state the article named as president
    (("رئيسة", "دولة"), "رئيسة جمهورية"),
    (("ناخب", "وطني"), "مدرب منتخب"),  # the Maghreb's name for the national coach
)
# Nouns that name what follows them: a quoted title or name, not speech.
NAMING_NOUNS = frozenset(
    word_list(
        "وكالة وكالات صحيفة مجلة موقع قناة فضائية إذاعة تلفزيون شبكة تنظيم حركة جماعة حزب برنامج"
        " مشروع شركة ملعب عملية حملة مبادرة منصة تطبيق كتاب فيلم مسلسل شعار وسم هاشتاغ اسم"
        " بعنوان عنوان فيروس مرض مؤسسة جمعية فندق مستشفى مركز مهرجان جائزة مسابقة معرض نادي"
        " فريق لقب مصطلح عبارة كلمة تسمية يسمى تسمى المسمى المسماة المعروف المعروفة يعرف"
        " تعرف بـ يطلق أغنية أغنيات أغاني قصيدة ألبوم رواية دليل مطعم جناح منطقة مدينة قرية"
        " بلدة حي شارع نظام خدمة خدمات مصطلحات وصف صفة تصنيف مرتبة باسم اسمه اسمها تحت"
        " كتابه كتابها فيلمه فيلمها عمله برنامجه مسرحية معسكر ساحة سوق قاعة إعصار عاصفة"
    )
)
# Link words inside a name ("عبدالله بن سعيد", "أبو محمد").
NAME_LINKS = frozenset(
    word_list("بن بنت ابن ابنة أبو ابو آل عبد ولد أم منت")
)  # منت: Mauritanian بنت
# Links that make one first name with the noun after them ("عبد الرحمن", "أبو بكر").
COMPOUND_LINKS = frozenset(word_list("عبد أبو ابو"))
# Definite words that close a compound first name ("جاد الله", "نور الدين", "عبد الرحمن"):
# inside a name they are no surname that ends it.
COMPOUND_ENDINGS = frozenset(word_list("الله الدين الرحمن الرحيم النبي الإسلام الحق"))
# Formulas that follow a name and are no part of it ("المعلمة رحمها الله").
NAME_FORMULAS = re.compile(r"\s+(?:رحمه|رحمها|حفظه|حفظها|رضي)\s+الله.*$")
# Outlets and agencies that a "لـ" or "ل" before them marks as an adjunct, not a name.
OUTLETS = frozenset(
    word_list("رويترز فرانس برس الأناضول الجزيرة العربية سكاي سبوتنيك وكالة صحيفة قناة موقع")
)
# Media and audiences: "ل" + one of them is who was told ("للإذاعة", "لجماهير النادي"),
# never the speaker nor part of them.
ADDRESSEES = frozenset(
    word_list(
        "إذاعة صحيفة جريدة وكالة قناة موقع تلفزيون تليفزيون شبكة مجلة راديو منصة برنامج"
        " جماهير جمهور صحفيين صحافيين إعلاميين مواطنين حضور حاضرين مشاركين أنصار مشجعين"
        " متابعين متابعيه متابعيها جماهيره جماهيرها أنصاره أنصارها شعب أهالي مراسل مراسلة"
        " مراسلنا مراسلي وسائل"
    )
)
# Closed classes that never begin a name: prepositions with an attached pronoun, كان and
# its sisters, particles. (A closed class is listed whole; an open one needs a pattern.)
FUNCTION_WORDS = frozenset(
    word_list(
        "لي لك لنا لكم لكن لهما له لها لهم لهن معي معك معنا معكم معه معها معهم عني عنك عنا"
        " عنكم عنه عنها عنهم مني منك منا منكم منه منها منهم فينا فيكم فيه فيها فيهم علينا"
        " عليكم عليه عليها عليهم إلينا إليكم إليه إليها إليهم بي بك بنا بكم به بها بهم لدي"
        " لدينا لديكم لديه لديها لديهم عندي عندنا عنده عندها عندهم أمامنا أمامه أمامها"
        " كان كانت كانوا أصبح أصبحت أضحى أمسى ظل ظلت بات باتت صار صارت ليس ليست ليسوا"
        " زال يزال تزال مازال مازالت يبدو تبدو بدا بدت يكون تكون نكون سيكون ستكون"
        " بل أم إذن إذا كلا نعم ربما لعل ليت كأن كأنه كأنها إنما أما إما سوف لكنه لكنها"
        " عندما بينما حيث كيف لماذا متى أين هل ماذا"
        " خارج داخل"  # "نقل مواجهات الفريق خارج البلاد": where, never a name (R1's N6)
        " يدعى تدعى ويدعى وتدعى المدعو المدعوة"
    )
)
# Verbs that ask: the quote they introduce is a question, its speaker the one who asks.
ASKING_VERBS = _gendered("سأل يسأل تساءل يتساءل", "سألت تسأل تساءلت تتساءل")
# Verbs that answer: their subject is the one who was asked.
ANSWER_VERBS = _gendered("أجاب يجيب رد يرد", "أجابت تجيب ردت ترد")
# Common men's first names (a one-word subject that is a known first name reads as a name).
# Writing and posting report words as speaking does ("وكتبت الصحيفة: «…»").
SPEECH_VERBS.update(_gendered("كتب يكتب غرد يغرد", "كتبت تكتب غردت تغرد"))
# Forecasting states a view as saying does ("وتوقع الوزير أن …").
SPEECH_VERBS.update(_gendered("توقع يتوقع", "توقعت تتوقع"))
# Talking about something names who speaks on ("وتحدث اللاعب عن مسيرته …، قائلا: «…»"),
# but what it governs is a topic, never a quote ("تحدث عن «أدلة»").
TOPIC_VERBS = _gendered("تحدث يتحدث عبر يعبر", "تحدثت تتحدث عبرت تعبر")


# Going on, claiming and raising the voice are speaking too ("وأكمل داود «…»", "واسترسلت
# «…»", "زعم موظف أن …", "وهتف أحدهم «…»"; "وزاد «…»", "وزادت قائلة: «…»" add to it).
_MORE_CONTINUING = _gendered(
    "أكمل يكمل استرسل يسترسل استأنف يستأنف أتم كرر يكرر زاد",
    "أكملت تكمل استرسلت تسترسل استأنفت تستأنف أتمت كررت زادت",
)  # not تكرر: "تكرر الحادث" is its recurring
# "أتم" and "زاد" speak only where they end on their colon or their quote, or complete what
# was said ("وأتم: «…»", "وأتم تصريحاته «…»", "وزاد قائلا «…»"); "أتم الفريق استعداداته"
# completes something else, "زاد عدد الزوار" is a number growing.
COMPLETING_VERBS = frozenset(word_list("أتم أتمت اتم اتمت زاد زادت"))
COMPLETED_SPEECH = frozenset(
    word_list("تصريحاته تصريحاتها حديثه حديثها كلامه كلامها قائلا قائلة بالقول")
)
SPEECH_VERBS.update(_MORE_CONTINUING)
SPEECH_VERBS.update(
    _gendered(
        "زعم يزعم صرخ يصرخ صاح يصيح هتف يهتف همس يهمس تمتم يتمتم",
        "زعمت تزعم صرخت تصرخ صاحت تصيح هتفت تهتف همست تهمس تمتمت تتمتم",
    )
)
CONTINUING_VERBS = CONTINUING_VERBS | frozenset(_MORE_CONTINUING)
# Participles of calling and demanding: their fragment is the sentence subject's ("وحذرت
# النقابة من الإضراب، داعية إلى «حوار عاجل»").
REPORTING_FORMS = _gendered("داعيا مطالبا مناشدا", "داعية مطالبة مناشدة")


def _hamza_free(table: dict[str, bool | None]) -> None:
    """Add each form as sites without hamzas write it: "اضاف", "اشار", "اعلن"."""
    for word, female in list(table.items()):
        if word[:1] in "أإآ":
            table.setdefault("ا" + word[1:], female)


def _wasl_hamza(words: Iterable[str]) -> dict[str, str]:
    """Each form whose first alif is a wasl as sites write it with a hamza below: "إعتبر",
    "إستطردت", "إختتم" for اعتبر, استطردت, اختتم (a hamza-free spelling of a hamza's form
    gains one too, "إضاف": no word, so no harm)."""
    return {"إ" + word[1:]: word for word in words if word[:1] == "ا"}


for _table in (SPEECH_VERBS, REPORTING_VERBS, AUXILIARIES, ASKING_VERBS, ANSWER_VERBS):
    _hamza_free(_table)
    for _spelled, _word in _wasl_hamza(list(_table)).items():
        _table.setdefault(_spelled, _table[_word])
CONTINUING_VERBS = CONTINUING_VERBS | frozenset(
    "ا" + w[1:] for w in CONTINUING_VERBS if w[:1] in "أإآ"
)
CONTINUING_VERBS = CONTINUING_VERBS | frozenset(_wasl_hamza(CONTINUING_VERBS))

# Names and nouns that begin with و / ف themselves: `unprefixed` leaves them whole.
_WHOLE: frozenset[str] = frozenset().union(
    HONORIFICS, TITLES, PERSON_NOUNS, RELATIONAL, INSTITUTIONS, DOCUMENTS, NAMING_NOUNS,
    WOMENS_NAMES, MENS_NAMES_IN_TA, MENS_NAMES, OUTLETS,
    word_list(
        "وليد وائل وسام وديع وجدي وحيد وفاء وداد وضاح وهيب ويليام وجيه فؤاد فهد فيصل فارس"
        " فراس فاطمة فايزة فريد فريدة فادي فتحي فوزي فوزية فرح فيروز والي الوالي والد والدة"
        " وزير وزيرة وكيل وكيلة واعظ وسيط وسيطة وريث وريثة فنان فنانة فريق فيلسوف"
    ),
)  # fmt: skip
# Every word the lists know: a و / ف before one of them is a conjunction.
_KNOWN: frozenset[str] = _WHOLE.union(
    SPEECH_VERBS, REPORTING_VERBS, DOCUMENT_VERBS, CARRY_FORMS, VERBAL_NOUNS, AUXILIARIES,
    SPEECH_NOUNS, SAYING_NOUNS, COMPLEMENTIZERS, SUBJECT_STOPS, LEADING_ADJUNCTS,
    BACK_REFERENCES, NAME_LINKS, FUNCTION_WORDS, ASKING_VERBS, ANSWER_VERBS, TOPIC_VERBS,
    ISSUING_VERBS, CONTINUING_VERBS, CALLED, RELAY_VERBS, RELAY_WORDS, REPORTING_FORMS,
    ADDRESSING_VERBS, ADDRESSED,
)  # fmt: skip

# Particles and relatives: a speaker's span never holds one ("مما أسماه", "الذي قال").
# Not the short particles that transliterated names spell ("إن" of NBC, "كي" of Ki-moon,
# "لا", "لي", "لو").
SPAN_PARTICLES = frozenset(
    word_list(
        "ما مما عما بما لما فيما كما ممن عمن بمن لمن الذي التي الذين اللذين اللتين اللواتي"
        " اللاتي اللائي والذي والتي قد لقد وقد لم لن لكي إذا لأن بأن"
    )
)
# Definite common nouns: after a surname one of them opens the verb's object, not the
# name ("خاطبت النائبة فلانة الحسن | الشعب").
OBJECT_NOUNS = frozenset(
    word_list(
        "الشعب الشعوب المواطنين المواطنون الحكومة الحكومات الدولة الدول البلاد الناس العالم"
        " المجتمع الجمهور الجماهير الشباب الأطفال النساء الأسر العائلات اللاجئين النازحين"
        " الأهالي السكان الطلاب العمال المسؤولين السلطات السلطة الأطراف الجميع المجتمع"
        " الأمة الإدارة المعارضة القوات الفصائل الاحتلال المنطقة المدينة القرار الاتفاق"
        " الأزمة الحرب الرأي الأسرة المستثمرين الشركات الجهات الوزارات المؤسسات"
    )
)
# Age idiom: "<name> تبلغ من العمر 30 عاما" — the word before "من العمر" is a verb or
# participle, never part of the name.
AGE_IDIOM = re.compile(r"^\s*من\s+العمر\b")
# Bodies of which a country has many: alone ("وقالت الهيئة") they point back to one the
# article named, and say nothing without it. (Not "الجيش", "الحكومة", "الشرطة": one each.)
SHORT_BODIES = frozenset(
    word_list(
        "المديرية الوزارة الهيئة الشركة الوكالة الجمعية المنظمة اللجنة المؤسسة المفوضية"
        " الإدارة الدائرة النقابة البلدية المحكمة الجامعة المركز الحركة الحزب الاتحاد"
        " المجلس الغرفة المجموعة الأمانة السفارة القنصلية المكتب الجبهة"
    )
)

# Heads of a phrase that names a person: a person noun or a title ("سيدة", "مدرب").
PERSON_HEADS = PERSON_NOUNS | TITLE_STEMS
