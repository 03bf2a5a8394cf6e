"""Site chrome that must never be spoken: footers, share bars, wire markers, UI leftovers.

General rules, not a list of one site's lines: phrases that only site furniture uses,
wire markers, lines without Arabic, and the run of short unpunctuated lines at the end.
"""

from __future__ import annotations

import re

from briefing.text import PUNCTUATED_END, has_arabic

# Phrases that only ever appear in site furniture, wherever the line is.
_CHROME = re.compile(
    r"تابعونا|تابعنا على|اترك(?:ي)? تعليق|أضف تعليق|(?:مقالات|أخبار|اخبار|مواضيع|مواد) ذات صلة"
    r"|(?:اقرأ|إقرأ|اقرا) (?:أيضا|أيضاً|ايضا|المزيد)|زر الذهاب إلى الأعلى|العودة إلى الأعلى"
    r"|لن يتم نشر عنوان بريدك|الحقول (?:الإلزامية|المطلوبة)|شارك(?:وا|ها)? (?:الخبر|المقال|هذا)"
    r"|إلغاء الرد|احفظ اسمي|إرسال التعليق|أضف تعليقا|أضف تعليقاً"
    r"|جميع الحقوق محفوظة|حقوق النشر|رابط الخبر|رابط مختصر|أرسل لصديق|النشرة البريدية"
    r"|كلمات مفتاحية|الكلمات الدالة|الوسوم:|الأكثر (?:قراءة|تصفحا|تصفحاً|مشاهدة|تداولا)"
    r"|//\s*انتهى\s*//|\.\.\.?\s*المزيد|^المزيد$|^انتهى$|\(انتهى\)"
    r"|©|All Rights Reserved",
    re.IGNORECASE,
)
# Comment and privacy policies: chrome when they close the page, not inside the story.
_POLICY = re.compile(
    r"التعليقات|تعليقات القراء|مشاركاتك|سياسة الخصوصية|شروط (?:الاستخدام|الخدمة)"
    r"|لا تعبر عن رأي|تعبر عن (?:رأي|وجهة نظر) (?:أصحابها|كاتبها)"
)
_TAIL_LINES = 4  # how far from the end the policy rule reaches
# A wire time stamp ("11:06 ت م", "14:22 GMT") on a line of its own.
_TIMESTAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:ت\s?م|ت\s?غ|بتوقيت \S+|GMT|UTC|[صم]|[AaPp][Mm])?$")
_MAX_FOOTER_WORDS = 6


def is_chrome(line: str) -> bool:
    """Furniture whatever its place: chrome phrases, wire markers, lines with no Arabic."""
    return (
        _CHROME.search(line) is not None
        or _TIMESTAMP.match(line) is not None
        or not has_arabic(line)
    )


def _is_footer_like(line: str) -> bool:
    """Short and unpunctuated: a menu entry, a share button, a tag list."""
    return len(line.split()) <= _MAX_FOOTER_WORDS and not PUNCTUATED_END.search(line)


def cut_inline_chrome(line: str) -> tuple[str, str | None]:
    """(the line, chrome appended to it): a footer glued to the last paragraph is cut off."""
    match = _CHROME.search(line)
    if match is None or match.start() == 0:
        return line, None
    head = line[: match.start()].rstrip()
    if not re.search(r"[.!?؟\"”»]$", head):
        return line, None  # the phrase sits inside a sentence: not a glued footer
    return head, line[match.start() :].strip()


def split_boilerplate(lines: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(kept lines, dropped lines), in the original order."""
    kept: list[str] = []
    dropped: list[str] = []
    for index, line in enumerate(lines):
        near_end = index >= len(lines) - _TAIL_LINES
        head, tail = cut_inline_chrome(line)
        if tail and len(head.split()) > _MAX_FOOTER_WORDS:
            kept.append(head)  # a story paragraph with the site's footer glued on
            dropped.append(tail)
        elif is_chrome(line) or (near_end and _POLICY.search(line)):
            dropped.append(line)
        else:
            kept.append(line)
    # The run of short unpunctuated lines after the story's last sentence is the footer.
    footer: list[str] = []
    while len(kept) > 2 and _is_footer_like(kept[-1]):
        footer.insert(0, kept.pop())
    return tuple(kept), tuple(dropped + footer)
