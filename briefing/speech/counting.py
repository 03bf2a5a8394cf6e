"""The numbers left after the special shapes: counts whose noun follows them."""

from __future__ import annotations

import re

from briefing.speech.clitics import behind_a_clitic
from briefing.speech.context import (
    counted_form,
    counted_noun,
    is_feminine,
    is_oblique,
    is_plural,
    is_year,
    next_word,
    past_next_word,
    previous_word,
)
from briefing.speech.lexicon import Lexicon
from briefing.speech.numbers import (
    LARGEST,
    SCALE_FORMS,
    SCALE_WORDS,
    SCALES,
    cardinal,
    count,
    decimal,
    digits_one_by_one,
    round_before_noun,
    scaled_decimal,
)
from briefing.text import GLUE, SAID_SCALE, word_list

_NUMBER = re.compile(r"(?<![\w.])([-−](?=\d))?(\d+)(?:\.(\d+))?(?!\d)")
# (not و and the next number: 2 مليون و101 ألف said مليوني ومئة)
_FOLLOWED_BY_NOUN = re.compile(r"^\s*(?!و(?:" + GLUE + r"|\s*\d))[\u0621-\u064a]")
# After these the number names (القرار رقم 2231، المرسوم رقم 45 لسنة 2024): masculine,
# counting nothing that follows.
_NUMBER_WORDS = frozenset(("رقم", "الرقم", "برقم", "بالرقم", "ورقم", "رقمه", "رقمها"))
# ... and so is one right before لسنة or لعام and a year (القانون 12 لسنة 2007: it said
# اثنتي عشرة, by the ة of لسنة).
_OF_THE_YEAR = re.compile(r"^\s*(?:لسنة|لعام)\s+\d{4}(?!\d)")
# A fuel's grade (بنزين 92، أوكتان 95) is a label, said as the number is named, counting
# nothing after it (البنزين 92 بنسبة: it said اثنتين وتسعين by the ة of بنسبة).
_GRADED = frozenset(("بنزين", "البنزين", "أوكتان", "اوكتان", "الأوكتان", "الاوكتان", "أوكتين"))
_GRADES = range(80, 101)
# ... and so is gold's karat, alone or in a list (عيار 21 لغايات البيع، عياري 24 و18: they
# were read إحدى وعشرين، أربع وعشرين by the ات of لغايات): عيار is masculine.
_KARAT = re.compile(r"(?:^|\s)[وب]?(?:ال)?عيار[يا]?\s+(?:\d{1,2}\s*[،,]?\s*و\W*)*$")
_KARATS = range(8, 25)
# An Arabic word and a hyphen right before the number: a model or a disease (سو-35).
# ... and the list may be longer: every number of 14 و12 و5 سنوات takes the gender of سنوات.
_PAIRED_NOUN = re.compile(r"^(?:\s*[،,]?\s*و" + GLUE + r"?\s*\d+(?:\.\d+)?)+\s+([\u0621-\u064a]+)")
_NAME_HYPHEN = re.compile(r"[\u0621-\u064a]-$")
# Words after a number whose ة tells no gender: a percent and plural scales are said with
# the abstract number (ثلاثة فاصلة سبعة بالمئة).
_ABSTRACT = frozenset(("آلاف", "ملايين", "بالمئة", "بالمائة", "مئة", "مائة"))


# "3 منها" after "40 إصابة": the number counts the noun of the count before it, in its clause.
_OF_THEM = frozenset(("منها", "منهم", "منهن", "بينها", "بينهم"))
_COUNTED_BEFORE = re.compile(r"\d\s+([\u0621-\u064a]{3,})[^\d.!؟?]*$")


# "144 من الشركات المدرجة", "23 من اللاعبات": the definite plural a part is taken from (a
# judge heard وأربعة وأربعين من الشركات).
_PART_OF = re.compile(r"^\s*من\s+ال([\u0621-\u064a]{3,}(?:ات|ين|ون))(?![\u0621-\u064a])")


# "9 حوادث مميتة و25 خطيرة": an adjective after و and a number, its noun left out, whose
# list named the noun before with an adjective of its own: the number counts that noun
# (judged set 10: it said وخمس وعشرين خطيرة after حوادث). Adjectives that sort a count.
_SORTING_ADJECTIVES = frozenset(word_list(
    "خطيرة بسيطة طفيفة متوسطة حرجة مميتة قاتلة كبيرة صغيرة جديدة قديمة مختلفة متفرقة"
    " عادية سليمة مستقرة بالغة شديدة خفيفة ناجحة فاشلة مؤكدة محتملة مشتبهة نشطة"
))  # fmt: skip
_LISTED_NOUN = re.compile(
    r"\d\s+([\u0621-\u064a]{3,})((?:\s+[\u0621-\u064a]+){1,3})\s*[،,]?\s+و" + GLUE + r"?\s*$"
)


