"""الـ + number, and the nouns that number things in order.

"القرن الـ20", "المركز الـ3", "الدقيقة 27", "الجولة 5" are ordinals (العشرين، الثالث،
السابعة والعشرين، الخامسة); "خلال الـ48 ساعة" and "عمر يناهز الـ70 عامًا" are cardinals
made definite (الثماني والأربعين ساعة، السبعين عامًا) because a counted noun follows, as is
"المباريات الـ187" after a plural.
"""

from __future__ import annotations

import re

from briefing.speech.cleanup import GLUE
from briefing.speech.context import (
    adverb_next,
    counted_form,
    counted_noun,
    is_feminine,
    is_plural,
    last_sentence,
    previous_word,
)
from briefing.speech.lexicon import Lexicon
from briefing.speech.numbers import definite_cardinal, ordinal

# Nouns whose number is their rank: الدقيقة 27 is the 27th minute, not 27 minutes.
NUMBERED = frozenset(("القرن", "الدورة", "النسخة", "المرتبة", "المركز", "الدقيقة", "الجولة",
                      "المرحلة", "الأسبوع", "الشوط", "الحلقة", "الجزء", "الفصل", "المادة",
                      "البند", "الفقرة", "الطابق", "الصفحة", "الذكرى", "الحصة", "النقطة",
                      "الموسم", "الطبعة", "الموجة", "الدفعة", "الجيل", "الخطوة", "المحطة",
                      "المجموعة", "المرة", "السنة"))  # fmt: skip
# ... of which these number time and turns only: a counted noun after them is what happened then
# (سجل في الدقيقة 15 هدفا: the 15th minute, one goal), never what they count.
_TIME_RANKS = frozenset(("القرن", "الدقيقة", "الجولة", "الأسبوع", "الشوط", "الحلقة", "الذكرى",
                         "الموسم", "المرة", "المرحلة", "السنة"))  # fmt: skip
# Not اليوم, الشهر, الليلة: today, this month, tonight (قتل اليوم 30 شخصا).
# ... with a pronoun instead of ال (فصله 9: its ninth article; مادتها 3).
_WITH_PRONOUN = {
    (noun[2:-1] + "ت" if noun.endswith("ة") else noun[2:]) + pronoun: noun
    for noun in NUMBERED
    for pronoun in ("ه", "ها", "هم")
}
# ... and their duals and plurals, before a list of numbers (في الدقائق 21 و29 و43 و82:
# each one a rank). Alone, a plural's number counts (الدقائق 10 الأخيرة).
_DUALS = {
    (noun[:-1] + "ت" if noun.endswith("ة") else noun) + end: noun
    for noun in NUMBERED
    if not noun.endswith("ى")
    for end in ("ين", "ان")
}
_MANY = {
    **_DUALS,
    "الدقائق": "الدقيقة", "الجولات": "الجولة", "المراكز": "المركز", "المراتب": "المرتبة",
    "الدورات": "الدورة", "النسخ": "النسخة", "المراحل": "المرحلة", "الحلقات": "الحلقة",
    "الأجزاء": "الجزء", "الفصول": "الفصل", "المواد": "المادة", "البنود": "البند",
    "الفقرات": "الفقرة", "الطوابق": "الطابق", "الصفحات": "الصفحة", "الأسابيع": "الأسبوع",
    "القرون": "القرن", "الأشواط": "الشوط",
}  # fmt: skip
# ... behind ل, whose alef goes: للمرة 15 (for the fifteenth time), للدورة 33.
_AFTER_LI = {"لل" + noun[2:]: noun for noun in NUMBERED}
_NAMES = sorted({*NUMBERED, *_WITH_PRONOUN, *_MANY, *_AFTER_LI}, key=len, reverse=True)
_OF_AGE = re.compile(r"^\s*من\s+(?:عمر|العمر)")  # في الـ18 من عمره: of his years (سنة)
# More numbers joined by و (or a comma) after the first: a list of ranks.
_MORE = rf"(?:\s*[،,]?\s*و{GLUE}?\s*\d{{1,3}}(?!\d|\.\d))"
# (و or ف before the article: "والـ14 عالميا", "and the fourteenth")
_DEFINITE = re.compile(
    rf"(?<!\S)([وف](?=ال{GLUE} ))?(ال{GLUE} |[وفب]?(?:{'|'.join(_NAMES)})\s+)(\d{{1,6}})(?!\d|\.\d)"
    rf"({_MORE}*)"
)
_DIGITS = re.compile(r"\d+")
# Broken plurals often numbered with الـ (الأيام الـ3): sound plurals are told by ending.
_PLURALS = frozenset(("الأيام", "الأشهر", "الشهور", "الأعوام", "السنين", "الدول", "الأعضاء",
                      "الأطفال"))  # fmt: skip


