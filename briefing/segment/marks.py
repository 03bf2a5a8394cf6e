"""Quotation marks paired into quotations.

Every style news sites use: « », “ ”, ASCII ", a ” used as an opening mark (glued to its
text, or padded with a space when a later ” or “ closes it), reversed ” … “,
nested pairs (the outer pair wins and keeps the inner one), doubled closing marks, marks left
unclosed (the quotation runs to the end of its paragraph, or to the sentence where a new
speaker is introduced or the narrative goes on: ". في حين …"), a doubled mark closing before
an agency credit ("“(وكالة …)"), and quotations that run on into the next paragraph. A span
of punctuation only is never a quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.segment.lexicon import CARRY_FORMS, COMPLEMENTIZERS, SPEECH_VERBS, bare, unprefixed

_NO_OPEN_AFTER = " \t\n.,،؛:!?؟)»”"
_CLOSE_BEFORE = ' \t\n.,،؛:!?؟)»”“"-–—'
# Letters that glue to what follows as a prefix (بـ"…", و"…", لـ«…»).
_PREFIX_LETTERS = "وفبلك"


@dataclass(frozen=True)
class Span:
    """A quotation: its opening mark at `start` in the paragraph where it opens; `end` is one
    past its closing mark in the paragraph where it closes (`runs_on` paragraphs later), or
    that paragraph's length when it is never closed."""

    start: int
    end: int
    text: str
    closed: bool = True
    runs_on: int = 0


def _looks_opening(text: str, index: int) -> bool:
    after = text[index + 1 : index + 2]
    padded = after.isspace() and text[index + 1 :].lstrip()[:1] not in '«»“”"'
    if padded and (_after_speech_word(text, index) or text[:index].rstrip()[-1:] == ":"):
        return True  # 'مضيفة " أردت أن …', ': " الطريق …': a space inside the mark
    if not after or after in _NO_OPEN_AFTER:
        return False
    if index == 0:
        return True
    before = text[index - 1]
    if before.isspace() or before in "(:[«“—-–/،,.؛":
        return True  # 'حداد،"الطريق …"', '"…"."العمل …"': glued to the punctuation before
    # a one-letter prefix glued to the mark: بـ"…", و"…", ل"…"
    glued = before == "ـ" or before in _PREFIX_LETTERS
    return glued and (index < 2 or not text[index - 2].isalpha() or text[index - 2] == "ـ")


def _glued_opening(text: str, index: int) -> bool:
    """'وقال حداد"الطريق سيفتح"': with nothing open, a mark glued between two words opens
    a quotation when a mark later in the paragraph closes it."""
    if not text[index + 1 : index + 2].isalpha() or not text[index - 1 : index].isalpha():
        return False
    rest = text[index + 1 :]
    mark = text[index]  # 'قال حداد”الطريق سيفتح”' too
    return any(_looks_closing(rest, i) for i, char in enumerate(rest) if char == mark and i)


def _after_speech_word(text: str, index: int) -> bool:
    """The mark stands right after a speech verb, a participle or a complementizer, with a
    space between ('مضيفة " أردت …', 'إلى أن " العمل …')."""
    before = text[:index]
    if not before.endswith((" ", "\u00a0")):
        return False
    words = before.split()
    word = unprefixed(bare(words[-1])) if words else ""
    return word in SPEECH_VERBS or word in CARRY_FORMS or word in COMPLEMENTIZERS


def _opens_after(before: str) -> bool:
    """With nothing open, a mark with a space after it opens after a space, a comma or a
    colon, or glued to the word before it ('وقال المحافظ" إن …"': nothing is open for it to
    close)."""
    return before in (" ", "،", ",", ":", "\u00a0") or before.isalpha()


def _padded_opener(text: str, index: int) -> bool:
    """'في المؤتمر ” الخطة جاهزة.”', '،” التمويل مؤمن”': a ” with a space after it, after a
    space or a comma, opens when a later ” or “ of the paragraph closes it."""
    before = text[index - 1 : index]
    if not text[index + 1 : index + 2].isspace() or not _opens_after(before):
        return False
    rest = text[index + 1 :]
    return any(
        char in "”“" and i and not rest[i - 1].isspace() and _looks_closing(rest, i)
        for i, char in enumerate(rest)
    ) or bool(re.search(r"\S\s+[”“][\s.،,!؟]*$", rest))


def _padded_ascii_opener(text: str, index: int) -> bool:
    """'في لقاء متلفز " من حق الجميع … " .': a " padded with spaces on both sides, as some
    outlets print every mark, opens when a later " of the paragraph closes it."""
    before = text[index - 1 : index] if index else " "
    if not text[index + 1 : index + 2].isspace() or not _opens_after(before):
        return False
    rest = text[index + 1 :]
    closer = rest.find('"')
    return closer > 0 and len(rest[:closer].split()) >= 2 and _looks_closing(rest, closer)


