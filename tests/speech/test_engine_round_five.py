"""What the offline engine receives, for the kinds a judge found after round 4 (own
sentences; the models' outputs are given, so the rules are tested without them)."""

from __future__ import annotations

import pytest

from briefing.speech.tashkeel import nisba_adverb, only_marks, pausal_forms
from tests.speech.agreed import agreed


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("يَوْمِيًا", "يَوْمِيًّا"),
        ("وَشَهْرِيًا", "وَشَهْرِيًّا"),
        ("حَالِيًا", "حَالِيًّا"),
        ("مَدَنِيًا", "مَدَنِيًّا"),
        ("مِيلَادِيًا", "مِيلَادِيًّا"),
        ("مَحَلِّيًا", "مَحَلِّيًّا"),
        ("نِهَائِيًا", "نِهَائِيًّا"),
        # ... the ي of a participle or a verbal noun of a defective verb is single
        ("دَاعِيًا", "دَاعِيًا"),
        ("ثَانِيًا", "ثَانِيًا"),
        ("مُبْدِيًا", "مُبْدِيًا"),
        ("مُتَحَدِّيًا", "مُتَحَدِّيًا"),
        ("تَحَدِّيًا", "تَحَدِّيًا"),
        # ... and a name with no tanween, or a plural in ايا, is no adverb
        ("كِينِيَا", "كِينِيَا"),
        ("ضَحَايَا", "ضَحَايَا"),
    ],
)
def test_a_nisba_adverb_doubles_its_ya(model: str, expected: str) -> None:
    assert nisba_adverb(model) == expected


def test_the_adverb_is_doubled_in_a_sentence_and_paused_with_its_shadda() -> None:
    vowelled = only_marks(
        "يعمل المخبز يوميا", "يَعْمَلُ الْمَخْبَزُ يَوْمِيًا", checks=["يَعْمَلُ الْمَخْبَزُ يَوْمِيًا"] * 2
    )
    assert vowelled == "يَعْمَل الْمَخْبَز يَوْمِيًّا"
    assert pausal_forms(vowelled) == "يَعْمَل الْمَخْبَز يَوْمِيّا"


@pytest.mark.parametrize(
    ("bare", "model", "ending"),
    [
        # a counted noun in construct with its genitive: no tanween on the head
        ("سجلت البلدية عشرين حالة وفاة", "سَجَّلَتِ الْبَلَدِيَّةُ عِشْرِينَ حَالَةً وَفَاةِ",
         "حَالَةَ وَفَاةٍ"),
        ("رصدت اثنتي عشرة حالة إصابة", "رَصَدَتِ اثْنَتَيْ عَشْرَةَ حَالَةٍ إِصَابَةٍ",
         "حَالَةَ إِصَابَةٍ"),
        # ... an adjective after it is no genitive: the accusative stays
        ("رصدت ثلاثين حالة جديدة", "رَصَدَتْ ثَلَاثِينَ حَالَةً جَدِيدَةً", "حَالَةً جَدِيدَة"),
        # loanwords on their own alef take no tanween after a number
        ("ركبت البلدية أربعين كاميرا", "رَكَّبَتِ الْبَلَدِيَّةُ أَرْبَعِينَ كَامِيرَا",
         "أَرْبَعِين كَامِيرَا"),
        ("اشترى غالاكسي أربعة وعشرين ألترا", "اشْتَرَى غَالَاكْسِي أَرْبَعَةً وَعِشْرِينَ أَلْتَرَا",
         "وَعِشْرِين أُلْتْرَا"),
        ("افتتحت اثني عشر سينما", "افْتَتَحَتِ اثْنَيْ عَشَرَ سِينَمَا", "عَشَرَ سِينِمَا"),
        # ... an Arabic counted noun still does, also one a loanword is spelt like
        ("سجل خمسة عشر لاعبا", "سَجَّلَ خَمْسَةَ عَشَرَ لَاعِبَا", "عَشَرَ لَاعِبًا"),
        ("حضر خمسون ألفا", "حَضَرَ خَمْسُونَ أَلْفَا", "أَلْفًا"),
        ("بنى عشرون بيتا", "بَنَى عِشْرُونَ بَيْتَا", "بَيْتًا"),
    ],
)  # fmt: skip
def test_tanween_only_where_the_noun_takes_it(bare: str, model: str, ending: str) -> None:
    assert agreed(bare, model).endswith(" " + ending)


@pytest.mark.parametrize(
    ("bare", "model", "expected"),
    [
        # a noun the models agree on wrongly: the table's reading (no case ending)
        ("وقعت مذكرة تفاهم", "وَقَعَتْ مُذَكَّرَةُ تَفَاهُمٍ", "وقعت مُذَكِّرَة تَفَاهُم"),
        ("عرض وجهة نظره", "عَرَضَ وَجِهَةَ نَظَرِهِ", "عَرَض وِجْهَة نَظَرِه"),
        # active or passive, agent or patient: said bare, whatever the models agree on
        ("قال المقدم إن", "قَالَ الْمُقَدَّمُ إِنَّ", "قَال المقدم إِنّ"),
        ("وقعت الاتفاقية", "وَقَعَتِ الِاتِّفَاقِيَّةُ", "وقعت الِاتِّفَاقِيَّة"),
        # ... keeping the shadda the writer gave it
        ("وقّع الاتفاق", "وَقَّعَ الِاتِّفَاقَ", "وقّع الِاتِّفَاق"),
        # لل before a word in لا is no article before hamzat al-wasl
        ("قدم الدعم للاجئين", "قَدَّمَ الدَّعْمَ للاجئين", "قَدَّم الدَّعْم لِلاجئين"),
        ("دعا للاستثمار", "دَعَا للاستثمار", "دَعَا لِلِاستثمار"),
    ],
)
def test_a_word_of_two_readings_is_said_bare(bare: str, model: str, expected: str) -> None:
    assert agreed(bare, model) == expected


@pytest.mark.parametrize(
    ("bare", "model", "expected"),
    [
        # the subject after a verb of an event: the accusative the models gave it goes
        ("وصل قافلة إلى البلدة", "وَصَلَ قَافِلَةً إِلَى الْبَلْدَةِ", "وَصَل قَافِلَة إِلَى الْبَلْدَة"),
        ("وسقطت قذيفة قرب المدرسة", "وَسَقَطَتْ قَذِيفَةً قُرْبَ الْمَدْرَسَةِ",
         "وَسَقَطَت قَذِيفَة قُرْب الْمَدْرَسَة"),
        # ... and so does every ending of theirs: an adverb, a participle (said paused)
        ("سقط فجأة على الأرض", "سَقَطَ فَجْأَةً عَلَى الْأَرْضِ", "سَقَط فَجْأَة عَلَى الْأَرْض"),
        ("وصلت متأخرة إلى الحفل", "وَصَلَتْ مُتَأَخِّرَةً إِلَى الْحَفْلِ",
         "وَصَلَت مُتَأَخِّرَة إِلَى الْحَفْل"),
        # ... after any verb (speech/endings.py)
        ("رأى قافلة", "رَأَى قَافِلَةً", "رَأَى قَافِلَة"),
    ],
)  # fmt: skip
def test_no_accusative_on_the_subject_of_a_verb(bare: str, model: str, expected: str) -> None:
    assert agreed(bare, model) == expected
