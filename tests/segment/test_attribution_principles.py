"""The principles that keep attribution right on articles no rule was written against.

Every sentence here is original. Each test states one principle: definite descriptions point
back; verbs and function words are never names; questions in interviews belong to the
interviewer; evidence is local; headline quotes count.
"""

from __future__ import annotations

from briefing.model import Article
from briefing.segment import segment
from briefing.segment.antecedents import find_introductions
from briefing.segment.lexicon import closed_up
from briefing.segment.person_names import leading_name
from briefing.segment.quotes import find_quotes
from briefing.segment.speech_verbs import find_verbs
from briefing.segment.word_classes import is_name_word


def said(*paragraphs: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text.split()[0]) for q in find_quotes(list(paragraphs))]


# -- 1. definite descriptions are anaphoric --------------------------------------------------


def test_a_definite_organisation_description_is_the_organisation_named_before() -> None:
    assert said(
        "أصدرت منظمة الشفافية الدولية تقريرا جديدا عن أوضاع السجون في المنطقة.",
        "وقالت المنظمة الحقوقية في تقريرها: «الاكتظاظ بلغ حدا لا يحتمل في معظم السجون».",
    ) == [("منظمة الشفافية الدولية", "الاكتظاظ")]


def test_a_definite_role_is_the_person_introduced_with_it() -> None:
    assert said(
        "وحضرت المخرجة السورية هالة منصور العرض الأول لفيلمها الجديد في المهرجان.",
        "وقالت المخرجة للصحفيين: «الفيلم حكاية عن مدينتي قبل الحرب».",
    ) == [("هالة منصور", "الفيلم")]


def test_a_relational_description_follows_its_apposition() -> None:
    assert said(
        "وكانت سلمى ناصر، خطيبة الصحفي المفقود، قد انتظرته ساعات أمام المبنى.",
        "وقالت خطيبة الصحفي: «لم يخرج من الباب الذي دخل منه».",
    ) == [("سلمى ناصر", "لم")]


def test_a_description_no_named_person_can_be_stays_the_description() -> None:
    # the only person named is a man, and he is the possessor: she is "زوجة اللاعب"
    assert said(
        "وأصيب اللاعب سامر حداد في الدقيقة العاشرة من المباراة.",
        "وقالت زوجة اللاعب: «الأطباء طمأنونا على حالته».",
    ) == [("زوجة اللاعب", "الأطباء")]


def test_an_unlinked_description_with_a_possible_named_referent_is_nobody() -> None:
    assert said(
        "وأعلنت الطبيبة منى رشيد أن اللاعب سامر حداد يحتاج إلى جراحة.",
        "وقالت زوجة اللاعب: «الأطباء طمأنونا على حالته».",
    ) == [(None, "الأطباء")]
    assert said(
        "والتقى الرئيس التنفيذي للشركة كمال يونس ممثلي العمال أمس.",
        "وقال المدرب: «الفريق مستعد للمباراة».",
    ) == [(None, "الفريق")]


def test_a_description_must_repeat_every_word_of_the_role() -> None:
    # "رئيس الاتحاد المحلي السابق" is not the federation's current president named before
    assert said(
        "وانتقد الرئيس الحالي للاتحاد الدولي نادر سالم قرارات اللجنة.",
        "«سأترشح مرة أخرى»، هذا ما قاله رئيس الاتحاد المحلي السابق.",
    ) == [(None, "سأترشح")]


def test_indefinite_descriptions_introduce_a_new_source() -> None:
    assert said(
        "وقال وزير الخارجية عادل الرفاعي: «الوفد يصل غدا».",
        "وقال مسؤول حكومي رفيع: «المفاوضات ستستأنف الأسبوع المقبل».",
    ) == [("عادل الرفاعي", "الوفد"), ("مسؤول حكومي رفيع", "المفاوضات")]


def test_an_unnamed_source_keeps_its_whole_description() -> None:
    assert said(
        "وقال مسؤول في الوزارة: «القرار نهائي».",
        "وقالت سيدة تبلغ من العمر 50 عاما: «فقدنا كل شيء في الفيضان».",
        "ونقلت الوكالة الرسمية عن مسؤول في وزارة الداخلية قوله: «الوضع تحت السيطرة».",
    ) == [
        ("مسؤول في الوزارة", "القرار"),
        ("سيدة تبلغ من العمر 50 عاما", "فقدنا"),
        ("مسؤول في وزارة الداخلية", "الوضع"),
    ]


