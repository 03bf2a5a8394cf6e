"""Character-level repairs before anything is read: tatweel, digits, separators, prefixes."""

from __future__ import annotations

import re

from briefing.text import GLUE, INVISIBLE, TATWEEL

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "0123456789" * 2 + ".,")
# Right-to-left software stores 11.50 as "50ر11" (the ر standing for the decimal mark).
_BIDI_DECIMAL = re.compile(r"(?<![\d.])(\d+)ر(\d+)(?![\d.])")
# ... and moves a full stop after a final number to its front: "3 - .1" for "3 - 1.".
_STOP_BEFORE_NUMBER = re.compile(r"(?<=\s)\.(\d+)[ \t]*$", re.MULTILINE)
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d)")
_PREFIXED = re.compile(r"(?<![^\s(\[«\"“'،,؛:/-])(وال|بال|فال|لل|ال|[وف]?[بلك]|[وف])(?=\d)")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def control_characters(text: str) -> str:
    """Control characters are never speech, and an engine may choke on them."""
    return _CONTROL.sub(" ", text)


def strip_tatweel(text: str) -> str:
    return text.replace(TATWEEL, "")


def strip_invisible(text: str) -> str:
    return INVISIBLE.sub("", text)


def western_digits(text: str) -> str:
    """Arabic-Indic and Persian digits (and ٫ ٬) become 0-9 . , for the readers below."""
    return text.translate(_DIGITS)


def bidi_decimals(text: str) -> str:
    text = _STOP_BEFORE_NUMBER.sub(r"\1.", text)
    return _BIDI_DECIMAL.sub(lambda m: f"{m.group(2)}.{m.group(1)}", text)


def thousands_separators(text: str) -> str:
    return _THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), text)


def detach_prefixes(text: str) -> str:
    """'و1737' → 'و<GLUE> 1737' so numbers read alone, and the prefix rejoins the words."""
    return _PREFIXED.sub(lambda m: f"{m.group(1)}{GLUE} ", text)


def join_glued(text: str) -> str:
    return re.sub(GLUE + r"\s*", "", text)


def prefix_before(text: str) -> str:
    """The glued prefix right before a number, if any ('ب' for 'ب<GLUE> 50')."""
    match = re.search(r"(\S+)" + GLUE + r"\s*$", text)
    return match.group(1) if match else ""
