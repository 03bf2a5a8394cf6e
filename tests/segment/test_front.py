"""The front of a story: bylines never open the summary, a text that opens on its lead gets a
headline drawn from it, and an interview's questions are never the summary."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from briefing.ingest import read_article
from briefing.model import Article, Story
from briefing.segment import segment
from briefing.segment.headlines import headline_from_lead, is_paragraph
from cli import main
from tests.conftest import FIXTURES

FRONT = FIXTURES / "front"
HEADLINE = "الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب"
LEAD = "أعلنت الحكومة، أمس، خطة لدعم المزارعين في الجنوب تشمل قروضا ميسرة وبذورا محسنة."
NEXT = "وتبدأ الخطة في خمس محافظات مطلع الشهر المقبل، على أن تشمل البقية في العام التالي."


def story(*lines: str) -> Story:
    return segment(Article("t", lines))


def segment_json(path: str) -> dict:
    result = CliRunner().invoke(main, ["segment", str(FRONT / path), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize(
    ("byline", "glued"),
    [
        ("كتب - حسن علي الزين- الواحة:", True),
        ("ليلى حسن- الوادي- الشمال :", True),
        ("الرياض - واس:", True),
        ("سلمى الراشد – أخبار الواحة", False),  # name – outlet, on its own line
        ("كتب: سامر الحلبي", False),
        ("المدينة- وكالة المثال:", False),  # city- outlet: on a line of its own
        ("الرياض - واس:", False),
        ("القاهرة - وليد شاكر - كتب-أيمن رزق:", False),  # a double byline, the writer glued
        ("وليد شاكر - القاهرة - كتبت-هدى رزق:", True),
        ("ABC _ #الواحة :", True),  # an agency's code and a hashtag city
        ("XYZ| #المدينة:", True),
        ("كتب - حسن علي الزين", True),  # no colon: the lead's verb ends the name
        ("بقلم سلمى الراشد", True),
        ("كتبت– ليلى حسن", True),
        ("المحرر: سامر الحلبي", True),
        ("بقلم الكاتب سلمى الراشد", False),  # a title and a name: the writer, no caption
    ],
)
def test_a_byline_never_opens_the_summary(byline: str, glued: bool) -> None:
    lines = (HEADLINE, f"{byline} {LEAD}", NEXT) if glued else (HEADLINE, byline, LEAD, NEXT)
    s = story(*lines)
    assert s.summary[0] == LEAD
    assert s.byline == byline
    assert all(byline not in sentence for sentence in s.summary)


@pytest.mark.parametrize(
    "dateline",
    [
        "(المثال)--",
        "(المثال) -",
        "عمّان، الأردن (المثال) --",
        "واشنطن -",
        "الرياض - وكالة المثال -",
        "(خاص)",  # a credit in brackets alone
        "الواحة - أ ب ت",  # an agency's initials spaced letter by letter
        "الواحة- أ ب ت",
        "الرياض - واس",  # a wire service's short name
        "الواحة - خاص",  # the desk
        "الأحد 12 مايو 2024",  # a date, a weekday at most before it
        "سلمى الراشد - الواحة - 12 مايو 2024",  # a writer, the place, the date
        "الواحة في 12 مايو /أ ب ت/",  # a wire service's own dateline
        "الواحة-",
    ],
)
def test_a_dateline_glued_to_the_lead_is_kept_apart(dateline: str) -> None:
    s = story(HEADLINE, f"{dateline} {LEAD}", NEXT)
    assert (s.summary[0], s.dateline) == (LEAD, dateline)


@pytest.mark.parametrize(
    "lead",
    [
        # a dash set aside after the subject is no dateline
        "الحكومة - التي تواجه أزمة في الجنوب - أعلنت خطة لدعم المزارعين هناك.",
        "الوزير - في تصريح للصحفيين - قال إن الخطة تبدأ الشهر المقبل في الجنوب.",
        # the lead's own verb of writing is no byline
        "كتب الوزير سامي حداد تغريدة قال فيها إن الخطة تبدأ الشهر المقبل في الجنوب.",
        "كتبت الصحيفة في افتتاحيتها أن الخطة جاءت متأخرة عن موعدها بعام كامل.",
        # a date after a preposition is the lead's own
        "في 12 مايو 2024 أعلنت الحكومة خطة لدعم المزارعين في الجنوب.",
    ],
)
def test_a_lead_like_a_byline_or_dateline_is_kept_whole(lead: str) -> None:
    s = story(HEADLINE, lead, NEXT)
    assert (s.summary[0], s.byline, s.dateline) == (lead, None, None)


def test_a_hyphenated_name_or_a_speaker_colon_is_not_a_byline() -> None:
    s = story(HEADLINE, "تشونج مون-جون: لن أنسحب من السباق مهما كانت الضغوط على حملتي الانتخابية.")
    assert s.summary[0].startswith("تشونج مون-جون:")
    assert s.byline is None


def test_the_glued_byline_fixture_through_the_command() -> None:
    document = segment_json("glued_byline.txt")
    assert document["headline"] == "تطعيم عشرة آلاف طالب ضد الإنفلونزا في أسبوع"
    assert document["summary"][0].startswith("أعلنت مديرية الصحة في الواحة")


def test_a_text_that_opens_on_its_lead_gets_a_headline_drawn_from_it() -> None:
    s = segment(read_article(FRONT / "lead_first_line.txt"))
    drawn = "أعلنت هيئة النقل في مدينة الواحة عن تشغيل خط حافلات سريع يربط المطار بوسط المدينة"
    assert s.headline == drawn
    assert len(s.headline.split()) <= 16
    # The lead stays the story's first paragraph, and opens the summary.
    assert s.sections[0].paragraphs[0].startswith("أعلنت هيئة النقل في مدينة الواحة، صباح اليوم")
    assert s.summary[0].startswith("أعلنت هيئة النقل في مدينة الواحة، صباح اليوم، عن تشغيل")
    assert s.summary[0].endswith("لا تتجاوز خمسة دنانير.")


def test_the_lead_first_line_fixture_through_the_command() -> None:
    document = segment_json("lead_first_line.txt")
    assert len(document["headline"].split()) <= 16
    assert len(document["sections"][0]["paragraphs"]) == 3


@pytest.mark.parametrize(
    ("line", "paragraph"),
    [
        (HEADLINE, False),
        # 15 words, a "Name: claim" headline; a headline may end on ".!"
        ("وزير الزراعة: توقيع اتفاق مع الجيران الشهر المقبل لتأمين حاجتنا من القمح لعام", False),
        ("المزارعون يحتفلون بالموسم.!", False),
        (LEAD + " " + NEXT, True),  # two sentences
        (" ".join([NEXT.rstrip(".")] * 3), True),  # over 30 words
        (
            "أعلنت الحكومة أمس خطة واسعة لدعم المزارعين في الجنوب تشمل قروضا ميسرة وبذورا محسنة"
            " لموسمين متتاليين.",
            True,  # 16 words or more, and a full stop
        ),
    ],
)
def test_paragraph_or_headline(line: str, paragraph: bool) -> None:
    assert is_paragraph(line) is paragraph


@pytest.mark.parametrize(
    ("lead", "headline"),
    [
        # Short enough: the first sentence, less its full stop and its comma-set time.
        (
            "أعلنت الحكومة، أمس، خطة لدعم المزارعين. وتبدأ الخطة غدا.",
            "أعلنت الحكومة خطة لدعم المزارعين",
        ),
        # Cut at the last clause boundary within 16 words.
        (
            "أطلقت وزارة الزراعة برنامجا لدعم صغار المزارعين في المحافظات الجنوبية، يشمل قروضا"
            " ميسرة وبذورا محسنة وأسمدة بأسعار مخفضة لموسمين متتاليين.",
            "أطلقت وزارة الزراعة برنامجا لدعم صغار المزارعين في المحافظات الجنوبية",
        ),
        # No clause boundary: before the last phrase that starts within 16 words.
        (
            "طعمت فرق الصحة أكثر من عشرة آلاف طالب ضد الإنفلونزا الموسمية في المدارس الحكومية"
            " خلال أسبوع واحد من انطلاق الحملة.",
            "طعمت فرق الصحة أكثر من عشرة آلاف طالب ضد الإنفلونزا الموسمية في المدارس الحكومية",
        ),
        # A quotation the cut would leave open loses its marks (too little stands before it).
        (
            "قال وزير المالية إن «الحكومة لن ترفع الضرائب على السلع الأساسية هذا العام مهما"
            " كانت الظروف الاقتصادية الصعبة» أمام البرلمان.",
            "قال وزير المالية إن الحكومة لن ترفع الضرائب",
        ),
        # ... or is left out when enough stands before it.
        (
            "قال وزير المالية أمام البرلمان في جلسته المسائية إن «الحكومة لن ترفع الضرائب على"
            " السلع الأساسية هذا العام».",
            "قال وزير المالية أمام البرلمان في جلسته المسائية إن",
        ),
    ],
)
def test_headline_from_lead(lead: str, headline: str) -> None:
    assert headline_from_lead(lead) == headline


def test_a_headline_drawn_from_a_lead_leaves_its_dateline_out() -> None:
    lead = "القاهرة (المثال) -- افتتحت الحكومة محطة كهرباء جديدة في الصعيد. " + NEXT
    s = story(lead, NEXT)
    assert s.headline == "افتتحت الحكومة محطة كهرباء جديدة في الصعيد"
    assert (s.dateline, s.summary[0]) == (
        "القاهرة (المثال) --",
        "افتتحت الحكومة محطة كهرباء جديدة في الصعيد.",
    )


def test_an_interview_in_question_answer_layout_is_summarized_by_its_introduction() -> None:
    s = segment(read_article(FRONT / "interview_qa.txt"))
    assert s.summary == (
        "التقت «أخبار الواحة» مدربة منتخب السيدات لكرة السلة هالة يوسف المصري قبل أيام من انطلاق"
        " البطولة القارية، وتحدثت عن استعدادات الفريق وطموحاته في المنافسة.",
    )
    paragraphs = [p for section in s.sections for p in section.paragraphs]
    assert len(paragraphs) == 7  # the questions and answers stay in the text


def test_the_interview_fixture_through_the_command() -> None:
    document = segment_json("interview_qa.txt")
    assert all(not sentence.endswith("؟") for sentence in document["summary"])
    assert not any("س:" in sentence or "ج:" in sentence for sentence in document["summary"])


def test_an_interview_with_no_introduction_has_no_summary_rather_than_its_questions() -> None:
    s = story(
        HEADLINE,
        "س: متى تبدأ الخطة في الوصول إلى المزارعين؟",
        "ج: نبدأ الشهر المقبل في خمس محافظات جنوبية.",
        "س: ومن يستفيد منها أولا؟",
        "ج: صغار المزارعين الذين يملكون أقل من عشرة دونمات.",
    )
    assert s.summary == ()


def test_a_question_never_opens_a_news_summary() -> None:
    s = story(HEADLINE, "هل تنجح الحكومة هذه المرة في إنقاذ موسم القمح؟", LEAD, NEXT)
    assert s.summary[0] == LEAD
    assert all(not sentence.endswith("؟") for sentence in s.summary)


def test_a_lead_whose_narration_introduces_a_question_is_kept() -> None:
    """Set R1 kind L3: a long lead that closed on the minister's quoted question was
    skipped as if it asked one; a question of the narrator's own is still left out."""
    lead = (
        "وردّ وزير الزراعة سامي حداد على النواب في جلسة المساءلة الأسبوعية بأسئلة متتالية،"
        " وتساءل في مداخلته قائلا: «هل نحن في بلد لا يزرع القمح؟»"
    )
    assert story(HEADLINE, lead, NEXT).summary[0] == lead
    asked = "وفي جلسة المساءلة الأسبوعية أمس بقي سؤال واحد: هل تنجح الخطة هذه المرة؟"
    assert story(HEADLINE, asked, LEAD, NEXT).summary[0] == LEAD