def test_a_source_named_after_bihasab_and_an_outlet_before_a_colon() -> None:
    assert said(
        "«الأسواق ستتعافى قريبا»، بحسب الخبيرة الاقتصادية منى فؤاد.",
        "وقال الرئيس الأمريكي دونالد ترامب لشبكة فوكس: «لن أتراجع».",
    ) == [("منى فؤاد", "الأسواق"), ("دونالد ترامب", "لن")]


def test_introductions_are_found_with_their_roles_and_gender() -> None:
    intros = find_introductions(
        "وقال وزير النقل سامي جابر الخطيب إن المشروع تأخر. وكانت سلمى ناصر، خطيبة"
        " الصحفي، حاضرة. وأصدرت منظمة الشفافية الدولية تقريرا."
    )
    assert [(i.name, i.role, i.female) for i in intros] == [
        ("سامي جابر الخطيب", "وزير النقل", False),
        ("سلمى ناصر", "خطيبة الصحفي", True),
        ("منظمة الشفافية الدولية", None, None),
    ]


# -- 2. verbs and function words are never names ---------------------------------------------


def test_circumstantial_participles_and_function_words_are_no_names() -> None:
    for word in ("ساخرا", "مبتسما", "مجددا", "سابقا", "لنا", "عليهم", "أصبح", "لكنه", "بتشكيل"):
        assert not is_name_word(word), word
    for name in ("يوسف", "تغريد", "رانيا", "مايا", "بشير", "لينا", "أحمد"):
        assert is_name_word(name), name


def test_a_name_ends_where_a_verb_or_the_next_noun_phrase_begins() -> None:
    assert leading_name(["هالة", "منصور", "العرض", "الأول"]) == ["هالة", "منصور"]
    assert leading_name(["نبيل", "فؤاد", "السالم", "في"]) == ["نبيل", "فؤاد", "السالم"]
    assert leading_name(["سامر", "حداد", "يحتاج", "إلى"]) == ["سامر", "حداد"]
    assert leading_name(["خالد", "ماجد", "السهلي", "الأسبوع"]) == ["خالد", "ماجد", "السهلي"]


def test_a_participle_after_the_verb_leaves_the_speaker_to_carry_over() -> None:
    assert said(
        "وقال الوزير سامي جابر: «نحن مستعدون».",
        "وأضاف ساخرا: «البعض لا يقرأ الأرقام».",
        "وتابع مبتسما «سنرى من سيضحك في النهاية».",
    ) == [("سامي جابر", "نحن"), ("سامي جابر", "البعض"), ("سامي جابر", "سنرى")]


def test_a_verb_before_a_colon_introduces_what_follows_not_the_quote_before() -> None:
    assert said(
        "وقالت الطالبة منى سالم: «انتظرت النتيجة طويلا. وأضافت: رفضت الجامعة طلبي",
    ) == [("منى سالم", "انتظرت")]


# -- 3. questions in interviews belong to the interviewer -----------------------------------


def test_a_question_is_the_askers_and_the_answer_the_guests() -> None:
    assert said(
        "وقال الوزير السابق رامي عون في مقابلة تلفزيونية: «لم أترك السياسة».",
        "وسألته المذيعة ليلى حداد: «هل ستترشح في الانتخابات المقبلة؟»",
        "فأجاب: «لم أقرر بعد، وسأعلن قراري قريبا».",
        "وأضافت: «وماذا عن حزبك؟»",
    ) == [
        ("رامي عون", "لم"),
        ("ليلى حداد", "هل"),
        ("رامي عون", "لم"),
        ("ليلى حداد", "وماذا"),
    ]


