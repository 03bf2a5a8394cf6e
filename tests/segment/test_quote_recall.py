"""Full quotes that real pages write in ways the first rules missed, each found whole, and
spans that only look like them left alone. Original sentences."""

from __future__ import annotations

import pytest

from briefing.model import Article, QuoteKind
from briefing.segment import segment
from briefing.segment.quotes import find_quotes, find_spans

HEADLINE = "الحكومة تعلن خطة جديدة للنقل العام في العاصمة"


def found(*paragraphs: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in find_quotes(list(paragraphs))]


def test_a_closing_mark_of_another_style_closes_the_quotation() -> None:
    assert found(
        'وقال الوزير سامي حداد: “الطريق سيفتح الأسبوع المقبل" وأضاف أن العمل مستمر.',
        "وقالت الوزيرة هدى سالم: «الحافلات تصل في الربيع” ثم غادرت القاعة.",
        'وقال المهندس رامي عدنان: "الجسر جاهز» دون أن يحدد موعدا.',
        "وأكد المدير كمال يوسف: “العمل لن يتوقف“ حتى نهاية المشروع.",
    ) == [
        ("سامي حداد", "الطريق سيفتح الأسبوع المقبل"),
        ("هدى سالم", "الحافلات تصل في الربيع"),
        ("رامي عدنان", "الجسر جاهز"),
        ("كمال يوسف", "العمل لن يتوقف"),
    ]


def test_mixed_marks_pair_quotation_by_quotation_in_one_paragraph() -> None:
    assert found(
        'وقال الوزير سامي حداد: “الطريق سيفتح الأسبوع المقبل"، وأضاف: “العمل مستمر في الجسر".'
    ) == [
        ("سامي حداد", "الطريق سيفتح الأسبوع المقبل"),
        ("سامي حداد", "العمل مستمر في الجسر"),
    ]


def test_marks_padded_with_spaces_after_a_colon() -> None:
    assert found('وقالت الوزيرة هدى سالم : " الطريق سيفتح الأسبوع المقبل " .') == [
        ("هدى سالم", "الطريق سيفتح الأسبوع المقبل")
    ]


def test_ascii_marks_open_and_close_several_quotations_of_one_paragraph() -> None:
    assert found(
        'وقال الوزير سامي حداد:"الطريق سيفتح الأسبوع المقبل"، مشيرا إلى أن "العمل مستمر'
        ' في الجسر منذ شهور"، وأضاف: "لن نتأخر".'
    ) == [
        ("سامي حداد", "الطريق سيفتح الأسبوع المقبل"),
        ("سامي حداد", "العمل مستمر في الجسر منذ شهور"),
        ("سامي حداد", "لن نتأخر"),
    ]


def test_a_short_colloquial_quote_after_its_verb_is_speech_not_a_name() -> None:
    assert found("وقال اللاعب كمال يوسف «مش هنسيبها».", 'وأضاف "خلاص كده".') == [
        ("كمال يوسف", "مش هنسيبها"),
        ("كمال يوسف", "خلاص كده"),
    ]
    # a name in marks, with the clause going on after it, is still the subject
    assert found('وقالت "إيفلين مارتن" للصحفيين: «سنعود».') == [("إيفلين مارتن", "سنعود")]


def test_a_quote_right_after_a_dateline_is_the_speaker_after_it() -> None:
    story = segment(
        Article(
            "t",
            (
                HEADLINE,
                'بيروت (رويترز) - "الوضع تحت السيطرة"، قال وزير الداخلية سامي حداد للصحفيين.',
                "وأضاف الوزير أن الشرطة تنتشر في الشوارع.",
            ),
        )
    )
    assert [(q.speaker, q.text) for q in story.quotes] == [("سامي حداد", "الوضع تحت السيطرة")]


def test_with_these_words_names_the_speaker_after_the_quote() -> None:
    assert found(
        "«الوضع تحت السيطرة تماما»، بهذه الكلمات طمأنت الوزيرة هدى سالم المواطنين.",
        "«الجلسة انتهت»، بهذه الكلمات ختم المؤتمر أعماله.",
    ) == [("هدى سالم", "الوضع تحت السيطرة تماما"), (None, "الجلسة انتهت")]


