"""Numbers that name rather than count: phones, toll-free lines, accounts, IDs.

They are read digit by digit, never as billions: "8001245555" is ثمانية صفر صفر واحد…
A number is one by its shape (a leading 0 or +, groups of a phone number, 13 digits or
more), by the words before it (رقم الهاتف، الحساب، الهوية، المجاني…), or by its length: nine
digits or more with no currency or counted noun after them is not a quantity news writes
in digits (news writes 3 مليارات، not 3000000000).
"""

from __future__ import annotations

import re

from briefing.speech.context import counted_noun, is_plural, is_year, previous_word
from briefing.speech.numbers import SPOKEN_DIGITS, digits_one_by_one
from briefing.text import GLUE

_SHAPED = re.compile(
    r"(?<![\w.])(?:\+\d[\d\s-]{6,}\d|0\d{7,}|0\d{1,3}[\s-]\d{3,4}[\s-]?\d{3,4}|\d{13,})(?![\w.])"
)
_DIGITS = re.compile(
    r"(?<![\w.,])(?:\d{5,}|\d{2,4}(?:[\s-]\d{2,4})+)(?:[\s-]\d{2,})*(?![\w,]|[.,]\d)"
)
# Words that announce a code: a number after them within three words is one.
_CODE_WORDS = frozenset(("رقم", "الرقم", "هاتف", "الهاتف", "جوال", "الجوال", "واتساب",
                         "فاكس", "الفاكس", "حساب", "الحساب", "آيبان", "الآيبان", "الهوية",
                         "هوية", "السجل", "المجاني", "الموحد", "الساخن", "الرمز", "رمز",
                         "كود", "الكود", "البريدي", "بطاقة", "البطاقة", "الطلب", "الشحنة",
                         "التتبع", "الجواز", "جواز", "الاتصال", "اتصال", "التواصل",
                         "تواصل", "الجوال", "محمول", "المحمول", "تلفون", "الخلوي"))  # fmt: skip
# Words that announce a line to call: a number after them (112, 999, 937, 19019) is dialled,
# not counted, whatever its length (رقم alone does not: القرار رقم 2231 is read as a number).
_CALL_WORDS = frozenset(("الاتصال", "هاتف", "الهاتف", "الخط", "خط", "الساخن", "الموحد",
                         "المجاني", "الطوارئ", "طوارئ", "الإسعاف", "النجدة", "هاتفيا",
                         "واتساب", "الشكاوى", "البلاغات", "بلاغات", "الطارئة", "الإبلاغ",
                         "التبليغ", "ألو", "الاستفسار", "الاستفسارات", "استفسار", "المطافئ",
                         "الإطفاء", "موحد", "موحدا", "ساخن", "ساخنا", "مجاني", "مجانيا",
                         "الشرطة", "بالشرطة", "الإسعاف"))  # fmt: skip
# The emergency lines of the region and beyond (911, 999, 112, the Gulf's 997/998/999, Egypt's
# 122/123/180, Morocco's 190/150/177, Tunisia's 190/197/198): dialled wherever nothing
# counts after them and they are no year, in a list of lines too ('(911) و(999) و(997)').
_EMERGENCY = frozenset((911, 999, 112, 997, 998, 996, 995, 993, 122, 123, 125, 126, 180,
                        190, 191, 197, 198, 150, 177, 110, 115, 119, 100, 101, 102))  # fmt: skip
# ... of which those that name a phone line reach five words back ('ورقم الهاتف المخصص
# للمسافرين هو 1966'); الخط، الاتصال … are also words of other things (خط المواجهة).
_PHONE_WORDS = frozenset(("هاتف", "الهاتف", "الساخن", "المجاني", "الموحد", "واتساب", "ألو",
                          "الطوارئ", "الاستفسار", "الاستفسارات", "هاتفيا",
                          # الرقم الهاتفي 3322 (judged set 8: read as a quantity)
                          "الهاتفي", "الهاتفية", "هاتفي"))  # fmt: skip
