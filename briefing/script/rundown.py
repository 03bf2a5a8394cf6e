"""The rundown's name for each story: a whole phrase of its headline, never a cut word.

Cutting a headline at N words ends it wherever the Nth word falls: "… الإصابة بفيروس"
("infected with a virus" — which?), "… في سن" ("at the age" — of what?). A phrase ends
before a clause opens (at a comma, a dash or a pause "..", before بعد, وسط, رغم …) or before
a prepositional phrase (في, على, من …): the words before such a boundary stand on their
own. A colon opens a clause too, but is no place to end: what stands before it is as often
who spoke ("وزير الداخلية لـ الصحيفة: …") as what the story is about ("مهرجان كان: …"),
so the title goes on into what was said.

Checked on the headlines of the 35 corpus articles and our fixtures (48 longer than 8
words): no title ends on a word that needs the next one, none on a speaker alone; one
ends on a verb that wants its preposition ("… عندما أتعامل", before "مع").
"""

from __future__ import annotations

import re

from briefing.text import word_list

# Words that open a new clause: what comes before them is a whole statement.
CLAUSE_WORDS = frozenset(word_list("بعد وسط عقب إثر رغم بسبب بفضل بينما فيما حيث لكن إذ ضمن مقابل"))
# Prepositions (and the like) that open a phrase of their own: cutting before one leaves a
# whole noun phrase, and they themselves must never end the title. Not "لـ": after a name
# it gives the outlet spoken to ("وزير الداخلية لـ الصحيفة: …"), and the name alone is no story.
PHRASE_WORDS = frozenset(
    word_list(
        "في من على إلى عن مع ضد خلال قبل منذ حتى بين عند لدى عبر نحو أمام حول دون فوق تحت داخل خارج"
    )
)
DANGLING = PHRASE_WORDS | CLAUSE_WORDS | frozenset(word_list("و أو ثم أن إن كما ما لا لم لن قد"))
# A word ending a clause ("،", "؛", the ".." of a pause), or a lone dash.
_CLAUSE_MARKS = re.compile(r"(?:[،,؛;…]|\.\.+)$|^[-–—]$")
_OPENING, _CLOSING = "«“", "»”"
_TRAILING = re.compile(r"[\s.,،:؛;!؟?…\-–—]+$")
MIN_WORDS = 3  # "الوزير:" or "عاجل:" alone names no story
# A clause boundary is worth three more words than a phrase boundary: a verb may need the
# preposition after it ("… عندما أتعامل" | "مع السكر"), a clause never needs what follows.
STRONG_BONUS = 3


def _quoting(words: list[str]) -> bool:
    """Whether a quotation is open at the end of these words."""
    text = " ".join(words)
    return sum(text.count(mark) for mark in _OPENING) > sum(text.count(m) for m in _CLOSING)


def _cuts(words: list[str]) -> list[tuple[int, bool]]:
    """(length of the phrase, whether it ends at a clause) for each place a phrase ends."""
    cuts = []
    for index in range(1, len(words)):
        before, word = words[index - 1], words[index]
        if _CLAUSE_MARKS.search(before) or word in CLAUSE_WORDS:
            cuts.append((index, True))
        elif word in PHRASE_WORDS:
            cuts.append((index, False))
    return [
        (length, strong)
        for length, strong in cuts
        if length >= MIN_WORDS
        and _TRAILING.sub("", words[length - 1]) not in DANGLING
        and not _quoting(words[:length])
    ]


def short_title(headline: str, max_words: int) -> str:
    """The headline whole when it has at most `max_words`; else its best phrase within
    `max_words` (the longest, a clause counting three words more than a prepositional
    phrase); else the shortest phrase beyond it, else the whole headline: a long phrase
    is better than a cut one."""
    words = _TRAILING.sub("", headline).split()
    if len(words) <= max_words:
        return " ".join(words)
    cuts = _cuts(words)
    within = [(length, strong) for length, strong in cuts if length <= max_words]
    if within:
        length, _ = max(within, key=lambda cut: (cut[0] + STRONG_BONUS * cut[1], cut[1]))
    else:
        length = min((length for length, _ in cuts), default=len(words))
    return _TRAILING.sub("", " ".join(words[:length]))