def test_a_question_from_an_unnamed_interviewer_has_no_speaker() -> None:
    assert said(
        "وقال رامي عون في مقابلة مع القناة: «سأبقى في الحياة العامة».",
        "وعندما سئل: «هل تخشى المحاكمة؟»، رد: «لا أخشى شيئا».",
    ) == [("رامي عون", "سأبقى"), (None, "هل"), ("رامي عون", "لا")]
    # carried over by وأضاف inside an interview, a question is not the guest's
    assert said(
        "وقال رامي عون في المقابلة: «سأبقى في الحياة العامة».",
        "وأضاف: «ألا تخشى المحاكمة؟»",
    ) == [("رامي عون", "سأبقى"), (None, "ألا")]


def test_outside_an_interview_a_speakers_own_question_stays_theirs() -> None:
    assert said(
        "وقال النائب فارس منير الزعبي: «الميزانية لا تكفي».",
        "وأضاف: «من سيدفع ثمن هذا العجز؟»",
    ) == [("فارس منير الزعبي", "الميزانية"), ("فارس منير الزعبي", "من")]


def test_a_report_cited_by_someone_speaks_its_own_words() -> None:
    assert said(
        "وأشار الأستاذ الجامعي سمير حداد إلى تقرير البنك الدولي الذي جاء فيه: «النمو سيتباطأ».",
    ) == [("تقرير البنك الدولي", "النمو")]


# -- 4. evidence is local ----------------------------------------------------------------------


def test_carry_over_stops_at_another_person_introduced_in_between() -> None:
    assert said(
        "وقال الوزير سامي جابر: «نحن مستعدون للحوار».",
        "وكان السفير كمال ناصر قد التقى المعارضة الأسبوع الماضي في العاصمة.",
        "وأضاف: «لن نقبل بالشروط المسبقة».",
    ) == [("سامي جابر", "نحن"), (None, "لن")]


def test_names_inside_the_speakers_own_quote_do_not_interrupt_them() -> None:
    assert said(
        "وقال الوزير سامي جابر: «التقيت السفير كمال ناصر أمس».",
        "وأضاف: «لن نقبل بالشروط المسبقة».",
    ) == [("سامي جابر", "التقيت"), ("سامي جابر", "لن")]


def test_carry_over_goes_to_the_last_statement_and_not_further_back() -> None:
    assert said(
        "وقال الوزير سامي جابر: «نحن مستعدون للحوار».",
        "من جهته، أكد النائب كمال ناصر أن الحوار لن ينجح.",
        "وأضاف: «لن نقبل بالشروط المسبقة».",
    ) == [("سامي جابر", "نحن"), ("كمال ناصر", "لن")]
    assert said(
        "وقال الوزير سامي جابر: «نحن مستعدون للحوار».",
        "وتشهد البلاد أزمة سياسية منذ شهور.",
        "وتعطلت أعمال البرلمان بسبب الخلافات.",
        "وأضاف: «لن نقبل بالشروط المسبقة».",
    ) == [("سامي جابر", "نحن"), (None, "لن")]


def test_carry_over_needs_the_same_grammatical_gender() -> None:
    assert said(
        "وقال الخبير شادي عمر: «الأسعار سترتفع».",
        "وأضافت: «التضخم سيستمر».",
    ) == [("شادي عمر", "الأسعار"), (None, "التضخم")]


def test_a_paragraph_opening_quote_needs_an_introduction_ending_the_paragraph_before() -> None:
    assert said(
        "وقالت الكاتبة ريم سعد إن الرواية أخذت منها سنوات من العمل.",
        "«كتبتها في المقاهي وفي القطارات وفي المستشفيات».",
    ) == [(None, "كتبتها")]
    assert said(
        "وتروي الكاتبة ريم سعد قصة روايتها:",
        "«كتبتها في المقاهي وفي القطارات وفي المستشفيات».",
    ) == [("ريم سعد", "كتبتها")]


def test_one_word_the_article_never_shows_as_a_name_is_no_speaker() -> None:
    assert said("وقالت بحزن: «لم يبق لنا أحد».") == [(None, "لم")]
    # a plural person noun is a group described, never a one-word name
    assert said("وقال سكان في الحي: «المياه مقطوعة منذ أسبوع».") == [("سكان في الحي", "المياه")]
    # a known first name, or a surname the article gives in full, is a name
    assert said("وقالت لينا: «خرجنا في الليل».") == [("لينا", "خرجنا")]
    assert said(
        "واستقبل المدير التنفيذي كمال يونس الوفد.",
        "وقال يونس: «الاتفاق جاهز».",
    ) == [("كمال يونس", "الاتفاق")]