def test_titles_in_marks_of_mixed_styles_are_no_speech() -> None:
    quotes = find_quotes(
        [
            'وعرض فيلم “الطريق إلى البيت" في افتتاح المهرجان.',
            'وأطلقت الوزارة حملة “معا من أجل البيئة" الأسبوع الماضي.',
            'وصدر كتابه "رحلة في الذاكرة» عن دار النشر العام الماضي.',
            'وقال الوزير إن ما يسمى “صفقة القرن" لن تمر.',
        ]
    )
    assert [q for q in quotes if q.kind is QuoteKind.FULL] == []


def test_a_right_shaped_mark_padded_with_spaces_opens_a_quotation() -> None:
    assert found(
        "وقال سامر داود في المؤتمر ” الخطة جاهزة للتنفيذ.”",
        "وقالت هدى سالم ” الحافلات تصل في الربيع “.",
    ) == [
        ("سامر داود", "الخطة جاهزة للتنفيذ."),
        ("هدى سالم", "الحافلات تصل في الربيع"),
    ]
    # a lone padded mark with nothing to close it opens nothing
    assert found("وقال سامر داود إن السعر ” مرتفع جدا في الصيف.") == []


def test_an_unclosed_quotation_ends_where_the_narrative_goes_on() -> None:
    assert found(
        'وقال رئيس اللجنة كمال يوسف: " تبين لنا أن العقد باطل. في حين طلب المحامي مهلة للرد.'
    ) == [("كمال يوسف", "تبين لنا أن العقد باطل.")]
    # without a connective the quotation runs to the end of its paragraph
    assert found('وقال رئيس اللجنة كمال يوسف: " تبين لنا أن العقد باطل. والقرار نهائي.') == [
        ("كمال يوسف", "تبين لنا أن العقد باطل. والقرار نهائي.")
    ]


def test_a_doubled_mark_before_an_agency_credit_closes_the_quotation() -> None:
    quotes = find_quotes(
        ["وأكدت الوزيرة هدى سالم أن الموسم سيبدأ وأنه “لن يتأخر أي امتحان. “(وكالة الأنباء)"]
    )
    assert [(q.speaker, q.text) for q in quotes] == [("هدى سالم", "لن يتأخر أي امتحان.")]


def test_recited_scripture_sayings_and_verse_are_no_speech() -> None:
    assert (
        found(
            "وتلا الخطيب الآية الكريمة «إن مع العسر يسرا» قبل أن يبدأ كلمته.",
            "واستشهد الوزير بالمثل الشعبي «من جد وجد ومن زرع حصد».",
            "وختم كلمته ببيت شعر «وما نيل المطالب بالتمني».",
        )
        == []
    )
    # a person of the house is no verse: the quote is theirs
    assert found("وقال صاحب البيت سامر داود: «نحن بخير والحمد لله».") == [
        ("سامر داود", "نحن بخير والحمد لله")
    ]


def test_ascii_marks_padded_with_spaces_on_both_sides_after_any_word() -> None:
    assert found(
        'وقال المحافظ سامي حداد في لقاء متلفز " إن من حق الجميع التعبير عن رأيهم " . مبينا'
        " أن الحكومة ستستمع.",
        'اكد المحافظ كمال يوسف " ان قوى سياسية/ لم يسمها / تتنافس على موارد الإقليم "',
    ) == [
        ("سامي حداد", "إن من حق الجميع التعبير عن رأيهم"),
        ("كمال يوسف", "ان قوى سياسية/ لم يسمها / تتنافس على موارد الإقليم"),
    ]
    # one padded mark alone opens nothing
    assert found('وقال سامي حداد إن المسافة بلغت 5 " تقريبا في الخريطة.') == []


def test_reversed_guillemets_pair_as_a_quotation() -> None:
    assert found("كما أضاف المهندس رامي عدنان: » الناس تريد أن تعيش بكرامة «") == [
        ("رامي عدنان", "الناس تريد أن تعيش بكرامة")
    ]


def test_a_quotation_opened_again_after_a_participle_ends_the_first_one() -> None:
    quotes = find_quotes(
        [
            'أكدت الوزيرة هدى سالم أن "الصحة أولوية للجميع في كل المدن، قائلة: "إنني أتفهم'
            ' قلق المواطنين من الأسعار".'
        ]
    )
    assert [(q.speaker, q.text) for q in quotes] == [
        ("هدى سالم", "الصحة أولوية للجميع في كل المدن"),
        ("هدى سالم", "إنني أتفهم قلق المواطنين من الأسعار"),
    ]


