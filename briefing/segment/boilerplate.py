"""Site chrome that must never be spoken: footers, share bars, wire markers, UI leftovers,
links to other stories, tag lists, photo captions.

General rules, not a list of one site's lines: phrases that only site furniture uses, wire
markers, lines without Arabic, labels that introduce a link, a tag list or a caption (wherever
a site prints them: on a line of their own or glued after a paragraph's last sentence), lines
shaped like another story's headline inside the body, and the run of short unpunctuated lines
at the end.
"""

from __future__ import annotations

import re

from briefing.names import FIRST_NAMES, LISTED_NAMES
from briefing.segment.lexicon import HONORIFICS, bare
from briefing.segment.mentions import Kind, classify
from briefing.segment.structure import MASTHEAD_TITLES, MIN_LEAD_CHARS, is_byline
from briefing.segment.word_classes import is_verb_word
from briefing.text import PUNCTUATED_END, has_arabic, word_list

# Phrases that only ever appear in site furniture, wherever the line is.
_CHROME = re.compile(
    r"تابعونا|تابعنا على|اترك(?:ي)? تعليق|أضف تعليق|(?:مقالات|أخبار|اخبار|مواضيع|مواد) ذات صلة"
    r"|(?:اقرأ|إقرأ|اقرا) (?:أيضا|أيضاً|ايضا|المزيد)|زر الذهاب إلى الأعلى|العودة إلى الأعلى"
    r"|لن يتم نشر عنوان بريدك|الحقول (?:الإلزامية|المطلوبة)|شارك(?:وا|ها)? (?:الخبر|المقال|هذا)"
    r"|إلغاء الرد|احفظ اسمي|إرسال التعليق|أضف تعليقا|أضف تعليقاً"
    r"|جميع الحقوق محفوظة|حقوق النشر|رابط الخبر|رابط مختصر|أرسل لصديق|النشرة البريدية"
    r"|كلمات مفتاحية|الكلمات الدالة|الوسوم:|الأكثر (?:قراءة|تصفحا|تصفحاً|مشاهدة|تداولا)"
    r"|//\s*انتهى\s*//|\.\.\.?\s*المزيد|^المزيد$|^انتهى$|\(انتهى\)"
    r"|ظهرت (?:المقالة|التدوينة|المشاركة) .{1,200} (?:أولاً|أولا) على"  # WordPress feed trailer
    r"|^(?:المصدر|المصادر|مصدر الخبر)\s*[:：]\s*[^.]{1,40}\.?$"  # a source credit line
    r"|^\((?:تابع|اقرأ|إقرأ|اقرا|طالع|شاهد|اضغط|للمزيد)[^()]{0,200}\)$"  # "(تابع … من هنا)": a link
    r"|^[إا]شترك(?:وا|ي)? (?:في|الآن|ب)|اضغط هنا"  # a subscription's or a link's call
    r"|©|All Rights Reserved",
    re.IGNORECASE,
)
_ALSO = r"(?: (?:أيضا|أيضاً|أيضًا|ايضا|ايضاً|ايضًا))?"
# What separates a label from its link, list or caption: "|", ":", a dash, "..", "»".
_SEPARATOR = r"\s*(?:[|:：\-–—»]|\.{2,}|…)"
# Labels that introduce a link to another story ("قد يهمك| …", "اقرأ أيضا: …", "للمزيد - …")
# or to an embedded video or gallery ("بالفيديو.. …", "شاهد بالصور: …"). Only followed by a
# separator (or alone): "قد يهمك أن تعرف" in a sentence is not one.
_RELATED = re.compile(
    rf"(?:قد (?:يهمك|يهمكم|يعجبك){_ALSO}|يهمك{_ALSO}|(?:اقرأ|إقرأ|اقرا|طالع|شاهد){_ALSO}"
    rf"|(?:شاهد )?(?:بالفيديو|فيديو|بالصور|بالفيديو والصور|إنفوغراف|انفوجراف|إنفوجرافيك)"
    rf"|(?:تابع|انظر|شاهد) (?:أيضا|أيضاً|ايضا|ايضاً)|للمزيد|المزيد|اخترنا لك|لا تفوتك"
    rf"|(?:مواضيع|موضوعات|أخبار|اخبار) (?:ذات صلة|متعلقة|مشابهة)|ذات صلة"
    rf"|استمع (?:إلى|الى|إلي) (?:الملخص|المقال|الخبر|التقرير))(?:{_SEPARATOR}|\s*$)"
)
# A site's tag list, labelled ("سمات" is "tags" on some Arabic CMSs), with the names after it.
_TAG_LABEL = re.compile(
    r"(?:الوسوم|وسوم|العلامات|سمات|الكلمات (?:المفتاحية|الدلالية|الدالة)"
    r"|كلمات (?:مفتاحية|دلالية|دالة)|Tags)\s*[:：]?\s+",
    re.IGNORECASE,
)
_MAX_TAG_WORDS = 15
# Words a sentence needs and a list of names does not.
_FUNCTION_WORDS = frozenset(
    word_list(
        "في من على إلى الى عن أن إن أنه إنه التي الذي الذين مع لا لم لن قد ما هو هي كان كانت"
        " هذا هذه ذلك تلك حيث بعد قبل عند كما"
    )
)
# Photo captions and credits: a caption label, or a credit in parentheses closing a line
# that is no sentence: "(أرشيفية)", "(رويترز)", "(أ ف ب)", "(Getty Images)". The agencies
# are the wire and photo agencies that Arabic sites credit.
_CAPTION_LABEL = re.compile(
    r"^(?:مصدر الصورة|التعليق على الصورة|حقوق الصورة|Image caption|Image copyright)"
    r"|^\(?(?:صورة|الصورة|صور|تصوير|بعدسة|عدسة|Photo)(?:\s*[:：|\-–—)]|\s*$)",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"\((?:صورة|الصورة|تصوير|أرشيف|أرشيفية|أرشيفيه|رويترز|أ ?ف ?ب|أ\.ف\.ب|فرانس برس|أ ب|أسوشيتد برس"
    r"|الأناضول|إ ب أ|غيتي|Getty|AFP|AP|EPA|Reuters)[^()]{0,30}\)\.?$",
    re.IGNORECASE,
)
# A caption that says what kind of photo it is: "صورة أرشيفية لمحطة الحافلات", "صورة تعبيرية".
# Or where it comes from: "الصورة من حساب الوزارة", "صورة نقلا عن وكالة …".
# The kinds of photo a caption names, and of content an advertiser pays for.
_PHOTO_KINDS = "أرشيفية|ارشيفية|تعبيرية|توضيحية"
_PAID = "مدفوع|ممول|إعلاني|اعلاني"
_PHOTO_KIND = re.compile(
    rf"^\(?(?:صورة|الصورة|صور)\s+(?:{_PHOTO_KINDS}|أرشيفيه|تعبيريه|من الأرشيف"
    r"|(?:من|عن|نقلا عن)\s+(?:حساب|صفحة|موقع|وكالة|منصة|أرشيف))(?:\)|\s|$)"
)
# A notice that the text is an advertiser's: "محتوى مدفوع", "هذا المحتوى مقدم من …", or an
# advertisement's slot ("إعلان") on a line of its own (unseen articles, kind 5).
_SPONSORED = re.compile(
    rf"^(?:هذا (?:ال)?محتوى (?:{_PAID}|برعاية|مقدم|من|بالتعاون|بالشراكة)"
    rf"|(?:ال)?محتوى (?:{_PAID}|برعاية|ترويجي)(?=\s|$|[.:：])"
    r"|(?:إعلان|اعلان|مساحة إعلانية)\s*$)"
)
_MAX_SPONSORED_WORDS = 15
# The site speaking to its reader: a call to follow, join, subscribe or click ("تابعوا …
# على تيليجرام", "حمّل تطبيق …", "اضغط هنا"), or a note of where the text was first
# published; the reader's imperative (never the story's past tense: "انضم اللاعب …") and
# a channel or the site's own "our" (حسابنا، قناتنا) in the same short line.
# The site's own "our" (قناتنا، حسابنا) and the channels it calls its reader to.
_OURS_WORDS = "قناتنا|حسابنا|صفحتنا|موقعنا|مجموعتنا"
_CHANNELS = (
    rf"{_OURS_WORDS}|تطبيق|واتساب|واتس آب|تيليجرام|تلغرام|تليجرام|يوتيوب|فيسبوك"
    r"|إنستغرام|انستغرام|تويتر|إكس"
)
_CALL_TO_ACTION = re.compile(
    r"^(?:[وف]?(?:تابعوا|انضموا|اشتركوا|حملوا|حمّلوا|حمّل|نزّل|نزلوا|اضغط|اضغطوا|انقر|انقروا"
    r"|لمتابعة|للاشتراك|للانضمام|يمكنكم|يمكنك)\s.*"
    rf"(?:{_CHANNELS}|النشرة|هنا|الرابط)"
    r"|^(?:ليصلك|لتصلك|ليصلكم|لتصلكم)\s.*(?:اشترك|تابع|انضم)\S*\s.*"  # "ليصلك كل جديد اشترك …"
    rf"(?:{_CHANNELS})"
    r"|^(?:هذا (?:الخبر|المقال|التقرير) )?(?:منقول|نقلا) (?:من|عن) (?:موقع|صحيفة)"
    r"|^(?:هذا (?:الخبر|المقال|التقرير) )?(?:نشر|نُشر) (?:لأول مرة|في الأصل|أولا) (?:على|في))"
)
_MAX_CALL_WORDS = 20
# The site's "our" (قناتنا، حسابنا): a call to its reader even where a headline may stand
# ("ليصلك كل جديد اشترك في قناتنا على تيليجرام" was taken for the headline).
_OURS = re.compile(_OURS_WORDS)
# A caption that says its photo is from the archive: "… - صورة أرشيفية", "… (أرشيف)",
# "… صورة من الأرشيف", "… (الصورة: …)".
_ARCHIVE_TAIL = re.compile(
    r"(?:[-–—]\s*(?:صورة\s+)?(?:أرشيفية|ارشيفية|أرشيف|ارشيف|من الأرشيف)|صورة من الأرشيف"
    r"|\((?:صورة\s+)?(?:أرشيفية|أرشيف)\)|\(الصورة\s*[:：][^()]{1,40}\))\s*$"
)
# A photographer's credit closing a line ("تصوير : فلان الفلاني") and a photo's kind set off
# by a dash inside it ("… - صورة أرشيفية"): a caption however long it runs (a page may print
# the caption twice before its credit).
_PHOTO_CREDIT_TAIL = re.compile(
    r"(?:^|\s)(?:تصوير|بعدسة|عدسة)\s*[:：]\s*[^\s.،:]+(?:\s+[^\s.،:]+){0,3}$"
)
_DASHED_PHOTO_KIND = re.compile(
    r"[-–—]\s*(?:صورة|الصورة)\s+(?:أرشيفية|ارشيفية|أرشيفيه|تعبيرية|توضيحية)"
)
# A caption credited after a slash: "مسلحون في شوارع المدينة / وكالة الأنباء" (no sentence).
_SLASH_CREDIT = re.compile(r"\S\s+/\s*[^/\s.،]+(?:\s+[^/\s.،]+){0,2}$")
_MAX_CAPTION_WORDS = 25
_MAX_CREDITED_WORDS = 15  # a caption is short; a paragraph that left out its stop is longer
# "Another story's headline": headline punctuation (clauses joined by "..", "Name: claim")
# on a line that ends on no sentence mark, inside the body. Speech ("وقال الوزير: …") is
# not one: the part before the colon has no speech verb.
_HEADLINE_JOINER = re.compile(r"\S ?\.\. ?\S")
_LABEL_COLON = re.compile(r"^(?P<label>[^:：.،]{2,40}?)\s*[:：]\s*\S")
_SPEECH_OPENER = re.compile(
    r"^[وف]?(?:قال|قالت|أضاف|أضافت|تابع|تابعت|أكد|أكدت|أوضح|أوضحت|ذكر|ذكرت|أشار|أشارت|أردف"
    r"|أردفت|استطرد|استطردت|بين|بينت|يقول|تقول|يضيف|تضيف|مضيفا|مضيفة|قائلا|قائلة|موضحا"
    r"|موضحة|جاء|وجاء|نص|ينص|تنص)"
)
_SENTENCE_END = re.compile(r"[.!?؟][\"”»')]*$")
_TEASER_WORDS = (6, 20)
_MIN_PARAGRAPH_WORDS = 8
# Comment and privacy policies: chrome when they close the page, not inside the story.
_POLICY = re.compile(
    r"التعليقات|تعليقات القراء|مشاركاتك|سياسة الخصوصية|شروط (?:الاستخدام|الخدمة)"
    r"|لا تعبر عن رأي|تعبر عن (?:رأي|وجهة نظر) (?:أصحابها|كاتبها)"
)
_TAIL_LINES = 4  # how far from the end the policy rule reaches
# A wire time stamp ("11:06 ت م", "14:22 GMT") on a line of its own.
_TIMESTAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:ت\s?م|ت\s?غ|بتوقيت \S+|GMT|UTC|[صم]|[AaPp][Mm])?$")
_MAX_FOOTER_WORDS = 6
# A date and time stamp with the agency's credit: "10.11.2025, وكالة الأنباء", "2025/11/10 - واس".
_DATED_CREDIT = re.compile(
    r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:\s*[,،-]?\s*\d{1,2}:\d{2})?\s*[,،\-–—|]?\s*"
    r"[^\s.,،:!؟]+(?:\s+[^\s.,،:!؟]+){0,3}$"
)


