"""What the offline engine receives, for the kinds the judges found after round 10 (own
sentences; the models' outputs are given, so it runs without them): the fifth form's past
read as the second form's present, و + دعا read as ودّع before إلى, a nisba in ية without
its doubled ي, and a tanween on a month's name or on an adjective before its specifier."""

from __future__ import annotations

import pytest

from briefing.speech.doubt import doubted
from tests.speech.agreed import agreed


@pytest.mark.parametrize(
    ("source", "model", "expected"),
    [
        # A second-form present in ت beside a definite masculine noun, في or ب next: bare
        ("تركز النشاط في الشمال", "تُرَكِّزُ النَّشَاطُ فِي الشَّمَالِ", "تركز النَّشَاط فِي الشَّمَال"),
        ("الدخل تحسن خلال العام", "الدَّخْلُ تُحَسِّنُ خِلَالَ الْعَامِ", "الدَّخْل تحسن خِلَال الْعَام"),
        # ... without في or ب after it the second form's object is as likely: the model's
        ("تفضل المدارس الكتاب الورقي", "تُفَضِّلُ الْمَدَارِسُ الْكِتَابَ الْوَرَقِيَّ",
         "تُفَضِّل الْمَدَارِس الْكِتَاب الْوَرَقِيّ"),
        ("توفر الحكومة الدعم للمزارعين", "تُوَفِّرُ الْحُكُومَةُ الدَّعْمَ لِلْمُزَارِعِينَ",
         "تُوَفِّر الْحُكُومَة الدَّعْم لِلْمُزَارِعِين"),
        # ... beside a feminine one it is the model's
        ("تركز الشركة على التصدير", "تُرَكِّزُ الشَّرِكَةُ عَلَى التَّصْدِيرِ",
         "تُرَكِّز الشَّرِكَة عَلَى التَّصْدِير"),
        # و + دعت before إلى: دَعَت, not وَدَّعَت (the table's farewell)
        ("ودعت النقابة العمال إلى الإضراب", "وَدَّعَتْ النِّقَابَةُ الْعُمَّالَ إِلَى الْإِضْرَابِ",
         "وَدَعَتْ النِّقَابَة الْعُمَّال إِلَى الْإِضْرَاب"),
        ("ودعا المحافظ السكان الى الإخلاء", "وَدَّعَا الْمُحَافِظُ السُّكَّانَ إِلَى الْإِخْلَاءِ",
         "وَدَعَا الْمُحَافِظ السُّكَّان الى الْإِخْلَاء"),
        # ... a farewell without إلى, or to the grave, stays one
        ("ودعت الجماهير المدرب بالتصفيق", "وَدَّعَتْ الْجَمَاهِيرُ الْمُدَرِّبَ بِالتَّصْفِيقِ",
         "وَدَّعَتْ الْجَمَاهِير الْمُدَرِّب بِالتَّصْفِيق"),
        ("ودعت البلدة الفقيد إلى مثواه", "وَدَّعَتْ الْبَلْدَةُ الْفَقِيدَ إِلَى مَثْوَاهُ",
         "وَدَّعَتْ الْبَلْدَة الْفَقِيد إِلَى مَثْوَاه"),
        # ... and a shadda the writer put there is the writer's
        ("ودّعت الأسرة ابنها إلى المطار", "وَدَّعَتْ الْأُسْرَةُ ابْنَهَا إِلَى الْمَطَارِ",
         "وَدَّعَتْ الْأُسْرَة ابْنَهَا إِلَى الْمَطَار"),
        # لسنة after a reference's number is "of the year", no counted noun
        ("صدر القرار رقم خمسة عشر لسنة ألفين", "صَدَرَ الْقَرَارُ رَقْمُ خَمْسَةَ عَشَرَ لِسَنَةِ أَلْفَيْنِ",
         "صَدَر الْقَرَار رَقْم خَمْسَةَ عَشَرَ لِسَنَة أَلْفَيْن"),
        # A surname of the shape فعّال after a first name, its doubling lost: bare
        ("استقال الوزير علي عطار أمس", "اسْتَقَالَ الْوَزِيرُ عَلِيُّ عَطَارُ أَمْسِ",
         "اسْتَقَال الْوَزِير علي عطار أَمْس"),
        ("صرح خالد الحداد للصحفيين", "صَرَّحَ خَالِدُ الْحَدَادُ لِلصَّحَفِيِّينَ",
         "صَرَّح خَالِد الحداد لِلصَّحَفِيِّين"),
        # ... with its doubling, or after no first name, it is the model's
        ("قال سامر حداد إن العمل بدأ", "قَالَ سَامِرُ حَدَّادُ إِنَّ الْعَمَلَ بَدَأَ",
         "قَال سَامِر حَدَّاد إِنّ الْعَمَل بَدَأ"),
        ("زادت نسبة الكلام عن السلام", "زَادَتْ نِسْبَةُ الْكَلَامِ عَنِ السَّلَامِ",
         "زَادَت نِسْبَة الْكَلَام عَن السَّلَام"),
        # The ordinary: عَادِيَّة, never عَادِيَة
        ("عقدت اللجنة جلسة عادية", "عَقَدَتْ اللَّجْنَةُ جَلْسَةً عَادِيَةً", "عَقَدَت اللَّجْنَة جَلْسَة عَادِيَّة"),
        ("عاد الوضع إلى العادي", "عَادَ الْوَضْعُ إِلَى الْعَادِي", "عَاد الْوَضْع إِلَى الْعَادِيّ"),
    ],
)  # fmt: skip
def test_engine_round_eleven(source: str, model: str, expected: str) -> None:
    assert agreed(source, model) == expected


