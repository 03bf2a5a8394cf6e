"""Numbers, symbols and Latin in running text, one class of case per test."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from briefing.speech import load_lexicon, speakable

DIGITS = re.compile(r"[0-9٠-٩۰-۹]")
LATIN = re.compile(r"[A-Za-z]")
FIXTURES = Path(__file__).parents[1] / "fixtures" / "articles"

CASES = [
    # years, ranges, scores
    ("عام 2015", "عام ألفين وخمسة عشر"),
    ("في الفترة 2015-2020", "في الفترة من ألفين وخمسة عشر إلى ألفين وعشرين"),
    ("بين عامي 2015-2020", "بين عامي ألفين وخمسة عشر وألفين وعشرين"),
    ("فاز الهلال 3 - 1 على النصر", "فاز الهلال ثلاثة مقابل واحد على النصر"),
    ("وفاز على الشعب 3 - .1", "وفاز على الشعب ثلاثة مقابل واحد."),
    # dates: Gregorian, Hijri, numeric, dual month names
    ("في ٢٤ يونيو ٢٠٢٥", "في الرابع والعشرين من يونيو ألفين وخمسة وعشرين"),
    (
        "الرياض 28 ذو الحجة 1446 هـ",
        "الرياض الثامن والعشرين من ذي الحجة ألف وأربعمئة وستة وأربعين للهجرة",
    ),
    ("في 30 يوليو/تموز", "في الثلاثين من يوليو تموز"),
    ("قبل حلول آب (أغسطس) المقبل", "قبل حلول آب أغسطس المقبل"),
    ("منذ مارس / آذار الماضي", "منذ مارس آذار الماضي"),
    ("في 24/6/2025", "في الرابع والعشرين من يونيو ألفين وخمسة وعشرين"),
    ("في 2025-06-24", "في الرابع والعشرين من يونيو ألفين وخمسة وعشرين"),
    # times
    ("الساعة 11:06", "الساعة الحادية عشرة وست دقائق"),
    ("الساعة 9:30 م", "الساعة التاسعة والنصف مساءً"),
    ("عند 14:15", "عند الرابعة عشرة والربع"),
    # a decimal before ألف/مليون/مليار: halves and quarters as a newsreader says them
    ("٣٫٥ مليون", "ثلاثة ملايين ونصف المليون"),
    ("بلغ عدد السكان 1.5 مليون نسمة", "بلغ عدد السكان مليون ونصف المليون نسمة"),
    ("في 2.5 مليون منزل", "في مليونين ونصف المليون منزل"),
    ("نحو 0.5 مليون", "نحو نصف مليون"),
    ("بلغت 3.25 مليار", "بلغت ثلاثة مليارات وربع المليار"),
    ("أنفقت 13.5 مليون", "أنفقت ثلاثة عشر مليونًا ونصف المليون"),
    ("تجاوز 10.5 ألف", "تجاوز عشرة آلاف ونصف الألف"),
    ("بقيمة $3.5 مليون", "بقيمة ثلاثة ملايين ونصف المليون دولار"),
    # ... other fractions of up to three digits as the exact number
    ("3.2 مليون", "ثلاثة ملايين ومئتا ألف"),  # opening the sentence: nominative
    ("بقيمة $3.2 مليار", "بقيمة ثلاثة مليارات ومئتي مليون دولار"),
    # ... longer ones keep the point, the scale noun singular and the fraction genitive
    ("3.2415 مليون", "ثلاثة فاصلة ألفين وأربعمئة وخمسة عشر مليون"),
    # percentages
    ("بنسبة 70 %", "بنسبة سبعين بالمئة"),
    ("ارتفع %70", "ارتفع سبعين بالمئة"),
    ("بلغت 63.1%", "بلغت ثلاثة وستين فاصلة واحد بالمئة"),
    ("تراجع إلى 9ر1% في مايو", "تراجع إلى واحد فاصلة تسعة بالمئة في مايو"),
    # money and units
    ("سعره $50", "سعره خمسين دولارًا"),
    ("بلغ 3$", "بلغ ثلاثة دولارات"),
    ("تكلفة €3 مليون", "تكلفة ثلاثة ملايين يورو"),
    ("بسعر 20 ر.س", "بسعر عشرين ريالًا"),
    ("مساحة 120 م²", "مساحة مئة وعشرين مترًا مربعًا"),
    ("مسافة 42 كم", "مسافة اثنين وأربعين كيلومترًا"),
    ("وزنه 3 كلغ", "وزنه ثلاثة كيلوغرامات"),
    ("الحرارة 35°م", "الحرارة خمس وثلاثين درجة مئوية"),
    # digits from other scripts, bidi-damaged decimals, separators, glued prefixes
    ("الموافق ۱۴۴۶ هـ", "الموافق ألف وأربعمئة وستة وأربعين للهجرة"),
    ("عند 50ر11 ريالا", "عند أحد عشر فاصلة خمسين ريالا"),
    ("ما نسبته 42ر0%", "ما نسبته صفر فاصلة اثنين وأربعين بالمئة"),
    ("مرتفعا بـ50 نقطة", "مرتفعا بخمسين نقطة"),
    ("منذ مطلع الشهر، و1737 مستثمرا", "منذ مطلع الشهر، وألف وسبعمئة وسبعة وثلاثين مستثمرا"),
    ("ل3 سنوات", "لثلاث سنوات"),
    ("بلغ 1,500 جندي", "بلغ ألف وخمسمئة جندي"),
    # the counted noun decides the gender; scale words agree
    ("في 3 أشهر", "في ثلاثة أشهر"),
    ("خلال 3 أعوام", "خلال ثلاثة أعوام"),
    ("بعد 5 سنوات", "بعد خمس سنوات"),
    ("أسهم 143 شركة", "أسهم مئة وثلاث وأربعين شركة"),
    ("على 412 ألف صفقة", "على أربعمئة واثني عشر ألف صفقة"),
    ("مستوى 12 ألف نقطة", "مستوى اثني عشر ألف نقطة"),
    ("أرسلت 3 مليار دولار", "أرسلت ثلاثة مليارات دولار"),
    # identifiers: phones digit by digit, model names plainly
    ("اتصل على 0501234567", "اتصل على صفر خمسة صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة"),
    ("هاتف Moto 360 الجديد", "هاتف موتوْ ثلاثمئة وستين الجديد"),
    ("طائرة F-16", "طائرة إِفْ ستة عشر"),
    # ordinals, fractions, negatives
    ("في القرن 21", "في القرن الحادي والعشرين"),
    ("المرة الـ3", "المرة الثالثة"),
    ("نحو ½ الكمية", "نحو نصف الكمية"),
    ("درجة الحرارة -5 اليوم", "درجة الحرارة سالب خمسة اليوم"),
    # Latin: lexicon, else letter names
    ("قالت CNN وBBC", "قالت سِي إِنْ إِنْ وبِي بِي سِي"),
    ("حلف NATO", "حلف النَّاتُو"),
    # symbols, addresses, tatweel, punctuation
    ("تابعونا #السعودية_تنتصر", "تابعونا السعودية تنتصر"),
    ("زوروا https://example.org/x أو اكتبوا إلى info@example.org", "زوروا أو اكتبوا إلى"),
    ("الأخـــبار!!! هل؟؟ حقا...", "الأخبار! هل؟ حقا،"),
    ("قال -- “كلمة” (تقرير) // انتهى //", "قال، كلمة، تقرير، انتهى"),
    ("الأرباح & الخسائر", "الأرباح و الخسائر"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_in_context(text: str, expected: str) -> None:
    assert speakable(text) == expected


def test_unknown_acronym_is_spelled_and_long_names_transliterated() -> None:
    assert speakable("شركة XYZ") == "شركة إِكْسْ وَايْ زِدْ"
    assert speakable("مدينة Boston") == "مدينة بوستونْ"
    assert speakable("شركة Snark") == "شركة سناركْ"  # not in the dictionary: rules


def test_user_lexicon_extends_and_overrides(tmp_path: Path) -> None:
    user = tmp_path / "lexicon.toml"
    user.write_text('[latin]\nXYZ = "إكْزِي"\nCNN = "سي إن إن العربية"\n', encoding="utf-8")
    lexicon = load_lexicon([user])
    assert speakable("شركة XYZ وقناة CNN", lexicon) == "شركة إكْزِي وقناة سي إن إن العربية"
    assert speakable("حلف NATO", lexicon) == "حلف النَّاتُو"  # shipped entries stay


def test_bad_user_lexicon_is_an_input_error(tmp_path: Path) -> None:
    from briefing.errors import InputError

    user = tmp_path / "lexicon.toml"
    user.write_text("[latin\n", encoding="utf-8")
    with pytest.raises(InputError):
        load_lexicon([user])


def test_random_numbers_never_leave_digits() -> None:
    rng = random.Random(4)
    frames = ["بلغ {} شخصا", "في {}", "{}%", "$ {}", "بـ{} نقطة", "{} كم", "و{} سنوات", "{}:{}"]
    for _ in range(400):
        frame = rng.choice(frames)
        numbers = [str(rng.choice([rng.randint(0, 99), rng.randint(0, 10**rng.randint(1, 15))]))
                   for _ in range(frame.count("{}"))]  # fmt: skip
        if rng.random() < 0.3:
            numbers = [n.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) for n in numbers]
        text = speakable(frame.format(*numbers))
        assert not DIGITS.search(text), (frame, numbers, text)


def test_fixture_article_reads_without_digits_or_latin() -> None:
    for path in sorted(FIXTURES.glob("*.txt")):
        spoken = speakable(path.read_text(encoding="utf-8"))
        assert not DIGITS.search(spoken), path.name
        assert not LATIN.search(spoken), path.name
        assert not re.search(r"[%$€£#@/\\()\[\]{}“”«»\"_*]", spoken), path.name
