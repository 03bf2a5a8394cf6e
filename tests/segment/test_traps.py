"""One short original fixture per trap class of the development corpus."""

from __future__ import annotations

from briefing.model import Article, Story
from briefing.segment import segment
from briefing.segment.quotes import find_spans

HEADLINE = "الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب"


def story(*lines: str, title: str | None = None) -> Story:
    return segment(Article("t", lines, title=title))


def quotes(*paragraphs: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in story(HEADLINE, *paragraphs).quotes]


def test_section_line_headline_subheadings_and_comment_footer() -> None:
    s = story(
        "اقتصاد",
        HEADLINE,
        "أعلنت الحكومة، أمس، خطة لدعم المزارعين في الجنوب بقيمة كبيرة.",
        "تفاصيل الخطة",
        "وتشمل الخطة قروضا ميسرة وبذورا محسنة لموسمين متتاليين.",
        "تابعونا على",
        "اترك تعليقاً",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "إلغاء الرد",
    )
    assert (s.category, s.headline) == ("اقتصاد", HEADLINE)
    assert [sec.title for sec in s.sections] == [None, "تفاصيل الخطة"]
    assert len(s.dropped) == 4


def test_every_quotation_style() -> None:
    spans = find_spans(
        'قال «أولا هنا» ثم “ثانيا هنا” ثم "ثالثا هنا" ثم ”رابعا هنا” ثم :" "خامسا هنا ".'
    )
    assert [s.text for s in spans] == [
        "أولا هنا",
        "ثانيا هنا",
        "ثالثا هنا",
        "رابعا هنا",
        "خامسا هنا",
    ]
    (unclosed,) = find_spans("ووصف النائب القرار بأنه «خطوة متأخرة جدا.")
    assert unclosed.text == "خطوة متأخرة جدا."


def test_period_inside_the_closing_mark_is_kept() -> None:
    found = quotes('وقالت الوزيرة هدى سالم "نحن مستعدون لكل الاحتمالات."')
    assert found == [("هدى سالم", "نحن مستعدون لكل الاحتمالات.")]


def test_names_titles_glosses_and_scare_quotes_are_not_speech() -> None:
    found = quotes(
        "ونقلت وكالة “الأنباء الوطنية” عن مصادر أن بعثة “السلام” ستصل غدا.",
        "وأكد بيان لـ«الهيئة» أن حركة “النهضة” قبلت بالعرض.",
        "وقالت متحدثة باسم منظمة الصحة العالمية “الصحة” إن الوضع مستقر.",
        "وأعلنت الشركة أن «الخط السريع» سيبدأ العمل الشهر المقبل.",
    )
    assert found == []


def test_vso_svo_and_carry_over() -> None:
    found = quotes(
        "وقال وزير الزراعة الدكتور كمال يوسف الحداد في مؤتمر صحفي “سنوزع البذور قبل الموسم”.",
        "وأضاف “لن نترك أي مزارع دون دعم”.",
        "النقابة الزراعية مضت موضحة “الخطة جيدة لكنها تحتاج إلى رقابة صارمة”.",
        "قبل أن تضيف “سنراقب التوزيع في كل قرية بأنفسنا”.",
    )
    assert found == [
        ("كمال يوسف الحداد", "سنوزع البذور قبل الموسم"),
        ("كمال يوسف الحداد", "لن نترك أي مزارع دون دعم"),
        ("النقابة الزراعية", "الخطة جيدة لكنها تحتاج إلى رقابة صارمة"),
        ("النقابة الزراعية", "سنراقب التوزيع في كل قرية بأنفسنا"),
    ]


def test_back_reference_and_fullest_form_of_a_name() -> None:
    found = quotes(
        "وقال رئيس اللجنة المالية فؤاد منير العلي إن الميزانية تكفي.",
        "وأكد مسؤول حكومي رفيع، أمس، أن التمويل متوفر.",
        "وقال المصدر الذي طلب عدم ذكر اسمه “الأموال جاهزة منذ أسابيع”.",
        "وقال العلي “سنراجع الأرقام كل ثلاثة أشهر”.",
    )
    assert found == [
        ("مسؤول حكومي رفيع", "الأموال جاهزة منذ أسابيع"),
        ("فؤاد منير العلي", "سنراجع الأرقام كل ثلاثة أشهر"),
    ]


def test_unknown_speaker_is_null() -> None:
    assert quotes("“لا أحد يعرف متى تنتهي هذه الأزمة الطويلة” عبارة تتكرر في الشوارع.") == [
        (None, "لا أحد يعرف متى تنتهي هذه الأزمة الطويلة")
    ]