def _construct_head(before: str) -> str:
    """The word before the last one of `before`, where it is indefinite: the head of a
    construct whose second member is the last word (أندية in أندية الدوري)."""
    words = before.split()
    if len(words) < 2 or words[-2].startswith(("ال", "وال", "بال", "لل")):
        return ""
    return words[-2].removeprefix("و")


def _is_plural(noun: str) -> bool:
    return noun in _PLURALS or noun.endswith(("ات", "ين", "ون"))


def _definite_singular(noun: str) -> bool:
    """القمة، والدورة، بالمؤتمر: a definite noun (less و ف ب ك), not a plural."""
    bare = noun[1:] if noun[:1] in "وفبك" and noun[1:].startswith("ال") else noun
    bare = "ال" + bare[2:] if bare.startswith("لل") else bare
    return bare.startswith("ال") and len(bare) > 3 and not _is_plural(bare) and bare not in _PLURALS


# "يوم 21 من الشهر": a day of the month whose name is not given (dates.py reads those with it).
_DAY_NUMBER = re.compile(r"(?<!\S)([وفب]?يوم\s+)([1-9]|[12]\d|3[01])(?!\d|[.,]\d)")


def _day_of_month(match: re.Match[str]) -> str:
    if counted_noun(match.string[match.end() :]):
        return match.group(0)  # يوم 3 آلاف متظاهر? a count, read as one
    return match.group(1) + ordinal(int(match.group(2)), oblique=True)


def _ranks(more: str, feminine: bool) -> str:
    """The numbers after the first of a list, each an ordinal: و29 و43 → والتاسعة والعشرين…"""
    return _DIGITS.sub(lambda m: ordinal(int(m.group(0)), feminine, oblique=True), more)


# A noun in ة with a pronoun writes its ة as ت ("دورته", "نسختها"): its gender is the ة's.
_POSSESSED_TA = re.compile(r"^(\w{2,})ت(?:ه|ها|هم|هما|هن|نا|كم|كما)$")


def _unpossessed(noun: str) -> str:
    """ "دورته" → "دورة", "نسختها" → "نسخة"; any other noun as it is."""
    match = _POSSESSED_TA.match(noun)
    return f"{match.group(1)}ة" if match else noun


def _rank_noun(word: str) -> str:
    """A rank noun as NUMBERED lists it, behind ل، ب، و or not (بالمركز، للمرة، والمرتبة)."""
    return word if word in NUMBERED else _AFTER_LI.get(word, word[1:])


def _ranking_before(before: str, after: str) -> str:
    """ "المرتبة الأولى عربيا، والـ14 عالميا": before a rank's adverb (`after`), the nearest
    rank noun in the sentence, whose ranking the number goes on (it said الأربعة عشر); ''."""
    if not adverb_next(after):
        return ""
    for word in reversed(last_sentence(before).split()):
        noun = _rank_noun(word.strip("،,"))
        if noun in NUMBERED and noun not in _TIME_RANKS:
            return noun
    return ""


