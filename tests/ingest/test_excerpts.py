"""Feed and JSON descriptions that the site cut off end on their last whole sentence."""

from __future__ import annotations

import json

import pytest

from briefing.ingest import parse_article, parse_articles, read_articles
from briefing.ingest.text import whole_sentences
from tests.conftest import FIXTURES

FEED = FIXTURES / "ingest" / "feed_excerpts.rss"


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("افتتح السوق أمس. وقال المدير إن السوق سيفتح كل…", "افتتح السوق أمس."),
        ("افتتح السوق أمس. وقال المدير إن السوق سيفتح كل ...", "افتتح السوق أمس."),
        ("افتتح السوق أمس. وقال المدير إن السوق سيفتح كل", "افتتح السوق أمس."),  # mid-sentence
        ("افتتح السوق أمس! وقال المدير [...] اقرأ المزيد", "افتتح السوق أمس!"),
        ("وقال «السوق مفتوح للجميع.» ثم أضاف أن…", "وقال «السوق مفتوح للجميع.»"),
        # No whole sentence: the mark goes, with the word it cut and a dangling preposition.
        ("شارك مئات المتطوعين في حملة لتنظيف الشا…", "شارك مئات المتطوعين في حملة لتنظيف"),
        ("شارك المتطوعون في حملة لتنظيف الشاطئ (…)", "شارك المتطوعون في حملة لتنظيف الشاطئ"),
        # Whole already: untouched (".." is a pause inside a sentence, not a cut).
        ("افتتح السوق أمس.", "افتتح السوق أمس."),
        ("وقال: «السوق مفتوح»", "وقال: «السوق مفتوح»"),
        (
            "افتتح السوق. وقال المدير «السوق مفتوح للجميع»",
            "افتتح السوق. وقال المدير «السوق مفتوح للجميع»",
        ),
        ("افتتح السوق. و", "افتتح السوق."),
        ("افتتح السوق.. وسط إقبال كبير.", "افتتح السوق.. وسط إقبال كبير."),
        ("بلغت الزيادة 2.5 في المئة", "بلغت الزيادة 2.5 في المئة"),
    ],
)
def test_whole_sentences(text: str, whole: str) -> None:
    assert whole_sentences(text) == whole


def test_feed_descriptions_cut_off_are_trimmed() -> None:
    market, schools, beach, festival = read_articles(FEED)
    assert market.lines == ("افتتحت بلدية الوادي سوقا أسبوعيا للمزارعين في ساحتها الرئيسية.",)
    assert schools.lines == ("مددت مديرية التعليم فترة التسجيل في المدارس الحكومية أسبوعا إضافيا.",)
    (cut,) = beach.lines  # "[…]" after a whole word: only the mark goes
    assert cut == "شارك مئات المتطوعين في حملة لتنظيف شاطئ الوادي من المخلفات البلاستيكية"
    (whole,) = festival.lines  # ends on a sentence: kept whole (segmentation cuts the trailer)
    assert whole.startswith("يعود مهرجان") and whole.endswith("أولاً على أخبار الوادي.")


def test_full_content_is_never_trimmed() -> None:
    body = "<p>افتتحت البلدية سوقا للمزارعين.</p><p>ويفتح السوق كل جمعة حتى الظهر</p>"
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>'
        f"<item><title>سوق</title><description>افتتحت…</description>"
        f"<content:encoded><![CDATA[{body}]]></content:encoded></item></channel></rss>"
    )
    (article,) = parse_articles(rss.encode(), "f.rss")
    assert article.lines[-1] == "ويفتح السوق كل جمعة حتى الظهر"


def test_json_description_is_trimmed_and_body_is_not() -> None:
    text = "افتتحت البلدية سوقا للمزارعين. ويفتح السوق كل جمعة حتى"
    teaser = parse_article(json.dumps({"title": "سوق", "description": text}).encode(), "a.json")
    full = parse_article(json.dumps({"title": "سوق", "body": text}).encode(), "b.json")
    assert teaser.lines == ("افتتحت البلدية سوقا للمزارعين.",)
    assert full.lines == (text,)
