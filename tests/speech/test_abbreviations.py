"""Abbreviations are expanded in one pass of one pattern per lexicon."""

from __future__ import annotations

from briefing.speech.lexicon import Lexicon
from briefing.speech.punctuation import abbreviations

LEXICON = Lexicon(
    abbreviations={
        "د.": "الدكتور",
        "أ.د.": "الأستاذ الدكتور",
        "ش.م.ع": "شركة مساهمة عامة",
        "عامة": "العامة",
    }
)


def test_the_longest_abbreviation_wins_and_words_around_are_kept() -> None:
    assert abbreviations("قال أ.د. علي و د. منى ود.", LEXICON) == (
        "قال الأستاذ الدكتور علي و الدكتورة منى ود."
    )  # منى is a woman's name: her title takes ة


def test_an_expansion_is_not_expanded_again() -> None:
    assert abbreviations("ش.م.ع", LEXICON) == "شركة مساهمة عامة"


def test_the_pattern_is_compiled_once_per_lexicon() -> None:
    assert LEXICON.abbreviation_pattern is LEXICON.abbreviation_pattern
    assert Lexicon().abbreviation_pattern is None
    assert abbreviations("د. منى", Lexicon()) == "د. منى"
