from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.ingest import expand_inputs, parse_article, read_article
from briefing.ingest.text import clean_lines
from tests.conftest import ARTICLES


def test_lines_are_cleaned_and_blank_lines_dropped() -> None:
    text = "\ufeffسياسة\r\n\r\n  عنوان\u200f  الخبر\u00a0هنا  \n\n\u200b\n"
    assert clean_lines(text) == ("سياسة", "عنوان الخبر هنا")


def test_nfc_normalization() -> None:
    decomposed = "\u0627\u0653"  # alef + madda above, composes to آ
    assert clean_lines(decomposed) == ("\u0622",)


def test_utf8_with_bom() -> None:
    article = parse_article("\ufeffخبر عاجل".encode(), "x.txt")
    assert article.lines == ("خبر عاجل",)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Only English here.", "no Arabic"),
        (b"\x01\x02\x03\x04 binary \x05\x06\x07\x08", "binary"),
    ],
)
def test_bad_input_is_one_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_article(data, "bad.txt")


def test_missing_file_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        expand_inputs([tmp_path / "missing.txt"])
    with pytest.raises(InputError, match="no articles"):
        expand_inputs([tmp_path])


def test_folder_expands_to_articles_in_name_order() -> None:
    files = expand_inputs([ARTICLES])
    assert [f.name for f in files] == sorted(f.name for f in files)
    assert all(f.suffix == ".txt" for f in files)


def test_read_article_keeps_line_structure() -> None:
    article = read_article(ARTICLES / "01_quotes_styles.txt")
    assert len(article.lines) > 5
    assert all(line == line.strip() and line for line in article.lines)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a paragraph break kept as spaces around a no-break space, after a sentence's end
        ("انتهى الاجتماع مساء. \u00a0 وقال الوزير إن الخطة جاهزة.", 2),
        ('وقال: "الخطة جاهزة". \u00a0وأضاف أن العمل يبدأ غدا.', 2),
        # a no-break space alone, or inside a sentence, is a space
        ("وقال د.\u00a0سامي حداد إن الخطة جاهزة.", 1),
        ("وصل الوزير \u00a0 إلى المدينة مساء أمس.", 1),
    ],
)
def test_a_paragraph_break_kept_as_a_no_break_space_splits_the_line(text: str, lines: int) -> None:
    assert len(clean_lines(text)) == lines


def test_a_copied_pages_metadata_date_is_its_publication_date_not_its_text() -> None:
    article = parse_article(" date 2025-08-26 قالت الوزيرة إن المشروع اكتمل.\n".encode(), "x.txt")
    assert article.lines == ("قالت الوزيرة إن المشروع اكتمل.",)
    assert article.credit.published == dt.datetime(2025, 8, 26, tzinfo=dt.UTC)


def test_a_metadata_date_alone_on_its_line_leaves_no_empty_line() -> None:
    article = parse_article("Date: 2024-01-05T09:30\nعنوان الخبر\nنص الخبر.".encode(), "x.txt")
    assert article.lines == ("عنوان الخبر", "نص الخبر.")
    assert article.credit.published == dt.datetime(2024, 1, 5, 9, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "text",
    [
        "التاريخ 2025-08-26 قالت الوزيرة إن المشروع اكتمل.",  # Arabic prose, kept as written
        "قالت الوزيرة date 2025-08-26 إن المشروع اكتمل.",  # not at the start: not metadata
        "date 2025-08-266 قالت الوزيرة إن المشروع اكتمل.",  # no date
    ],
)
def test_only_a_leading_metadata_date_is_taken(text: str) -> None:
    article = parse_article(text.encode(), "x.txt")
    assert article.lines == (text,)
    assert article.credit.published is None