def _is_tag_list(text: str) -> bool:
    """A label, then names: no sentence mark, no function word, at most 15 words."""
    match = _TAG_LABEL.match(text)
    if match is None:
        return False
    names = text[match.end() :].split()
    return (
        0 < len(names) <= _MAX_TAG_WORDS
        and not any(word.strip("،,") in _FUNCTION_WORDS for word in names)
        and not re.search(r"[.!?؟]", text)
    )


def is_caption(line: str) -> bool:
    """A photo caption or credit: a caption label, or a parenthesized credit ending a short
    line that is no sentence."""
    words = len(line.split())
    kind = _DASHED_PHOTO_KIND.search(line)
    # "…، 14 مايو. - صورة أرشيفية … - صورة أرشيفية تصوير : فلان" (set R1 kind L1): one
    # phrase before the photo's kind, not a story paragraph that mentions a photo
    phrase = kind is not None and not re.search(r"[.!?؟]\s+\S", line[: kind.start()].rstrip(" ."))
    if phrase and _PHOTO_CREDIT_TAIL.search(line):
        return True
    if words > _MAX_CAPTION_WORDS:
        return False
    if _CAPTION_LABEL.match(line) or _person_caption(line):
        return True
    if _PHOTO_KIND.match(line) and words <= _MAX_LABELLED_WORDS and _one_phrase(line):
        return True  # "صورة أرشيفية لمحطة الحافلات": the photo's kind, then what it shows
    if _sponsored(line):
        return True  # an advertiser's notice, not the story's words
    archive = _ARCHIVE_TAIL.search(line)
    if archive is not None and not re.search(r"[.!?؟]", line[: archive.start()]):
        return True  # "افتتاح المعرض في قاعة المدينة - صورة أرشيفية": one phrase, no sentence
    slash = _SLASH_CREDIT.search(line)
    if slash is not None and words <= _MAX_CREDITED_WORDS and not _SPEECH_OPENER.match(line):
        return not re.search(r"[.!?؟:«»“”\"]", line)  # "مسلحون في المدينة / وكالة"
    credit = _CREDIT.search(line)
    return (
        credit is not None
        and words <= _MAX_CREDITED_WORDS
        and not _SENTENCE_END.search(line[: credit.start()].rstrip())
        and not _SPEECH_OPENER.match(line)
    )


