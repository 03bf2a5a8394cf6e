"""Who said it: one original sentence (or two) per attribution pattern of real news."""

from __future__ import annotations

import pytest

from briefing.model import Quote, QuoteKind
from briefing.segment.marks import find_article_spans, find_spans
from briefing.segment.quotes import find_quotes


def said(*paragraphs: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in find_quotes(list(paragraphs))]


def only(*paragraphs: str) -> Quote:
    (quote,) = find_quotes(list(paragraphs))
    return quote


def test_title_before_the_name_is_kept_as_the_role() -> None:
    quote = only("وقال وزير الصحة نبيل فؤاد السالم في مؤتمر صحفي «سنفتح مراكز جديدة في القرى».")
    assert (quote.speaker, quote.role) == ("نبيل فؤاد السالم", "وزير الصحة")
    assert quote.kind is QuoteKind.FULL and quote.female is False


def test_speaker_after_the_quote() -> None:
    assert said(
        "وأعلنت الوزيرة ليلى سمير عمران خطة للنقل العام.",
        "«الحافلات الجديدة تصل قبل نهاية الشهر المقبل»، قالت عمران.",
        "«العمل في المرفأ لن يتوقف ليلة واحدة». هكذا يصف المهندس سامر خليل حداد مشروعه.",
    ) == [
        ("ليلى سمير عمران", "الحافلات الجديدة تصل قبل نهاية الشهر المقبل"),
        ("سامر خليل حداد", "العمل في المرفأ لن يتوقف ليلة واحدة"),
    ]


def test_outlet_after_the_name_is_no_part_of_it() -> None:
    assert said(
        "وقال كمال راشد العبيدي لـ«النهار»: «الجسر سيفتح في موعده».",
        "وقال في تصريح لـ«الوطن» أمس: «لا تأخير في التمويل».",
    ) == [
        ("كمال راشد العبيدي", "الجسر سيفتح في موعده"),
        ("كمال راشد العبيدي", "لا تأخير في التمويل"),
    ]


def test_back_references_resolve_to_the_source_named_before() -> None:
    assert said(
        "وقال المتحدث الرسمي باسم الدفاع المدني رائد سليم الكردي: «أخلينا المبنى خلال دقائق».",
        "وأضاف ضابط في الموقع، طلب عدم ذكر اسمه، أن الحريق بدأ في الطابق الأول.",
        "وقال الضابط: «لم نسجل أي إصابات بين السكان».",
        "وقال المتحدث: «التحقيق سيحدد سبب الحريق».",
    ) == [
        ("رائد سليم الكردي", "أخلينا المبنى خلال دقائق"),
        ("ضابط", "لم نسجل أي إصابات بين السكان"),  # the description's head
        ("رائد سليم الكردي", "التحقيق سيحدد سبب الحريق"),
    ]


def test_carry_over_across_paragraphs_and_feminine_forms() -> None:
    assert said(
        "وقالت الباحثة منى عادل الشريف «النتائج مشجعة في المرحلة الأولى».",
        "وتابعت: «سننشر البيانات كاملة في الخريف».",
        "ومضت تقول «الطريق ما زال طويلا أمام الفريق».",
        "وأضاف: «لا أعرف من سيمول المرحلة الثانية».",  # a man: she is not the speaker
    ) == [
        ("منى عادل الشريف", "النتائج مشجعة في المرحلة الأولى"),
        ("منى عادل الشريف", "سننشر البيانات كاملة في الخريف"),
        ("منى عادل الشريف", "الطريق ما زال طويلا أمام الفريق"),
        (None, "لا أعرف من سيمول المرحلة الثانية"),
    ]


def test_organisations_reports_and_laws_speak() -> None:
    quotes = find_quotes(
        [
            "وقالت منظمة الشفافية الدولية في تقريرها السنوي «الفساد يتراجع في البلديات».",
            "ونص القانون على ما يلي «يعاقب كل من يتلف المال العام بالسجن».",
        ]
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("منظمة الشفافية الدولية", "organisation"),
        ("القانون", "document"),
    ]


def test_a_woman_relaying_a_mans_words() -> None:
    assert said(
        "والتقت الصحيفة وزير النقل سامي جابر الخطيب الأسبوع الماضي.",
        "وقالت المتحدثة هدى نعيم إن الوزير قال لها: «المطار الجديد جاهز».",
    ) == [("سامي جابر الخطيب", "المطار الجديد جاهز")]


def test_quote_spanning_two_paragraphs() -> None:
    assert said(
        "وقال المدرب أنور صالح الدباغ «اللاعبون أدوا ما عليهم.",
        "والفوز القادم سيكون أصعب»، ثم غادر القاعة.",
    ) == [("أنور صالح الدباغ", "اللاعبون أدوا ما عليهم.\nوالفوز القادم سيكون أصعب")]