def test_a_feature_that_opens_on_questions_is_still_summarized() -> None:
    s = story(
        HEADLINE,
        "هل تنجح الحكومة هذه المرة في إنقاذ موسم القمح؟",
        LEAD,
        "وما الذي يضمن وصول القروض إلى صغار المزارعين؟",
        NEXT,
    )
    assert s.summary[:2] == (LEAD, NEXT)


def test_a_paragraph_of_speech_alone_is_never_read_as_the_narrators_words() -> None:
    # a coach's words under a label line, no verb: they are his, whoever the summary names
    said = "«خسرنا أمام فريق أفضل. سنتعلم من هذه المباراة»."
    s = story(HEADLINE, LEAD, said, NEXT)
    assert s.summary[:2] == (LEAD, NEXT)
    assert not any("خسرنا" in sentence or "سنتعلم" in sentence for sentence in s.summary)
    # ... while a story that opens on a quote still has its lead
    opening = story(HEADLINE, said, LEAD)
    assert opening.summary[0].startswith("«خسرنا")


def test_a_credit_glued_after_the_last_stop_is_the_byline() -> None:
    result = story(HEADLINE, LEAD + " " + NEXT + "(عمّان - الرأي اليوم)")
    assert result.byline == "(عمّان - الرأي اليوم)"
    assert "الرأي اليوم" not in " ".join(result.summary)