_MAX_LABELLED_WORDS = 12
# Where a caption goes on after the person it shows: "وزيرة الصحة … خلال زيارتها …".
_CAPTION_ADJUNCTS = frozenset(word_list("خلال أثناء لدى وسط برفقة"))


def _one_phrase(line: str) -> bool:
    """No sentence mark, colon or quotation inside (a stop may end it)."""
    return not re.search(r"[.!?؟:«»“”\"؛]", line.rstrip(" ."))


def _person_caption(line: str) -> bool:
    """A photo caption naming whom it shows: a title, then a name that opens on a known first
    name (at most three words), then nothing or a phrase of where or when ("وزيرة الصحة هدى
    سالم خلال زيارتها المحطة"); no comma, no sentence inside. A line of the story says what
    someone did ("… هدى سالم تفتتح …"): a word in ي / ت after the first name ends the name
    and the caption (unseen articles, kind 5: such lines opened the summary)."""
    words = [bare(w) for w in line.rstrip(" .").split()]
    if not 3 <= len(words) <= _MAX_LABELLED_WORDS or not _one_phrase(line) or "،" in line:
        return False
    if is_byline(line):
        return False  # "بقلم الكاتب فلان": the writer, kept as the byline
    first = next((n for n, w in enumerate(words) if n and w in FIRST_NAMES), None)
    if first is None:
        return False
    end = first + 1
    while end < min(len(words), first + 3) and words[end] not in _CAPTION_ADJUNCTS:
        if words[end].startswith(("ي", "ت")) and words[end] not in LISTED_NAMES:
            return False  # "هدى سالم تفتتح المستشفى": what she does, a sentence
        end += 1
    if end < len(words) and words[end] not in _CAPTION_ADJUNCTS:
        return False
    if any(is_verb_word(w) for w in words):
        return False
    mention = classify(words[:end])
    return mention is not None and mention.kind is Kind.PERSON and mention.role is not None


