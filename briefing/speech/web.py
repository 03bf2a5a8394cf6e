"""Addresses a listener cannot use: URLs and e-mails dropped, hashtags and mentions read."""

from __future__ import annotations

import re

_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|gov|edu|sa|ae|eg|info)(?:/\S*)?\b"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Digits alone are no hashtag (the networks refuse them): #567* is a code to dial.
_HASHTAG = re.compile(r"#(?!\d+(?!\w))(\w+)")
_MENTION = re.compile(r"(?<![\w.])@(\w+)")


def drop_addresses(text: str) -> str:
    return _URL.sub(" ", _EMAIL.sub(" ", text))


def hashtags(text: str) -> str:
    """'#السعودية_تنتصر' → السعودية تنتصر; '@user' → user."""
    text = _HASHTAG.sub(lambda m: m.group(1).replace("_", " "), text)
    return _MENTION.sub(r"\1", text)
