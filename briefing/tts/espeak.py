"""Offline speech: libespeak-ng from the espeakng-loader wheel, driven through ctypes."""

from __future__ import annotations

import ctypes
import hashlib
import json
import re
import threading
from collections.abc import Mapping
from functools import cached_property
from importlib import metadata

from briefing.errors import EngineError
from briefing.model import Clip, PcmFormat, Voice
from briefing.speech.definite import SUN_LETTERS, article_at
from briefing.speech.diacritizers import CHECKS, MODEL
from briefing.speech.lexicon import shipped_lexicon
from briefing.speech.marks import SHADDA
from briefing.speech.tashkeel import RULES, add_tashkeel, pausal_forms
from briefing.text import split_sentences

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_ESPEAK_CHARS_UTF8 = 1
_POS_CHARACTER = 1
_RATE, _VOLUME, _PITCH, _WORDGAP = 1, 2, 3, 7
_PHONEMES_IPA = 0x02


# The version of espeak_spelling: part of the cache key, raised with every change to it.
SPELLING = 3
ALEF_WASLA = "\u0671"
# The sun letters espeak-ng doubles itself after ال (all but ط: الطَرِيق is ʔat̪ariːq).
_ASSIMILATED = SUN_LETTERS - {"ط"}
# A vowel (or tanween) written before the shadda on its letter: NFC's order, and the one the
# models and our marks come in.
_VOWEL_THEN_SHADDA = re.compile("([\u064b-\u0650]+)\u0651")

# A name's initials (ح. ع. د.): espeak-ng says each letter's name, but a د. is its abbreviation
# of الدكتور (ʔadduktuːr); in a run of initials it is the letter, دال.
_LAST_INITIAL_DAL = re.compile(r"(?<![\u0621-\u0652])([\u0621-\u064a]\. )د(?=\.)")


def _espeak_article(word: str) -> str:
    lam = article_at(word)
    if lam is None:
        return word
    letters = [match.group(0) for match in re.finditer("[^\u064b-\u0652][\u064b-\u0652]*", word)]
    if letters[lam + 1][0] == "ا" and "\u0650" in letters[lam]:
        # Before hamzat al-wasl espeak-ng reads الِاتِّفَاق aliaːtːfaːq (the alef long) and
        # الْاِتِّفَاق alʔitːfaːq (a glottal stop); with the kasra on the lam and the wasl
        # written as such, الِٱتِّفَاق, it says alitːifaːq. After a proclitic the article's own
        # alef is a wasl too: وَالِٱ… is waːl-, وَٱلِٱ… wal- (espeak_TextToPhonemes).
        letters[lam], letters[lam + 1] = "ل\u0650", ALEF_WASLA + letters[lam + 1][1:]
        if lam >= 2 and letters[lam - 1][0] == "ا":
            letters[lam - 1] = ALEF_WASLA
        return "".join(letters)
    if lam == 2 and letters[0][0] == "ب":
        # بِالْمَدِينَة is said biaːlmadiːna; its rule for the bare letters says bilmadiːna
        letters[:3] = ["ب", "ا", "ل"]
    if letters[0][0] in "اب" and letters[lam + 1][0] in _ASSIMILATED:
        # Where espeak-ng reads the article by its own rule (ال opening the word, بال) it
        # assimilates a sun letter itself: الرَّئِيس is ʔarrraʔiːs, الرَئِيس ʔarraʔiːs. Behind
        # a vowelled proclitic the shadda is needed: وَالشَّعْب waʃʃaʕbi, لِلشَّرِكَة.
        letters[lam + 1] = letters[lam + 1].replace(SHADDA, "")
    return "".join(letters)


def espeak_spelling(vowelled: str) -> str:
    """The vowelled text as espeak-ng reads it right (measured with its phonemes): the
    shadda before its letter's vowel (after it, espeak-ng drops the vowel: الْمُعَلِّمُ was
    almuʕallmu, now almuʕallimu; وَدَّعَ, التَّضَخُّم), ال before hamzat al-wasl as لِ + ٱ,
    and بال opening a word bare."""
    vowelled = _VOWEL_THEN_SHADDA.sub("\u0651\\1", vowelled)
    vowelled = _LAST_INITIAL_DAL.sub(r"\1دال", vowelled)
    return " ".join(_espeak_article(word) for word in vowelled.split(" "))


_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