def _sponsored(line: str) -> bool:
    """An advertiser's notice, or the site calling on its reader (a short line)."""
    if _CALL_TO_ACTION.match(line) is not None and len(line.split()) <= _MAX_CALL_WORDS:
        return not re.search(r"[«»“”\"]", line)
    return _SPONSORED.match(line) is not None and len(line.split()) <= _MAX_SPONSORED_WORDS


# A photo's or an advertiser's label glued before the lead: "(أرشيفية) أعلنت …", "صورة
# تعبيرية أعلنت …", "محتوى مدفوع - أعلنت …".
_LEAD_LABEL = re.compile(
    rf"^(?:\((?:صورة\s+)?(?:{_PHOTO_KINDS}|أرشيف)\)"
    rf"|صورة\s+(?:{_PHOTO_KINDS})"
    rf"|(?:ال)?محتوى (?:{_PAID}|ترويجي))\s*[-–—:|.]?\s+"
    r"(?=\S)(?!ل|(?:من|في|عن|خلال|أثناء)\s)"  # "صورة أرشيفية لمحطة …" goes on: a caption
)
_GLUED_SENTENCE = re.compile(r"^(\S.*?[.!؟])\s+(?=\S)")


def split_lead_caption(paragraph: str) -> tuple[str | None, str]:
    """(a caption or an advertiser's notice glued before the lead, the lead): a label, or a
    first sentence that is a caption ("وزيرة الصحة هدى سالم. أعلنت …"); the summary never
    opens on it (unseen articles, kind 5)."""
    label = _LEAD_LABEL.match(paragraph)
    match = label or _GLUED_SENTENCE.match(paragraph)
    if match is None or len(paragraph) - match.end() < MIN_LEAD_CHARS:
        return None, paragraph
    if label is None and not is_caption(match.group(1)):
        return None, paragraph
    return match.group(0).strip(), paragraph[match.end() :]


