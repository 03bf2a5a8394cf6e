"""A speaker's span is read out only when it names someone: the last check on a speaker."""

from __future__ import annotations

from briefing.segment.mentions import Kind
from briefing.segment.person_names import leading_name
from briefing.segment.quotes import find_quotes
from briefing.segment.registry import Entity
from briefing.segment.speaker_span import checked_speaker
from briefing.segment.word_classes import reads_as_speaker


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(list(paragraphs))]


def check(name: str, kind: Kind, text: str, role: str | None = None) -> str | None:
    entity = checked_speaker(Entity(name, kind, role, None), text, len(text))
    return None if entity is None else entity.name


# -- 1. a verb, a particle or a relative is no part of a name ---------------------------


def test_a_clause_opening_verb_with_a_description_names_nobody() -> None:
    assert speakers(
        "خسر الفريق مباراته الثالثة على التوالي.",
        "وأوجز المدرب المساعد للنادي: «علينا أن نراجع أخطاءنا في الدفاع».",
    ) == [None]
    assert check("وأتم المدير الفني المؤقت للفريق", Kind.DESCRIPTION, "") is None


def test_a_clause_opening_verb_before_a_titled_name_leaves_the_name() -> None:
    assert speakers("وخاطبت الوزيرة سلوى الخطيب الطلاب الجدد: «أبواب مكتبي مفتوحة لكم».") == [
        "سلوى الخطيب"
    ]


def test_the_age_idiom_ends_the_name() -> None:
    assert speakers(
        "في السوق التقينا بائعة عرفت نفسها باسم نوال تبلغ من العمر 40 عاما.",
        "وقالت نوال: «الأسعار تضاعفت منذ الصيف».",
    ) == ["نوال"]


def test_a_particle_and_a_verb_name_nobody() -> None:
    assert check("مما أسماه", Kind.DESCRIPTION, "") is None
    assert check("عما سماه", Kind.DESCRIPTION, "") is None
    assert check("الذي أعلنه", Kind.DOCUMENT, "") is None


def test_names_that_spell_like_particles_or_verbs_stay_whole() -> None:
    assert check("بان كي مون", Kind.PERSON, "") == "بان كي مون"
    assert check("بين كارتر", Kind.PERSON, "") == "بين كارتر"
    assert check("وليد جنبلاط", Kind.PERSON, "") == "وليد جنبلاط"
    assert check("وكالة الأنباء", Kind.ORGANISATION, "") == "وكالة الأنباء"


# -- 2. a name is not cut at its honorific or at a link of a compound name --------------


def test_a_compound_name_is_completed_from_the_text() -> None:
    text = "وقال وزير النقل الشيخ سعود بن ناصر بن عبد الله: «الطريق يفتح غدا»."
    assert check("سعود بن ناصر بن عبد", Kind.PERSON, text) == "سعود بن ناصر بن عبد الله"
    assert speakers(text) == ["سعود بن ناصر بن عبد الله"]


def test_a_span_ending_in_an_honorific_takes_the_name_after_it() -> None:
    text = "وقال سفير المملكة الجديد الدكتور سامي بن فهد في كلمته"
    assert check("سفير المملكة الجديد الدكتور", Kind.DESCRIPTION, text) == "سامي بن فهد"


def test_a_span_ending_in_an_honorific_with_no_name_after_it_names_nobody() -> None:
    assert speakers("وقال ولي العهد الأمير: «الإصلاح لن يتوقف».") == [None]
    text = "وأكد رئيس البعثة السفير، أن «الحوار مستمر»."
    assert check("رئيس البعثة السفير", Kind.DESCRIPTION, text) is None


def test_an_honorific_after_a_construct_noun_is_its_possessor() -> None:
    # "والدة الفنان", "نائب الرئيس": whole descriptions, no name missing
    assert check("والدة الفنان", Kind.DESCRIPTION, "") == "والدة الفنان"
    assert check("نائب الرئيس", Kind.DESCRIPTION, "") == "نائب الرئيس"


# -- 3. a definite common noun after a surname opens the verb's object -------------------


def test_the_object_after_a_surname_is_no_part_of_the_name() -> None:
    assert check("سناء العلي المواطنين", Kind.PERSON, "") == "سناء العلي"
    assert check("مروان الخطيب الحكومة", Kind.PERSON, "") == "مروان الخطيب"
    assert speakers("وناشد النائب مروان الخطيب الحكومة اللبنانية: «افتحوا المعابر اليوم».") == [
        "مروان الخطيب"
    ]


def test_a_purpose_after_la_names_nobody() -> None:
    assert check("لدراسة ملفات", Kind.DESCRIPTION, "") is None
    assert check("لمتابعة الأوضاع", Kind.DESCRIPTION, "") is None
    assert check("لطيفة سالم", Kind.PERSON, "") == "لطيفة سالم"
    assert check("لمياء حسن", Kind.PERSON, "") == "لمياء حسن"