def _reversed_guillemet_opens(text: str, index: int) -> bool:
    """'أضاف سعيد: » الشعب يريد … «': a » after a space or a colon, with nothing open,
    opens a quotation that a later « closes (reversed guillemets)."""
    before = text[:index].rstrip()[-1:]
    if index and not text[index - 1].isspace() and before not in ":،,":
        return False
    rest = text[index + 1 :]
    closers = [i for i, char in enumerate(rest) if char in "«»" and _looks_closing(rest, i)]
    closer = closers[0] if closers else -1
    return closer > 0 and "«" not in rest[:closer] and bool(re.search(r"\w", rest[:closer]))


# "، قائلة: ", "، مشيرا إلى أن ", "، معربا عن أمله أن ": a speaker's introduction inside a
# quotation left unclosed.
_INTRODUCTION = re.compile(r"[،,]\s*(\S+)(?:\s*:|(?:\s+\S+){0,3}\s+(?:أن|ان|إن|بأن))\s*$")


def _reintroduced(text: str, opened: int, index: int) -> int | None:
    """'أن "التعليم حق للجميع، قائلة: "إنني …"', '«المشكلة …، معربا عن أمله أن «تحل …»': a
    quotation opened again after a participle (and a colon or its complementizer), with the
    first one never closed: the first one ends at the comma before the participle (its
    index)."""
    match = _INTRODUCTION.search(text[:index].rstrip() + " ", opened + 1)
    if match is None:
        return None
    word = unprefixed(bare(match.group(1)))
    if word not in CARRY_FORMS and word not in SPEECH_VERBS:
        return None
    return match.start() if len(text[opened + 1 : match.start()].split()) >= 2 else None


def _credit_follows(text: str, index: int) -> bool:
    """A mark right before a parenthesised credit ('“(وكالة الأنباء)'), after a stop."""
    return text[index + 1 : index + 2] == "(" and text[:index].rstrip()[-1:] in ".!؟"


def _looks_closing(text: str, index: int) -> bool:
    if index == 0:
        return False
    after = text[index + 1 : index + 2]
    if not after or after in _CLOSE_BEFORE:
        return True
    return not text[index - 1].isspace() and not after.isalnum()


# The mark that closes each opening mark in its own style.
_PROPER_CLOSER = {"«": "»", "»": "«", "“": "”", "”": "”", '"': '"'}


def _closes_other_style(text: str, index: int, top: str) -> bool:
    """A closing mark of another style than the one open ("“…\"", "«…”", "\"…»"): it
    closes the quotation when it looks closing and the paragraph holds no mark of the open
    one's own style to close it before the next quotation opens."""
    char = text[index]
    if not top or char == _PROPER_CLOSER[top] or not _looks_closing(text, index):
        return False
    if char in '"“' and _looks_opening(text, index) and not text[index - 1].isalnum():
        return False  # it opens the next quotation
    rest = text[index + 1 :]
    proper = rest.find(_PROPER_CLOSER[top])
    if proper < 0:
        return True
    opener = min((i for i in (rest.find(m) for m in "«“") if i >= 0), default=-1)
    return 0 <= opener < proper  # the proper closer belongs to the next quotation


