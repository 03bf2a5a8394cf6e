"""Whether a quote's speaker is a woman, so the anchor says 'وقالت' rather than 'وقال'.

The speaker is a phrase such as 'الوزيرة سارة أحمد' or 'المتحدثة باسم الوزارة'. Its
first word decides when it is a title; a feminine title ends in ta marbuta. Some men's
names end in ة too (أسامة، حمزة), and some women's names do not (مريم، زينب): both
are listed. Anything else is taken as masculine, the newsroom default; a producer can
name more women in briefing.toml.
"""

from __future__ import annotations

import re

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