def test_a_short_statement_after_an_announcing_participle_is_full() -> None:
    quotes = find_quotes(
        ["وقال الوزير سامي حداد إن الاتفاق وقع أمس، معلناً “اليوم بداية لانفراج الأزمة”"]
    )
    assert [(q.speaker, q.kind, q.text) for q in quotes] == [
        ("سامي حداد", QuoteKind.FULL, "اليوم بداية لانفراج الأزمة")
    ]


def test_a_quote_after_the_occasion_of_the_answer_is_full() -> None:
    assert found(
        'وقال الوزير سامي حداد، ردا على سؤال بهذا الشأن، "لن نتراجع عن القرار مهما حدث".',
        'تعليقا على القرار، "الخطوة تأخرت كثيرا"، قالت النائبة هدى سالم.',
        'في إحاطة صحفية اليوم الخميس، "الوضع تحت السيطرة تماما"، قال المتحدث كمال يوسف.',
    ) == [
        ("سامي حداد", "لن نتراجع عن القرار مهما حدث"),
        ("هدى سالم", "الخطوة تأخرت كثيرا"),
        ("كمال يوسف", "الوضع تحت السيطرة تماما"),
    ]
    # a fronted adjunct before a verb's own clause is no introduction of a quote
    assert [q.kind for q in find_quotes(['في المدينة، "الحي القديم" يجذب السياح كل صيف.'])] == []


def test_a_quotation_left_open_ends_where_a_participle_introduces_the_next() -> None:
    texts = [
        q.text
        for q in find_quotes(
            [
                'نفت البلدية، اليوم، "صدور أي قرار من رئيسها بشأن السوق، مشيرا إلى أن "الموضوع'
                ' من اختصاص المحافظة وحدها".',
                "وأضاف كمال يوسف أن «المشكلة التي تشغل السكان هي انقطاع المياه في الصيف، معربا"
                " عن أمله أن «تحل الأزمة قبل نهاية الشهر».",
            ]
        )
    ]
    assert "الموضوع من اختصاص المحافظة وحدها" in texts
    assert "تحل الأزمة قبل نهاية الشهر" in texts
    assert not any("مشيرا" in text or "معربا" in text for text in texts)
    # a quotation nested inside a closed one stays inside it
    nested = find_quotes(["وقال كمال يوسف: «أخبرته، قائلا إن «الوقت انتهى» ثم غادرت»."])
    assert [q.text for q in nested] == ["أخبرته، قائلا إن «الوقت انتهى» ثم غادرت"]


def test_guillemets_opened_with_the_closing_one_on_both_sides() -> None:
    assert found("كما أضاف رامي عدنان: » السكان يريدون حياة كريمة رغم كل الصعوبات » .") == [
        ("رامي عدنان", "السكان يريدون حياة كريمة رغم كل الصعوبات")
    ]


def test_a_verb_of_following_is_not_a_recitation() -> None:
    # تلت "followed": the colon quote after it is speech; "وتلا «…»" recites a text
    assert found(
        'وقال كمال يوسف في الندوة الصحفية التي تلت المباراة: "أهنئ المنافس على الفوز".'
    ) == [("كمال يوسف", "أهنئ المنافس على الفوز")]
    assert found("وتلا الإمام «بسم الله الرحمن الرحيم» ثم بدأ الخطبة.") == []


def test_speech_introduced_by_a_plural_verbal_noun() -> None:
    quotes = find_quotes(["وهتف المحتجون بقولهم «لن نغادر الساحة أبدا»."])
    assert [(q.kind, q.text) for q in quotes] == [(QuoteKind.FULL, "لن نغادر الساحة أبدا")]


def test_quoted_channels_lists_of_outlets_and_terms_are_not_quotes() -> None:
    assert (
        found(
            'ولفت "يوسف"، خلال لقاء خاص بفضائية "الواحة الإخبارية"، إلى أن العمل مستمر.',
            'أفادت فضائية "الواحة الإخبارية"، في نبأ عاجل، أن الوزير يتابع الوضع.',
            "ونشر الخبر من قبل “قناة الواحة ووكالة المثال وموقع الساحل وإذاعة الجنوب”",
            'وقال الوزير إنه لن يقاضي الصحف التي كتبت عن "انهيار" وشيك للقطاع الصحي.',
        )
        == []
    )


