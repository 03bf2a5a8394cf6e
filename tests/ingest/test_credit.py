"""Where an article comes from: outlet, address, author and date from pages, feeds, JSON."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from briefing.ingest import parse_articles
from briefing.ingest.dates import parse_published
from briefing.segment import segment

BODY = (
    "<p>أعلنت هيئة النقل في المدينة تشغيل خط حافلات كهربائية جديد يربط المطار بوسط المدينة "
    "ابتداء من الأسبوع المقبل.</p><p>وقال مدير الهيئة كريم العلي “نريد رحلة أسرع وأنظف "
    "لكل المسافرين”.</p>"
)


def page(head: str, footer: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">{head}</head><body>'
        f"<article><h1>خط حافلات كهربائية إلى المطار</h1>{BODY}</article>"
        f"<footer><p>{footer}</p></footer></body></html>"
    ).encode()


def test_a_page_gives_outlet_address_author_and_date() -> None:
    head = (
        "<title>خط حافلات كهربائية إلى المطار | أخبار العاصمة</title>"
        '<meta property="og:site_name" content="صحيفة الميناء">'
        '<link rel="canonical" href="https://news.example.org/transport/buses">'
        '<meta name="author" content="ليلى منصور">'
        '<meta property="article:published_time" content="2026-11-27T08:30:00+03:00">'
    )
    (article,) = parse_articles(page(head), "buses.html")
    credit = article.credit
    assert credit.outlet == "صحيفة الميناء"  # the site's own name before the title's
    assert credit.url == "https://news.example.org/transport/buses"
    assert credit.author == "ليلى منصور"
    assert credit.published == dt.datetime(2026, 11, 27, 5, 30, tzinfo=dt.UTC)
    story = segment(article)
    assert story.credit == credit  # kept into the Story
    assert story.headline == "خط حافلات كهربائية إلى المطار"


def test_a_page_without_markers_takes_the_site_from_its_title_and_guesses_no_date() -> None:
    head = "<title>خط حافلات كهربائية إلى المطار | أخبار العاصمة</title>"
    (article,) = parse_articles(page(head, footer="جميع الحقوق محفوظة © 2025"), "buses.html")
    assert article.credit.outlet == "أخبار العاصمة"
    # A copyright year in the footer is not the publication date (precision first).
    assert article.credit.published is None
    assert article.credit.url is None


def test_a_latin_site_handle_gives_way_to_an_arabic_name_and_furniture_is_no_author() -> None:
    head = (
        "<title>خط حافلات كهربائية إلى المطار - الميناء نت</title>"
        '<meta property="og:site_name" content="MinaNews_Ar">'
        '<meta name="author" content="Mina https; Cdn; Logo Png">'
    )
    (article,) = parse_articles(page(head), "buses.html")
    assert article.credit.outlet == "الميناء نت"
    assert article.credit.author is None


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>وكالة الأنباء المحلية</title>
<link>https://agency.example.org/</link><description>أخبار</description>
<item><title>افتتاح سوق للمزارعين</title><link>https://agency.example.org/a/1</link>
<pubDate>Fri, 27 Nov 2026 09:15:00 +0200</pubDate><author>سامي حداد</author>
<description>افتتحت البلدية سوقا أسبوعية للمزارعين في الساحة الكبرى.</description></item>
<item><title>خبر منقول</title><link>urn:example:2</link>
<source url="https://other.example.org/rss">جريدة الساحل</source>
<description>نقلت الجريدة أن موسم الصيد سيبدأ مبكرا هذا العام.</description></item>
</channel></rss>"""


def test_feed_items_carry_link_date_author_and_origin() -> None:
    first, second = parse_articles(FEED.encode(), "agency.xml")
    assert first.credit.outlet == "وكالة الأنباء المحلية"
    assert first.credit.url == "https://agency.example.org/a/1"
    assert first.credit.published == dt.datetime(2026, 11, 27, 7, 15, tzinfo=dt.UTC)
    assert first.credit.author == "سامي حداد"
    assert second.credit.outlet == "جريدة الساحل"  # an aggregator's <source>
    assert second.credit.url is None  # an id is not an address


def test_json_fields_for_credit_and_a_short_title() -> None:
    document = {
        "articles": [
            {
                "title": "تمديد ساعات المكتبة",
                "short_title": "ساعات المكتبة",
                "body": "قررت المكتبة العامة تمديد ساعات العمل حتى منتصف الليل.",
                "source": {"id": "x", "name": "نشرة الحي"},
                "url": "https://hay.example.org/library",
                "publishedAt": "2026-11-26T18:00:00Z",
            },
            {
                "title": "حملة تشجير",
                "body": "بدأت حملة لزراعة ألف شجرة في شوارع المدينة.",
                "source": "https://trees.example.org/campaign",
                "date": "2026-11-25",
            },
        ]
    }
    first, second = parse_articles(json.dumps(document).encode(), "list.json")
    assert first.credit.outlet == "نشرة الحي"
    assert first.credit.url == "https://hay.example.org/library"
    assert first.credit.published == dt.datetime(2026, 11, 26, 18, tzinfo=dt.UTC)
    assert first.short_title == segment(first).short_title == "ساعات المكتبة"
    assert (
        second.credit.outlet is None and second.credit.url == "https://trees.example.org/campaign"
    )
    assert second.credit.published == dt.datetime(2026, 11, 25, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-27", dt.datetime(2026, 11, 27, tzinfo=dt.UTC)),
        ("2026-11-27T08:00:00Z", dt.datetime(2026, 11, 27, 8, tzinfo=dt.UTC)),
        ("2026-11-27 08:00:00+0300", dt.datetime(2026, 11, 27, 5, tzinfo=dt.UTC)),
        ("Fri, 27 Nov 2026 08:00:00 GMT", dt.datetime(2026, 11, 27, 8, tzinfo=dt.UTC)),
        (
            time.struct_time((2026, 11, 27, 8, 0, 0, 4, 331, 0)),
            dt.datetime(2026, 11, 27, 8, tzinfo=dt.UTC),
        ),
        (1795737600, dt.datetime(2026, 11, 27, tzinfo=dt.UTC)),
        (1795737600000, dt.datetime(2026, 11, 27, tzinfo=dt.UTC)),  # milliseconds (JavaScript)
        ("0001-01-01", None),
        ("أمس", None),
        ("", None),
        (None, None),
        (True, None),
    ],
)
def test_publication_dates(value: object, expected: dt.datetime | None) -> None:
    assert parse_published(value) == expected
