"""Stops typed without their space: '…جملة وتفصيلا".وأضاف أن', 'لاعبي كرة القدم،أن'.

The word after such a stop was read glued to it (".وأضاف" is no speech verb, so a quote lost
its speaker), and the sentence ran on into the next one. 17 glued full stops and 5 glued
commas in 7 of 115 real articles of the corpus and two referee sets. A space goes after the
stop, outside quotations only: a quotation's text stays exactly as written.
"""

from __future__ import annotations

import re

from briefing.segment.marks import find_spans

# After a word of three letters or more (not "د.محمد", "ج.م.ع") or a closing mark, before
# an Arabic letter.
_AFTER_WORD = r"(?:(?<=[\u0621-\u064a][\u0621-\u064a\u064b-\u0652]{2})|(?<=[”\"»)]))"
_GLUED_FULL_STOP = re.compile(_AFTER_WORD + r"\.(?=[\u0621-\u064a])")
_GLUED_STOP = re.compile(_AFTER_WORD + r"[.،,؛](?=[\u0621-\u064a])")


def _spaced(line: str, glued: re.Pattern[str]) -> str:
    ends = [m.end() for m in glued.finditer(line)]
    if not ends:
        return line
    quoted = [(span.start, span.end) for span in find_spans(line)]
    for at in reversed(ends):
        if not any(start < at < end for start, end in quoted):
            line = f"{line[:at]} {line[at:]}"
    return line


def spaced_full_stops(line: str) -> str:
    """The line with a space after each full stop glued to the next word outside
    quotations: the sentence ends there, for the summary as for the speakers."""
    return _spaced(line, _GLUED_FULL_STOP)


def spaced_stops(line: str) -> str:
    """... and after a glued comma or semicolon too, for reading speakers only: the text
    read out keeps the page's spacing ("القدم،أن" is one sentence either way)."""
    return _spaced(line, _GLUED_STOP)