def test_a_description_joined_to_its_quotation_by_two_dots_speaks_it() -> None:
    lines = (
        "محامي المتهم.. «موكلي لا يفهم لغة المحكمة»",
        "فاز فريق الشروق على ضيفه النهضة بهدفين نظيفين في الجولة العاشرة.",
        "وطلب الدفاع عرض موكله على خبير لغوي.",
    )
    story = segment(Article("t", lines))
    assert [(q.speaker, q.text) for q in story.quotes] == [
        ("محامي المتهم", "موكلي لا يفهم لغة المحكمة")
    ]
    # a bare name before ".." may be whom the words are about: no speaker
    lines = ("سامر.. «آكل الحصص كلها»", *lines[1:])
    assert [q.speaker for q in segment(Article("t", lines)).quotes] == [None]


def test_a_second_complement_joined_by_wa_that_the_quotation_opens_is_full() -> None:
    quotes = find_quotes(
        [
            "وأكدت الوزيرة هدى سالم أن الموسم سيبدأ في موعده وأنه “لن يتأخر أي امتحان”.",
            'كما أكد الوزير سامي حداد أن الأرقام صحيحة و "نلتزم بالشفافية الكاملة" مضيفا'
            ' " أنا أقول الحقيقة كاملة"',
            "وقال كمال يوسف إن الأرقام صحيحة و«دقيقة» تماما.",  # one word: a scare quote
        ]
    )
    assert [(q.speaker, q.kind, q.text) for q in quotes if q.kind is QuoteKind.FULL] == [
        ("هدى سالم", QuoteKind.FULL, "لن يتأخر أي امتحان"),
        ("سامي حداد", QuoteKind.FULL, "نلتزم بالشفافية الكاملة"),
        ("سامي حداد", QuoteKind.FULL, "أنا أقول الحقيقة كاملة"),
    ]


def test_a_name_in_marks_before_ila_anna_is_the_subject_not_a_quote() -> None:
    assert found('وأشار "حسب الله"، إلى أن العمل مستمر في المشروع.') == []
    assert found("وقضت المحكمة فى «قضية الأراضي» بالسجن عامين.") == []  # فى spelled so
    # a quotation that opens the verb's complement is still speech
    assert found('وأشار الوزير سامي حداد إلى أن "العمل مستمر في المشروع".') == [
        ("سامي حداد", "العمل مستمر في المشروع")
    ]


def test_a_quotation_only_the_headline_gives_is_a_quote_even_without_a_speaker() -> None:
    body = ("قرر النادي تجديد عقود لاعبيه الأساسيين.", "ويبدأ الموسم الجديد الشهر المقبل.")
    story = segment(Article("t", ("لجماهير ناديه: «لن نبيع أي لاعب هذا الصيف»", *body)))
    assert [(q.speaker, q.kind, q.text) for q in story.quotes] == [
        (None, QuoteKind.FULL, "لن نبيع أي لاعب هذا الصيف")
    ]
    # a scare quote in the headline is no statement
    story = segment(Article("t", ("البلدية تنفي وجود «وهميين» في صفوف موظفيها", *body)))
    assert story.quotes == ()


def test_the_decks_quotation_is_found_once() -> None:
    deck = "وزير النقل سامي حداد يؤكد أن «الطريق سيفتح الأسبوع المقبل» بعد أشهر من العمل"
    lead = "أعلنت الحكومة اليوم خطة جديدة للنقل العام تشمل خطوط حافلات وقطارات في العاصمة."
    story = segment(Article("t", (HEADLINE, deck, lead, "وأضاف أن العمل مستمر.")))
    assert [(q.speaker, q.text) for q in story.quotes] == [
        ("سامي حداد", "الطريق سيفتح الأسبوع المقبل")
    ]
    again = "وقال حداد للصحفيين: «الطريق سيفتح الأسبوع المقبل»."
    story = segment(Article("t", (HEADLINE, deck, lead, again)))
    assert [q.text for q in story.quotes] == ["الطريق سيفتح الأسبوع المقبل"]