def test_marks_nested_unclosed_doubled_and_reversed() -> None:
    nested = find_spans("وقال: “الاتحاد الدولي “فيفا” لم يرد على رسالتنا”.")
    assert [s.text for s in nested] == ["الاتحاد الدولي “فيفا” لم يرد على رسالتنا"]
    doubled = find_spans('وأضاف: "لا أحد يثق بقرارات "اللجنة"". ثم صمت.')
    assert [s.text for s in doubled] == ['لا أحد يثق بقرارات "اللجنة"']
    reversed_marks = find_spans("وقالت ”الطريق مغلق حتى الصباح“ للصحفيين.")
    assert [s.text for s in reversed_marks] == ["الطريق مغلق حتى الصباح"]
    unclosed = find_spans('وتابعت: "انتظرنا ساعات دون رد. وأضافت: لم يتصل أحد بعد ذلك.')
    assert [(s.text, s.closed) for s in unclosed] == [("انتظرنا ساعات دون رد.", False)]
    (spans,) = [find_article_spans(["قال «الأول»، ثم «الثاني»."])]
    assert [s.text for _, s in spans] == ["الأول", "الثاني"]


def test_colon_introduced_speech_and_a_name_in_marks() -> None:
    assert said(
        "وأكد الدكتور ماهر يوسف العلي أن المختبر جاهز.",
        'وأردف "العلي": "سنبدأ الفحوص صباح الغد".',
    ) == [("ماهر يوسف العلي", "سنبدأ الفحوص صباح الغد")]


def test_fragments_of_reported_speech_are_partial() -> None:
    quotes = find_quotes(
        [
            "ودعا النائب فارس منير الزعبي إلى «حوار وطني شامل دون شروط مسبقة».",
            "وأكد الزعبي أن الحكومة «لم تف بوعودها للمزارعين هذا العام».",
        ]
    )
    assert [q.kind for q in quotes] == [QuoteKind.PARTIAL, QuoteKind.PARTIAL]


def test_names_titles_labels_and_scare_quotes_are_no_speech() -> None:
    assert (
        said(
            "وعرضت قناة «الأفق» برنامجا بعنوان «حكايات من المدينة القديمة» مساء أمس.",
            "وشارك في مهرجان «ربيع الفنون» عشرات الفنانين، ووصف النقاد العرض بـ«المدهش».",
            "وتحدث السكان عن موظفين «وهميين» في البلدية.",
        )
        == []
    )


def test_unknown_speaker_stays_unknown() -> None:
    assert said(
        "وشهدت المدينة احتجاجات واسعة أمس.",
        "«لن نعود إلى البيوت قبل أن تسمعنا الحكومة» عبارة رددها المحتجون.",
    ) == [(None, "لن نعود إلى البيوت قبل أن تسمعنا الحكومة")]


def test_a_name_like_noun_phrase_before_a_verb_is_no_speaker() -> None:
    from briefing.segment.subjects import read_subject_before

    assert read_subject_before("أطراف غربية") is None  # a noun and its adjective
    assert said("أطراف غربية قالت «الأدلة كافية لدينا منذ شهور»") == [
        (None, "الأدلة كافية لدينا منذ شهور")
    ]


def test_a_title_holder_named_in_marks_speaks_for_the_title() -> None:
    """ "رئيس الحكومة “فلان”": some outlets name people in marks; the title that speaks
    later is that person, not the headline's colon name (whether the name in marks is
    itself returned as a quote is another matter, so only the speech is checked)."""
    headline = "الزيدي: الإصلاح لن يتوقف"
    paragraph = (
        "أنهى رئيس الحكومة “سليم الفارس” كلمته أمام البرلمان مساء الثلاثاء، وتساءل رئيس"
        " الحكومة في كلمته قائلا: “هل تريدون أن نتوقف عن الإصلاح؟ لن نتوقف أبدا”."
    )
    quotes = find_quotes([paragraph], f"{headline}\n{paragraph}", headline=headline)
    speech = [q for q in quotes if q.text.startswith("هل تريدون")]
    assert [q.speaker for q in speech] == ["سليم الفارس"]


@pytest.mark.parametrize("stretch", ["نفيا قاطعا ما تداول حول الوساطة", "رفضا تاما أي تدخل"])
def test_a_cognate_accusative_after_the_verb_is_no_subject(stretch: str) -> None:
    # "ينفي نفيا قاطعا": how it was denied; a name on its alef stays one ("رضا سالم")
    from briefing.segment.subjects import read_subject

    assert read_subject(stretch).mention is None
    assert read_subject("رضا سالم إن الخطة جاهزة").mention is not None
