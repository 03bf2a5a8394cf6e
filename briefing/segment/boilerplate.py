"""Site chrome that must never be spoken: footers, share bars, wire markers."""

from __future__ import annotations

import re

# Phrases that only ever appear in site furniture, not in news prose.
_CHROME = re.compile(
    r"تابعونا|اترك تعليق|أضف تعليق|مقالات ذات صلة|اخبار ذات صلة|أخبار ذات صلة|اقرأ أيضا|اقرأ أيضاً"
    r"|زر الذهاب إلى الأعلى|لن يتم نشر عنوان بريدك|الحقول الإلزامية|شارك(?:وا)? (?:الخبر|المقال)"
    r"|جميع الحقوق محفوظة|رابط الخبر|//\s*انتهى\s*//|\.\.\.?المزيد|^المزيد$"
    r"|\b(?:Next|Previous|Share|Tweet|Comments?)\b",
    re.IGNORECASE,
)


def is_chrome(line: str) -> bool:
    return _CHROME.search(line) is not None


def split_boilerplate(lines: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(kept lines, dropped lines), in the original order."""
    kept = tuple(line for line in lines if not is_chrome(line))
    dropped = tuple(line for line in lines if is_chrome(line))
    return kept, dropped
