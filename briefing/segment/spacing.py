"""Stops typed without their space: '…حاجات المواطنين.وأضاف أن', 'لاعبي كرة القدم،أن'.

The speakers' reading took the word after such a stop glued to it (".وأضاف" is no speech
verb: the clause before was read as its subject, 'الموازنة تراعي حاجات', or a quote lost its
speaker). 17 glued full stops and 5 glued commas in 7 of 115 real articles of the corpus and
two referee sets. A space goes after the stop, outside quotations only: a quotation's text
stays exactly as written.
"""

from __future__ import annotations

import re

from briefing.segment.marks import find_spans

# After a word of three letters or more (not "د.محمد", "ج.م.ع") or a closing mark, before
# an Arabic letter.
_AFTER_WORD = r"(?:(?<=[\u0621-\u064a][\u0621-\u064a\u064b-\u0652]{2})|(?<=[”\"»)]))"
_GLUED_STOP = re.compile(_AFTER_WORD + r"[.،,؛](?=[\u0621-\u064a])")


def spaced_stops(line: str) -> str:
    """The line with a space after each stop (full stop, comma, semicolon) glued to the next
    word outside quotations. For reading speakers only: the text read out keeps the page's
    spacing, and its sentences end at a glued stop already (briefing.text)."""
    ends = [m.end() for m in _GLUED_STOP.finditer(line)]
    if not ends:
        return line
    quoted = [(span.start, span.end) for span in find_spans(line)]
    for at in reversed(ends):
        if not any(start < at < end for start, end in quoted):
            line = f"{line[:at]} {line[at:]}"
    return line