def _elided_noun(adjective: str, before: str) -> str | None:
    """The noun an adjective after a number stands for, by the list before it; or None."""
    if adjective not in _SORTING_ADJECTIVES:
        return None
    listed = _LISTED_NOUN.search(before)
    if not listed or _SORTING_ADJECTIVES.isdisjoint(listed.group(2).split()):
        return None
    return listed.group(1)


def _read(match: re.Match[str], lexicon: Lexicon) -> str:
    sign, whole, fraction = match.groups()
    before, after = match.string[: match.start()], match.string[match.end() :]
    padded = len(whole) == 2 and whole[0] == "0" and not fraction and not sign
    if padded and (counted_noun(after) or previous_word(before) in _NUMBER_WORDS):
        # لمدة 03 سنوات، القميص رقم 08: a count or a label padded to two digits (it said
        # صفر ثلاثة)
        whole = whole[1:]
    if (len(whole) > 1 and whole.startswith("0") and not fraction) or int(whole) >= LARGEST:
        return digits_one_by_one(whole)  # a code, not a quantity
    oblique = is_oblique(before)
    noun = next_word(after)
    words: str
    scale = SCALE_FORMS.get(noun)
    if scale and not sign and int(whole) < 1000:  # count() reads 1–999
        # "12 ألف نقطة" → اثني عشر ألف نقطة, "3.5 مليون" → ثلاثة ملايين ونصف: the scale
        # word is ours now, so drop it.
        rest = past_next_word(after)
        # the accusative the page wrote (12 مليونًا في) ends the number: no construct
        accusative = noun == scale.accusative_letters
        construct = not accusative and bool(_FOLLOWED_BY_NOUN.match(rest))
        if fraction:
            words = scaled_decimal(whole, fraction, scale, oblique, construct)
        else:
            words = count(int(whole), scale, oblique, construct=construct)
        return f"{words}{SAID_SCALE}"
    if not fraction and not sign and is_year(int(whole), before, after):
        return cardinal(int(whole), oblique=True)
    if (
        not fraction
        and not sign
        and int(whole) in _GRADES
        and previous_word(before).removeprefix("و") in _GRADED
        and not counted_form(noun, int(whole), lexicon)
    ):
        return cardinal(int(whole))  # بنزين 92: اثنان وتسعون
    if not fraction and not sign and int(whole) in _KARATS and _KARAT.search(before):
        return cardinal(int(whole), oblique=True)  # الذهب عيار 21: واحد وعشرين
    if (
        not fraction
        and not sign
        and (previous_word(before) in _NUMBER_WORDS or _OF_THE_YEAR.match(after))
    ):
        return cardinal(int(whole), oblique=True)  # المرسوم رقم 45 لسنة: a label, no count
    named = (
        _NAME_HYPHEN.search(before)
        and not counted_form(noun, int(whole), lexicon)
        and not (fraction and counted_noun(after))  # بقوة5.4 درجة: a quantity glued on
    )
    if not sign and named:  # كوفيد-19 جديدة، سو-35: a name's number (مدتها3 ساعات counts)
        return decimal(whole, fraction or "", oblique=True)
    # A decimal's whole part agrees with its noun as a count does: اثنتان فاصلة خمسة درجة،
    # ثلاث فاصلة خمسة مرة (the judge of round 3 heard اثنين فاصلة خمسة درجة as wrong). The
    # first of two numbers joined by و takes the gender of the noun after the second (بين 18
    # و25 درجة).
    paired = _PAIRED_NOUN.match(after)
    gendered = paired.group(1) if paired else noun
    if noun in _OF_THEM and (implied := _COUNTED_BEFORE.search(before)):
        gendered = implied.group(1)  # 40 إصابة، 3 منها حرجة: the noun counted before
    elif noun == "من" and (part := _PART_OF.match(after)):
        gendered = part.group(1)  # 144 من الشركات: a part of a definite plural, its gender
    elif not paired and (listed := _elided_noun(noun, before)):
        gendered = listed
    # أصيب 2 بالرصاص: a definite word behind a preposition counts nothing (masculine)
    # ... and so is a word behind ب ل ك after 1 or 2, which count no plural (أصيب 2 بطلقات),
    # or a singular one after up to ten, which count plurals (نجا 2 بأعجوبة; not 3 بطاقات)
    small = int(whole) <= 2 or (int(whole) <= 10 and not is_plural(gendered, lexicon))
    phrase = behind_a_clitic(gendered) and small
    feminine = (
        gendered not in _ABSTRACT
        and not _BEHIND_A_PREPOSITION.match(gendered)
        and not phrase
        and is_feminine(gendered, lexicon)
    )
    words = decimal(whole, fraction or "", feminine, oblique)
    if not fraction and not sign and counted_noun(after) and not paired:  # بين 200 و350 ريالا
        if int(whole) % 1000 == 200:
            words = words[:-1]  # 200 before its noun is in construct: مئتا جندي, مئتي وحدة
        words = round_before_noun(int(whole), oblique) or words
    return f"سالب {words}" if sign else words