def test_sentences_glued_without_a_space_are_split() -> None:
    result = story(HEADLINE, LEAD[:-1] + "." + NEXT)
    assert result.summary[:2] == (LEAD, NEXT)


def test_a_quote_block_desk_line_is_a_dateline_not_the_lead() -> None:
    result = story(HEADLINE, "> الدوحة «الشرق» خاص :", "> " + LEAD, NEXT)
    assert result.summary[0] == LEAD
    assert result.byline == "الدوحة «الشرق» خاص :"


CAPTION = "سامر داود - رئيس نقابة المهندسين:"
PULLED = "لن نقبل بأي تعديل لا يحمي المهنة"
QUOTED = 'وقال سامر داود رئيس نقابة المهندسين: "لن نقبل بأي تعديل لا يحمي المهنة ولا حقوق أعضائها".'


@pytest.mark.parametrize("before_lead", [True, False])
def test_a_pull_quote_block_is_not_spoken(before_lead: bool) -> None:
    block = (CAPTION, PULLED)
    lines = (HEADLINE, *block, LEAD, QUOTED) if before_lead else (HEADLINE, LEAD, *block, QUOTED)
    s = story(*lines)
    assert not any(sentence.startswith(("سامر داود -", "رئيس", PULLED)) for sentence in s.summary)
    assert s.summary[0] == LEAD
    assert [(q.speaker, q.text[:10]) for q in s.quotes] == [("سامر داود", PULLED[:10])]


