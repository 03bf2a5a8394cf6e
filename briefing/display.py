"""Arabic for the terminal: shaped and reordered, since terminals rarely do it themselves.

Files and audio always get the raw text; only what is printed for a person goes here.
"""

from __future__ import annotations

import arabic_reshaper
from bidi.algorithm import get_display


def for_terminal(text: str, shape: bool) -> str:
    if not shape:
        return text
    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))