def is_related_link(line: str) -> bool:
    return _RELATED.match(line) is not None


# A paper's editors credited on a line of their own: "رئيس مجلس الإدارة : د. فلان",
# "رئيس التحرير: فلان" (a masthead printed over the article; one was read as its lead).
_STAFF_CREDIT = re.compile(
    rf"^\s*(?:{MASTHEAD_TITLES}|مديرة التحرير|المدير العام)(?:\s+والتحرير)?\s*[:：]\s*"
    r"(?P<name>[^!؟«»“”\"]+?)\.?$"
)
_MAX_STAFF_NAME_WORDS = 6


def _staff_credit(line: str) -> bool:
    match = _STAFF_CREDIT.match(line)
    if match is None:
        return False
    words = match.group("name").split()
    if not words or len(words) > _MAX_STAFF_NAME_WORDS:
        return False
    return bare(words[0]) in HONORIFICS or words[0] in FIRST_NAMES


def is_furniture(line: str) -> bool:
    """Furniture whatever its place, the headline's too: chrome phrases, wire markers, lines
    with no Arabic, an editor's credit."""
    return (
        _staff_credit(line)
        or _CHROME.search(line) is not None
        or _TIMESTAMP.match(line) is not None
        or _DATED_CREDIT.match(line) is not None
        or not has_arabic(line)
    )