def test_a_colon_line_whose_words_no_quote_repeats_is_kept() -> None:
    said = "سنبدأ العمل في المحافظات الخمس مطلع الشهر المقبل بلا تأخير."
    s = story(HEADLINE, LEAD, "وقال الوزير في ختام كلمته أمام المزارعين:", said, NEXT)
    assert any("سنبدأ العمل" in sentence for sentence in (*s.summary, *(q.text for q in s.quotes)))


def test_a_short_headline_right_above_the_lead_is_the_headline_not_a_section() -> None:
    lead = LEAD.replace(".", "،") + " " + NEXT + " " + LEAD
    s = story("قروض للمزارعين", lead, NEXT)
    assert (s.headline, s.category) == ("قروض للمزارعين", None)
    s = story("اقتصاد", HEADLINE, lead, NEXT)  # a one-word section above the headline
    assert (s.headline, s.category) == (HEADLINE, "اقتصاد")


def test_a_name_and_claim_line_over_a_label_is_the_headline() -> None:
    s = story("النمري: جاهزون للموسم", "وزير الزراعة", LEAD, NEXT)
    assert s.headline == "النمري: جاهزون للموسم"


def test_a_page_title_with_the_sites_name_gives_way_to_its_clean_copy() -> None:
    s = story(HEADLINE + " – موقع إذاعة الواحة – الأردن", "إذاعة الواحة", HEADLINE, LEAD, NEXT)
    assert s.headline == HEADLINE
    assert s.summary[0] == LEAD
    # with no clean copy below, the title stays whole
    assert story(HEADLINE + " – موقع الواحة", LEAD, NEXT).headline.endswith("موقع الواحة")


