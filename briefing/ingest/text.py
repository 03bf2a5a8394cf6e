"""Bytes to clean Unicode text: encoding detection and character clean-up."""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata

import charset_normalizer

from briefing.errors import InputError
from briefing.ingest.dates import parse_published
from briefing.text import ARABIC_LETTER, INVISIBLE, without_dangling

_SPACES = re.compile("[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Control characters other than tab, newline and carriage return never occur in text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The single-byte encodings Arabic sites still serve; tried when detection is unsure.
ARABIC_CODEPAGES = ("cp1256", "iso8859_6")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _arabic_share(text: str) -> float:
    """Arabic letters among all letters: how plausible a decoding of an Arabic article is."""
    letters = sum(1 for char in text if char.isalpha())
    return len(ARABIC_LETTER.findall(text)) / letters if letters else 0.0


def _detect(data: bytes) -> str | None:
    """The best decoding of non-UTF-8 bytes, or None when they are not text."""
    guesses = [str(match) for match in charset_normalizer.from_bytes(data)]
    guesses += [
        str(match)
        for match in charset_normalizer.from_bytes(data, cp_isolation=list(ARABIC_CODEPAGES))
    ]
    if not guesses:
        return None
    # Detection is statistics; an Arabic article decodes to Arabic letters, so prefer that.
    return max(guesses, key=_arabic_share)


def decode(data: bytes, source: str) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or detected."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"{source}: not valid {encoding} text") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{source}: not a text file (binary data)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        detected = _detect(data)
        if detected is None:
            raise InputError(
                f"{source}: not text in a known encoding (UTF-8, Windows-1256, ISO-8859-6)"
            ) from None
        text = detected
    if len(_CONTROL.findall(text[:4096])) > 2:
        raise InputError(f"{source}: not a text file (binary data)")
    return text


def clean_line(line: str) -> str:
    line = INVISIBLE.sub("", line)
    return _SPACES.sub(" ", line).strip()


# A paragraph break a copy kept as spaces around a no-break space ("…بجراح. \u00a0 وكانت …"):
# after a sentence's end, a no-break space with a space beside it (never "د.\u00a0محمد").
_KEPT_BREAK = re.compile(r"(?<=[.!?؟\"”»)])[ \t]*(?:[ \t]\u00a0|\u00a0[ \t])[ \t\u00a0]*(?=\S)")


def clean_lines(text: str) -> tuple[str, ...]:
    """NFC, invisible characters removed, spaces collapsed, empty lines dropped; a
    paragraph break kept as spaces around a no-break space is a line break."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub("\r\n?|[\u2028\u2029\x85]", "\n", text)
    text = _KEPT_BREAK.sub("\n", text)
    return tuple(line for line in map(clean_line, text.split("\n")) if line)


# How a feed marks a description it cut off: "…", "...", "[…]", "(...)", or a link to the
# rest ("اقرأ المزيد", "Read more") after them.
_CUT_MARK = re.compile(
    r"\s*(?:\[\s*(?:…|\.{3,})\s*\]|\(\s*(?:…|\.{3,})\s*\)|…|\.{3,})"
    r"\s*(?:(?:اقرأ|إقرأ|تابع|أكمل) (?:المزيد|القراءة)|المزيد|التفاصيل|Read more|Continue reading)?"
    r"\s*$",
    re.IGNORECASE,
)
# The end of a whole sentence: a full stop, "!" or "?" (not the ".." of a pause), and any
# closing marks, before a space or the end.
_WHOLE_SENTENCE = re.compile(r"(?<![.])[.!?؟](?![.])[\"”»')]*(?=\s|$)")
# A text that ends so is whole: on a sentence's end, or on a closing quotation mark.
_ENDS_WHOLE = re.compile(r"(?:(?<![.])[.!?؟]|[»”\"])[\"”»')]*$")


def whole_sentences(text: str) -> str:
    """A description cut off by its feed ("…", "[…]", or mid-sentence) trimmed to its last
    whole sentence. With none whole, the text stays, less the mark and the word it cut."""
    text = text.rstrip()
    cut = _CUT_MARK.search(text)
    if cut is None and (not text or _ENDS_WHOLE.search(text)):
        return text
    head = text[: cut.start()] if cut else text
    ends = list(_WHOLE_SENTENCE.finditer(head))
    if ends:
        return head[: ends[-1].end()]
    words = head.split()
    if cut and not cut.group().startswith((" ", "\n", "\t")) and len(words) > 1:
        words.pop()  # the word the mark cut ("الحكو…")
    return " ".join(without_dangling(words)).rstrip(" ،,؛:-–—")


# A copied page's metadata before its text: "date 2025-08-26 قالت …" (5 of 80 stored pages of
# two referee sets open so; the summary read "date" and the digits aloud before the lead).
# The date itself is read as every other publication date is (dates.parse_published).
_METADATA_DATE = re.compile(
    r"^\s*date\s*:?\s*(\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d\S*)?)(?!\S)[ \t]*", re.IGNORECASE
)


def metadata_date(text: str) -> tuple[dt.datetime | None, str]:
    """The date a copied page's text opens with as metadata ("date 2025-08-26"), and the
    text without it; (None, text) where it opens otherwise."""
    match = _METADATA_DATE.match(text)
    published = parse_published(match.group(1)) if match else None
    return (published, text[match.end() :]) if published else (None, text)