_PHONE_WORD_REACH = 5
# A part of people after the number ('300 من الجنود') is a count, a place to call from
# ('911 من الهاتف الأرضي') is not.
_PART_OF = re.compile(r"^\s*من\s+(ال\w+)")
_CALLED_FROM = frozenset(("الهاتف", "الهواتف", "الجوال", "المحمول", "الخارج", "الداخل"))
# A label and a colon before the number ('الخط الساخن لوزارة الصحة العامة: 1787', 'رقم
# الخدمة: 1919'): a call word or a code word anywhere in the label announces a line.
_LABEL = re.compile(r":\s*$")
# The verb of calling reaches further: 'اتصل بالدفاع المدني على 998' (the service between).
_CALL_VERBS = frozenset(("اتصل", "اتصلوا", "اتصلي", "يتصل", "تتصل", "يتصلوا", "اتصلت",
                         "هاتفوا", "تواصلوا", "اطلب", "اطلبوا"))  # fmt: skip
# ... and the verbs of texting, when the number is where the text goes (أرسل رسالة إلى
# 1212: it said ألف ومئتين واثني عشر; أرسل 200 إلى الحدود counts).
_TEXT_VERBS = frozenset(("أرسل", "ارسل", "أرسلوا", "ارسلوا", "إرسال", "ارسال", "بإرسال",
                         "بارسال"))  # fmt: skip
_SENT_TO = frozenset(("إلى", "الى", "على"))
_CALL_VERB_WORDS = 6
# Services named in two words: 'الدفاع المدني 998'.
_CALL_SERVICES = re.compile(r"لدفاع\s+المدني(?:\s+\S+){0,2}\s*$")
# Words after a dialled number that say something of the line, never what a number counts:
# 'رقم الطوارئ 997 متاح طوال اليوم'.
_SAID_OF_A_LINE = frozenset(("متاح", "متاحة", "مجاني", "مجانية", "مفتوح", "مفتوحة",
                             "يعمل", "تعمل", "مخصص", "مخصصة", "أو", "و"))  # fmt: skip
_NUMBER = frozenset(("رقم", "الرقم"))
_THE_NUMBER = frozenset(("الرقم", "بالرقم", "للرقم", "والرقم"))
_SHORT = re.compile(r"(?<![\w.,])\d{3,4}(?![\w,]|[.,]\d)")
_PREFIXES = ("لل", "وب", "ول", "و", "ب", "ل", "ف")
_CONTEXT_WORDS = 3
# Digits: from nine on, a bare number is a code unless something counts; from eight on,
# one that is not round (70192912: a phone in Lebanon or Tunisia; 25000000 is a count).
_LONGEST_COUNT = 8
# Two phone numbers side by side with a dash or a slash: one or the other, never a range.
_NUMBER_PAIR = re.compile(r"(?<![\w.,])(\d{7,})\s*[-–/]\s*(\d{7,})(?![\w,]|[.,]\d)")


def _bare(word: str, known: frozenset[str]) -> str:
    word = word.strip('،,:«»"()')
    for prefix in _PREFIXES:
        if word.startswith(prefix) and word[len(prefix) :] in known:
            return word[len(prefix) :]
        if prefix == "لل" and word.startswith(prefix) and "ال" + word[2:] in known:
            return "ال" + word[2:]  # للاتصال is ل + الاتصال
    return word


def _announced(
    before: str, known: frozenset[str] = _CODE_WORDS, reach: int = _CONTEXT_WORDS
) -> bool:
    words = re.split(r"[.!؟?\n]", before)[-1].split()[-reach:]
    return any(_bare(word, known) in known for word in words)


