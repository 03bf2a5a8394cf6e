"""Words that open on ب ل ك و: a clitic and a noun (بجروح، لأسباب، وأصيب), or a noun whose
own first letter it is (بنك، لاعب، كتاب، وزير). Which one decides whether a number counts
the word (counting.py) and whether the word keeps a counted noun's ending (tashkeel.py)."""

from __future__ import annotations

# Singular nouns that open on ب ل ك و and that 1 or 2 count in news (2 بنك، 1 لاعب، 2
# وزير): any other word opening so after a 1 or a 2 is ب ل ك and a noun (بجروح، برصاص،
# لأسباب), a phrase that the number is no dual of (it said وأصيب بجروحان), or و and the
# next clause (قتل 2 وأصيب 5: it said قتل وأصيبين خمسة).
SINGULARS_IN_B_L_K = frozenset(("بيت", "بنك", "برج", "بئر", "بند", "بلد", "بحر", "باب",
                                 "بطل", "برنامج", "بلاغ", "بيان", "بحث", "بطاقة", "بلدة",
                                 "بناية", "بعثة", "بوابة", "باخرة", "بطولة", "بديل", "بنت",
                                 "بلدية", "برميل", "بئر", "لاعب", "لجنة", "لقاء", "لواء",
                                 "لغة", "ليلة", "لحظة", "لوحة", "لعبة", "لقب", "لص", "كتاب",
                                 "كأس", "كلية", "كنيسة", "كتيبة", "كرة", "كلمة", "كيس",
                                 "كرسي", "كوب", "كشف", "كاتب", "كيلو", "كوكب", "كلب",
                                 "كيان", "كادر", "وزير", "وفد", "وثيقة", "وحدة", "ولاية",
                                 "وكالة", "وجبة", "وظيفة", "وسيلة", "ورقة", "واقعة", "وسام",
                                 "وعد", "ولد", "واد", "وطن", "وكيل", "وسيط", "وقف",
                                 "بندقية", "بارجة", "بحيرة", "بطارية", "بورصة", "لغم",
                                 "لقاح", "لوح", "كاميرا", "كنيس", "كيلومتر", "كيلوغرام", "كيلوجرام",
                                 "لتر", "ليتر", "بليون"))  # fmt: skip


def behind_a_clitic(noun: str) -> bool:
    """A clitic and a word, not a singular noun of those letters."""
    return len(noun) > 3 and noun[0] in "بلكو" and noun not in SINGULARS_IN_B_L_K