@pytest.mark.parametrize("trail", ["الرئيسية /", "الرئيسية أخبار محلية", "صوت المدينة -"])
def test_a_breadcrumb_trail_glued_before_the_headline_gives_way_to_its_clean_copy(
    trail: str,
) -> None:
    s = story(f"{trail} {HEADLINE}", HEADLINE, LEAD, NEXT)
    assert s.headline == HEADLINE
    s = story(f"الرئيسية / {trail} / {HEADLINE}", HEADLINE, LEAD, NEXT)  # the slashes are no words
    assert s.headline == HEADLINE
    assert s.summary[0] == LEAD
    # the clean copy under the page's chrome, which boilerplate takes out as a repeat
    page = (f"{trail} {HEADLINE}", "آخر تحديث 03:23 | الثلاثاء 25 أكتوبر 2016", "إغلاق تصغير")
    assert story(*page, HEADLINE, LEAD, NEXT).headline == HEADLINE
    # a speaker's "Name:" before the claim is the headline's own, kept
    said = "الوزير: " + HEADLINE
    assert story(said, HEADLINE, LEAD, NEXT).headline == said
    # a longer line ending in the same words is no trail
    long = "وزير الزراعة في الحكومة الجديدة يقول إن " + HEADLINE
    assert story(long, HEADLINE, LEAD, NEXT).headline == long


@pytest.mark.parametrize(
    "label", ["أخبار سياسية", "أخبار عاجلة", "أرشيف الوسم : الزراعة", "ناشطة حقوقية:"]
)
def test_a_pages_section_archive_or_kicker_label_is_no_headline(label: str) -> None:
    s = story(label, HEADLINE, LEAD, NEXT)
    assert s.headline == HEADLINE
    assert s.summary[0] == LEAD


def test_a_kicker_cut_off_on_two_dots_gives_way_to_the_headline_under_it() -> None:
    kicker = "بعد شهرين من الجفاف.."
    said = "مزارعو الجنوب يطالبون بالدعم الآن"
    s = story("الأحد 5 مايو 2024", kicker, said, LEAD, NEXT)
    assert s.headline == said
    assert kicker not in s.summary
    # an ellipsis is a headline's own end, not a kicker's
    assert (
        story("الأحد 5 مايو 2024", HEADLINE + "...", said, LEAD, NEXT).headline == HEADLINE + "..."
    )


def test_a_papers_staff_lines_over_the_headline_are_no_headline_or_section() -> None:
    staff = ("الرئيس التنفيذي", "وسيم الحمادي", "رئيس التحرير", "نهى الشامي")
    short = "المزارعون يحتفون بموسم القمح"  # five words: no page headline to masthead_end
    s = story(*staff, short, LEAD, NEXT)
    assert (s.headline, s.category) == (short, None)
    assert s.summary[0] == LEAD