def ordinals(text: str, lexicon: Lexicon) -> str:
    def read(match: re.Match[str]) -> str:
        conjunction = match.group(1)
        if not conjunction:
            return rank(match)
        before, after = match.string[: match.start()], match.string[match.end() :]
        if not _ranking_before(before, after):
            return match.group(0)  # "والـ10 الأخيرة": read by the counts, as before
        return f"{conjunction}{GLUE} {rank(match)}"  # rejoined to its word: والرابعة عشرة

    def rank(match: re.Match[str]) -> str:
        _, lead, digits, more = match.groups()
        number = int(digits)
        before, after = match.string[: match.start()], match.string[match.end() :]
        if not lead.startswith("ال" + GLUE):  # الدقيقة 27: the noun is in the match
            noun = lead.strip()
            noun = noun if noun in _NAMES else noun[1:]  # و، ف، ب
            if number > 999 or (noun in _MANY and noun not in _DUALS and not more):
                # القرن 2000? الدقائق 10 الأخيرة: read by the counts (a dual counts nothing:
                # "الدقيقتين 80 والدقيقة …" are two minutes named)
                return match.group(0)
            ranked = _WITH_PRONOUN.get(noun, _AFTER_LI.get(noun, noun))
            if (
                not more
                and ranked not in _TIME_RANKS
                and counted_form(counted_noun(after), number, lexicon)
            ):
                return match.group(0)  # تنتج المحطة 120 طنا: what it counts, no rank
            feminine = is_feminine(_WITH_PRONOUN.get(noun, _MANY.get(noun, noun)), lexicon)
            words = ordinal(number, feminine, oblique=True)
            return f"{lead}{words}{_ranks(more, feminine)}"
        if _OF_AGE.match(after):
            return ordinal(number, feminine=True, oblique=True) + more
        noun = previous_word(before)
        if noun.removeprefix("و").removeprefix("ل").removeprefix("ب") == "دور":
            return definite_cardinal(number, feminine=False) + more  # دور الـ16: of sixteen
        ranking = _ranking_before(before, after)
        if ranking:  # "المرتبة الأولى عربيا، والـ14 عالميا": the same ranking goes on
            return ordinal(number, is_feminine(ranking, lexicon), oblique=True) + more
        bare_noun = _rank_noun(noun)  # بالمركز، للمرة
        # بدورته ال25 بمشاركة …: a possessed rank noun behind its preposition (the word after
        # was taken for what is counted: الخمس والعشرين)
        bare_noun = _WITH_PRONOUN.get(noun, _WITH_PRONOUN.get(bare_noun, bare_noun))
        counted = counted_noun(after)
        head = _construct_head(before)
        if (
            number >= 3
            and bare_noun not in NUMBERED
            and _definite_singular(noun)
            and head
            and is_plural(head, lexicon)
            and not counted_form(counted, number, lexicon)
        ):  # أندية الدوري الـ18: the league's eighteen clubs (it said الثامن عشر)
            return definite_cardinal(number, is_feminine(head, lexicon)) + more
        if number <= 999 and (
            bare_noun in NUMBERED
            or (_definite_singular(noun) and not counted_form(counted, number, lexicon))
        ):  # المركز الـ16 عالميا، القمة الـ47 لقادة الدول، الدورة الـ33 للألعاب
            gendered = bare_noun if bare_noun in NUMBERED else noun.removeprefix("و")
            feminine = is_feminine(gendered, lexicon)  # بالذكرى الـ111: of الذكرى
            return ordinal(number, feminine, oblique=True) + _ranks(more, feminine)
        if counted and not counted.startswith("ال"):  # الـ48 ساعة
            return definite_cardinal(number, is_feminine(counted, lexicon)) + more
        if _is_plural(noun) or number > 999:  # المباريات الـ187
            return definite_cardinal(number, is_feminine(noun, lexicon)) + more
        feminine = is_feminine(_unpossessed(noun.removeprefix("و")), lexicon)
        return ordinal(number, feminine, oblique=True) + more  # القرن الـ20، دورته الـ25

    return _DAY_NUMBER.sub(_day_of_month, _DEFINITE.sub(read, text))


# "4- ارتفاع الأسعار", "1) تحسين الخدمات": an item's number at the start of a line (or after
# a colon), as a newsreader says it: رابعًا، أولًا. Not a clock's minutes after its colon
# ("(05:49) بتوقيت": a speech set's judge heard صفر خمسة: التاسع والأربعون).
_LIST_MARKER = re.compile(
    r"(?:^|(?<=[:؛])(?<!\d:))([ \t]*)(\d{1,2})[ \t]*[-–).][ \t]+(?=[\u0621-\u064a])", re.M
)
_ADVERBIAL = ("", "أولًا", "ثانيًا", "ثالثًا", "رابعًا", "خامسًا", "سادسًا", "سابعًا", "ثامنًا",
              "تاسعًا", "عاشرًا")  # fmt: skip


def list_markers(text: str) -> str:
    def read(match: re.Match[str]) -> str:
        number = int(match.group(2))
        if not 1 <= number <= 99:
            return match.group(0)
        said = _ADVERBIAL[number] if number <= 10 else ordinal(number)
        return f"{match.group(1)}{said}، "

    return _LIST_MARKER.sub(read, text)