def is_chrome(line: str) -> bool:
    """Furniture anywhere below the headline: that, links to other stories, tag lists,
    captions."""
    return is_furniture(line) or is_related_link(line) or _is_tag_list(line) or is_caption(line)


def _labelled(line: str) -> bool:
    """Opens on a short label and a colon ("Name: claim", "الموعد: …")."""
    label = _LABEL_COLON.match(line)
    return label is not None and len(label.group("label").split()) <= 4


def is_headline_like(line: str, neighbours: tuple[str, ...] = ()) -> bool:
    """Shaped like a headline rather than a paragraph: 6-20 words ending on no sentence mark,
    with clauses joined by ".." or a "Name: claim" opening, and not opening on a speech verb
    ("وقال الوزير: …" is reported speech whose full stop the site left out). A labelled line
    among labelled neighbours is an item of a list ("المكان: …", "الموعد: …"), not a teaser."""
    words = len(line.split())
    if not _TEASER_WORDS[0] <= words <= _TEASER_WORDS[1] or _SENTENCE_END.search(line):
        return False
    if line.endswith((":", "،", "؛", ",")) or _SPEECH_OPENER.match(line):
        return False  # a sentence cut before its continuation, or speech
    if _HEADLINE_JOINER.search(line):
        return True
    return _labelled(line) and not any(_labelled(neighbour) for neighbour in neighbours)


def _glued(line: str) -> int | None:
    """Where furniture starts after one of the line's sentences, if it does."""
    for match in re.finditer(r"(?<=[.!?؟\"”»])\s+", line):
        rest = line[match.end() :]
        if _RELATED.match(rest) or _is_tag_list(rest) or _CHROME.match(rest) or _sponsored(rest):
            return match.end()
        short = len(rest.split()) <= _MAX_LABELLED_WORDS and not rest.startswith("(")
        if short and is_caption(rest):
            return match.end()  # "… التالي. صورة أرشيفية" (a bracketed credit is a byline)
    chrome = _CHROME.search(line)
    if chrome and chrome.start() and re.search(r"[.!?؟\"”»]$", line[: chrome.start()].rstrip()):
        return chrome.start()
    return None