class _Library:
    """The loaded library. espeak-ng keeps global state, so one caller at a time."""

    def __init__(self) -> None:
        import espeakng_loader

        self.lib = ctypes.CDLL(espeakng_loader.get_library_path())
        self.lib.espeak_Info.restype = ctypes.c_char_p
        data_path = espeakng_loader.get_data_path().encode()
        rate = self.lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, data_path, 0)
        if rate <= 0:
            raise EngineError("espeak-ng: could not initialise the library")
        self.format = PcmFormat(sample_rate=rate, channels=1, sample_width=2)
        self.version = self.lib.espeak_Info(None).decode()
        self.lock = threading.Lock()
        self._buffer = bytearray()
        self._callback = _CALLBACK(self._collect)  # kept referenced: C holds the pointer
        self.lib.espeak_SetSynthCallback(self._callback)

    def _collect(self, wav: ctypes.Array, samples: int, _events: int) -> int:
        if samples > 0:
            self._buffer.extend(ctypes.string_at(wav, samples * 2))
        return 0

    def speak(
        self, text: str, voice: str, rate: int, pitch: int, volume: int, word_gap: int = 0
    ) -> bytes:
        with self.lock:
            if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise EngineError(f"espeak-ng: no voice named {voice!r}")
            # Every parameter is set on every call: espeak-ng keeps them between calls.
            parameters = ((_RATE, rate), (_PITCH, pitch), (_VOLUME, volume), (_WORDGAP, word_gap))
            for parameter, value in parameters:
                self.lib.espeak_SetParameter(parameter, value, 0)
            self._buffer = bytearray()
            encoded = text.encode("utf-8")
            status = self.lib.espeak_Synth(
                ctypes.c_char_p(encoded),
                len(encoded) + 1,
                0,
                _POS_CHARACTER,
                0,
                _ESPEAK_CHARS_UTF8,
                None,
                None,
            )
            if status != 0:
                raise EngineError(f"espeak-ng: synthesis failed (status {status})")
            return bytes(self._buffer)

    def phonemes(self, text: str, voice: str) -> str:
        """What espeak-ng says for `text`, in IPA (espeak_TextToPhonemes), clause by clause:
        how a spelling is checked without listening."""
        function = self.lib.espeak_TextToPhonemes
        function.restype = ctypes.c_char_p
        function.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int, ctypes.c_int]
        with self.lock:
            if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise EngineError(f"espeak-ng: no voice named {voice!r}")
            encoded = ctypes.create_string_buffer(text.encode("utf-8"))
            pointer = ctypes.c_void_p(ctypes.addressof(encoded))
            clauses: list[str] = []
            while pointer.value:
                clause = function(ctypes.byref(pointer), _ESPEAK_CHARS_UTF8, _PHONEMES_IPA)
                clauses.append(clause.decode() if clause else "")
            return " ".join(clause for clause in clauses if clause)


_library: _Library | None = None
_library_lock = threading.Lock()


def _load() -> _Library:
    global _library
    with _library_lock:
        if _library is None:
            _library = _Library()
        return _library


def engine_text(speakable: str, vowels: Mapping[str, str] | None = None) -> str:
    """What espeak-ng is given for `speakable`: marks added (`vowels`: a [tashkeel] table, by
    default the shipped one), pausal forms, espeak's own spelling. `briefing normalize
    --tashkeel` prints it."""
    # Pausal forms, as newsreaders say them: Whisper's CER on the demo 0.772 with every
    # case ending read, 0.676 without those before a pause (bench/judge_voice.py).
    return espeak_spelling(pausal_forms(add_tashkeel(speakable, vowels)))


def vowels_digest(vowels: Mapping[str, str]) -> str:
    """A short digest of a [tashkeel] table: what the cache key holds of it."""
    canonical = json.dumps(sorted(vowels.items()), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


class EspeakEngine:
    """`vowels`: the [tashkeel] table the marks come from (the lexicon's, user files
    included: Lexicon.vowels); the shipped one if None."""

    name = "espeak"
    # One caller per process (the library's state is global) and CPU-bound, like its
    # diacritizer: synthesis runs it in a process per core (tts/pool.py).
    process_bound = True

    def __init__(self, vowels: Mapping[str, str] | None = None) -> None:
        self.vowels = dict(vowels) if vowels is not None else None

    @cached_property
    def version(self) -> str:
        return _load().version

    @cached_property
    def preparation(self) -> str:
        models = " ".join((MODEL, *CHECKS))
        # RULES names the marks' own rules (the table, the article, the teens): a change
        # there is a change of the audio, and must not be served from the cache.
        t2t = metadata.version("text2tashkeel")
        # ... and so does the table of vowels, a user's entries included: built again after
        # one changed, a clip must not be served with the old marks.
        table = vowels_digest(self.vowels if self.vowels is not None else shipped_lexicon().vowels)
        return (
            f"tashkeel {models} (text2tashkeel {t2t}, rules {RULES}, vowels {table}),"
            f" pausal forms, espeak spelling {SPELLING}"
        )

    def prepare(self, speakable: str) -> str:
        return engine_text(speakable, self.vowels)

    def phonemes(self, text: str, voice: str = "ar") -> str:
        """The phonemes espeak-ng says for `text` as given (no preparation)."""
        return _load().phonemes(text, voice)

    def close(self) -> None:
        """Nothing to release: the library stays loaded for the process."""

    def synthesize(self, text: str, voice: Voice) -> Clip:
        settings = voice.settings(self.name)
        library = _load()
        pause_ms = int(settings.get("sentence_pause_ms", 0))
        # A pause between sentences: each spoken alone, silence between (espeak-ng's own
        # pause at a full stop is short at news rates).
        sentences = split_sentences(text) if pause_ms else [text]
        spoken = [
            library.speak(
                sentence,
                voice=str(settings.get("voice", "ar")),
                rate=int(settings.get("rate", 150)),
                pitch=int(settings.get("pitch", 50)),
                volume=int(settings.get("volume", 100)),
                word_gap=int(settings.get("word_gap", 0)),  # between words, in 10 ms units
            )
            for sentence in sentences
        ]
        fmt = library.format
        pcm = bytes(round(pause_ms * fmt.sample_rate / 1000) * fmt.sample_width).join(spoken)
        if not any(spoken):
            raise EngineError(f"espeak-ng: no audio for {text[:40]!r}")
        return Clip(pcm=pcm, format=fmt)