def _words(*words: str) -> list[str]:
    out = [""]
    for word in words:
        out += [word, " "]
    out[-1] = ""
    return out


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # A month's name takes no tanween; the rest of its marks stay
        (("التَّاسِعَ", "يُولْيَةً"), ("التَّاسِعَ", "يُولْيَة")),
        (("مِنْ", "مَارِسٍ"), ("مِنْ", "مَارِس")),
        # An adjective before the noun that specifies it: no tanween
        (("سَيَّارَاتٌ", "يَابَانِيَّةً", "الصُّنْعِ"), ("سَيَّارَاتٌ", "يَابَانِيَّة", "الصُّنْعِ")),
        (("لَاعِبٌ", "سُورِيٌّ", "الْجِنْسِيَّةِ"), ("لَاعِبٌ", "سُورِيّ", "الْجِنْسِيَّةِ")),
        # A nisba in ية whose ي the model left single: bare (سِيَاسِيَّة، الْوَطَنِيَّة)
        (("أَزْمَةٌ", "سِيَاسِيَةٌ"), ("أَزْمَةٌ", "سياسية")),
        (("اللَّجْنَةُ", "الْوَطَنِيَةُ"), ("اللَّجْنَةُ", "الوطنية")),
        # ... not a participle, a verbal noun or a plural whose ي is single
        (("الْأَيَّامِ", "الْمَاضِيَةِ"), ("الْأَيَّامِ", "الْمَاضِيَةِ")),
        (("أَيَّامٍ", "مُتَتَالِيَةٍ"), ("أَيَّامٍ", "مُتَتَالِيَةٍ")),
        (("خُطَّةُ", "التَّنْمِيَةِ"), ("خُطَّةُ", "التَّنْمِيَةِ")),
        (("نَقْصُ", "الْأَدْوِيَةِ"), ("نَقْصُ", "الْأَدْوِيَةِ")),
        # ... an adjective of its own keeps it
        (("سَيَّارَاتٌ", "يَابَانِيَّةٌ", "جَدِيدَةٌ"), ("سَيَّارَاتٌ", "يَابَانِيَّةٌ", "جَدِيدَةٌ")),
    ],
)  # fmt: skip
def test_tanween_a_name_or_a_construct_cannot_have(
    words: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert doubted(_words(*words), set()) == _words(*expected)
