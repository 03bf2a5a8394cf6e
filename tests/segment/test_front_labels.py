"""A line above the lead that labels it (a date alone, a place and its writer, a template's
"…|") is no headline: the headline comes from the lead, as for a text that opens on it."""

from __future__ import annotations

import pytest

from briefing.ingest import parse_article
from briefing.segment import segment

LEAD = (
    "أعلنت وزارة الثقافة أمس إطلاق برنامج جديد لدعم الفرق المسرحية الشابة في المحافظات، "
    "على أن تبدأ المرحلة الأولى منه مطلع العام المقبل بمشاركة عشرين فرقة من مختلف المدن."
)


@pytest.mark.parametrize(
    "label",
    [
        "الرياض: سلمى العتيبي|",
        "عمان: محمد الخطيب",
        "الأحد 14 رجب 1446 هـ - 12 يناير 2025",
        "قسم الأخبار|",
    ],
)
def test_a_label_over_the_lead_is_not_the_headline(label: str) -> None:
    story = segment(parse_article(f"{label}\n{LEAD}\n".encode(), "x.txt"))
    assert story.headline != label
    assert story.headline and LEAD.startswith(story.headline.rstrip(".… "))
    assert story.summary[0].startswith("أعلنت وزارة الثقافة")


@pytest.mark.parametrize(
    "headline",
    [
        "الوزير: لا ضرائب جديدة",  # a speaker and their words, not a place and a writer
        "تعقد المحكمة جلسة جديدة يوم الأربعاء 20 شوال",  # a date inside a headline
    ],
)
def test_a_headline_stays_the_headline(headline: str) -> None:
    story = segment(parse_article(f"{headline}\n{LEAD}\n".encode(), "x.txt"))
    assert story.headline == headline


HEADLINE = "وزارة الثقافة تطلق برنامجا لدعم الفرق المسرحية الشابة"


@pytest.mark.parametrize(
    "labels",
    [
        ["العدد : ١٦٨٤٤ - الأحد ٠٥ مايو ٢٠٢٤ م، الموافق ٢٦ شوّال ١٤٤٥هـ"],
        ["رئيس التحرير : سامي الخطيب", "الأحد 16 يونيو 2024"],
        ["أرشيف"],
        ["English Français عربي", "الخميس 11 رمضان 1432 الموافق 11 أغسطس 2011 العدد 8158"],
        # the editors' lines as pages spell them, each with its name under it
        ["السبت 02 نوفمبر 2024 الموافق 30 ربيع الثاني 1446", "رئيس التحرير", "سامي الخطيب", "عاجل"],
        ["رئيس مجلس الادارة:", "د. هدى سالم", "رئيس مجلسى الإدارة والتحرير", "كريم داود"],
    ],
)
def test_a_pages_labels_over_its_headline_are_passed(labels: list[str]) -> None:
    text = "\n".join([*labels, HEADLINE, LEAD])
    story = segment(parse_article(text.encode(), "x.txt"))
    assert story.headline == HEADLINE
    assert story.summary[0].startswith("أعلنت وزارة الثقافة")