def test_a_quotation_left_open_does_not_take_the_next_paragraphs_own_opening_mark() -> None:
    assert found(
        'وقال الوزير سامي حداد:" الطرق ستفتح تباعا في كل المحافظات الجنوبية',
        'وأضاف: " العمل مستمر ليلا ونهارا حتى نهاية الشهر".',
    ) == [
        ("سامي حداد", "الطرق ستفتح تباعا في كل المحافظات الجنوبية"),
        ("سامي حداد", "العمل مستمر ليلا ونهارا حتى نهاية الشهر"),
    ]
    # a quotation that the next paragraph closes still runs on
    quotes = find_quotes(['وقال الوزير سامي حداد: "الطرق ستفتح تباعا', 'في كل المحافظات".'])
    assert [q.text for q in quotes] == ["الطرق ستفتح تباعا\nفي كل المحافظات"]


def test_a_padded_mark_glued_to_the_word_before_opens() -> None:
    assert found('وقال المحافظ سامي حداد" إن الطرق ستفتح الأسبوع المقبل" في كلمة متلفزة.') == [
        ("سامي حداد", "إن الطرق ستفتح الأسبوع المقبل")
    ]


def test_a_right_shaped_mark_glued_between_two_words_opens_when_one_closes_it() -> None:
    assert found("وقال الوزير سامي حداد”الطرق ستفتح تباعا في كل المحافظات”.") == [
        ("سامي حداد", "الطرق ستفتح تباعا في كل المحافظات")
    ]


def test_the_object_of_a_headline_verb_is_never_the_speaker() -> None:
    body = ("فاز فريق الشروق على ضيفه النهضة بهدفين نظيفين في الجولة العاشرة.",)
    story = segment(Article("t", ("العبيدي يحذر أندية الدوري: «من لا يستعد يخسر البطولة»", *body)))
    assert [(q.speaker, q.text) for q in story.quotes] == [(None, "من لا يستعد يخسر البطولة")]


def test_one_word_in_marks_after_abr_is_a_medium_not_a_quote() -> None:
    assert (
        found(
            'وقالت وزيرة الثقافة ليلى منصور، في رسالة نشرتها عبر "فيسبوك" ليلة الجمعة، إن المهرجان'
            " سيقام في موعده.",
            "وأوضح المتحدث باسم البلدية عبر «واتساب» أن المياه ستعود مساء.",
        )
        == []
    )
    assert found('وكتب النائب فادي حمدان عبر حسابه: "لن نقبل بتأجيل الانتخابات مرة أخرى".') == [
        ("فادي حمدان", "لن نقبل بتأجيل الانتخابات مرة أخرى")
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "وأوضح المدير أن «أطباء بلا حدود» تدير المستشفى منذ عامين.",
        "وقال المدرب إن «أسود الأطلس» قدموا مباراة كبيرة.",
        "وأكد المتحدث أن «حماس» وافقت على المقترح.",
        "وأوضح أن «الهلال» تعاقد مع مدرب جديد.",
        # names listed, with no speech verb before them
        "ومن أبرز المرشحين: «جاد الحلو» و«ريان صعب» و«تيمور».",
        "وضمت القائمة: «جاد الحلو»، «ريان صعب»، «نزار قاسم».",
        "وأعلنت الهيئة أسماء الفائزين وهم «جاد الحلو» و«ريان صعب» و«نزار قاسم».",
    ],
)
def test_names_in_marks_as_a_subject_or_a_list_are_no_quote(paragraph: str) -> None:
    assert found(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ("وأكد الوزير سامي حداد أن «لا تراجع» عن القرار.", "لا تراجع"),  # speech opens so
        ("وقال الوزير سامي حداد إن «الفريق قدم مباراة كبيرة».", "الفريق قدم مباراة كبيرة"),
        ("وقال الوزير سامي حداد: «سنبني» و«سنعمر».", "سنبني"),  # a speaker's words listed
    ],
)
def test_speech_after_anna_or_a_speech_verb_stays_a_quote(paragraph: str, text: str) -> None:
    assert text in [t for _, t in found(paragraph)]


# Single marks are read as no quotation at all: on 80 unseen real articles, pairing them (even
# four words and more only) added non-speech items and found no quotation the annotators marked.
@pytest.mark.parametrize(
    ("paragraph", "quotes"),
    [
        ("وقال الوزير سامي حداد 'سنواصل العمل حتى النهاية'.", []),
        ("وقالت الوزيرة هدى سالم: ‘الحافلات تصل في الربيع المقبل’ ثم غادرت.", []),
        ("وانضمت الدولة إلى 'ناتو' في العام الماضي.", []),
        ("وبلغ طول الشاشة 85' في القاعة، وقال المخرج إن العرض ناجح.", []),
        # single marks inside double ones stay part of the outer quotation
        (
            "وقال الوزير سامي حداد: «انضمامنا إلى 'ناتو' قرار نهائي».",
            [("سامي حداد", "انضمامنا إلى 'ناتو' قرار نهائي")],
        ),
    ],
)
def test_single_marks_are_no_quotation(paragraph: str, quotes: list[tuple[str, str]]) -> None:
    assert found(paragraph) == quotes


