"""Diacritization only adds marks: the letters the engine gets are always the text's own."""

from __future__ import annotations

import re

import pytest

from briefing.config import ScriptSettings
from briefing.speech.lexicon import shipped_lexicon
from briefing.speech.tashkeel import add_tashkeel, only_marks, strip_marks

ARABIC_WORD = re.compile("[\u0621-\u064a]+")
VOWELS = {"مرحبا بكم": "مَرْحَبًا بِكُمْ", "شكرا": "شُكْرًا"}


def test_the_models_marks_land_on_the_texts_letters() -> None:
    assert only_marks("قال الوزير", "قَالَ الْوَزِيرُ") == "قَالَ الْوَزِيرُ"


def test_a_word_whose_letters_the_model_changed_gets_no_marks() -> None:
    # The model writes أَحَد for واحد and أَبِ for آب: its marks belong to other letters.
    assert only_marks("رجل واحد في آب", "رَجُلٌ وَأَحَدٌ فِي أَبِ") == "رَجُلٌ واحد فِي آب"
    assert only_marks("أنتجت الشركة", "انْتَجَتِ الشَّرِكَةُ") == "أنتجت الشَّرِكَةُ"


def test_a_word_the_model_dropped_or_merged_stays_as_written() -> None:
    assert only_marks("قال سي إن إن", "قَالَ سِي إِنَّ") == "قَالَ سِي إِنَّ إن"
    assert only_marks("ذهب", "") == "ذهب"


def test_given_marks_win_over_the_model() -> None:
    assert only_marks("حلف النَّاتُو قال", "حَلَفَ النَّاتِو قَالَ") == "حَلَفَ النَّاتُو قَالَ"


def test_the_vowels_table_wins_and_phrases_stop_at_punctuation() -> None:
    assert only_marks("مرحبا بكم", "مُرْحَّبًا بِكَمِ", VOWELS) == "مَرْحَبًا بِكُمْ"
    assert only_marks("مرحبا، بكم", "مَرْحَبَا، بِكَمِ", VOWELS) == "مَرْحَبَا، بِكَمِ"
    assert only_marks("وقال شكرا.", "وَقَالَ شَكْرًا.", VOWELS) == "وَقَالَ شُكْرًا."


def test_the_shipped_table_only_adds_marks_and_knows_the_fixed_texts() -> None:
    table = shipped_lexicon().vowels
    assert all(strip_marks(vowelled) == bare for bare, vowelled in table.items())
    settings = ScriptSettings()
    fixed = [settings.greeting, settings.contents, settings.outro, *settings.transitions,
             settings.quote_intro, settings.quote_intro_female, settings.quote_intro_unknown,
             settings.quote_again, settings.quote_again_female]  # fmt: skip
    values = {"show": "", "date": "الأحد", "count": "خبران", "headlines": "", "speaker": ""}
    for template in fixed:
        text = template.format(**values, this_was="كان هذا")
        # With a model that adds nothing, every word of the fixed texts is still vowelled.
        vowelled = only_marks(text, text, table)
        for word in ARABIC_WORD.findall(text):
            assert word not in ARABIC_WORD.findall(vowelled), (template, word)


@pytest.mark.parametrize(
    "sentence",
    [
        "فاز فريق واحد فقط في شهر آب الماضي",
        "قال صندوق آي إم إف إن النمو تباطأ",
        "نقلت قناة سي إن إن عن مسؤول أمريكي",
        "أنتجت الشركة أربعين فيلما الى الآن",
        "أعلنت وزارة الصحة عن تسجيل إحدى عشرة حالة",
    ],
)
def test_the_engine_gets_the_texts_letters(sentence: str) -> None:
    vowelled = add_tashkeel(sentence)
    assert strip_marks(vowelled) == sentence
    assert vowelled != sentence  # the model still vowels the rest


def test_tatweel_never_reaches_the_engine() -> None:
    assert "\u0640" not in add_tashkeel("الأخـــبار العاجلة")


def test_a_word_with_only_its_tanween_gets_the_models_other_marks() -> None:
    """The number reader writes جنيهًا، مساءً with their tanween; that is no full vowelling."""
    assert only_marks("دفع دينارًا", "دَفَعَ دِينَارًا") == "دَفَعَ دِينَارًا"
    assert only_marks("الساعة مساءً", "السَّاعَةُ مَسَاءً") == "السَّاعَةُ مَسَاءً"
    assert only_marks("حلف النَّاتُو", "حَلَفَ النَّاتِو") == "حَلَفَ النَّاتُو"  # full: its own


def test_zero_is_sifr_and_the_month_after_a_day_is_safar() -> None:
    table = shipped_lexicon().vowels
    assert only_marks("صفر مقابل اثنين", "صَفْرِ مُقَابِلَ اثْنَيْنِ", table).startswith("صِفْر")
    assert "صَفَر" in only_marks("العشرين من صفر", "الْعِشْرِينَ مِنْ صِفْرٍ", table)
    assert "صِفْرٍ" in only_marks("من صفر إلى خمسة", "مِنْ صَفَرٍ إِلَى خَمْسَةٍ", table)