# "2 إصابة", "1 حالة": news writes the digit before a singular noun, a newsreader says the
# dual (إصابتان، شخصين) and the noun with واحد after it (يوم واحد).
_ONE_OR_TWO = re.compile(
    r"(?<![\w.,\-−])([-−](?=\d))?([12])\s+([\u0621-\u064a]{3,})(?=[\s.,،؛:!؟?)»”\"]|$)"
)
# Endings and shapes of plurals and of nouns whose dual is not regular (مستشفى، عصا، فيديو).
_NO_REGULAR_DUAL = re.compile("(?:ات|ون|ين|ان|ى|ا|و|ي|ه)$|^أ..ا.$")
_BOUNDARY_AFTER = re.compile(r"^\s*(?:$|[.,،؛:!؟?)»”\"]|(?:من|في|على|إلى|عن|مع|فقط|بعد|قبل)\s)")


# The article, also behind a proclitic (بالرصاص، للمستشفى، والجائزة).
_DEFINITE = re.compile("^(?:[وفبك]?ال|لل)")
# ... behind a preposition: a phrase after the number, never what it counts (a plain
# definite word after it may still agree with the noun before: الساعات 24 الماضية).
_BEHIND_A_PREPOSITION = re.compile("^(?:[بك]ال|لل)")


def _dual(noun: str, oblique: bool) -> str | None:
    """The regular dual of a singular noun: إصابة → إصابتين، شخص → شخصين; None otherwise."""
    if noun.endswith("ة"):
        return noun[:-1] + ("تين" if oblique else "تان")
    if _NO_REGULAR_DUAL.search(noun):
        return None
    return noun + ("ين" if oblique else "ان")


def _one_or_two(match: re.Match[str], lexicon: Lexicon) -> str:
    """The noun's dual or the noun and واحد; with a minus sign before (الصغرى -2 درجة), the
    same after سالب (it said سالب اثنتين درجة)."""
    sign, number, noun = match.groups()
    said = _one_or_two_said(match, number, noun, lexicon)
    return f"سالب {said}" if sign and said != match.group(0) else said


def _one_or_two_said(match: re.Match[str], number: str, noun: str, lexicon: Lexicon) -> str:
    before, after = match.string[: match.start()], match.string[match.end() :]
    if previous_word(before) in _NUMBER_WORDS:
        return match.group(0)  # القرار رقم 1 لسنة، المرشح رقم 2 للفوز: a label (it was lost)
    if _DEFINITE.match(noun) or noun in SCALES or counted_noun(" " + noun) != noun:
        return match.group(0)  # أصيب 2 بالرصاص: a definite word is never the counted noun
    unit = lexicon.unit_words.get(noun)
    if unit and number == "2":
        return unit.dual_in_case(is_oblique(before))
    if behind_a_clitic(noun) and not unit:
        return match.group(0)  # أصيب 2 بجروح: the number alone (اثنان), then a phrase
    if number == "2":
        dual = _dual(noun, is_oblique(before))
        return dual if dual else match.group(0)
    one = "واحدة" if is_feminine(noun, lexicon) else "واحد"
    # "1 يوم" → يوم واحد; "1 حالة وفاة" → حالة وفاة (one is said by the singular itself)
    return f"{noun} {one}" if _BOUNDARY_AFTER.match(after) else noun


# "رقم (1)": the brackets around a label's number are no pause.
_BRACKETED_LABEL = re.compile(r"(?<![\w])((?:[وب]?ال|[وب])?رقم)\s*\((\d+)\)")


_SAID_SCALE_WORD = re.compile(SAID_SCALE + rf"\s*(?:{SCALE_WORDS})(?:\u064b?ا\u064b?)?")


def counts(text: str, lexicon: Lexicon) -> str:
    text = _BRACKETED_LABEL.sub(r"\1 \2", text)
    text = _ONE_OR_TWO.sub(lambda m: _one_or_two(m, lexicon), text)
    text = _NUMBER.sub(lambda m: _read(m, lexicon), text)
    # Drop the scale word that `count` already said ("ألف" after "اثني عشر ألف<SAID_SCALE>"),
    # in the form the page wrote it (مليونًا، مليوناً).
    return _SAID_SCALE_WORD.sub("", text)


_ANY_DIGITS = re.compile(r"\d+")


def leftover_digits(text: str) -> str:
    """Last resort for digits no reader above claimed (glued to letters, say): said, never left.

    A digit must never reach an engine, which would read it in English or not at all.
    """
    return _ANY_DIGITS.sub(lambda m: f" {digits_one_by_one(m.group(0))} ", text)