@pytest.mark.parametrize(
    "headline",
    [
        "وزير المالية: 'لا ضرائب جديدة هذا العام'",
        "وزير المالية سامي حداد ‘لا ضرائب جديدة هذا العام’",  # a title and a name, no colon
    ],
)
def test_a_headline_in_single_marks_gives_no_quote(headline: str) -> None:
    body = ("قال وزير المالية سامي حداد إن الموازنة تسير وفق الخطة.", "ويبدأ العام المالي قريبا.")
    story = segment(Article("t", (headline, *body)))
    assert story.quotes == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        'وشارك في مهرجان "السينما الجديدة، وقال المخرج سامي حداد: "الفيلم رسالة حب للمدينة".',
        "وحضر العرض جمهور «كبير، وقال المخرج سامي حداد: «الفيلم رسالة حب للمدينة».",
        "وشارك ”فريق المدينة في البطولة، وقال المخرج سامي حداد: ”الفيلم رسالة حب للمدينة”.",
    ],
)
def test_a_stray_mark_earlier_in_the_paragraph_does_not_swallow_the_quote(paragraph: str) -> None:
    assert found(paragraph) == [("سامي حداد", "الفيلم رسالة حب للمدينة")]


def test_a_stray_mark_before_two_introduced_quotes_leaves_both_whole() -> None:
    assert found(
        "وحضر «الجمهور بكثافة. وقال المدرب سامي حداد: «نحن جاهزون للمباراة»، وأضاف: «سنفوز»."
    ) == [("سامي حداد", "نحن جاهزون للمباراة"), ("سامي حداد", "سنفوز")]


def test_a_quotation_left_open_after_its_verb_still_runs_to_the_next_speaker() -> None:
    quotes = found('وقال الوزير سامي حداد: "الخطة جاهزة للتنفيذ. وأضاف: "سنبدأ العمل غدا".')
    assert [text for _, text in quotes] == ["الخطة جاهزة للتنفيذ.", "سنبدأ العمل غدا"]


# Names in marks that glossed a title, a publication, a post or a storm (set R1, kinds
# F1-F5): no quote, and the speech beside them keeps its speaker.
@pytest.mark.parametrize(
    ("paragraphs", "quotes"),
    [
        (  # a name and an age in marks after the title, then the speech after a comma
            (
                "بدأ العرض مساء الجمعة في قاعة المدينة.",
                'وقال المهندس في الشركة "كريم الساعدي، 52 عاما"، "سمعنا الانفجار من بعيد ثم'
                ' هرعنا إلى الخارج".',
            ),
            [("كريم الساعدي", "سمعنا الانفجار من بعيد ثم هرعنا إلى الخارج")],
        ),
        (
            ('وقال مدير المسرح "كريم الساعدي (52 عاما)" إن العرض توقف فجأة.',),
            [],
        ),
        (  # the outlet that published a report
            (
                "وعلقت الوزيرة على تقرير «نيويورك تايمز»، قائلة إن «هذا الكلام لا أساس له من"
                " الصحة».",
            ),
            [("الوزيرة", "هذا الكلام لا أساس له من الصحة")],
        ),
        (
            ("ورد النائب على تسريبات «الغد» بالقول: «هذه أكاذيب».",),
            [("النائب", "هذه أكاذيب")],
        ),
        (  # the medium of a post, the speaker carried from the sentence before
            (
                "هنأ المحافظ سامي حداد المنتخب الوطني بالفوز.",
                "وقال في تدوينة على “فيسبوك”، “نتمنى للمنتخب التوفيق في الدور النهائي”.",
            ),
            [("سامي حداد", "نتمنى للمنتخب التوفيق في الدور النهائي")],
        ),
        (  # the name of a title's holder, the sentence going on
            ("استقبل وزير الخارجية “كريم العلوي” نظيره الفرنسي في مقر الوزارة صباح اليوم.",),
            [],
        ),
        (
            ("أنهى رئيس الحكومة “منصف عادل” مداخلته الأخيرة في جلسة المساءلة بأسئلة.",),
            [],
        ),
        (
            ("وقال رئيس الحكومة “منصف عادل” في ختام الجلسة إن الميزانية جاهزة.",),
            [],
        ),
        (  # a storm's name after its class noun
            ('وكيف مرت تجربته مع إعصار "ألبرتو" في القرية.',),
            [],
        ),
        (
            ('ضربت عاصفة "ميرا" السواحل الشرقية، وقال رئيس البلدية إن الأضرار كبيرة.',),
            [],
        ),
    ],
)
def test_names_glossing_a_title_a_publication_a_post_or_a_storm_are_no_quote(
    paragraphs: tuple[str, ...], quotes: list[tuple[str, str]]
) -> None:
    assert found(*paragraphs) == quotes


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ("وقال رئيس الحكومة “سنعمل معا” في ختام الجلسة المسائية أمس.", "سنعمل معا"),
        ("وقال التقرير «إن الحكومة فشلت في حماية المدنيين».", "إن الحكومة فشلت في حماية المدنيين"),
        ("وكتب الوزير على “فيسبوك”: “لن نتخلى عن أهلنا في الجنوب”.", "لن نتخلى عن أهلنا في الجنوب"),
        ("ختم الوزير “لن نتراجع عن الإصلاح” ثم غادر القاعة.", "لن نتراجع عن الإصلاح"),
    ],
)
def test_speech_right_after_a_title_or_a_report_stays_a_quote(paragraph: str, text: str) -> None:
    assert text in [t for _, t in found(paragraph)]