def _to_call(before: str) -> bool:
    """A line to call is announced: a call word in the last three words, the verb of
    calling in the last six, a service named in two words right before, or a label with a
    call or code word before a colon."""
    clause = re.split(r"[.!؟?\n]", before)[-1]
    if _LABEL.search(clause):
        label = re.split(r"[،,؛;:]", clause)[-2] if clause.count(":") else clause
        reach = len(label.split())
        return _announced(label, _CALL_WORDS | _CODE_WORDS, reach)
    return (
        _announced(clause, _CALL_WORDS)
        or _announced(clause, _PHONE_WORDS, _PHONE_WORD_REACH)
        or _announced(clause, _CALL_VERBS, _CALL_VERB_WORDS)
        or (previous_word(clause) in _SENT_TO and _announced(clause, _TEXT_VERBS, _CALL_VERB_WORDS))
        or _CALL_SERVICES.search(clause) is not None
    )


def _counts(digits: str, after: str) -> bool:
    """A noun after the number has the form of what it counts: not definite (16000
    للاستفسار) nor behind ل or ب (300 لخدمة), not a word said of the line (متاح، يعمل),
    and in its counted form for the last two digits (a plural after 3–10, an accusative or
    ة after 11–99: 997 متاح is no count, 12000 مكالمة is)."""
    part = _PART_OF.match(after)
    if part:
        return part.group(1) not in _CALLED_FROM
    noun = counted_noun(after)
    if not noun or noun.startswith(("لل", "ال")) or noun in _SAID_OF_A_LINE:
        return False
    if noun[0] in "لب" and len(noun) > 4 and not noun.endswith(("ا", "ات")):
        return False  # ألو 300 لخدمة المواطنين: a preposition's phrase (not ليرة، بلاغا)
    rest = int(re.sub(r"\D", "", digits)[-2:]) if re.search(r"\d", digits) else 0
    if 3 <= rest <= 10:
        return is_plural(noun)
    return rest < 11 or noun.endswith(("ا", "ة", "ى"))


# What sits right before an emergency line (على 998، رقم 911، وهو 137 after a line's name
# further back, a bracket of a list) and right after it (a bracket, a pause, a list's و).
_BEFORE_A_LINE = frozenset(("على", "رقم", "برقم", "هو", "وهو", "هي", "وهي", "الرقم"))
_AFTER_A_LINE = re.compile(r"^\s*(?:\)|[،,.؛;:]|و\s*\(|أو\b|$)")


def _dial_cue(before: str, after: str) -> bool:
    """An emergency line is meant: a word that names a number right before it, or brackets
    around it (a list of lines), and nothing it could count after."""
    bracketed = before.rstrip().endswith("(") and after.lstrip().startswith(")")
    return bracketed or (
        previous_word(before) in _BEFORE_A_LINE and _AFTER_A_LINE.match(after) is not None
    )


def _spoken(digits: str) -> str:
    return f" {digits_one_by_one(digits)} "


_GLUED_BRACKET = re.compile(r"[\u0621-\u064a]\($")

# A short code to dial on a phone (*123#، #567*، *100*1#): digit by digit, each run after
# a star apart (it was read as a quantity where no word said to call).
_USSD = re.compile(r"(?<![\w*#])[*#]\d{1,6}(?:\*\d{1,6})*[*#](?![\w*#])")
# A country's dialling code (+963، (+20)): a plus and up to four digits, after a word
# that names a code (مفتاح سوريا الدولي +963: it said زائد تسعمئة وثلاثة وستين) or in
# brackets; "+3 نقاط" is a rise.
_DIALLING_CODE = re.compile(r"(?<![\w.+])\+\d{1,4}(?![\d.,]|\s*\d)")
_DIALLING_WORDS = _CODE_WORDS | frozenset(("مفتاح", "المفتاح", "الدولي", "مقدمة", "بادئة"))


def _dialling_code(match: re.Match[str]) -> str:
    before, after = match.string[: match.start()], match.string[match.end() :]
    bracketed = before.rstrip().endswith("(") and after.lstrip().startswith(")")
    if (bracketed or _announced(before, _DIALLING_WORDS)) and not _counts(match.group(0), after):
        return f" +{_spoken(match.group(0)[1:])}"
    return match.group(0)


