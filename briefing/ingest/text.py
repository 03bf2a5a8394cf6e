"""Bytes to clean Unicode text: decoding and character clean-up."""

from __future__ import annotations

import re
import unicodedata

from briefing.errors import InputError

# Zero-width and bidi control characters carry no speech; scraped pages are full of them.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad]")
_SPACES = re.compile("[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def decode(data: bytes, source: str) -> str:
    """Decode article bytes; UTF-8 (with or without BOM) for now."""
    if b"\x00" in data[:4096]:
        raise InputError(f"{source}: not a text file (binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{source}: not valid UTF-8 text (byte {error.start})") from None


def clean_line(line: str) -> str:
    line = _INVISIBLE.sub("", line)
    return _SPACES.sub(" ", line).strip()


def clean_lines(text: str) -> tuple[str, ...]:
    """NFC, invisible characters removed, spaces collapsed, empty lines dropped."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return tuple(line for line in map(clean_line, text.split("\n")) if line)


def has_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None
