"""Speech: written Arabic to the text an engine should say.

A pipeline of small pure pre-processors (in the manner of gTTS's tokenizer), each
with its own cases, composed by `speakable`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.speech.numbers import cardinal, digits_one_by_one

Processor = Callable[[str], str]

_TATWEEL = "\u0640"
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_NUMBER = re.compile(r"\d+(?:[.,٫]\d+)?")
_LONGEST_QUANTITY = 12  # more digits than this is an identifier, read digit by digit
_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\S+")
_PERCENT = re.compile(r"%\s*(\d+(?:[.,٫]\d+)?)|(\d+(?:[.,٫]\d+)?)\s*[%٪]")
_QUOTE_MARKS = re.compile('[“”«»"„]')
_REPEATED_PUNCT = re.compile(r"([.!؟?،,؛;])\1+")
_SPACES = re.compile(r"\s+")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def control_characters(text: str) -> str:
    """Control characters are never speech; an engine may choke on them."""
    return _CONTROL.sub(" ", text)


def strip_tatweel(text: str) -> str:
    return text.replace(_TATWEEL, "")


def western_digits(text: str) -> str:
    return text.translate(_EASTERN_DIGITS)


def drop_urls(text: str) -> str:
    return _URL.sub(" ", text)


def percentages(text: str) -> str:
    return _PERCENT.sub(lambda m: f"{m.group(1) or m.group(2)} بالمئة", text)


def _number_words(match: re.Match[str]) -> str:
    whole, _, fraction = re.sub("[,٫]", ".", match.group(0)).partition(".")
    if len(whole) > _LONGEST_QUANTITY:
        return f" {digits_one_by_one(whole)} "
    words = cardinal(int(whole))
    if fraction.strip("0"):
        words += " فاصلة " + cardinal(int(fraction))
    return f" {words} "


def numbers(text: str) -> str:
    return _NUMBER.sub(_number_words, text)


def punctuation(text: str) -> str:
    text = _QUOTE_MARKS.sub("", text)
    return _REPEATED_PUNCT.sub(r"\1", text)


def spaces(text: str) -> str:
    text = _SPACES.sub(" ", text)
    return re.sub(r"\s+([.!؟?،,؛;:])", r"\1", text).strip()


PIPELINE: tuple[Processor, ...] = (
    control_characters,
    strip_tatweel,
    western_digits,
    drop_urls,
    percentages,
    numbers,
    punctuation,
    spaces,
)


def speakable(text: str, pipeline: tuple[Processor, ...] = PIPELINE) -> str:
    """The text as a newsreader would say it: no digits, no symbols to stumble on."""
    for process in pipeline:
        text = process(text)
    return text
