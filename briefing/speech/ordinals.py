"""الـ + number, and the nouns that number things in order.

"القرن الـ20", "المركز الـ3", "الدقيقة 27", "الجولة 5" are ordinals (العشرين، الثالث،
السابعة والعشرين، الخامسة); "خلال الـ48 ساعة" and "عمر يناهز الـ70 عامًا" are cardinals
made definite (الثماني والأربعين ساعة، السبعين عامًا) because a counted noun follows, as is
"المباريات الـ187" after a plural.
"""

from __future__ import annotations

import re

from briefing.speech.cleanup import GLUE
from briefing.speech.context import counted_noun, is_feminine, previous_word
from briefing.speech.lexicon import Lexicon
from briefing.speech.numbers import definite_cardinal, ordinal

# Nouns whose number is their rank: الدقيقة 27 is the 27th minute, not 27 minutes.
NUMBERED = frozenset(("القرن", "الدورة", "النسخة", "المرتبة", "المركز", "الدقيقة", "الجولة",
                      "المرحلة", "الأسبوع", "الشوط", "الحلقة", "الجزء", "الفصل", "المادة",
                      "البند", "الفقرة", "الطابق", "الصفحة", "الذكرى", "الحصة"))  # fmt: skip
# ... with ال, or with a pronoun instead (فصله 9: its ninth article; مادتها 3).
_WITH_PRONOUN = {
    (noun[2:-1] + "ت" if noun.endswith("ة") else noun[2:]) + pronoun: noun
    for noun in NUMBERED
    for pronoun in ("ه", "ها", "هم")
}
_NUMBERED = "|".join(sorted({*NUMBERED, *_WITH_PRONOUN}, key=len, reverse=True))
_OF_AGE = re.compile(r"^\s*من\s+(?:عمر|العمر)")  # في الـ18 من عمره: of his years (سنة)
_DEFINITE = re.compile(rf"(?<!\S)(ال{GLUE} |[وفب]?(?:{_NUMBERED})\s+)(\d{{1,6}})(?![\d.])")
# Broken plurals often numbered with الـ (الأيام الـ3): sound plurals are told by ending.
_PLURALS = frozenset(("الأيام", "الأشهر", "الشهور", "الأعوام", "السنين", "الدول", "الأعضاء",
                      "الأطفال"))  # fmt: skip


def _is_plural(noun: str) -> bool:
    return noun in _PLURALS or noun.endswith(("ات", "ين", "ون"))


# "يوم 21 من الشهر": a day of the month whose name is not given (dates.py reads those with it).
_DAY_NUMBER = re.compile(r"(?<!\S)([وفب]?يوم\s+)([1-9]|[12]\d|3[01])(?![\d.,])")


def _day_of_month(match: re.Match[str]) -> str:
    if counted_noun(match.string[match.end() :]):
        return match.group(0)  # يوم 3 آلاف متظاهر? a count, read as one
    return match.group(1) + ordinal(int(match.group(2)), oblique=True)


def ordinals(text: str, lexicon: Lexicon) -> str:
    def read(match: re.Match[str]) -> str:
        lead, digits = match.groups()
        number = int(digits)
        before, after = match.string[: match.start()], match.string[match.end() :]
        if not lead.startswith("ال" + GLUE):  # الدقيقة 27: the noun is in the match
            if number > 999:  # القرن 2000? a year or a count: read by the readers after
                return match.group(0)
            noun = lead.strip()
            noun = noun if noun in NUMBERED or noun in _WITH_PRONOUN else noun[1:]  # و، ف، ب
            noun = _WITH_PRONOUN.get(noun, noun)
            return f"{lead}{ordinal(number, is_feminine(noun, lexicon), oblique=True)}"
        if _OF_AGE.match(after):
            return ordinal(number, feminine=True, oblique=True)
        noun = previous_word(before)
        bare_noun = noun if noun in NUMBERED else noun[1:]  # وفي الدورة، بالمركز
        if bare_noun in NUMBERED and number <= 999:  # المركز الـ16 عالميا، الدورة الـ33 للألعاب
            return ordinal(number, is_feminine(bare_noun, lexicon), oblique=True)
        counted = counted_noun(after)
        if counted and not counted.startswith("ال"):  # الـ48 ساعة
            return definite_cardinal(number, is_feminine(counted, lexicon))
        if _is_plural(noun) or number > 999:  # المباريات الـ187
            return definite_cardinal(number, is_feminine(noun, lexicon))
        return ordinal(number, is_feminine(noun, lexicon), oblique=True)  # القرن الـ20

    return _DAY_NUMBER.sub(_day_of_month, _DEFINITE.sub(read, text))
