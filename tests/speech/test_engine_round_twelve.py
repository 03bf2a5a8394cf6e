"""What the offline engine receives, for the kinds the judges found after round 11 (own
sentences; the models' outputs are given, so it runs without them): a place name after في
read as another word, a tanween on a preposition's pronoun or on a verb's ـوا, and a
loanword's long و read as a consonant."""

from __future__ import annotations

import pytest

from briefing.speech.doubt import doubted
from tests.speech.agreed import agreed


@pytest.mark.parametrize(
    ("source", "model", "expected"),
    [
        # A name after في, read with no case ending (the model's guess at a name): bare
        ("هطلت الأمطار في عرعر أمس", "هَطَلَتْ الْأَمْطَارُ فِي عَرَعَر أَمْسِ",
         "هَطَلَت الْأَمْطَار فِي عرعر أَمْس"),
        # ... a common noun after في has its kasra: the model's
        ("وقع الحادث في طريق سريع", "وَقَعَ الْحَادِثُ فِي طَرِيقٍ سَرِيعٍ",
         "وقع الْحَادِث فِي طَرِيق سَرِيع"),
        # A station recording degrees, right after سجل: bare (a town's name is guessed)
        ("وسجلت العلا واحدا وأربعين درجة", "وَسَجَّلَتْ الْعُلَا وَاحِدًا وَأَرْبَعِينَ دَرَجَةً",
         "وسجلت العلا وَاحِدا وَأَرْبَعِين دَرَجَةً"),
        # ... but what is recorded otherwise is the model's
        ("سجلت الوزارة أربعين إصابة", "سَجَّلَتْ الْوِزَارَةُ أَرْبَعِينَ إِصَابَةً",
         "سجلت الْوِزَارَة أَرْبَعِين إِصَابَةً"),
        # A verb's ـوا with a tanween (and a shadda) on its و: the long vowel of "they"
        ("الموظفون كانوا هناك", "الْمُوَظَّفُونَ كَانُوًّا هُنَاكَ", "الْمُوَظَّفُون كَانُوا هُنَاك"),
        ("وقالوا إن الطريق مغلق", "وَقَالُوًا إِنَّ الطَّرِيقَ مُغْلَقٌ", "وَقَالُوا إِنّ الطَّرِيق مُغْلَق"),
        # ... but a noun in و has its tanween (and its doubling)
        ("حقق الاقتصاد نموا كبيرا", "حَقَّقَ الِاقْتِصَادُ نُمُوًّا كَبِيرًا", "حَقَّق الِاقْتِصَاد نُمُوّا كَبِيرا"),
        ("كان مدعوا إلى الحفل", "كَانَ مَدْعُوًّا إِلَى الْحَفْلِ", "كَان مَدْعُوّا إِلَى الْحَفْل"),
        # A loanword's long و read as a consonant (بُوَرْصَة, heard bū-arṣa): bare
        ("تراجعت بورصة عمان", "تَرَاجَعَتْ بُوَرْصَةُ عَمَّانَ", "تَرَاجَعَت بورصة عَمَّان"),
        # ... not the plural صُوَر, nor a diminutive before ي
        ("نشر الصور أمس", "نَشَرَ الصُّوَرَ أَمْسِ", "نَشَر الصُّوَر أَمْس"),
        ("قال سويد إن", "قَالَ سُوَيْدُ إِنَّ", "قَال سُوَيْد إِنّ"),
    ],
)  # fmt: skip
def test_engine_round_twelve(source: str, model: str, expected: str) -> None:
    assert agreed(source, model) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # A preposition with its pronoun never takes a tanween
        ("مِنْهًا", "مِنْها"),
        ("عَلَيْهِمٌ", "عَلَيْهِم"),
        ("وَمِنْهُمٌ", "وَمِنْهُم"),
        # ... a noun whose root ends in ه keeps its own (وجهًا: a face)
        ("وَجْهًا", "وَجْهًا"),
    ],
)
def test_no_tanween_on_a_pronoun(word: str, expected: str) -> None:
    assert doubted(["", word, ""], set()) == ["", expected, ""]