def _scan(text: str, stack: list[tuple[str, int]]) -> list[tuple[int, int, bool]]:
    """(opening index, closing index, whether an inner pair closed) for each outer pair; the
    stack holds the marks still open (it carries an unclosed quotation into the next
    paragraph). An opening index of -1 is a quotation opened in an earlier paragraph."""
    pairs: list[tuple[int, int, bool]] = []
    inner_closed = False
    inner: tuple[int, int] | None = None  # the last inner pair closed inside the open one
    for index, char in enumerate(text):
        if char not in '«»“”"':
            continue
        top = stack[-1][0] if stack else ""
        if char == "«":
            if top == "»" and len(stack) == 1 and _looks_closing(text, index):
                closing = True  # reversed guillemets: » … «
            else:
                # «… ، معربا عن أمله أن «…»: the first never closes (one » is left for two «)
                single = stack == [("«", stack[0][1])] if stack else False
                cut = _reintroduced(text, stack[0][1], index) if single else None
                if cut is not None and text.count("»", index) < len(stack) + 1:
                    pairs.append(_first_closed(text, stack.pop()[1], cut, inner))
                stack.append((char, index))
                continue
        elif char in '»”"“' and len(stack) == 1 and _closes_other_style(text, index, top):
            closing = True  # "“…\"": the writer closed with another style of mark
        elif char == "»":
            if top == "»" and _looks_closing(text, index):
                closing = True  # "» … »": the writer opened with a closing mark
            elif top != "«":
                if not stack and _reversed_guillemet_opens(text, index):
                    stack.append((char, index))
                continue  # a stray closing mark
            closing = True
        elif char == '"':
            if top == '"' and _looks_closing(text, index):
                closing = True
            elif _looks_opening(text, index) or (
                not stack and (_glued_opening(text, index) or _padded_ascii_opener(text, index))
            ):
                single = len(stack) == 1 and top == '"' and stack[0][1] >= 0
                cut = _reintroduced(text, stack[0][1], index) if single else None
                if cut is not None:  # closed where she goes on
                    pairs.append(_first_closed(text, stack.pop()[1], cut, inner))
                stack.append((char, index))
                continue
            else:
                closing = top == '"'
        elif char == "”":
            if top in ("“", "”") and _looks_closing(text, index):
                closing = True
            elif _looks_opening(text, index) or (
                not stack and (_padded_opener(text, index) or _glued_opening(text, index))
            ):
                stack.append((char, index))  # ” used as an opening mark
                continue
            else:
                continue
        else:  # “
            if top == "”" and _looks_closing(text, index):
                closing = True  # reversed marks: ” … “
            elif top == "“" and _credit_follows(text, index):
                closing = True  # 'امتحان. “(وكالة …)': a doubled mark closing before the credit
            elif _looks_opening(text, index) or top == "":
                stack.append((char, index))
                continue
            else:
                continue
        if closing:
            _, opened = stack.pop()
            if stack:
                inner_closed, inner = True, (opened, index)
            else:
                pairs.append((opened, index, inner_closed))
                inner_closed = False
    return pairs


def _first_closed(
    text: str, opened: int, cut: int, inner: tuple[int, int] | None
) -> tuple[int, int, bool]:
    """The pair a quotation left open makes when a participle opens another: it ends at the
    comma before the participle; but when nothing introduces its mark and a quotation that
    a colon or a speech word opens closed inside it, its mark was stray and that inner
    quotation is the pair ('وحضر «الجمهور …، وقال: «…»، وأضاف: «…»', kind 2)."""
    stray = inner is not None and 0 <= opened < inner[0] and not _introduced(text, opened)
    if inner is not None and stray and _introduced(text, inner[0]):
        return inner[0], inner[1], False
    return opened, cut, False


def _speaker_change(text: str) -> int | None:
    """Where, in a quotation left unclosed, a new sentence introduces speech ('. وأضافت:')
    or turns to narrative ('. في حين طلب المحامي …', '. من جهته، …')."""
    for match in re.finditer(r"[.!؟]\s+(\S+)(?:\s+(\S+))?", text):
        word = unprefixed(bare(match.group(1)))
        pair = f"{bare(match.group(1))} {bare(match.group(2) or '')}"
        if word in SPEECH_VERBS or word in CARRY_FORMS or bare(match.group(1)) in _NARRATIVE:
            return match.start() + 1
        if pair in _NARRATIVE_PAIRS:
            return match.start() + 1
    return None


# Connectives that open the writer's narrative again after a quotation left unclosed.
_NARRATIVE = frozenset(("بينما", "فيما", "وكان", "وكانت", "ويذكر", "يذكر", "وتجدر"))
_NARRATIVE_PAIRS = frozenset(
    ("في حين", "من جهته", "من جهتها", "من جانبه", "من جانبها", "وفي حين", "ومن جهته", "ومن جهتها")
)


def _unclosed(paragraph: str, opened: int) -> list[Span]:
    """A quotation never closed: to the end of the paragraph, or to the sentence where a new
    speaker is introduced ('. وأضافت "…'), after which the paragraph is read again."""
    rest = paragraph[opened + 1 :]
    cut = _speaker_change(rest)
    end = len(paragraph) if cut is None else opened + 1 + cut
    span = Span(opened, end, paragraph[opened + 1 : end].strip(), closed=False)
    return [span, *find_spans(paragraph, end)] if cut is not None else [span]


def _last_inner_close(paragraph: str, opened: int) -> int | None:
    """An outer quotation whose only closing mark closed an inner one, at the paragraph's
    very end ('"… في أغنية "أ.. ب".'): that mark closes both."""
    match = re.search(r"[»”\"][\s.،,!؟]*$", paragraph)
    if match is None or match.start() <= opened:
        return None
    return match.start()