def test_wire_format_dateline_and_leftovers() -> None:
    s = story(
        "عام / " + HEADLINE,
        "الرياض 3 رجب 1446 هـ الموافق 3 يناير 2025 م واس",
        "أعلنت الحكومة خطة لدعم المزارعين تشمل قروضا ميسرة للموسم المقبل.",
        "// انتهى //",
        "10:15 ت م",
        "Next Previous",
    )
    assert s.category == "عام"
    assert s.dateline.startswith("الرياض 3 رجب")
    assert s.summary[0].startswith("أعلنت الحكومة")
    assert s.dropped == ("// انتهى //", "10:15 ت م", "Next Previous")


def test_footer_glued_to_the_last_paragraph_is_cut() -> None:
    s = story(
        HEADLINE, "وتبدأ الخطة الشهر المقبل في خمس محافظات. رابط الخبر بصحيفة المثال: " + HEADLINE
    )
    assert s.sections[0].paragraphs == ("وتبدأ الخطة الشهر المقبل في خمس محافظات.",)
    assert s.dropped[0].startswith("رابط الخبر")


def test_lead_dateline_and_abbreviations_in_the_summary() -> None:
    s = story(
        HEADLINE,
        "عمّان، الأردن (المثال) -- وقعت شركتا بي. إم ودي. إف اتفاقا لتوريد الأسمدة بقيمة 2.5 مليون.",
        "وقال المدير جون إيه. سميث إن التوريد يبدأ فورا.. دون تأخير. وانتهى الاجتماع مساء.",
    )
    assert s.dateline == "عمّان، الأردن (المثال) --"
    assert s.summary[0].startswith("وقعت شركتا بي. إم ودي. إف اتفاقا")
    assert s.summary[1] == "وقال المدير جون إيه. سميث إن التوريد يبدأ فورا.. دون تأخير."


def test_summary_skips_repeats_and_respects_length() -> None:
    s = story(
        HEADLINE,
        "أعلنت الحكومة خطة جديدة لدعم المزارعين في الجنوب.",
        "أعلنت الحكومة خطة جديدة لدعم المزارعين في الجنوب اليوم.",
        "وتشمل الخطة قروضا ميسرة وبذورا محسنة.",
    )
    assert s.summary == (
        "أعلنت الحكومة خطة جديدة لدعم المزارعين في الجنوب.",
        "وتشمل الخطة قروضا ميسرة وبذورا محسنة.",
    )


def test_segment_command_on_a_feed_item() -> None:
    import json

    from tests.cli_runner import invoke
    from tests.conftest import FIXTURES

    feed = str(FIXTURES / "ingest" / "feed.rss")
    result = invoke("segment", feed, "--item", "1", "--json")
    document = json.loads(result.stdout)
    assert list(document) == ["category", "headline", "summary", "quotes", "sections", "dropped"]
    assert document["quotes"] == [
        {
            "speaker": "سلمى خليل الحسن",
            "text": "نريد أن يجد الطلاب مكانا هادئا للدراسة في كل وقت",
            "kind": "full",  # the contract's keys, extended: kind, role, speaker_kind, evidence
            "role": "مديرة المكتبة",
            "speaker_kind": "person",
            "evidence": "verb subject",
        }
    ]
    for unshaped in (["--no-shape", "segment", feed], ["--shape", "segment", feed, "--raw"]):
        view = invoke(*unshaped, "--item", "2")
        assert "انطلاق مهرجان الزيتون" in view.stdout  # logical order, unshaped
    missing = invoke("segment", feed, "--item", "3")
    assert missing.exit_code == 1 and "holds 2" in missing.stderr


def test_a_quote_running_on_past_a_dropped_line_keeps_only_what_is_written_together() -> None:
    found = story(
        HEADLINE,
        "أعلنت الحكومة، أمس، خطة لدعم المزارعين في الجنوب بقيمة كبيرة.",
        "وقال وزير الزراعة سامر الخطيب: «سنصرف الدفعة الأولى هذا الشهر، وسنتابع التنفيذ",
        "اقرأ أيضا: أسعار القمح ترتفع في الأسواق",
        "بأنفسنا في كل قرية».",
    ).quotes
    article = "\n".join(
        [HEADLINE, "اقرأ أيضا: أسعار القمح ترتفع في الأسواق", "بأنفسنا في كل قرية»."]
    )
    assert found, "the quote is still found"
    for quote in found:
        assert "\n" not in quote.text or quote.text in article
    assert found[0].text.startswith("سنصرف الدفعة الأولى")
