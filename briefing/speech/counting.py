"""The numbers left after the special shapes: counts whose noun follows them."""

from __future__ import annotations

import re

from briefing.speech.context import counted_noun, is_feminine, is_oblique, is_year, next_word
from briefing.speech.lexicon import Lexicon
from briefing.speech.numbers import (
    LARGEST,
    SCALES,
    cardinal,
    count,
    decimal,
    digits_one_by_one,
    round_before_noun,
    scaled_decimal,
)
from briefing.text import SAID_SCALE

_NUMBER = re.compile(r"(?<![\w.])([-−](?=\d))?(\d+)(?:\.(\d+))?(?!\d)")
_FOLLOWED_BY_NOUN = re.compile(r"^\s*[\u0621-\u064a]")


def _read(match: re.Match[str], lexicon: Lexicon) -> str:
    sign, whole, fraction = match.groups()
    if (len(whole) > 1 and whole.startswith("0") and not fraction) or int(whole) >= LARGEST:
        return digits_one_by_one(whole)  # a code, not a quantity
    before, after = match.string[: match.start()], match.string[match.end() :]
    oblique = is_oblique(before)
    noun = next_word(after)
    words: str
    scale = SCALES.get(noun)
    if scale and not fraction and not sign and int(whole) < 1000:  # count() reads 1–999
        # "12 ألف نقطة" → اثني عشر ألف نقطة; the scale word is ours now, so drop it.
        rest = after[after.index(noun) + len(noun) :]
        construct = bool(_FOLLOWED_BY_NOUN.match(rest))
        words = count(int(whole), scale, oblique, construct=construct)
        return f"{words}{SAID_SCALE}"
    if scale and fraction and not sign and int(whole) < 1000:
        # "3.5 مليون" → ثلاثة ملايين ونصف: the scale word is ours here too.
        rest = after[after.index(noun) + len(noun) :]
        construct = bool(_FOLLOWED_BY_NOUN.match(rest))
        return f"{scaled_decimal(whole, fraction, scale, oblique, construct)}{SAID_SCALE}"
    if not fraction and not sign and is_year(int(whole), before):
        return cardinal(int(whole), oblique=True)
    # A decimal keeps its counting form whatever the noun: ثلاثة فاصلة خمسة مرة.
    feminine = not fraction and noun not in ("آلاف", "ملايين") and is_feminine(noun, lexicon)
    words = decimal(whole, fraction or "", feminine, oblique)
    if not fraction and not sign and counted_noun(after):
        if int(whole) % 1000 == 200:
            words = words[:-1]  # 200 before its noun is in construct: مئتا جندي, مئتي وحدة
        words = round_before_noun(int(whole), oblique) or words
    return f"سالب {words}" if sign else words


def counts(text: str, lexicon: Lexicon) -> str:
    text = _NUMBER.sub(lambda m: _read(m, lexicon), text)
    # Drop the scale word that `count` already said ("ألف" after "اثني عشر ألف<SAID_SCALE>").
    return re.sub(SAID_SCALE + r"\s*(?:ألف|مليون|مليار)", "", text)


_ANY_DIGITS = re.compile(r"\d+")


def leftover_digits(text: str) -> str:
    """Last resort for digits no reader above claimed (glued to letters, say): said, never left.

    A digit must never reach an engine, which would read it in English or not at all.
    """
    return _ANY_DIGITS.sub(lambda m: f" {digits_one_by_one(m.group(0))} ", text)