# A curly mark doubled right before a quotation's first letter ('قائلا””سأترك …”'): the first
# one of the pair is read as a space, so one quotation opens (set R1 kind M3); a doubled
# closing mark stands before a space or the end, never before a letter. Not ASCII '""',
# which pages print for an empty pair as often (a teaser in corpus 58 would be read).
_DOUBLED_OPENING = re.compile(r"([”“])(?=\1[\u0621-\u064a])")


def _one_opening(paragraph: str) -> str:
    """The paragraph with each doubled opening mark read as one, where no quotation is open
    before it (an even count of double marks): '"لن نتراجع""مهما …"' closes, then opens."""
    for match in reversed(list(_DOUBLED_OPENING.finditer(paragraph))):
        if sum(paragraph.count(m, 0, match.start()) for m in '«»“”"') % 2 == 0:
            paragraph = paragraph[: match.start()] + " " + paragraph[match.end() :]
    return paragraph


def find_spans(paragraph: str, offset: int = 0) -> list[Span]:
    """Every quotation in one paragraph (from `offset`), in order; an unclosed one runs to
    the end of the paragraph."""
    paragraph = _one_opening(paragraph)
    stack: list[tuple[str, int]] = []
    spans = [
        Span(offset + start, offset + end + 1, paragraph[offset + start + 1 : offset + end].strip())
        for start, end, _ in _scan(paragraph[offset:], stack)
    ]
    stray = _after_stray(paragraph, offset + stack[0][1]) if stack else None
    if stray is not None:
        spans += stray
    elif stack:
        opened = offset + stack[0][1]
        close = _last_inner_close(paragraph, opened) if len(stack) == 1 else None
        if close is not None and _speaker_change(paragraph[opened + 1 : close]) is not None:
            close = None  # '"… . وأضاف فلان: "…"': the inner pair is the next speaker's
        if close is not None:
            spans.append(Span(opened, close + 1, paragraph[opened + 1 : close].strip()))
        else:
            spans += _unclosed(paragraph, opened)
    return [span for span in spans if re.search(r"\w", span.text)]  # never punctuation only


def _after_stray(paragraph: str, opened: int) -> list[Span] | None:
    """The quotations after a stray mark: one left open that nothing introduces ('في مهرجان
    "السينما الجديدة، وقال المخرج: "…"'), before a quotation a colon or a speech word
    opens and its own mark closes. The stray mark took that quotation's closing mark for
    its own and lost it (unseen articles, kind 2); a quotation left open after its speech
    verb is the speaker's and runs on as before."""
    if _introduced(paragraph, opened):
        return None
    after = find_spans(paragraph, opened + 1)
    if not after or not after[0].closed or not _introduced(paragraph, after[0].start):
        return None
    return after


def _reopened(following: str, opener: str) -> int | None:
    """Where the quotation closes when the next paragraph goes on with it by opening the
    same mark again, as newspapers mark a quotation over several paragraphs."""
    start = len(following) - len(following.lstrip())
    if following[start : start + 1] != opener:
        return None
    first = find_spans(following, start)[:1]
    if not first or first[0].start != start or not first[0].closed:
        return None
    return first[0].end - 1


def _introduced(text: str, index: int) -> bool:
    """The mark at `index` follows a colon or a speech word: it opens the paragraph's own
    quotation ('وأضاف: " …"'), never closes one left open in the paragraph before."""
    return text[:index].rstrip().endswith(":") or _after_speech_word(text, index)


def find_article_spans(paragraphs: list[str]) -> list[tuple[int, Span]]:
    """(paragraph index, quotation) for the article; a quotation left open at the end of a
    paragraph runs on when the next paragraph closes it before opening any other."""
    found: list[tuple[int, Span]] = []
    consumed = 0  # how much of this paragraph a quotation running on from the last one took
    for index, paragraph in enumerate(paragraphs):
        spans, consumed = find_spans(paragraph, consumed), 0
        last = spans[-1] if spans else None
        if last is not None and not last.closed and index + 1 < len(paragraphs):
            following = paragraphs[index + 1]
            stack = [("«" if paragraph[last.start] == "«" else paragraph[last.start], -1)]
            pairs = _scan(following, stack)
            reopened = _reopened(following, paragraph[last.start])
            if pairs and pairs[0][0] == -1 and not _introduced(following, pairs[0][1]):
                close = pairs[0][1]
            elif reopened is not None:  # «… / «… »: each paragraph of the quotation opens
                close = reopened
            else:
                close = None
            if close is not None:
                text = paragraph[last.start + 1 :].strip() + "\n" + following[:close].strip()
                spans[-1] = Span(last.start, close + 1, text, closed=True, runs_on=1)
                consumed = close + 1
        found += [(index, span) for span in spans]
    return found
