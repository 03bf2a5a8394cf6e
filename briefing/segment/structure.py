"""The furniture of a news article around its body: section, headline, deck, byline, dateline."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.names import FIRST_NAMES
from briefing.segment.headlines import headline_from_lead, is_paragraph
from briefing.segment.lexicon import bare
from briefing.segment.word_classes import is_verb_word
from briefing.text import (
    ARABIC_LETTER,
    GREGORIAN,
    GREGORIAN_VARIANTS,
    MAGHREB,
    MONTH_NAME_WORDS,
    PUNCTUATED_END,
    WEEKDAY_SPELLINGS,
    word_list,
)

_MAX_CATEGORY_WORDS = 3
# A line directly under the headline this short, and no sentence, is a photo caption or a
# label ("جماهير الهلال" over the lead), not a section title: no text stands above it.
_MAX_CAPTION_WORDS = 3
_MAX_DECK_WORDS = 30
# "تقنية / headline", "عام / headline": a wire service's section before the headline.
_SECTION_PREFIX = re.compile(r"^(\S+(?: \S+)?) / \S")
_BYLINE = re.compile(
    r"^(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تقرير|بواسطة|مراسل|مراسلة|من)\s*[:：]?\s+\S"
    r"|^\S+(?: \S+)?\s*[:：]\s*\S+(?: \S+){0,3}$"
    r"|^[^\s:.،]+(?: [^\s:.،]+){0,3}\s+[-–—]\s+[^\s:.،]+(?: [^\s:.،]+){0,2}$"  # name – outlet
)
_GREGORIAN_MONTHS = (*GREGORIAN, *GREGORIAN_VARIANTS)
# Gregorian months, and the words that name Levantine and Hijri ones ("تشرين الأول").
_MONTHS = (*_GREGORIAN_MONTHS, *MONTH_NAME_WORDS)
_DATE = re.compile(rf"\d{{1,4}}\s*(?:هـ|م\b)|(?:{'|'.join(_MONTHS)})\s*/?\s*\d{{0,4}}")
# A lead that opens on its place and agency: "دمشق، سوريا (CNN) --", "(واس) -"; or on
# "City - " / "City - Agency - " (spaced dashes, at most three words a part, and not an
# aside set off by dashes: "الحكومة - التي …").
_PLACE = r"[^\s()\-–—:.،؛\"«“]+(?: [^\s()\-–—:.،؛\"«“]+){0,2}"
_ASIDE_OPENER = (
    r"(?!(?:الذي|التي|الذين|وهو|وهي|والذي|والتي|وهم|في|من|على|إلى|عن|مع|بعد|قبل|حسب|وفق"
    r"|خلال|كما|أي)\s)"
)
# "الأحد 12 يونيو 2022 - 21:15أكد …": a page's date and time stamp glued to the lead.
_DAY_MONTH = rf"\d{{1,2}} (?:{'|'.join((*_GREGORIAN_MONTHS, *MAGHREB))})"
_STAMP = rf"(?:[^\s\d]+ )?{_DAY_MONTH} \d{{4}}\s*[-–—|,،]?\s*\d{{1,2}}:\d{{2}}"
# A date glued before the lead with no time ("الأحد 12 مايو 2024 أعلنت …"): a weekday at
# most before it, never a preposition ("في 12 مايو أعلنت" is the lead's own adjunct).
_WEEKDAYS = "|".join(WEEKDAY_SPELLINGS)
_GLUED_DATE = re.compile(rf"^((?:(?:{_WEEKDAYS})،? )?{_DAY_MONTH} \d{{4}})(?= \S) ?")
# An agency after the place, glued to the lead with no separator: its initials spaced letter
# by letter ("القاهرة - أ ش أ"), or a wire service's short name ("الرياض - واس").
_INITIALS = (
    r"(?:[\u0621-\u064a](?: [\u0621-\u064a]){1,3}"
    r"|(?:واس|قنا|وام|بنا|كونا|سانا|سبأ|بترا|وفا|يونا|رويترز|الأناضول"
    r"|خاص|متابعات|مراسلنا|مراسلتنا)(?=\s))"  # or the desk: "القاهرة - خاص"
)
# The words that say who wrote the story ("كتب - فلان"، "بقلم"، "إعداد"): a byline's, never a place.
_WRITER_WORDS = "كتب|كتبت|كتبه|بقلم|إعداد|اعداد"
_NOT_WRITER = rf"(?!(?:{_WRITER_WORDS})\s*[-–—:\s])"
_LEAD_DATELINE = re.compile(
    rf"^(?P<dateline>{_STAMP}"
    r"|(?:[^\s()]+(?:[،,]? [^\s()]+){0,2} ?)?\([^)]{1,25}\) ?(?:--|-|–|—|:)"
    r"|\([^)\d\s]+(?: [^)\d\s]+){0,2}\)(?= \S)"  # "(خاص) أعلنت …": a credit alone
    rf"|{_PLACE} في {_DAY_MONTH}(?: \d{{4}})? ?/[^/\n]{{1,20}}/"  # "القاهرة في 12 مايو /أ ش أ/"
    rf"|{_NOT_WRITER}{_PLACE} ?[-–—] {_INITIALS}(?: ?[-–—:])?(?= \S)"
    rf"|{_NOT_WRITER}{_PLACE}(?: ?[-–—] {_ASIDE_OPENER}{_PLACE})? ?[-–—](?= {_ASIDE_OPENER})) ?"
)
# A byline or dateline of short dash-joined parts glued to the lead and closed by a colon:
# "name- outlet- city:", "city - agency:", "كتب - name:". A dash with a space beside it
# (not the hyphen of "مون-جون"), at most three words a part.
_PART = r"[^\s:.،؛\-–—\"«“]+(?: [^\s:.،؛\-–—\"«“]+){0,2}"
# "كتبت-هدى رزق": the writer's word glued to the name by a hyphen (an aggregator's double
# byline "NAME - CITY - كتبت-NAME:", set C's D1, was the first summary sentence).
_WRITER = r"(?:(?:كتب|كتبت|كتبه|بقلم|إعداد|اعداد)\s*[-–—]\s*)?"
# "YNP _ #عدن :", "SPA| #الرياض:": an agency's Latin code, a separator (an underscore or a bar
# too) and the place, often as a hashtag, then the colon.
_AGENCY_CODE = r"[A-Z][A-Za-z.]{1,7}\s*[-–—_|/]+\s*#?[^\s:.،؛#]+(?: [^\s:.،؛#]+)?\s*:-?"
_LEAD_BYLINE = re.compile(
    rf"^(?P<byline>{_WRITER}{_PART}(?:(?:\s+[-–—]\s*|\s*[-–—]\s+){_WRITER}{_PART}){{1,3}}\s*:-?"
    rf"|{_AGENCY_CODE}) ?"
)


# A desk line: "الدوحة «الشرق» خاص :", "عمان - وكالات:": a city, the outlet (in marks or
# not) and the desk word, then a colon.
_DESK_LINE = re.compile(
    r"^[^\s:.،«»]+(?: [^\s:.،«»]+)?\s*[-–—]?\s*(?:[«“\"][^»”\"]{1,25}[»”\"]|[^\s:.،]+)?\s*[-–—]?\s*"
    r"(?:خاص|وكالات|مراسلنا|مراسلتنا)\s*[:：]\s*$"
)
# A credit glued after the body's last stop: "….(عمّان - الرأي اليوم)", "… (وكالات)".
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!؟»”])\s*\((?:[^()\d]{1,20}\s*[-–—]\s*)?[^()\d.،]{1,25}\)\s*$"
)


def split_trailing_credit(paragraph: str) -> tuple[str, str | None]:
    """(the paragraph, a credit glued after its last sentence) — the credit is a byline."""
    match = _TRAILING_CREDIT.search(paragraph)
    if match is None or match.start() < 20:
        return paragraph, None
    return paragraph[: match.start()].rstrip(), match.group(0).strip()


def is_heading(line: str, max_words: int) -> bool:
    return len(line.split()) <= max_words and not PUNCTUATED_END.search(line)


def section_prefix(headline: str) -> str | None:
    match = _SECTION_PREFIX.match(headline)
    return match.group(1) if match else None


def is_byline(line: str) -> bool:
    return len(line.split()) <= 8 and _BYLINE.match(line) is not None and not line.endswith(".")


def is_dateline(line: str) -> bool:
    """A line carrying a date and no sentence: "الرياض 26 شوال 1436 هـ الموافق … واس"."""
    return len(line.split()) <= 20 and _DATE.search(line) is not None and not line.endswith(".")


def _split_prefix(pattern: re.Pattern[str], paragraph: str) -> tuple[str | None, str]:
    match = pattern.match(paragraph)
    if not match or len(paragraph) - match.end() < 20:
        return None, paragraph
    return match.group(1), paragraph[match.end() :]


def split_lead_dateline(paragraph: str) -> tuple[str | None, str]:
    """(dateline, rest) for a lead that opens on "City (Agency) --", and on a date glued
    after it or alone ("فلان - المدينة - 12 مايو 2024 أعلنت …")."""
    dateline, rest = _split_prefix(_LEAD_DATELINE, paragraph)
    date, rest = _split_prefix(_GLUED_DATE, rest)
    parts = [part for part in (dateline, date) if part]
    return (" ".join(parts) if parts else None), rest


def split_lead_byline(paragraph: str) -> tuple[str | None, str]:
    """(byline, rest) for a lead that opens on a glued byline ("name- outlet- city:",
    "كتب - name:", "كتب فلان الفلاني أعلنت …"): never the first words of the summary."""
    byline, rest = _split_prefix(_LEAD_BYLINE, paragraph)
    cut = _writer_ends(paragraph) if byline is None else None
    if cut is None or len(paragraph) - cut < MIN_LEAD_CHARS:
        return byline, rest
    return paragraph[:cut].strip(), paragraph[cut:]


# "كتب -", "كتبت:", "المحرر:", "بقلم": the writer's word set off as a byline's (a bare
# "كتب فلان" may be the lead's own verb: "كتب الرئيس تغريدة قال فيها …").
_WRITER_OPENING = re.compile(
    rf"^(?:(?:{_WRITER_WORDS}|المحرر|المحررة|تحرير)\s*[-–—:]|بقلم\s*[-–—:]?)\s*"
)
_NAME_WORDS = (2, 4)
_WORD = re.compile(r"\S+")
# What must be left of a lead once a prefix glued to it is split off (a byline, a caption).
MIN_LEAD_CHARS = 20


def _writer_ends(paragraph: str) -> int | None:
    """Where a glued writer's byline with no colon ends ("كتب - سامي حداد أعلنت …"): the
    writer's word, a name of two to four words, and a verb opening the lead right after it
    (a verb after "كتب فلان" opens no clause of its own: the byline is over)."""
    opening = _WRITER_OPENING.match(paragraph)
    if opening is None:
        return None
    words = list(_WORD.finditer(paragraph, opening.end()))
    for size in range(_NAME_WORDS[0], min(_NAME_WORDS[1], len(words) - 1) + 1):
        name = [w.group(0) for w in words[:size]]
        if any(re.search(r"[^\w\u0600-\u06ff]", w) or is_verb_word(bare(w)) for w in name):
            return None
        if is_verb_word(bare(words[size].group(0))):
            return words[size].start()
    return None


def is_whole_byline(paragraph: str) -> bool:
    """A line that is nothing but a byline or dateline ("المدينة- وكالة الأنباء:"): the
    prefixes above, standing alone on the line before the lead."""
    text = paragraph.strip()
    if _DESK_LINE.match(text):
        return True
    for pattern in (_LEAD_BYLINE, _LEAD_DATELINE):
        match = pattern.match(text)
        if match and match.end() >= len(text):
            return True
    return False


def without_lead_prefixes(paragraph: str) -> str:
    """The lead less a byline and a dateline glued before it."""
    return split_lead_dateline(split_lead_byline(paragraph)[1])[1]


def opens_on_section(lines: list[str] | tuple[str, ...]) -> bool:
    """The first line is the site's section ("سياسة") above the headline; a short line of
    two words or more right above the lead paragraph is the headline itself ("الأمطار تعود
    غدا"), since a section never stands alone over the text."""
    if len(lines) <= 2 or not is_heading(lines[0], _MAX_CATEGORY_WORDS) or ":" in lines[0]:
        return False  # "النمري: جاهزون للموسم" is a headline's "Name: claim", never a section
    return len(lines[0].split()) < 2 or not is_paragraph(lines[1])


# A site's masthead over a copied page: its menu items (three words at most) and the lines
# that name its editors; the headline is the line of six words or more (captions and names
# between a headline and its body run to five) nearest above the body.
_MENU_WORDS = 3
# (as pages also spell them: "رئيس مجلس الادارة:", "رئيس مجلسى الإدارة والتحرير")
MASTHEAD_TITLES = (
    r"رئيس(?:ة)? التحرير|رئيس(?:ة)? مجلس[يى]? (?:ال)?[إا]دارة|الإشراف العام|مدير التحرير"
)
_MASTHEAD = re.compile(MASTHEAD_TITLES)
_MIN_PAGE_HEADLINE_WORDS = 6
_BODY_WORDS = 8
_NO_HEADLINE_END = re.compile(r"[.،؛:,]$")


_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")  # "1. تخطي إلى المحتوى": a page's skip links


def _menu_item(line: str) -> bool:
    short = len(line.split()) <= _MENU_WORDS
    return short or _MASTHEAD.search(line) is not None or _NUMBERED.match(line) is not None


def masthead_end(lines: tuple[str, ...]) -> int:
    """How many lines of a copied page's masthead stand above its headline: menu items and
    editors' lines ("الرئيسية", "أخبار محلية", "رئيس التحرير: …") over "<headline>", a date
    and the body; 0 when the text opens on its headline (or on a section over it), as a
    story's text does. The headline is the nearest line of six words or more above the
    body, past dates, bylines and captions; two menu lines at least must stand above it,
    and the first line must be one of them; of a headline and a deck under it, the first."""
    body = next(
        (
            index
            for index, line in enumerate(lines)
            if is_paragraph(line)
            or (PUNCTUATED_END.search(line) and len(line.split()) >= _BODY_WORDS)
        ),
        None,
    )
    if body is None or body < 3 or not _menu_item(lines[0]):
        return 0
    for index in range(body - 1, 1, -1):
        if not _headline_shaped(lines[index]):
            continue
        while index > 1 and _headline_shaped(lines[index - 1]):
            index -= 1  # a headline over its deck: the first of the two is the headline
        above = lines[:index]
        return index if sum(_menu_item(item) for item in above) >= 2 else 0
    return 0


def _headline_shaped(line: str) -> bool:
    """Six words to a deck's length, no stop, and not a date, a byline or a menu item."""
    words = len(line.split())
    if is_dateline(line) or is_byline(line) or _NO_HEADLINE_END.search(line):
        return False
    return _MIN_PAGE_HEADLINE_WORDS <= words <= _MAX_DECK_WORDS and not _menu_item(line)


# "القاهرة: دعاء حسن|", "الرياض: محمد العلي": a place and its writer, a first name and one
# or two more words after the colon; a page's field separator ending a line.
_PLACE_AND_WRITER = re.compile(r"^(\S+)\s*:\s*(\S+)(?: \S+){1,2}\s*\|?$")


# What a date alone is written with: "الجمعة 11 ربيع الثاني 1447 ﻫ - 3 أكتوبر 2025".
# ... and a paper's issue number beside it ("العدد : 16844 - الأحد 5 مايو 2024 م").
_DATE_WORDS = frozenset(
    {
        *word_list(
            "هـ ه \ufeeb م الموافق الساعة ص مساء العدد عدد"
            " الأول الثاني الآخر الأولى الآخرة ذو ذي القعدة الحجة"  # the months' other words
        ),
        *_MONTHS,
        *WEEKDAY_SPELLINGS,
    }
)
_DATE_SEPARATORS = re.compile(r"[\s\-–—|/،,:()]+")
_ERA_GLUED = re.compile(r"(?<=\d)(?:هـ|ه|م)$")  # "1445هـ"


def _date_only(line: str) -> bool:
    words = [_ERA_GLUED.sub("", bare(w)) for w in _DATE_SEPARATORS.split(line) if w]
    return any(w.isdigit() for w in words) and all(w.isdigit() or w in _DATE_WORDS for w in words)


def _front_label(line: str) -> bool:
    """A line above the lead that labels it: a date alone, a place and its writer, or a
    line a page's template ends with its separator ("…|")."""
    writer = _PLACE_AND_WRITER.match(line)
    return (
        _date_only(line)
        or line.rstrip().endswith("|")
        or (writer is not None and writer.group(2) in FIRST_NAMES)
    )


def _page_label(line: str) -> bool:
    """A line a copied page puts over its headline, never a headline: a label above the
    lead, an editor's line ("رئيس التحرير : فلان"), a word alone ("أرشيف"), or a short line
    of other scripts ("English Français عربي": the page's languages)."""
    words = line.split()
    foreign = len(words) <= _MENU_WORDS and sum(bool(ARABIC_LETTER.search(w)) for w in words) <= 1
    return (
        _front_label(line)
        or _staff_line(line)
        or len(words) == 1
        or foreign
        or _SECTION_LABEL.match(line) is not None
        or (len(words) <= _MENU_WORDS and line.rstrip().endswith(":"))  # a kicker: "ناشطة:"
    )


# "الرئيس التنفيذي" over its holder's name: a paper's staff line, as a line of its own
_STAFF = re.compile(r"^\s*(?:الرئيس التنفيذي|المدير العام|المدير التنفيذي|المدير المسؤول)\s*:?\s*$")


_MAX_OVER_TWICE_WORDS = 6


def _over_printed_twice(rest: list[str], page: Sequence[str]) -> bool:
    """A short line over a line the page prints twice in a row (its title, then its own
    headline; boilerplate may have taken the copy out already): the twice-printed line
    is the headline, the one over it a site's or a section's name."""
    return (
        len(rest) > 1
        and rest[0] != rest[1]
        and len(rest[0].split()) <= _MAX_OVER_TWICE_WORDS
        and not is_paragraph(rest[0])
        and any(a == b == rest[1] for a, b in itertools.pairwise(page))
    )


def _staff_line(line: str) -> bool:
    return _MASTHEAD.search(line) is not None or _STAFF.match(line) is not None


# "أخبار سياسية", "أخبار عاجلة", "أرشيف الوسم : الذنب": a page's section or archive label
_SECTION_LABEL = re.compile(r"^\s*(?:[أا]خبار(?:\s+\S+){1,2}|[أا]رشيف(?:\s+\S+){1,3})\s*$")


def headline_index(lines: tuple[str, ...], title: str | None) -> int:
    """Where the headline stands among an article's lines (-1: none of them is it)."""
    if title is not None:
        return 0 if lines and lines[0] == title else -1
    first = 1 if opens_on_section(lines) else 0
    if first < len(lines) and is_paragraph(lines[first]):
        return first - 1
    return first


_TITLE_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
_REPEAT_REACH = 5  # how far below the headline its clean copy may stand


_MAX_TRAIL_WORDS = 4  # "الرئيسية الموجز اليمني <headline>": a breadcrumb trail, not a claim


def _without_site_name(title: str, below: Sequence[str], page: Sequence[str] = ()) -> str:
    """A page title with the site's name before or after it ("<headline> – موقع X – بلد",
    "X - <headline>") or a breadcrumb trail glued before it ("الرئيسية / <headline>")
    gives way to its clean copy printed just below (the page's own headline), when there
    is one."""
    near = {" ".join(line.split()) for line in [*below[:_REPEAT_REACH], *page]}
    whole = " ".join(title.split())
    for line in sorted(near, key=len, reverse=True):
        trail = whole.removesuffix(line).rstrip()
        if (
            len(line.split()) >= 3
            and trail != whole
            and trail
            and sum(bool(ARABIC_LETTER.search(w) or w.isalpha()) for w in trail.split())
            <= _MAX_TRAIL_WORDS
            and not trail.endswith(":")
        ):
            return line
    for match in _TITLE_SEPARATOR.finditer(title):
        for part in (title[: match.start()], title[match.end() :]):
            if len(part.split()) >= 3 and " ".join(part.split()) in near:
                return part.strip()
    return title


@dataclass(frozen=True)
class Front:
    """What stands before the body, and where the body starts."""

    category: str | None
    headline: str
    deck: str | None
    byline: str | None
    dateline: str | None
    body: tuple[str, ...]
    dropped: tuple[str, ...] = ()  # captions and labels between the headline and the body


# "بعد استبعادها من مسرحية «…»..": a kicker, cut off on two dots, over the headline
_KICKER_END = re.compile(r"(?<!\.)\.\.\s*$")


def _kicked(rest: list[str]) -> bool:
    """Whether a headline stands under a kicker: a short line with no stop of its own (it
    may end on a quote's mark: "فلانة: «…»") over more text."""
    if len(rest) < 2:
        return False
    line = rest[0].rstrip()
    return 2 <= len(line.split()) <= _MAX_DECK_WORDS and not line.endswith((".", "،", ":"))


def read_front(
    lines: list[str],
    title: str | None,
    category: str | None,
    byline: str | None,
    page: Sequence[str] = (),
) -> Front:
    """The front of an article's `lines` (what boilerplate left); `page` is every line of
    the page's front, where a site-named title's clean copy may stand though boilerplate
    took it out as a repeat."""
    rest = list(lines)
    labels: list[str] = []
    if title is None:
        if opens_on_section(rest) and not _staff_line(rest[0]):
            category = category or rest.pop(0)
        while len(rest) > 1 and (_page_label(rest[0]) or _over_printed_twice(rest, page)):
            labels.append(rest.pop(0))  # a date, a writer, an editor, "أرشيف": no headline
            if _staff_line(labels[-1]) and len(rest) > 1 and _menu_item(rest[0]):
                labels.append(rest.pop(0))  # the editor's name under the title
        if rest and is_paragraph(rest[0]):
            # The text opens on its lead (under its labels, if any): it stays, and lends the
            # story a headline.
            title = headline_from_lead(without_lead_prefixes(rest[0]))
        else:
            title = rest.pop(0) if rest else ""
            if _KICKER_END.search(title) and _kicked(rest):
                labels.append(title)  # "بعد استبعادها من المسرحية..": the kicker over it
                title = rest.pop(0)
    elif rest and rest[0] == title:
        rest.pop(0)  # pages and feeds often repeat the title as the first line
    at = page.index(title) + 1 if title in page else len(page)
    title = _without_site_name(title, rest, page[at : at + _REPEAT_REACH])
    category = category or section_prefix(title)
    deck = None
    dateline = next((label for label in labels if _date_only(label)), None)
    caption: str | None = None
    dated = dateline is not None  # a label was the date: no caption is dropped below
    for _ in range(4):  # the front lines come in any order, each at most once
        if not rest or len(rest) < 2:
            break
        line = rest[0]
        if dateline is None and is_dateline(line):
            dateline = rest.pop(0)
        elif byline is None and is_byline(line):
            byline = rest.pop(0)
        elif deck is None and is_heading(line, _MAX_DECK_WORDS) and len(line.split()) >= 4:
            deck = rest.pop(0)
        elif caption is None and not dated and is_heading(line, _MAX_CAPTION_WORDS):
            caption = rest.pop(0)
        else:
            break
    dropped = [label for label in labels if label != dateline]
    dropped += [caption] if caption else []
    return Front(category, title, deck, byline, dateline, tuple(rest), tuple(dropped))
