"""Site chrome inside and around the story: links to other stories ("قد يهمك"), teaser
headlines, tag lists glued to the last paragraph, photo captions. None of it is spoken, and
no sentence of the story is lost with it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from briefing.ingest import read_article, read_articles
from briefing.model import Article, Story
from briefing.segment import segment
from briefing.segment.boilerplate import is_caption
from cli import main
from tests.conftest import FIXTURES

TEASERS = FIXTURES / "front" / "chrome_teasers.txt"
HEADLINE = "الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب"
LEAD = "أعلنت الحكومة، أمس، خطة لدعم المزارعين في الجنوب تشمل قروضا ميسرة وبذورا محسنة."
LAST = "وتبدأ الخطة في خمس محافظات مطلع الشهر المقبل، على أن تشمل البقية في العام التالي."


def story(*lines: str) -> Story:
    return segment(Article("t", (HEADLINE, *lines)))


def paragraphs(s: Story) -> list[str]:
    return [p for section in s.sections for p in section.paragraphs]


def spoken(s: Story) -> str:
    """What the script reads of a story: headline, summary, quotes."""
    return "\n".join([s.headline, *s.summary, *(q.text for q in s.quotes)])


def test_the_fixture_keeps_its_five_paragraphs_and_drops_every_piece_of_chrome() -> None:
    s = segment(read_article(TEASERS))
    assert (s.category, s.headline) == ("محليات", "افتتاح أول مكتبة رقمية عامة في مدينة الواحة")
    assert s.byline == "سلمى الراشد – أخبار الواحة"
    assert [" ".join(p.split()[:3]) for p in paragraphs(s)] == [
        "افتتحت بلدية الواحة،",
        "وقال رئيس البلدية",
        "وتعمل المكتبة من",
        "ومن المقرر أن",
        "وأوضحت مديرة المكتبة",
    ]
    assert paragraphs(s)[3].endswith("قبل نهاية العام.")  # the glued link is cut off
    assert paragraphs(s)[4].endswith("بطاقة الإقامة في المدينة.")  # the glued tags too
    assert s.dropped == (
        "المكتبة من الداخل",  # a caption between the byline and the lead
        "قد يهمك| بلدية الواحة تعلن مواعيد جديدة لجمع النفايات",
        "الواحة تستعد لمهرجان الربيع.. عروض فنية وأسواق شعبية في الساحات",
        "قاعة القراءة الرئيسية في المكتبة الجديدة (أرشيفية)",
        "اقرأ أيضا: مدارس الواحة تبدأ العام الدراسي مبكرا",
        "طبيب الواحة: «الرياضة الصباحية تحمي القلب» في ندوة للمتقاعدين",
        "اقرأ أيضا:",
        "تكريم الفائزين في مسابقة الرسم المدرسية",
        "سوق الخضار ينتقل إلى موقعه الجديد",
        "سمات الواحة مكتبة رقمية ثقافة",
    )
    assert s.summary[0].startswith("افتتحت بلدية الواحة")
    assert [q.text for q in s.quotes] == ["نريد أن تصل المعرفة إلى كل بيت في الواحة"]


def test_segment_json_on_the_fixture() -> None:
    result = CliRunner().invoke(main, ["segment", str(TEASERS), "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["headline"] == "افتتاح أول مكتبة رقمية عامة في مدينة الواحة"
    assert document["summary"][0].startswith("افتتحت بلدية الواحة، صباح اليوم")
    assert "قد يهمك| بلدية الواحة تعلن مواعيد جديدة لجمع النفايات" in document["dropped"]
    said = " ".join(document["summary"] + [q["text"] for q in document["quotes"]])
    for line in document["dropped"]:
        assert line not in said
    kept = " ".join(p for s in document["sections"] for p in s["paragraphs"])
    assert "سمات" not in kept and "أرشيفية" not in kept and "قد يهمك" not in kept


_LINKS = (
    "قد يهمك| الأمطار تعود إلى المرتفعات الأسبوع المقبل",
    "قد يهمك أيضا: الأمطار تعود إلى المرتفعات الأسبوع المقبل",
    "اقرأ أيضاً.. الأمطار تعود إلى المرتفعات الأسبوع المقبل",
    "للمزيد - الأمطار تعود إلى المرتفعات الأسبوع المقبل",
    "شاهد أيضا: الأمطار تعود إلى المرتفعات",
    "أخبار متعلقة",
    "المصدر: وكالات",
    "بالفيديو.. لحظة وصول الأمطار إلى المرتفعات",
    "شاهد بالصور: حقول القمح بعد الأمطار",
)
_CAPTIONS = (
    "مزارعون في حقول القمح جنوب البلاد (أرشيفية)",
    "وزير الزراعة خلال المؤتمر الصحفي (رويترز)",
    "جانب من الحقول المتضررة (أ ف ب)",
    "صورة: حقول القمح في الجنوب",
    "مزارعون في حقول القمح جنوب البلاد / وكالة المثال",  # a credit after a slash
    "10.11.2025, وكالة المثال",  # a date stamp and the agency's credit
    "2025/11/10 14:30 - وكالة المثال",
    "مصدر الصورة Getty Images",
    "صورة أرشيفية",
    "صورة تعبيرية لحقول القمح في الجنوب.",
    "الصورة من حساب الوزارة على تويتر",  # where the photo comes from
    "حقول القمح في الجنوب (أرشيفية).",  # the credit before the stop
    "وزير الزراعة سامي حداد",  # a title and a name under a photo
    "وزيرة الزراعة هدى سالم خلال جولتها في الحقول.",
    "هذا المحتوى مقدم من شركة الحصاد",  # an advertiser's notice
    "محتوى مدفوع",
    "إعلان",
)
# The site calling on its reader, punctuated as a sentence.
_CALLS = (
    "لمتابعة آخر الأخبار اشترك في قناتنا على واتساب.",
    "حمّل تطبيق المثال على هاتفك.",
    "انضموا إلى قناتنا على تيليجرام.",
    "للاشتراك في النشرة اضغط هنا.",
    "نشر لأول مرة على موقع المثال.",
    "(تابع باقي تصريحات الوزير من هنا عن الخطة والبذور)",  # a link in brackets
    "إشترك في النسخة الرقمية لجريدة المثال",
)
# Story text that looks a little like chrome, and stays.
_STORY_LINES = (
    "وقال الوزير: إن التسجيل يبدأ غدا في كل البلديات وينتهي بعد شهر",  # speech, no full stop
    "وأضاف أن الخطة جاهزة.. وأن التنفيذ يبدأ غدا في كل البلديات",
    "وأكد المسؤول أن هذا الأمر قد يهمك إذا كنت تملك أرضا زراعية في الجنوب.",
    "وقال مزارع من الجنوب للصحفيين إن الخطة جاءت متأخرة (رويترز).",
    "وأضاف أن المزارعين في الجنوب ينتظرون الخطة منذ سنوات طويلة (رويترز)",
    "ويأمل المزارعون في الجنوب أن تصل القروض قبل موسم الزراعة المقبل بأسابيع كافية (أ ف ب)",
    "سمات الخطة الجديدة أنها تشمل كل المزارعين في المحافظات الجنوبية دون استثناء.",
    "وقالت الصور التي نشرتها الوزارة إن الحقول تضررت كثيرا هذا الموسم.",
    "للمزيد من الشفافية، ستنشر الوزارة أسماء المستفيدين على موقعها كل شهر.",
    "وقال الوزير إن الدعم يشمل القمح / الشعير في كل المحافظات.",  # a slash; a list item:
    "- توزيع البذور المحسنة على المزارعين في كل المحافظات الجنوبية خلال الشهر المقبل",
    # what someone did is a sentence, not a caption of them
    "وزيرة الزراعة هدى سالم تفتتح مركز البذور الجديد في الجنوب.",
    "وزير الزراعة أحمد حسن بحث مع المزارعين الخطة الجديدة.",
    "رئيس الوزراء يصل إلى الجنوب لتفقد الحقول المتضررة.",
    "صور من الحقول المتضررة انتشرت على مواقع التواصل خلال الأيام الماضية.",
    "المحتوى المحلي يمثل نصف الإنتاج الزراعي في الجنوب.",
    "انضم المزارعون إلى الجمعية بحسب حسابها على تويتر.",  # the story's past tense
    "لمتابعة تنفيذ الخطة، شكلت الحكومة لجنة من خمسة وزراء.",
    "(تابع الوزير جولته في الحقول حتى المساء.) وقال إن الموسم واعد.",
    "واشترك في الحملة أكثر من ألف مزارع من المحافظات الجنوبية.",
)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [(line, True) for line in _LINKS + _CAPTIONS + _CALLS]
    + [(line, False) for line in _STORY_LINES],
)
def test_links_and_captions_are_chrome_and_story_lines_like_them_are_not(
    line: str, chrome: bool
) -> None:
    s = story(LEAD, line, LAST)
    assert paragraphs(s) == ([LEAD, LAST] if chrome else [LEAD, line, LAST])
    assert s.dropped == ((line,) if chrome else ())


def test_a_link_glued_to_a_paragraph_takes_only_its_headline_with_it() -> None:
    glued = story(LEAD, LAST + " قد يهمك| الأمطار تعود إلى المرتفعات")
    assert paragraphs(glued) == [LEAD, LAST]
    # A link line that runs into a story sentence (the link has no full stop of its own): the
    # first sentence goes with it, the rest of the story stays.
    rest = "وقال وزير الزراعة إن التسجيل في الخطة يبدأ الأسبوع المقبل عبر البلديات."
    running = story(LEAD, "قد يهمك| الأمطار تعود إلى المرتفعات. " + rest, LAST)
    assert paragraphs(running) == [LEAD, rest, LAST]


def test_a_tag_list_glued_to_the_last_paragraph_is_cut_off() -> None:
    for tags in ("سمات الزراعة المزارعين الجنوب", "الوسوم: الزراعة، المزارعين", "Tags: الزراعة"):
        s = story(LEAD, LAST + " " + tags)
        assert paragraphs(s) == [LEAD, LAST], tags
        assert s.dropped == (tags,)


def test_a_short_line_between_headline_and_lead_is_a_caption_not_a_section() -> None:
    s = story("حقول القمح", LEAD, LAST)
    assert [section.title for section in s.sections] == [None]
    assert s.dropped == ("حقول القمح",)
    assert s.summary[0] == LEAD


def test_a_ticker_repeating_the_headline_is_dropped() -> None:
    s = story(LEAD, HEADLINE, LAST)
    assert paragraphs(s) == [LEAD, LAST]
    assert HEADLINE in s.dropped


def test_a_list_of_labelled_facts_is_not_a_run_of_teasers() -> None:
    facts = (
        "المكان: قاعة المؤتمرات الكبرى في مبنى البلدية القديم وسط المدينة",
        "الموعد: الخميس المقبل من الساعة العاشرة صباحا حتى الواحدة ظهرا",
    )
    s = story(LEAD, *facts, LAST)
    assert paragraphs(s) == [LEAD, *facts, LAST]
    assert s.dropped == ()


def test_a_subheading_stays_a_section_title() -> None:
    s = story(LEAD, "تفاصيل الخطة", LAST)
    assert [section.title for section in s.sections] == [None, "تفاصيل الخطة"]


@pytest.mark.parametrize(
    "headline",
    [
        "صور.. حقول القمح تغرق بعد الأمطار",
        "شاهد: لحظة افتتاح السد الجديد",
        "للمزيد: خطة الزراعة تصل إلى الجنوب",
        "بالفيديو.. لحظة افتتاح السد الجديد في الجنوب",
    ],
)
def test_a_headline_may_open_like_chrome(headline: str) -> None:
    s = segment(Article("t", (headline, LEAD, LAST)))
    assert s.headline == headline
    assert paragraphs(s) == [LEAD, LAST]


def test_a_wordpress_trailer_after_a_feed_item_is_cut() -> None:
    festival = read_articles(FIXTURES / "ingest" / "feed_excerpts.rss")[3]
    s = segment(festival)
    assert s.summary == (
        "يعود مهرجان الشعر الشعبي إلى مدينة الوادي بعد غياب دام خمس سنوات.",
        "ويشارك فيه ثلاثون شاعرا.",
    )
    assert s.dropped[0].startswith("ظهرت المقالة")


def test_an_archive_photo_caption_printed_again_and_again_is_dropped() -> None:
    caption = "افتتاح معرض الكتاب في قاعة المدينة - صورة أرشيفية"
    result = story(caption, caption, caption, LEAD, LAST)
    assert result.summary[0] == LEAD
    assert caption not in " ".join([*result.summary, *(q.text for q in result.quotes)])
    # a story line repeated once in the body is dropped, the first copy kept
    assert story(LEAD, LAST, LAST).summary == (LEAD, LAST)


def test_a_caption_printed_twice_before_its_photographers_credit_is_dropped() -> None:
    """Set R1 kind L1: the caption, its date and stop, a dashed photo kind, the same again,
    then "تصوير : NAME" on one line opened the summary."""
    shown = "افتتاح معرض الكتاب في قاعة المدينة، 3 مارس 2020. - صورة أرشيفية"
    caption = f"{shown} {shown} تصوير : سامر نعيم"
    result = story(caption, LEAD, LAST)
    assert result.summary[0] == LEAD
    assert "تصوير" not in spoken(result)
    # a story paragraph of two sentences that mentions a photo's kind is no caption
    line = f"{LEAD} وعرضت الوزارة صورا من الحقول - صورة أرشيفية - تصوير : سامر نعيم"
    assert not is_caption(line)


def test_a_sentence_that_ends_before_an_archive_word_is_no_caption() -> None:
    line = "وعرضت القناة صورا من الحفل. وكان ذلك في الأرشيف - أرشيف"
    assert "صورا من الحفل" in " ".join(story(LEAD, line).summary)


def test_the_headline_printed_again_in_the_body_is_never_a_paragraph() -> None:
    # under the date, in other marks, or with the speaker's name and colon before it
    for repeat in (f"«{HEADLINE}»", f"وزير الزراعة: {HEADLINE}", HEADLINE.replace(" ", "  ")):
        s = story("الثلاثاء 12 مارس 2024", repeat, LEAD, LAST)
        assert repeat in s.dropped
        assert paragraphs(s) == [LEAD, LAST]
        assert s.summary[0] == LEAD


def test_a_run_of_other_stories_headlines_after_the_text_is_dropped() -> None:
    teasers = (
        "«لن نتراجع عن القرار».. رئيس البلدية يرد على المحتجين",
        "وزير الصحة: الخطة جاهزة للتنفيذ",
        "الأمطار تعود.. والأرصاد تحذر من السيول",
    )
    quoted = "وقال الوزير: «سنبدأ بالمحافظات الأشد حاجة»"  # speech the site left unstopped
    s = story(LEAD, quoted, LAST, *teasers)
    assert paragraphs(s) == [LEAD, quoted, LAST]
    assert not any(teaser in spoken(s) for teaser in teasers)
    assert [q.text for q in s.quotes] == ["سنبدأ بالمحافظات الأشد حاجة"]


def test_bulleted_links_to_other_stories_are_dropped_and_their_quotes_not_read() -> None:
    links = ("- «لن نسكت بعد اليوم».. تحقيق صادم لصحيفة محلية!", "- الأمطار تعود.. والأرصاد تحذر")
    s = story(LEAD, LAST, *links, "تابعونا على الشبكات")
    assert paragraphs(s) == [LEAD, LAST]
    assert s.quotes == ()
    s = story(LEAD, links[0], LAST)  # inside the text too
    assert paragraphs(s) == [LEAD, LAST]


def test_another_stories_headline_before_the_lead_is_not_the_lead() -> None:
    other = "سامر حداد: تصريحات جديدة حول مستقبل المزارعين في الجنوب والمحافظات المجاورة لها"
    s = story("قروض ميسرة وبذور محسنة", other, LEAD, LAST)
    assert s.summary[0] == LEAD
    assert other in s.dropped


def test_a_links_label_and_the_bulleted_items_under_it_are_dropped() -> None:
    items = ("- جدل واسع بعد رسالة لاعب شهير إلى ناديه…", "- “السوق مغلق منذ أيام”.. تحقيق لصحيفة!")
    s = story(LEAD, LAST, "اقرأ أيضًا", "ذات صلة", *items)
    assert paragraphs(s) == [LEAD, LAST]
    assert s.quotes == ()
    # an audio summary's label, with the outlet's bulleted points under it
    points = ("- تشمل الخطة قروضا ميسرة للمزارعين.", "- تبدأ الخطة في خمس محافظات.")
    s = story("استمع إلى الملخص", *points, LEAD, LAST)
    assert s.summary[0] == LEAD
    assert all(point in s.dropped for point in points)


def test_the_headline_printed_again_after_the_sites_name_is_dropped() -> None:
    s = segment(
        Article("t", (HEADLINE, " الواحة اليوم -", " الواحة اليوم - " + HEADLINE, LEAD, LAST))
    )
    assert s.summary[0] == LEAD
    assert not any(HEADLINE in sentence for sentence in s.summary)


def test_bulleted_key_points_above_the_lead_are_not_the_lead() -> None:
    points = (
        "- تشمل الخطة قروضا ميسرة للمزارعين في خمس محافظات جنوبية.",
        "- تبدأ الخطة مطلع الشهر المقبل وتستمر عامين كاملين.",
    )
    s = story(*points, LEAD, LAST)
    assert s.summary[0] == LEAD
    assert all(point in s.dropped for point in points)
    # bulleted items inside the story stay
    item = "- قروض ميسرة تسدد على عشر سنوات بلا فوائد لصغار المزارعين في الجنوب."
    assert item in paragraphs(story(LEAD, item, LAST))


@pytest.mark.parametrize(
    "caption",
    [
        "(أرشيفية)",
        "صورة تعبيرية",
        "محتوى مدفوع -",
        "وزير الزراعة سامي حداد.",
        "حقول القمح في الجنوب (أرشيفية).",
        "هذا المحتوى مقدم من شركة الحصاد.",
    ],
)
def test_a_caption_or_notice_glued_before_the_lead_never_opens_the_summary(caption: str) -> None:
    s = story(f"{caption} {LEAD}", LAST)
    assert s.summary[0] == LEAD
    assert caption in s.dropped


@pytest.mark.parametrize("joint", [". ", " .. ", ": ", " - ", " | "])
def test_the_headline_printed_again_at_the_head_of_the_lead_is_read_once(joint: str) -> None:
    s = story(HEADLINE + joint + LEAD, LAST)
    assert s.summary[0] == LEAD
    assert spoken(s).count(HEADLINE) == 1
    # a page whose title the container gives prints it at the head of its text too
    given = segment(Article("t", (HEADLINE + joint + LEAD, LAST), title=HEADLINE))
    assert given.summary[0] == LEAD


def test_a_lead_that_goes_on_from_the_headlines_words_is_kept_whole() -> None:
    lead = HEADLINE + " تشمل قروضا ميسرة وبذورا محسنة لموسمين."
    assert story(lead, LAST).summary[0] == lead
    # a headline drawn from a text's lead is that lead's start: the lead stays whole
    first = "أعلنت الحكومة خطة لدعم المزارعين في الجنوب تشمل قروضا ميسرة وبذورا محسنة."
    drawn = segment(Article("t", (f"{first} {LAST}", LAST)))
    assert (drawn.headline, drawn.summary[0]) == (first.rstrip("."), first)


@pytest.mark.parametrize(
    "caption", ["صورة أرشيفية", "وزير الزراعة سامي حداد", "هذا المحتوى مقدم من شركة الحصاد"]
)
def test_a_caption_or_notice_glued_after_the_last_sentence_is_cut(caption: str) -> None:
    s = story(LEAD, f"{LAST} {caption}")
    assert paragraphs(s) == [LEAD, LAST]
    assert s.dropped == (caption,)
    # a bracketed credit there is the story's byline, as before
    credited = story(LEAD, f"{LAST} (وكالة المثال)")
    assert (credited.summary[-1], credited.byline) == (LAST, "(وكالة المثال)")


@pytest.mark.parametrize("notice", ["محتوى مدفوع", "إعلان", "هذا المحتوى مقدم من شركة الحصاد"])
def test_an_advertisers_notice_above_the_headline_is_no_headline(notice: str) -> None:
    s = segment(Article("t", (notice, HEADLINE, LEAD, LAST)))
    assert (s.headline, s.category, s.summary[0]) == (HEADLINE, None, LEAD)
    # a headline about paid content is a headline
    about = "محتوى مدفوع يغزو منصات التواصل في المنطقة"
    assert segment(Article("t", (about, LEAD, LAST))).headline == about


def test_the_sites_call_to_join_its_channel_above_the_headline_is_no_headline() -> None:
    call = "ليصلك كل جديد لحظة بلحظة اشترك في قناتنا على تيليجرام ( أخبار المثال )"
    s = segment(Article("t", (call, "اشترك الآن", HEADLINE, LEAD, LAST)))
    assert (s.headline, s.summary[0]) == (HEADLINE, LEAD)
    assert call in s.dropped


@pytest.mark.parametrize(
    "credit", ["رئيس مجلس الإدارة : د. سالم بن علي الكعبي", "رئيس التحرير: فهد علي المري"]
)
def test_an_editors_credit_line_is_never_read(credit: str) -> None:
    s = segment(Article("t", (HEADLINE, credit, LEAD, LAST)))
    assert s.summary[0] == LEAD
    assert credit not in spoken(s)