def test_a_surname_and_its_object_read_as_a_body_are_cut_like_a_name() -> None:
    # the surname alone and the people after it look like a body ("الحسن الشعب اللبناني")
    assert check("الحسن الشعب اللبناني", Kind.ORGANISATION, "") == "الحسن"
    assert check("مجلس الشعب", Kind.ORGANISATION, "") == "مجلس الشعب"


# -- 4. an organisation's short back-reference --------------------------------------------


def test_a_short_back_reference_is_the_body_named_before() -> None:
    text = "أعلنت هيئة الطيران المدني تعليق الرحلات. وقالت الهيئة: «السلامة أولا»."
    assert check("الهيئة", Kind.ORGANISATION, text) == "هيئة الطيران المدني"


def test_a_short_back_reference_to_two_bodies_names_nobody() -> None:
    text = "نفت هيئة الطيران المدني الخبر، وأكدته هيئة الموانئ. وقالت الهيئة: «…»."
    assert check("الهيئة", Kind.ORGANISATION, text) is None


def test_a_short_back_reference_with_nothing_before_it_stays() -> None:
    assert check("الهيئة", Kind.ORGANISATION, "وقالت الهيئة: «…»") == "الهيئة"


def test_a_definite_head_and_its_genitives_are_the_body_named() -> None:
    text = "أكدت المديرية العامة للأمن الوطني توقيف المشتبه به. وقالت المديرية: «…»"
    assert check("المديرية", Kind.ORGANISATION, text) == "المديرية العامة للأمن الوطني"
    assert speakers(
        "أعلنت الهيئة العامة للأرصاد الجوية تحذيرا من الأمطار.",
        "وقالت الهيئة في بيان: «الأمطار تستمر حتى الخميس».",
    ) == ["الهيئة العامة للأرصاد الجوية"]


# -- 5. the verb's object is not its subject -------------------------------------------


def test_the_object_after_a_titled_subject_is_not_the_speaker() -> None:
    text = "واتهم الوزير خالد العلي دول الجوار بتعطيل الحوار، مضيفا: «…»"
    assert check("دول الجوار", Kind.ORGANISATION, text) is None
    text = "وانتقد المتحدث دميتري سوكولوف دعوة السفارة الأمريكية رعاياها للمغادرة. وقال: «…»"
    assert check("السفارة الأمريكية", Kind.ORGANISATION, text) is None


def test_an_organisation_that_is_the_subject_stays() -> None:
    text = "وقالت وزارة الخارجية في بيان: «…»"
    assert check("وزارة الخارجية", Kind.ORGANISATION, text) == "وزارة الخارجية"
    text = "وأعلن المتحدث باسم الجيش، أن الجيش سيطر على التلال. وقال الجيش: «…»"
    assert check("الجيش", Kind.ORGANISATION, text) == "الجيش"


def test_an_adverb_of_time_or_place_opens_no_speaker() -> None:
    assert check("أمام مؤتمر", Kind.DESCRIPTION, "") is None
    assert check("عبر قناة محلية", Kind.DESCRIPTION, "") is None
    assert check("عند دخول", Kind.DESCRIPTION, "") is None
    assert check("امام ندوة", Kind.PERSON, "") is None  # أمام as sites write it, no hamza
    assert check("خلف جلال", Kind.PERSON, "") == "خلف جلال"  # خلف is a name too


def test_a_name_stops_before_the_object_of_the_noun_it_follows() -> None:
    # "زيارة النائب سمير داود مقر الحكومة": مقر heads the visit's object, no surname
    assert leading_name(["سمير", "داود", "مقر", "الحكومة"]) == ["سمير", "داود"]
    assert leading_name(["سامي", "عبد", "الرحمن"]) == ["سامي", "عبد", "الرحمن"]


def test_a_verb_or_a_noun_in_construct_after_a_title_is_no_name() -> None:
    # "رئيس الجمهورية يخص صحيفة …", "مدرب الفريق خسارة الأمس …": no name follows the title
    assert leading_name(["يخص", "صحيفة", "أجنبية"]) == []
    assert leading_name(["يشيد", "بدور", "الشباب"]) == []
    assert leading_name(["خسارة", "الأمس", "أصبحت"]) == []
    assert leading_name(["يزن", "محمد"]) == ["يزن", "محمد"]
    assert leading_name(["فاطمة", "الزهراء"]) == ["فاطمة", "الزهراء"]


