"""News pages: which <h1> is the headline, the lead a page marks up apart, link blocks."""

from __future__ import annotations

import pytest

from briefing.ingest import parse_article, read_article
from tests.conftest import FIXTURES

INGEST = FIXTURES / "ingest"
PREFIX_PAGE = INGEST / "page_site_prefix.html"
SUFFIX_PAGE = INGEST / "page_site_suffix.html"


def page(head: str, body: str) -> str:
    return f'<html lang="ar"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


PARAGRAPHS = (
    "<p>أعلنت الشركة الوطنية للكهرباء عن خطة لصيانة الشبكة في الأحياء القديمة خلال الصيف.</p>"
    "<p>وقالت الشركة إن الانقطاعات لن تتجاوز ساعتين في اليوم الواحد لكل حي من الأحياء.</p>"
    "<p>وأوضحت أن فرقها ستعمل ليلا لتقليل الإزعاج على السكان والمحلات التجارية.</p>"
)


def test_the_article_h1_wins_over_a_logo_h1_and_a_title_with_the_site_before_it() -> None:
    article = read_article(PREFIX_PAGE)
    assert article.title == "وزارة المياه تبدأ تشغيل محطة تحلية جديدة في الشمال"


def test_the_lead_marked_up_apart_opens_the_text() -> None:
    article = read_article(PREFIX_PAGE)
    assert article.lines[0].startswith("بدأت وزارة المياه، اليوم الأحد، تشغيل محطة")
    assert article.lines[1].startswith("وتغطي المحطة حاجة")
    text = "\n".join(article.lines)
    assert text.count("بدأت وزارة المياه") == 1


def test_captions_link_boxes_and_tags_of_a_page_are_not_text() -> None:
    text = "\n".join(read_article(PREFIX_PAGE).lines)
    for chrome in ("أرشيفية", "قد يهمك", "انقطاع المياه عن ثلاثة أحياء", "الوسوم", "السدود"):
        assert chrome not in text
    assert "وأضاف أن الوزارة ستطرح مناقصة" in text  # the paragraph after the link box stays


def test_an_h1_in_the_article_header_wins_over_a_title_with_the_site_after_it() -> None:
    article = read_article(SUFFIX_PAGE)
    # The headline's own " - " stays; the site's name after the last one goes.
    assert article.title == "الأرصاد تحذر من موجة غبار - تقلبات جوية حتى نهاية الأسبوع"
    body = [line for line in article.lines if line != article.title]  # pages repeat the h1
    assert body[0].startswith("حذر المركز الوطني للأرصاد")  # the standfirst block
    text = "\n".join(article.lines)
    assert "الأمطار تعود إلى المرتفعات" not in text  # a paragraph that is only a link
    assert "كيف تحمي سيارتك" not in text  # a read-also list
    assert "وقال المتحدث باسم المركز سالم الخالدي" in text


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        # og:site_name names the site: cut before or after, whatever the separator.
        (
            "<title>المدينة اليوم - الكهرباء تعلن خطة صيانة</title>"
            '<meta property="og:site_name" content="المدينة اليوم">',
            "الكهرباء تعلن خطة صيانة",
        ),
        (
            "<title>موقع النهار | الكهرباء تعلن خطة صيانة للشبكة</title>",
            "الكهرباء تعلن خطة صيانة للشبكة",
        ),
        (
            "<title>الكهرباء تعلن خطة صيانة للشبكة - النهار</title>",
            "الكهرباء تعلن خطة صيانة للشبكة",
        ),
        # " - " inside a headline, with no site named: nothing is cut before it.
        (
            "<title>مصر - السودان: اتفاق على تشغيل السد</title>",
            "مصر - السودان: اتفاق على تشغيل السد",
        ),
    ],
)
def test_without_an_h1_the_title_loses_the_site_name(head: str, headline: str) -> None:
    assert parse_article(page(head, PARAGRAPHS).encode(), "p.html").title == headline


def test_an_h1_that_differs_from_the_title_still_wins() -> None:
    markup = page(
        "<title>خطة صيانة جديدة | النهار</title>",
        f"<main><h1>الكهرباء تقطع التيار ساعتين يوميا عن الأحياء القديمة</h1>{PARAGRAPHS}</main>",
    )
    article = parse_article(markup.encode(), "p.html")
    assert article.title == "الكهرباء تقطع التيار ساعتين يوميا عن الأحياء القديمة"


def test_a_lead_inside_the_body_is_not_repeated_and_a_sentence_with_a_link_stays() -> None:
    markup = page(
        "<title>خطة صيانة</title>",
        "<article><h1>خطة صيانة للشبكة الكهربائية</h1>"
        '<p class="article-lead">أعلنت الشركة الوطنية للكهرباء عن خطة لصيانة الشبكة في'
        " الأحياء القديمة خلال الصيف.</p>"
        '<p>وقالت <a href="/c">الشركة الوطنية</a> إن الانقطاعات لن تتجاوز ساعتين في اليوم الواحد'
        " لكل حي.</p><p>وأوضحت أن فرقها ستعمل ليلا لتقليل الإزعاج على السكان.</p></article>",
    )
    lines = parse_article(markup.encode(), "p.html").lines
    assert sum("أعلنت الشركة الوطنية" in line for line in lines) == 1
    assert any(line.startswith("وقالت الشركة الوطنية إن") for line in lines)


@pytest.mark.parametrize(
    "attributes",
    ['itemprop="description"', 'class="story-body__introduction"', 'class="sapo"'],
)
def test_lead_blocks_by_their_markup(attributes: str) -> None:
    lead = "أعلنت الشركة الوطنية للكهرباء، اليوم، عن خطة واسعة لصيانة الشبكة في الأحياء القديمة."
    markup = page(
        "<title>خطة صيانة | النهار</title>",
        f"<article><h1>خطة صيانة للشبكة الكهربائية</h1><div {attributes}>{lead}</div>"
        f'<div itemprop="articleBody">{PARAGRAPHS}{PARAGRAPHS}</div></article>',
    )
    lines = parse_article(markup.encode(), "p.html").lines
    assert lines[0] == lead
