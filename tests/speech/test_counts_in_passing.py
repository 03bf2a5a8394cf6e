"""Numbers before a word they do not count, and counts written with a leading zero (own
sentences, from the kinds a judge heard on real news after round 5)."""

from __future__ import annotations

import pytest

from briefing.speech import speakable


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite word behind a preposition is no counted noun: the number stays, masculine
        ("وأصيب 2 بالرصاص", "وأصيب اثنان بالرصاص"),
        ("ونقل 2 للمستشفى", "ونقل اثنين للمستشفى"),
        ("فاز 2 بالجائزة", "فاز اثنين بالجائزة"),
        # ... a definite word with no preposition may still agree with the noun before it
        ("خلال الساعات 24 الماضية", "خلال الساعات أربع وعشرين الماضية"),
        # ... an indefinite counted noun still takes the dual
        ("سجلت 2 إصابة", "سجلت إصابتين"),
        # a count padded to two digits is the count
        ("لمدة 03 سنوات", "لمدة ثلاث سنوات"),
        ("لمدة 05 أيام", "لمدة خمسة أيام"),
        # ... a code with its zero is still said digit by digit
        ("رمز 07", "رمز صفر سبعة"),
        # a season or fiscal year of two consecutive years: two years, a pause between
        (
            "ميزانية العام المالي 2023/2024.",
            "ميزانية العام المالي ألفين وثلاثة وعشرين، ألفين وأربعة وعشرين.",
        ),
        ("للعام 1445/1446هـ", "للعام ألف وأربعمئة وخمسة وأربعين، ألف وأربعمئة وستة وأربعين للهجرة"),
        # ... a day's date with slashes is still a date
        ("بتاريخ 12/5/2024", "بتاريخ الثاني عشر من مايو ألفين وأربعة وعشرين"),
    ],
)
def test_counts_in_passing(text: str, expected: str) -> None:
    assert speakable(text) == expected
