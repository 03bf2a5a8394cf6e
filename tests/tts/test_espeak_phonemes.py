"""What espeak-ng says for the spelling it is given, checked by its own phonemes
(espeak_TextToPhonemes of the bundled library), so a spelling rule is measured, not heard."""

from __future__ import annotations

import pytest

from briefing.tts.espeak import EspeakEngine, espeak_spelling

ENGINE = EspeakEngine()


@pytest.mark.parametrize(
    ("vowelled", "said"),
    [
        # the shadda before the vowel, or espeak-ng drops the vowel (almuʕallmu)
        ("الْمُعَلِّمُ", "almuʕˈallimˌu"),
        ("وَدَّعَ", "wˈadːaʕˌa"),
        ("وَالشَّعْبِ", "waʃʃˈaʕbi"),
        # the article before hamzat al-wasl: no glottal stop, no long ā
        ("الِاتِّفَاقُ", "alitːˈifaːqˌu"),
        ("وَالِاتِّفَاقِ", "wˌalitːˈifaːqˌi"),
        ("لِلِاقْتِصَادِ", "lilˌiqtis̪ˌa.ːdi"),
        # a sun letter after ال opening the word: doubled once, not three times
        ("الرَّئِيسُ", "ʔarrˈaʔiːsˌu"),
        ("الطَّرِيقِ", "ʔat̪ːˈa.riːqˌi"),  # ... but ط it does not double itself
        ("بْلَس", "blˈas"),
    ],
)
def test_the_spelling_reads_as_meant(vowelled: str, said: str) -> None:
    assert ENGINE.phonemes(espeak_spelling(vowelled)) == said


def test_the_vowel_is_lost_when_the_shadda_comes_after_it() -> None:
    """Why espeak_spelling reorders: NFC's order (vowel, then shadda) loses the vowel."""
    nfc = "الْمُعَل" + "\u0650\u0651" + "مُ"  # kasra, then shadda
    assert "allm" in ENGINE.phonemes(nfc)
    assert "allim" in ENGINE.phonemes(espeak_spelling(nfc))
