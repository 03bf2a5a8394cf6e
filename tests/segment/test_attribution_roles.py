"""The role a speaker is introduced with on air is the title the article gives, never a word
that only looks like one. Original sentences."""

from __future__ import annotations

from briefing.segment.quotes import find_quotes


def roles(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes(list(paragraphs))]


def test_the_title_after_a_verb_that_is_no_speech_verb_is_kept() -> None:
    assert roles(
        "رفع الملياردير الهندي رام كومار دعوى على الشركة.",
        "«سأربح هذه القضية»، قال كومار.",
    ) == [("رام كومار", "الملياردير الهندي")]


def test_a_rank_word_as_the_genitive_of_a_construct_title_is_no_role() -> None:
    # الفريق is the team here, not the rank "lieutenant general"
    assert roles(
        "أصيب ظهير أيمن الفريق كوستاس فيطح في التدريب.",
        "وقال فيطح: «سأعود قريبا».",
    ) == [("كوستاس فيطح", None)]


def test_a_title_in_construct_is_the_role_of_the_name_after_it() -> None:
    assert roles("وقال حارس مرمى الفريق ميلان كوفاتش: «الدفاع ارتكب أخطاء».") == [
        ("ميلان كوفاتش", "حارس مرمى الفريق")
    ]


def test_a_role_in_apposition_replaces_nothing_of_the_name() -> None:
    assert roles("وقال الدكتور ناصر عبد الحميد، وزير التعليم العالي، إن «الجامعات جاهزة».") == [
        ("ناصر عبد الحميد", "وزير التعليم العالي")
    ]


def test_the_outlet_told_is_no_part_of_a_role() -> None:
    assert roles(
        "قالت سلمى ناصر، مديرة المنظمة في البلاد لـBBC، إن الوضع صعب.",
        "وأضافت: «نحتاج إلى مساعدات عاجلة».",
    ) == [("سلمى ناصر", "مديرة المنظمة في البلاد")]


def test_a_long_title_chain_gives_the_title_right_before_the_name_less_its_aside() -> None:
    assert roles(
        "وقال العضو في مجلس «المصرف»، رئيس مجلس الإدارة والمدير العام لمجموعة النقل"
        " - الشريك الأكبر في الصفقة - نادر سليم: «الصفقة تكتمل في الربيع»."
    ) == [("نادر سليم", "رئيس مجلس الإدارة والمدير العام لمجموعة النقل")]


def test_a_name_and_its_title_without_a_comma_keep_the_title_as_the_role() -> None:
    assert roles(
        "تحدث رامي عدنان مدرب الفريق عن الموسم.",
        "وقال مدرب الفريق: «نحتاج إلى مهاجم».",
    ) == [("رامي عدنان", "مدرب الفريق")]


def test_a_description_ends_where_how_it_spoke_begins() -> None:
    assert roles("وقال مسؤول في الوزارة في تصريحات خاصة أدلى بها للصحيفة: «العمل مستمر».") == [
        ("مسؤول في الوزارة", None)
    ]
    # a second prepositional phrase that is no statement noun is still the description's
    assert roles("وقال مسؤول في الوزارة في العاصمة: «العمل مستمر».") == [
        ("مسؤول في الوزارة في العاصمة", None)
    ]


def test_a_description_that_goes_on_to_give_the_name_is_the_role() -> None:
    assert roles("وقال رجل من سكان الحي ويدعى علي حسن: «الماء مقطوع».") == [
        ("علي حسن", "رجل من سكان الحي")
    ]


def test_an_interviewer_who_asks_a_titled_person_is_no_part_of_their_role() -> None:
    assert roles("سألت مذيعة الوزيرة هدى سالم عن الموازنة، فقالت: «لا عجز هذا العام».") == [
        ("هدى سالم", "الوزيرة")
    ]
    assert roles(
        "وسألت مذيعة الوزيرة هدى سالم: «هل سترتفع الضرائب؟»", "فقالت الوزيرة: «لا، لن ترتفع»."
    ) == [("مذيعة", None), ("هدى سالم", "الوزيرة")]
    # a title in construct with another is one person's: the president's adviser asks
    assert roles("وسأل مستشار الرئيس سامر داود: «متى تبدأ الخطة؟»") == [
        ("سامر داود", "مستشار الرئيس")
    ]