def test_a_title_before_a_word_that_is_no_name_is_the_subject_itself() -> None:
    # "توقف" is what the minister expects, not his name
    assert said(
        "وقال وزير الطاقة نادر كامل العلي: «الإنتاج سيرتفع».",
        "فيما توقع وزير الطاقة توقف بلاده عن الاستيراد، مضيفا: «سنصدر الغاز قريبا».",
    ) == [("نادر كامل العلي", "الإنتاج"), ("نادر كامل العلي", "سنصدر")]


# -- 6. headline quotes with a speaker in the headline -----------------------------------------


def headline_quotes(headline: str, *body: str) -> list[tuple[str | None, str]]:
    story = segment(Article("t", (headline, *body)))
    return [(q.speaker, q.text) for q in story.quotes if q.text in story.headline]


def test_a_headline_quote_is_found_with_the_speaker_the_headline_names() -> None:
    body = (
        "أكد وزير المالية نادر كامل العلي أمس أن الحكومة لن ترفع أسعار الوقود هذا العام.",
        "وقال العلي في مؤتمر صحفي إن الميزانية تحتمل الدعم.",
    )
    assert headline_quotes("العلي: «لن نرفع الأسعار»", *body) == [
        ("نادر كامل العلي", "لن نرفع الأسعار")
    ]
    assert headline_quotes("الميزانية: العلي يحذر «لا دعم بعد اليوم»", *body) == [
        ("نادر كامل العلي", "لا دعم بعد اليوم")
    ]


def test_headline_labels_and_quotes_without_a_speaker_are_not_read() -> None:
    body = ("وتراجعت الأسهم في السوق أمس بعد إعلان النتائج.",)
    assert headline_quotes("الأسهم «تنهار» في يوم «أسود»", *body) == []
    assert headline_quotes("«لن نعود» .. أسبوع من الاحتجاجات", *body) == []


def test_a_headline_quote_the_body_repeats_is_read_once() -> None:
    story = segment(
        Article(
            "t",
            (
                "العلي: «لن نرفع الأسعار»",
                "وقال وزير المالية نادر كامل العلي: «لن نرفع الأسعار».",
            ),
        )
    )
    assert [(q.speaker, q.text) for q in story.quotes] == [("نادر كامل العلي", "لن نرفع الأسعار")]


# -- a comma set off by spaces is a comma ---------------------------------------------------


def test_a_spaced_comma_closes_up_without_moving_any_offset() -> None:
    text = "وقال مدير الإعلام ، سامر داود ، إن «…»"
    assert closed_up(text) == "وقال مدير الإعلام،  سامر داود،  إن «…»"
    assert len(closed_up(text)) == len(text)
    assert closed_up("«نعم ، سنعود»") == "«نعم،  سنعود»"  # only for reading: quotes keep theirs


def test_a_title_and_its_name_between_spaced_commas_name_the_speaker() -> None:
    assert said("وقالت مديرة المستشفى ، ليلى حداد ، إن «الأسرة كلها مشغولة منذ الصباح».") == [
        ("ليلى حداد", "الأسرة")
    ]
    text = "وقال المتحدث باسم الشركة ، فارس نجم ، إن «المصنع سيعود إلى العمل غدا»."
    quotes = find_quotes([text])
    assert quotes[0].speaker == "فارس نجم"
    assert quotes[0].text == "المصنع سيعود إلى العمل غدا"


def test_atamma_speaks_only_on_its_colon_its_quote_or_what_was_said() -> None:
    assert [v.word for v in find_verbs("وأتم: «سنعود»")] == ["وأتم"]
    assert [v.word for v in find_verbs("وأتم تصريحاته «سنعود»")] == ["وأتم"]
    assert find_verbs("وأتم الفريق استعداداته للمباراة أمس.") == []


def test_adverbs_written_without_their_hamza_are_no_name_words() -> None:
    assert not any(is_name_word(word) for word in ("امام", "اثناء", "اثر"))
