"""Properties over any input: ingest, segmentation and speech never crash, never leak digits."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.errors import InputError
from briefing.ingest import parse_article
from briefing.model import Article
from briefing.segment import segment
from briefing.speech import speakable

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىةـ"
PUNCTUATION = " \n.،؛؟!:«»“”\"'()-/%$٫,"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
WORDS = ["قال", "أضاف", "وأضاف", "الوزير", "إن", "مليون", "دولار", "عام", "ر", "بـ", "و", "هـ"]

newsy_text = st.lists(
    st.one_of(
        st.text(alphabet=ARABIC_LETTERS + PUNCTUATION + DIGITS, max_size=30),
        st.sampled_from(WORDS),
        st.integers(min_value=-(10**15), max_value=10**15).map(str),
        st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
    ),
    max_size=40,
).map(" ".join)
any_text = st.one_of(newsy_text, st.text(max_size=300))
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NO_DIGIT_OR_CONTROL = re.compile(r"[0-9٠-٩۰-۹]")


@SETTINGS
@given(st.binary(max_size=2000) | any_text.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_ingest_accepts_or_refuses_cleanly(data: bytes) -> None:
    try:
        article = parse_article(data, "fuzz.txt")
    except InputError as error:
        assert str(error).startswith("fuzz.txt: ")
        assert "\n" not in str(error)
    else:
        assert all(line and line == line.strip() for line in article.lines)


@SETTINGS
@given(st.lists(newsy_text.filter(str.strip), min_size=1, max_size=12))
def test_segment_never_crashes_and_quotes_come_from_the_article(lines: list[str]) -> None:
    article = Article("fuzz", tuple(line.strip() for line in lines))
    story = segment(article)
    whole = "\n".join(article.lines)
    for quote in story.quotes:
        assert quote.text and quote.text in whole
    for line in story.dropped:
        assert line in article.lines


@SETTINGS
@given(any_text)
def test_speakable_has_no_digits_or_control_characters(text: str) -> None:
    spoken = speakable(text)
    assert not NO_DIGIT_OR_CONTROL.search(spoken)
    # Line breaks are kept on purpose (a multi-line text stays multi-line); nothing else.
    assert not any(unicodedata.category(ch) == "Cc" and ch != "\n" for ch in spoken)