def _ussd(match: re.Match[str]) -> str:
    return "، ".join(map(_spoken, re.findall(r"\d+", match.group(0))))


# The next number of a list whose number before was dialled digit by digit (الأرقام
# 4412345 و4412346 و4412347: the last two were read as millions): one of the same list.
_LISTED_AFTER_CODE = re.compile(
    rf"(?<![\w])({SPOKEN_DIGITS}\s*(?:[،,/\-–]|و{GLUE}?|أو)\s*)(\d{{5,}})(?![\w,]|[.,]\d)"
)


def identifiers(text: str) -> str:
    text = _NUMBER_PAIR.sub(lambda m: f"{_spoken(m.group(1))} أو {_spoken(m.group(2))}", text)
    text = _SHAPED.sub(lambda m: _spoken(m.group(0)), text)
    if "+" in text:
        text = _DIALLING_CODE.sub(_dialling_code, text)
    if "*" in text or "#" in text:
        text = _USSD.sub(_ussd, text)

    def read(match: re.Match[str]) -> str:
        digits = match.group(0)
        before, after = match.string[: match.start()], match.string[match.end() :]
        length = len(re.sub(r"\D", "", digits))
        round_count = digits.endswith("000")  # الرقم 45000: a figure, not a code
        one_run = digits.isdigit()  # not 2015-2020
        long_bare = not counted_noun(after) and (
            length > _LONGEST_COUNT or (length == _LONGEST_COUNT and one_run and not round_count)
        )
        # 22 33 44 55: three groups or more of two to four digits, seven digits or more,
        # are a phone number written in groups (a list of numbers has و between them).
        grouped = len(re.findall(r"\d+", digits)) >= 3 and length >= 7
        # ... unless a count follows (تلقى الخط 12000 مكالمة); رقم الهاتف is a number to dial
        called = _to_call(before) and (not _counts(digits, after) or _announced(before, _NUMBER))
        # السواحل(1880888): six digits or more in brackets glued to a service's name, not
        # round: a line's number (a figure restated in brackets is spaced off its word,
        # بلغ عدد الحالات (125430), and it was read as a million and more)
        bracketed = (
            _GLUED_BRACKET.search(before) is not None
            and after.lstrip().startswith(")")
            and length >= 6
            and not digits.endswith("00")
        )
        announced = grouped or _announced(before) or called or bracketed
        # A line to call is dialled even when round (اتصل على 16000); after رقم alone a
        # round number is a figure (الرقم 45000).
        if (announced and length >= 5 and (called or not round_count)) or long_bare:
            return _spoken(digits)
        return digits

    text = _DIGITS.sub(read, text)
    start = 0
    while (listed := _LISTED_AFTER_CODE.search(text, start)) is not None:
        start = listed.end(1)
        if not _counts(listed.group(2), text[listed.end() :]):  # 50000 دولار is a sum
            text = f"{text[: listed.start(2)]}{_spoken(listed.group(2))}{text[listed.end(2) :]}"

    def dialled(match: re.Match[str]) -> str:
        before, after = match.string[: match.start()], match.string[match.end() :]
        # تلقى الخط 1500 اتصال، عام 2015; هاتف Moto 360 الجديد: a model's number (a
        # definite word after it, a Latin name before it)
        model = counted_noun(after).startswith("ال") or re.search(r"[A-Za-z]\s*$", before)
        if model or _counts(match.group(0), after) or is_year(int(match.group(0)), before, after):
            return match.group(0)
        # الرقم 1919 مخصص للشكاوى: "the number" right before three or four digits is a line
        # (رقم alone is not: القرار رقم 2231)
        the_number = previous_word(before) in _THE_NUMBER
        emergency = int(match.group(0)) in _EMERGENCY and _dial_cue(before, after)
        if the_number or emergency or _to_call(before):
            return _spoken(match.group(0))
        return match.group(0)

    return _SHORT.sub(dialled, text)