def cut_inline_chrome(line: str) -> tuple[str, str | None]:
    """(the line, chrome appended to it): a footer, a tag list or a link to another story
    glued after the paragraph's last sentence is cut off."""
    start = _glued(line)
    if start is None:
        return line, None
    return line[:start].rstrip(), line[start:].strip()


def _split_link(line: str) -> tuple[str | None, str]:
    """(the link, the story text after it) for a line that opens on a related-story label.
    A link's headline ends on no sentence mark, so when a story sentence follows on the same
    line the link runs into it: that first sentence goes with the link, the rest is kept."""
    boundary = re.search(r"[.!?؟][\"”»')]*\s+(?=\S)", line)
    if boundary is None:
        return line, ""
    rest = line[boundary.end() :]
    if len(rest.split()) < _MIN_PARAGRAPH_WORDS or not _SENTENCE_END.search(rest):
        return line, ""
    return line[: boundary.end()].strip(), rest


def split_boilerplate(
    lines: tuple[str, ...], headline_at: int = 0
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(kept lines, dropped lines), in the original order. The line at `headline_at` (and any
    before it) is the story's front: headlines open on "صور.." or "شاهد:" too, so the rules
    for links, captions and tag lists start after it (-1: the lines hold no headline)."""
    kept: list[str] = []
    dropped: list[str] = []
    in_body = False  # past the first paragraph: headline-shaped lines are other stories
    in_link_list = False  # after a label standing alone ("قد يهمك:"): the links under it
    for index, line in enumerate(lines):
        near_end = index >= len(lines) - _TAIL_LINES
        head, tail = cut_inline_chrome(line)
        if index <= headline_at:
            own = line.startswith("هذا") or len(line.split()) <= 3 or bool(_OURS.search(line))
            notice = _sponsored(line) and own
            (dropped if is_furniture(line) or notice else kept).append(line)
            continue
        if index and line == lines[index - 1] and index - 1 > headline_at:
            dropped.append(line)  # a line printed again right under itself (a caption)
            continue
        if _pull_quote_caption(lines, index) or (index and _pull_quote_caption(lines, index - 1)):
            dropped.append(line)  # "NAME - TITLE:" and the words a later quote gives again
            continue
        listed = not _SENTENCE_END.search(line) or _BULLET.match(line) is not None
        if in_link_list and listed and len(line.split()) <= 25:
            dropped.append(line)  # the links under the label, "- …" items whatever their end
            continue
        in_link_list = False
        if is_related_link(line):
            link, rest = _split_link(line)
            dropped.append(link)
            if rest:
                kept.append(rest)
            in_link_list = not rest and len(line.split()) <= 3
        elif tail and len(head.split()) > _MAX_FOOTER_WORDS and not is_caption(line):
            kept.append(head)  # a story paragraph with the site's footer glued on
            dropped.append(tail)
        elif (
            is_chrome(line)
            or (near_end and _POLICY.search(line))
            or (in_body and _is_bulleted_teaser(line))
            or (not in_body and _BULLET.match(line) is not None)  # key points above the lead
            or (not in_body and index > headline_at + 1 and _other_story(line, lines, index))
            or (
                in_body
                and is_headline_like(line, lines[index - 1 : index] + lines[index + 1 : index + 2])
            )
        ):
            dropped.append(line)
        else:
            kept.append(line)
            in_body = in_body or _is_paragraph(line)
    # The run of short unpunctuated lines after the story's last sentence is the footer.
    footer: list[str] = []
    while len(kept) > 2 and (
        _is_footer_like(kept[-1]) or _is_teaser(kept[-1]) or _is_bulleted_teaser(kept[-1])
    ):
        footer.insert(0, kept.pop())
    return tuple(kept), tuple(dropped + footer)


# A pull-quote's caption: "NAME - TITLE:" (or a title alone) closed by a colon.
_CAPTION = re.compile(r"^[^:.،«»“”\"]{2,60}(?:\s[-–—]\s[^:.،«»“”\"]{2,60})?\s*:$")
_QUOTED = re.compile(r"[«“\"]([^»”\"]+)[»”\"]")
_PULL_QUOTE_WORDS = 5  # a pull-quote repeats at least this many words of a later quote


def _pull_quote_caption(lines: tuple[str, ...], index: int) -> bool:
    """Whether the line at `index` is a pull-quote's caption ("سامر داود - رئيس النقابة:")
    whose next line, unmarked, is said again inside a later quotation: the block repeats a
    quote of the body (set C's B1: the caption was read as "TITLE:" alone, and the
    pull-quote as a summary sentence)."""
    if index + 1 >= len(lines) or len(lines[index].split()) > 8:
        return False
    if not _CAPTION.match(lines[index].strip()):
        return False
    pulled = lines[index + 1].strip(" .")
    if _QUOTED.search(pulled) or len(pulled.split()) < _PULL_QUOTE_WORDS:
        return False
    plain = " ".join(pulled.split())
    return any(
        plain in " ".join(quote.split())
        for later in lines[index + 2 :]
        for quote in _QUOTED.findall(later)
    )


def _other_story(line: str, lines: tuple[str, ...], index: int) -> bool:
    """Before the lead, below the line under the headline (the deck's place): a line shaped
    as another story's headline ("فلان: تصريحات جديدة حول …") is a link, not the lead."""
    return _labelled(line) and is_headline_like(line, lines[index + 1 : index + 2])


def _is_paragraph(line: str) -> bool:
    return len(line.split()) >= _MIN_PARAGRAPH_WORDS and PUNCTUATED_END.search(line) is not None


_TEASER_MAX_WORDS = 20
_OPENS_QUOTED = re.compile(r"^[«“\"][^«»“”\"]{2,}[»”\"]")


_BULLET = re.compile(r"^[-–—•*]\s+")


def _is_bulleted_teaser(line: str) -> bool:
    """ "- «…».. تحقيق صادم لصحيفة!": a list item shaped as another story's headline (it
    opens on a quotation or joins clauses by ".."), listed under the text as a link."""
    bullet = _BULLET.match(line)
    if bullet is None:
        return False
    item = line[bullet.end() :].rstrip("!؟? ")
    words = len(item.split())
    if not 2 <= words <= _TEASER_MAX_WORDS or _SENTENCE_END.search(item):
        return False
    return bool(_OPENS_QUOTED.match(item) or _HEADLINE_JOINER.search(item))


def _is_teaser(line: str) -> bool:
    """Another story's headline listed after the text: short, ending on no sentence mark,
    shaped as headlines are ("«…».. …", clauses joined by "..", "Name: claim"), and not
    opening on a speech verb. A run of them closes many pages (set 4: their quotations and
    colon heads were read as the story's quotes)."""
    words = len(line.split())
    if not 2 <= words <= _TEASER_MAX_WORDS or _SENTENCE_END.search(line):
        return False
    if line.endswith((":", "،", "؛", ",")) or _SPEECH_OPENER.match(line):
        return False
    return bool(
        _OPENS_QUOTED.match(line) or _HEADLINE_JOINER.search(line) or _LABEL_COLON.match(line)
    )


def _is_footer_like(line: str) -> bool:
    """Short and unpunctuated: a menu entry, a share button, a tag list; never speech."""
    short = len(line.split()) <= _MAX_FOOTER_WORDS
    return short and not PUNCTUATED_END.search(line) and not opens_speech(line)


_OPENED_BY_COLON = re.compile(r":\s*[«“”\"]\s*[\u0621-\u064a]")


def opens_speech(line: str) -> bool:
    """A speech verb and a colon open a quotation on the line ('وأضافت فلانة: "…'): the
    story's speech however short, even cut off with the page ('… مهما ح', set R1 kind M2),
    never a footer entry or a subheading."""
    return bool(_SPEECH_OPENER.match(line) and _OPENED_BY_COLON.search(line))
