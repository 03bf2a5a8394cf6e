"""The three readings are the bundled models' own, however they are computed."""

from __future__ import annotations

from bench.eval_tashkeel import FIXTURE, read_gold
from briefing.speech import diacritizers
from briefing.speech.diacritizers import CHECKS, MODEL, diacritizer, readings
from briefing.speech.tashkeel import strip_marks


def test_the_composed_ensemble_is_the_stitched_one_letter_for_letter() -> None:
    """rawi-ensemble from rawi-v2-int8's gate and rawi-v3-int8's marks, on our own 145
    hand-vowelled news sentences (and a line of no letters at all)."""
    assert diacritizers._composable()  # text2tashkeel 0.1: the fast path is taken
    bares = [strip_marks(gold) for gold in read_gold([FIXTURE])] + ["2024 ... !"]
    diacritizers.forget()
    for bare, got in zip(bares, readings(bares), strict=True):
        assert got == tuple(diacritizer(name)(bare) for name in (MODEL, *CHECKS)), bare


def test_a_sentence_read_again_is_not_read_twice() -> None:
    diacritizers.forget()
    first = readings(["قال الوزير إن الاجتماع انتهى"])
    assert "قال الوزير إن الاجتماع انتهى" in diacritizers._seen
    assert readings(["قال الوزير إن الاجتماع انتهى", "قال الوزير إن الاجتماع انتهى"]) == first * 2