def test_a_team_after_la_is_never_the_speaker() -> None:
    # "المدير الفني لمنتخب البلاد": read out alone, the team after ل named the coach (set I)
    assert not reads_as_speaker("لمنتخب البلاد")
    assert not reads_as_speaker("لمنتخبنا الوطني")
    assert not reads_as_speaker("لفريقنا الأول")
    assert reads_as_speaker("لحسن الداودي")  # a given name that opens on ل stays a name
    assert reads_as_speaker("لينا حداد")


# -- 5. what the span holds besides the speaker: when it spoke, an emphatic, a letter ----


def test_a_day_or_an_emphatic_after_the_speaker_is_cut() -> None:
    assert check("الوزير أمس", Kind.DESCRIPTION, "") == "الوزير"
    assert check("رئيس البلدية يوم", Kind.DESCRIPTION, "") == "رئيس البلدية"
    assert check("المصدر نفسه", Kind.DESCRIPTION, "") == "المصدر"
    assert check("المحافظ الخميس", Kind.DESCRIPTION, "") == "المحافظ"
    # after a name word a weekday is a surname ("الجمعة", "الخميس" are family names too)
    assert check("محمد الجمعة", Kind.PERSON, "") == "محمد الجمعة"


def test_a_lone_letter_a_bare_article_or_a_pronoun_honorific_names_nobody() -> None:
    assert check("ب", Kind.SURNAME, "") is None  # "ب ـ…" split from its noun
    assert check("ال مدير", Kind.DESCRIPTION, "") is None
    assert check("سموه", Kind.REFERENCE, "") is None
    assert check("معاليه", Kind.REFERENCE, "") is None
    assert check("د هالة سالم", Kind.PERSON, "") == "د هالة سالم"  # "د." is an honorific


def test_the_egyptian_spelling_of_fi_opens_an_adjunct() -> None:
    assert check("فى كلمته", Kind.DESCRIPTION, "") is None


def test_a_noun_under_bi_after_two_words_is_the_verbs_complement() -> None:
    # "رحب رئيس الاتحاد بالقرار": whatever the word before it, after two words the noun
    # under ب is what the verb governs
    assert check("رئيس الاتحاد بالقرار", Kind.DESCRIPTION, "") == "رئيس الاتحاد"
    assert check("مدير عام بالوزارة", Kind.DESCRIPTION, "") == "مدير عام"
    # but an indefinite participle governs its own: "مسؤول معني بالملف" is one description
    assert check("مسؤول معني بالملف", Kind.DESCRIPTION, "") == "مسؤول معني بالملف"
    assert check("خبير متخصص بالاقتصاد", Kind.DESCRIPTION, "") == "خبير متخصص بالاقتصاد"


# -- 6. a description the article gives with its holder's name is that person -----------


def test_a_description_written_before_its_holders_name_is_that_person() -> None:
    text = (
        "وأكدت المتحدثة باسم البلدية الرسمية «سلمى داود» بدء الأعمال. "
        "وقالت المتحدثة باسم البلدية: «الطريق سيفتح الشهر المقبل»."
    )
    named = checked_speaker(
        Entity("المتحدثة باسم البلدية", Kind.DESCRIPTION, None, True), text, len(text)
    )
    assert named == Entity("سلمى داود", Kind.PERSON, "المتحدثة باسم البلدية", True)
    comma = "وكان مدير المستشفى، خالد سالم، قد زار المصابين. وقال مدير المستشفى: «…»."
    assert check("مدير المستشفى", Kind.DESCRIPTION, comma) == "خالد سالم"


def test_a_description_with_no_or_two_holders_stays_as_it_is() -> None:
    # one word after it is no name unless the lists know it; two holders: which one?
    one_word = "وقال مدير المستشفى حسون إن الوضع مستقر. وقال مدير المستشفى: «…»."
    assert check("مدير المستشفى", Kind.DESCRIPTION, one_word) == "مدير المستشفى"
    two = "زار مدير المدرسة سامي داود الصفوف، ثم عين مدير المدرسة هاني عيسى مكانه."
    assert check("مدير المدرسة", Kind.DESCRIPTION, two) == "مدير المدرسة"
    # not across the end of a sentence: the next sentence's subject is no holder
    across = "وصل مدير المستشفى. سامي داود كان هناك أيضا. وقال مدير المستشفى: «…»."
    assert check("مدير المستشفى", Kind.DESCRIPTION, across) == "مدير المستشفى"


def test_a_preposition_a_pronoun_honorific_or_a_noun_with_its_pronoun_names_no_one() -> None:
    assert not reads_as_speaker("إلي قيام")  # Egypt's ي for the ى of إلى (R9)
    assert not reads_as_speaker("وحرص سموه")  # his highness's care (R10)
    assert reads_as_speaker("سمو الأمير")
    assert leading_name(["رضاه", "التام"]) == []  # his contentment (R8)
    assert leading_name(["باسم", "ياخور"]) == []  # "in the name of", unless a title precedes
