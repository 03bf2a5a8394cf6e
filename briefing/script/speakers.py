"""How the script names a quote's speaker: gender (وقال / وقالت) and the on-air name.

Whether a quote's speaker is a woman, so the anchor says 'وقالت' rather than 'وقال'.

The speaker is a phrase such as 'الوزيرة سارة أحمد' or 'المتحدثة باسم الوزارة'. Its
first word decides when it is a title; a feminine title ends in ta marbuta. Some men's
names end in ة too (أسامة، حمزة), and some women's names do not (مريم، زينب): both
are listed. Anything else is taken as masculine, the newsroom default; a producer can
name more women in briefing.toml.
"""

from __future__ import annotations

import re

from briefing.model import Quote

_MENS_NAMES_IN_TA = frozenset(
    [
        "أسامة",
        "حمزة",
        "طلحة",
        "عبيدة",
        "معاوية",
        "عكرمة",
        "قتادة",
        "عروة",
        "عنترة",
        "ربيعة",
        "خليفة",
        "جبلة",
        "مسلمة",
    ]
)
_WOMENS_NAMES = frozenset(
    [
        "مريم",
        "زينب",
        "هند",
        "سعاد",
        "ليلى",
        "سلمى",
        "منى",
        "هدى",
        "رشا",
        "ريم",
        "دينا",
        "سارة",
        "سارا",
        "نور",
        "رنا",
        "لمى",
        "ندى",
        "مي",
        "هيفاء",
        "أسماء",
        "رحاب",
        "إيمان",
        "سناء",
        "وفاء",
        "نجلاء",
        "شيماء",
        "آمال",
        "أمل",
        "ابتسام",
        "نوال",
        "كوثر",
        "جيهان",
        "ماري",
        "كامالا",
        "أورسولا",
        "كريستين",
        "أنجيلا",
        "هيلاري",
        "تيريزا",
        "جورجيا",
        "إيلين",
        "جانيت",
        "ليز",
        "نانسي",
        "آنا",
        "ماريا",
        "إيفا",
        "صوفيا",
        "كاترين",
        "جاسيندا",
        "سانا",
    ]
)
_TATWEEL_AND_MARKS = re.compile("[\u0640\u064b-\u0652]")


def is_female(speaker: str, also_female: tuple[str, ...] = ()) -> bool:
    bare = _TATWEEL_AND_MARKS.sub("", speaker).strip()
    if bare in also_female:
        return True
    words = bare.split()
    if not words:
        return False
    first = words[0].removeprefix("و")
    if first in _WOMENS_NAMES:
        return True
    if first.removeprefix("ال") in _MENS_NAMES_IN_TA or first in _MENS_NAMES_IN_TA:
        return False
    # A feminine title or body ('الوزيرة', 'الحكومة', 'وكالة الأنباء') takes وقالت too.
    return first.endswith("ة")


def speaker_is_female(quote: Quote, also_female: tuple[str, ...] = ()) -> bool:
    """The gender the article's verbs showed for the speaker, else the name's."""
    if quote.speaker and quote.speaker in also_female:
        return True
    if quote.female is not None:
        return quote.female
    return bool(quote.speaker) and is_female(quote.speaker, also_female)


def full_name(quote: Quote) -> str:
    """Role and name, as the article first gives them: "وزير الصحة نبيل فؤاد السالم"."""
    speaker = quote.speaker or ""
    role = (quote.role or "").strip()
    if not role or role in speaker or len(role.split()) > _MAX_ROLE_WORDS:
        return speaker
    return f"{role} {speaker}"


def short_name(quote: Quote) -> str:
    """The name after the first mention: a person's surname ("السالم"), else the name."""
    speaker = quote.speaker or ""
    words = speaker.split()
    if quote.speaker_kind == "person" and len(words) >= 2 and words[-2] not in _LINKS:
        return words[-1]
    return speaker


_MAX_ROLE_WORDS = 12  # a longer title reads as a paragraph: the name alone is said
_LINKS = frozenset(("بن", "بنت", "ابن", "أبو", "ابو", "عبد", "آل", "ولد"))
