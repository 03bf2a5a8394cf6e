"""Bytes to clean Unicode text: encoding detection and character clean-up."""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from briefing.errors import InputError
from briefing.text import ARABIC_LETTER, INVISIBLE

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


def clean_lines(text: str) -> tuple[str, ...]:
    """NFC, invisible characters removed, spaces collapsed, empty lines dropped."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub("\r\n?|[\u2028\u2029\x85]", "\n", text)
    return tuple(line for line in map(clean_line, text.split("\n")) if line)
