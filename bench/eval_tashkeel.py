"""How right the offline engine's vowels are, against sentences vowelled by hand.

tests/fixtures/speech/vowelled_news.txt holds news sentences of our own, fully vowelled;
each is stripped, diacritized and compared word by word. A word is wrong when a vowel or
shadda it was given differs from the hand's before its last letter (another word: يُقَدِّرُ
for يُقَدَّرُ) or on it (a wrong case ending), or a sukun silences a vowel the hand wrote; a
letter left bare is no error, nor one given its shadda without its vowel. Run:
python bench/eval_tashkeel.py [FILE...] — each bundled model alone, then what the engine
receives (add_tashkeel: the models agreeing, the table).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.speech.diacritizers import CHECKS, MODEL, diacritizer
from briefing.speech.marks import SHADDA, mark_units
from briefing.speech.tashkeel import (
    SUKUN,
    _reading,
    add_tashkeel,
    only_marks,
    strip_marks,
)

_PLAIN = str.maketrans("\u064b\u064c\u064d", "\u064e\u064f\u0650")  # tanween → its vowel
FIXTURE = Path(__file__).resolve().parent.parent / "tests/fixtures/speech/vowelled_news.txt"


@dataclass
class Score:
    words: int = 0
    wrong: int = 0  # a wrong vowel before the last letter: another word
    wrong_ending: int = 0
    bare: int = 0
    paused: int = 0  # vowelled words read without the ending the hand wrote (no error)
    sentences_wrong: int = 0

    def line(self, name: str, sentences: int) -> str:
        return (
            f"{name:22} words {self.words}: wrong {self.wrong} ({self.wrong / self.words:.1%}),"
            f" wrong ending {self.wrong_ending}, bare {self.bare} ({self.bare / self.words:.0%}),"
            f" paused {self.paused};"
            f" sentences with a wrong word {self.sentences_wrong}/{sentences}"
        )


def judge(ours: str, gold: str) -> tuple[bool, bool]:
    """(a wrong vowel before the last letter, a wrong one on it) of a word against the hand's."""
    mine, theirs = mark_units(ours), mark_units(gold)
    letters = strip_marks(gold)
    if [base for base, _ in mine] != [base for base, _ in theirs]:
        return False, False  # the engine got other letters: counted by eval_speech.py
    ending = len(letters) - (2 if len(letters) > 1 and letters[-1] in "اى" else 1)
    inner = last = False
    for index, ((_, our_marks), (_, gold_marks)) in enumerate(zip(mine, theirs, strict=True)):
        said, meant = _reading(letters, index, our_marks), _reading(letters, index, gold_marks)
        silenced = SUKUN in our_marks and bool(meant)  # شَارَكْتْ for شَارَكَتْ
        partial = set(said) < set(meant)  # a shadda without its vowel: the vowel left bare
        # the pausal form of a tanween before a final alef or ى: its vowel, long (مُسْتَوَى)
        long_pause = index == ending and letters[-1] in "اى" and said == meant.translate(_PLAIN)
        if (said and said != meant and not partial and not long_pause) or silenced:
            inner, last = (True, last) if index < ending else (inner, True)
    return inner, last


def paused_ending(ours: str, gold: str) -> bool:
    """Whether the hand wrote a vowel on the word's last letter and `ours` has none there."""
    mine, theirs = mark_units(ours), mark_units(gold)
    if [base for base, _ in mine] != [base for base, _ in theirs]:
        return False
    letters = strip_marks(gold)
    at = len(letters) - (2 if len(letters) > 1 and letters[-1] in "اى" else 1)
    said, meant = _reading(letters, at, mine[at][1]), _reading(letters, at, theirs[at][1])
    return bool(meant.strip(SHADDA)) and not said.strip(SHADDA)


def score(outputs: list[str], golds: list[str]) -> Score:
    result = Score()
    for output, gold in zip(outputs, golds, strict=True):
        wrong_here = False
        for ours, theirs in zip(output.split(), gold.split(), strict=True):
            inner, last = judge(ours, theirs)
            result.words += 1
            result.wrong += inner
            result.wrong_ending += last
            result.bare += strip_marks(ours) == ours
            result.paused += strip_marks(ours) != ours and paused_ending(ours, theirs)
            wrong_here |= inner
        result.sentences_wrong += wrong_here
    return result


def read_gold(paths: list[Path]) -> list[str]:
    return [
        line.strip()
        for path in paths
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]


def main(paths: list[Path]) -> int:
    golds = read_gold(paths)
    bare = [strip_marks(gold) for gold in golds]
    for model in (MODEL, *CHECKS):
        alone = [only_marks(text, diacritizer(model)(text)) for text in bare]
        print(score(alone, golds).line(model + " alone", len(golds)))
    print(score([add_tashkeel(text) for text in bare], golds).line("the engine gets", len(golds)))
    return 0


if __name__ == "__main__":
    sys.exit(main([Path(arg) for arg in sys.argv[1:]] or [FIXTURE]))
