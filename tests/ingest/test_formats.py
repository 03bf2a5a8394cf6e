"""HTML pages, JSON articles, RSS/Atom feeds and Arabic code pages, from original fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.ingest import expand_inputs, load, parse_articles, read_article, read_articles
from tests.conftest import FIXTURES

INGEST = FIXTURES / "ingest"


def test_html_page_keeps_the_story_and_drops_the_site() -> None:
    article = read_article(INGEST / "page.html")
    text = "\n".join(article.lines)
    assert article.title == "افتتاح جسر جديد يربط ضفتي النهر في المدينة"  # site name cut off
    assert "جسرا جديدا للمشاة" in text
    for chrome in ("الرئيسية", "الأكثر قراءة", "جميع الحقوق محفوظة", "لا تقرأ", "Tweet"):
        assert chrome not in text


def test_rss_feed_yields_one_article_per_item() -> None:
    first, second = read_articles(INGEST / "feed.rss")
    assert first.title == "المكتبة العامة تمدد ساعات العمل خلال فترة الامتحانات"
    assert first.category == "ثقافة"
    assert len(first.lines) == 2  # content:encoded preferred over the one-line description
    assert second.lines == (
        "انطلق مهرجان الزيتون السنوي في القرى الشمالية بمشاركة أكثر من مئتي مزارع.",
    )
    assert first.source.endswith("#1") and second.source.endswith("#2")


def test_atom_feed() -> None:
    (entry,) = read_articles(INGEST / "feed.atom")
    assert entry.title == "موجة برد تضرب المرتفعات نهاية الأسبوع"
    assert entry.lines[0].startswith("توقعت دائرة الأرصاد")


def test_json_article_and_list() -> None:
    article = read_article(INGEST / "article.json")
    assert (article.title, article.category, article.byline) == (
        "افتتاح مركز صحي جديد في الحي الغربي",
        "صحة",
        "فريق التحرير",
    )
    assert len(article.lines) == 2
    rain, prices = read_articles(INGEST / "list.json")
    assert rain.title.startswith("هطول") and prices.lines[0].startswith("ارتفعت")  # HTML body


@pytest.mark.parametrize("name", ["windows1256.txt", "iso8859_6.txt"])
def test_arabic_code_pages_are_detected(name: str) -> None:
    raw = (INGEST / name).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    article = read_article(INGEST / name)
    assert article.lines[:2] == ("اقتصاد", "البنك المركزي يبقي سعر الفائدة دون تغيير")


_BODYLESS_ITEM = (
    b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
    b"<item><title>t</title><description>&lt;html&gt;&lt;/html&gt;</description></item>"
    b"</channel></rss>"
)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("x.json", b'{"headline": "\xd8\xae\xd8\xa8\xd8\xb1"}', "no article text"),
        ("x.json", b"{not json", "not valid JSON"),
        ("x.json", b"[]", "x.json: no articles in the JSON"),
        ("x.json", b'{"articles": []}', "x.json: no articles in the JSON"),
        ("x.json", b'{"items": [], "title": "t"}', "x.json: no articles in the JSON"),
        ("x.rss", b"<?xml version='1.0'?><rss><channel></channel></rss>", "feed"),
        ("x.rss", b"<rss version='2.0'><channel><title>t</title></channel></rss>", "no items"),
        ("x.html", bytes(range(256)) * 8, "binary"),
        ("x.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "binary"),
        # lxml asserts "too many bodies" on a page without a body: still a clean error.
        ("x.html", b"<html></html>", "x.html: the file has no text"),
        ("x.html", b"<html><head><title>t</title></head></html>", "x.html: the file has no text"),
        ("x.json", b'{"body": "<html></html>"}', "x.json: the file has no text"),
        ("x.rss", _BODYLESS_ITEM, "x.rss: the feed.s items have no text"),
    ],
)
def test_bad_containers_are_input_errors(name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_articles(data, name)


def test_folder_skips_annotation_sidecars_and_loads_feeds(tmp_path: Path) -> None:
    for name in ("feed.rss", "article.json"):
        (tmp_path / name).write_bytes((INGEST / name).read_bytes())
    (tmp_path / "a.txt").write_text("عنوان الخبر\nنص الخبر هنا.", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"headline": "x"}', encoding="utf-8")  # annotation of a.txt
    assert [p.name for p in expand_inputs([tmp_path])] == ["a.txt", "article.json", "feed.rss"]
    assert len(load([tmp_path])) == 4


def test_an_article_json_skipped_beside_its_namesake_is_said(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("عنوان الخبر\nنص الخبر هنا.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("عنوان آخر\nنص آخر هنا.", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"headline": "x", "quotes": []}', encoding="utf-8")
    (tmp_path / "b.json").write_text('{"title": "t", "body": "نص خبر ثان"}', encoding="utf-8")
    warnings: list[str] = []
    articles = load([tmp_path], warn=warnings.append)
    assert [a.source for a in articles] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert len(warnings) == 1  # the annotation is expected; the article-looking one is said
    assert "b.json" in warnings[0] and "b.txt" in warnings[0] and "\n" not in warnings[0]