@pytest.mark.parametrize("marks", ["””…”", "““…”"])
def test_a_doubled_opening_mark_opens_one_quotation(marks: str) -> None:
    """Set R1 kind M3: 'قائلا””…”' gave no quote at all."""
    words = "سأترك الإدارة اليومية لكن سأبقى قريبا من الفريق"
    quoted = marks.replace("…", words)
    paragraph = f"وأوضح رئيس النادي سامي حداد أن لقاء سيعقد قريبا قائلا{quoted}."
    assert found(paragraph) == [("سامي حداد", words)]
    # a mark that closes one quotation glued to one that opens the next stays a close
    spans = find_spans('وقال الوزير سامي حداد "لن نتراجع أبدا""مهما حدث" ثم غادر.')
    assert spans[0].text == "لن نتراجع أبدا"


def test_a_last_quotation_cut_off_with_the_page_is_still_a_quote() -> None:
    """Set R1 kind M2: a short last line, its quotation never closed, was read as a
    subheading and lost."""
    lines = (
        "وقالت مديرة الجمعية، هدى سالم: «سنواصل توزيع المساعدات في كل الأحياء».",
        'وأضافت سالم: "سنبقى نعمل مهما ح',
    )
    story = segment(Article("t", (HEADLINE, *lines)))
    assert [(q.speaker, q.text) for q in story.quotes][-1] == ("هدى سالم", "سنبقى نعمل مهما ح")
    # a short subheading with no stop still heads its section
    story = segment(Article("t", (HEADLINE, lines[0], "خطة الأحياء الجديدة", lines[0])))
    assert [s.title for s in story.sections] == [None, "خطة الأحياء الجديدة"]


def test_a_title_after_its_colon_is_no_speech() -> None:
    # "تحت عنوان:", "بشعار:": the colon introduces a title, not what someone said
    titled = "نشر الوزير سامي داود تسجيلا مصورا تحت عنوان: ” نهاية الحرب قريبة”، مساء أمس."
    slogan = "وأطلقت الوزارة حملتها بشعار: «صحتك أولا وأخيرا»."
    assert find_quotes([titled]) == [] and find_quotes([slogan]) == []
    said = "وقال الوزير سامي داود في كلمته: «سنبدأ العمل غدا»."
    assert [q.speaker for q in find_quotes([said])] == ["سامي داود"]


def test_a_name_of_four_words_after_fi_is_no_speech() -> None:
    # 'المتهمين في "قضية سرقة البنك المركزي"': what في governs is named, not said
    named = 'وقال المحامي سامي داود، دفاع المتهمين في "قضية سرقة البنك المركزي"، إن موكله بريء.'
    assert find_quotes([named]) == []