def test_a_short_line_over_a_headline_printed_twice_is_a_label() -> None:
    site = "موقع الواحة الجبهة الجنوبية"
    s = story(site, HEADLINE, HEADLINE, "07/01/2021 | 08:56", LEAD, NEXT)
    assert s.headline == HEADLINE
    assert site not in s.summary


def test_a_short_caption_with_no_stop_is_not_a_summary_sentence() -> None:
    caption = "وزير الزراعة يتفقد حقول القمح في الجنوب صباح اليوم"
    s = story(HEADLINE, LEAD, caption, NEXT, LEAD.replace("أمس", "اليوم"))
    assert caption not in s.summary
    assert s.summary[:2] == (LEAD, NEXT)
    # a site that leaves every stop out keeps its short paragraphs
    long_lead = LEAD.replace(".", "،") + " " + NEXT.rstrip(".")  # over 30 words, no stop
    assert caption in story(HEADLINE, long_lead, caption, NEXT.rstrip(".")).summary


@pytest.mark.parametrize(
    "stamp",
    ["الخميس 3 ماي 2024 - 18:40", "14 أغسطس 2025 | 09:05", "السبت 7 غشت 2023 - 11:30 "],
)
def test_a_date_and_time_stamp_glued_to_the_lead_never_opens_the_summary(stamp: str) -> None:
    lead = "أكد مدرب النادي كريم سعدي أن لاعبيه حسموا المباراة بالروح القتالية أمام منافس قوي."
    read = story(
        "مدرب النادي: لاعبونا حسموا المباراة", stamp + lead, "وأضاف أن الجمهور ساند الفريق."
    )
    assert read.summary[0] == lead
    assert read.dateline == stamp.strip()


# a page copied as text: the site's menus and editors' lines over the headline
MENUS = ("الرئيسية", "أخبار محلية", "رياضة", "صحيفة الوادي", "رئيس التحرير: سامي داود")


def test_a_copied_pages_masthead_is_dropped_and_its_headline_kept() -> None:
    copied = story(*MENUS, HEADLINE, "الأحد 12 مارس 2024 - 10:30", LEAD, NEXT)
    assert copied.headline == HEADLINE
    assert copied.summary[0] == LEAD
    assert all(line in copied.dropped for line in MENUS)
    # the headline over a short caption of the photo (a name) is still the one above it
    captioned = story(*MENUS, HEADLINE, "الوزير سامي داود", LEAD, NEXT)
    assert captioned.headline == HEADLINE
    skips = ("1. تخطي إلى المحتوى", "2. تخطي إلى القائمة الرئيسية", "3. تخطي إلى المزيد")
    assert story(*skips, HEADLINE, "٢٩ يونيو ٢٠١٧", LEAD, NEXT).headline == HEADLINE


@pytest.mark.parametrize(
    "front",
    [
        (HEADLINE, "كتب - حسن علي الزين", "الأحد 12 مارس 2024"),  # a story's own front
        ("محليات", HEADLINE, "الأحد 12 مارس 2024"),  # its section over it
        (HEADLINE, "حسن علي الزين", "مراسل الوادي في الشمال"),  # a byline in two lines
    ],
)
def test_a_story_that_opens_on_its_headline_keeps_it(front: tuple[str, ...]) -> None:
    heading = front[1] if front[0] == "محليات" else front[0]
    assert story(*front, LEAD, NEXT).headline == heading


def test_of_a_headline_and_its_deck_under_a_masthead_the_first_is_the_headline() -> None:
    deck = "وتبدأ الخطة في خمس محافظات مطلع الشهر المقبل وتشمل البقية لاحقا"
    copied = story(*MENUS, HEADLINE, deck, LEAD, NEXT)
    assert copied.headline == HEADLINE
