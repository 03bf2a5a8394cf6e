"""The data that flows between the pipeline stages.

Every stage is a function from these values to these values; all are frozen so a
stage can never change what an earlier one produced.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Credit:
    """Where an article comes from, as its page, feed or JSON says: kept to credit it."""

    outlet: str | None = None  # the site or agency ("صحيفة المساء"), else its host name
    url: str | None = None  # the article's own address (canonical link, feed item link)
    author: str | None = None
    published: dt.datetime | None = None  # aware (UTC when only a date was given)

    @property
    def is_empty(self) -> bool:
        return not (self.outlet or self.url or self.author or self.published)


@dataclass(frozen=True)
class Article:
    """One article as ingested: clean text, one entry per non-empty line."""

    source: str
    lines: tuple[str, ...]
    title: str | None = None  # a title given by the container (JSON field, feed item)
    category: str | None = None  # a section given by the container
    byline: str | None = None  # an author given by the container
    credit: Credit = field(default_factory=Credit)
    short_title: str | None = None  # the rundown's name for it, when the container gives one


class QuoteKind(StrEnum):
    FULL = "full"  # a statement: read on air
    PARTIAL = "partial"  # a fragment inside reported speech: kept, never read as a statement


@dataclass(frozen=True)
class Quote:
    text: str  # exactly the characters between the quotation marks
    speaker: str | None  # the name (or description, organisation, document); None: unknown
    kind: QuoteKind = QuoteKind.FULL
    role: str | None = None  # the speaker's title as the article gives it ("وزير الصحة")
    female: bool | None = None  # the speaker's gender as the verbs show it; None: not shown
    speaker_kind: str | None = None  # person, description, organisation or document
    confidence: float | None = None  # the attribution's evidence score; None: no speaker
    # which reading chose the speaker ("verb subject", "carried over", …; None: no speaker),
    # so a bench can measure precision per path (bench/eval_segment.py --paths)
    evidence: str | None = None

    @property
    def is_question(self) -> bool:
        return self.text.rstrip(' ."»”').endswith(("؟", "?"))


@dataclass(frozen=True)
class Section:
    title: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Story:
    """An article understood: what the briefing may say about it."""

    source: str
    category: str | None
    headline: str
    summary: tuple[str, ...]
    quotes: tuple[Quote, ...]
    sections: tuple[Section, ...]
    dropped: tuple[str, ...]
    deck: str | None = None  # the standfirst under the headline
    byline: str | None = None
    dateline: str | None = None  # place/date/agency line or lead prefix, kept out of the summary
    credit: Credit = field(default_factory=Credit)
    short_title: str | None = None  # the rundown's name for it (else cut from the headline)
    also_credited: tuple[Credit, ...] = ()  # other outlets whose copies were merged into it


class Role(StrEnum):
    """What a cue does in the programme; voices are chosen per role."""

    INTRO = "intro"
    HEADLINE = "headline"
    SUMMARY = "summary"
    QUOTE_INTRO = "quote_intro"
    QUOTE = "quote"
    CREDIT = "credit"  # "بحسب …": where the story comes from, when the producer wants it said
    TRANSITION = "transition"
    OUTRO = "outro"


@dataclass(frozen=True)
class Cue:
    """One spoken segment: the text as written, who reads it, and (once the speech stage has
    run) the text as said: numbers in words, symbols read out, the lexicon applied."""

    text: str
    role: Role
    voice: str
    speaker: str | None = None
    spoken: str | None = None  # None until the speech stage fills it; synth reads only this
    quote: Quote | None = None  # a quote cue's quote: who said it as the article shows it


@dataclass(frozen=True)
class Chapter:
    title: str
    cues: tuple[Cue, ...]
    source: str | None = None  # the article a story chapter tells (None: intro, outro)
    category: str | None = None  # its story's section (رياضة…): how its numbers read
    short_title: str | None = None  # the story's name in the contents line, when not cut
    credits: tuple[Source, ...] = ()  # where the story comes from (page, feed, show notes)


@dataclass(frozen=True)
class Script:
    """The running order of one episode."""

    title: str
    date: dt.date
    chapters: tuple[Chapter, ...]
    date_label: str = ""  # the date as the show writes it ("الأحد 29 نوفمبر 2026")

    @property
    def cues(self) -> tuple[Cue, ...]:
        return tuple(cue for chapter in self.chapters for cue in chapter.cues)


Setting = str | int | float | bool


@dataclass(frozen=True)
class PostProcessing:
    """How a voice is coloured after the engine speaks (voices/*.toml [post])."""

    tempo: float = 1.0  # 1.2 = 20 % faster, same pitch
    pitch_semitones: float = 0.0  # same tempo
    band_pass_hz: tuple[int, int] | None = None  # the "field" colour, e.g. (300, 3400)

    @property
    def is_identity(self) -> bool:
        return self.tempo == 1.0 and self.pitch_semitones == 0.0 and self.band_pass_hz is None


@dataclass(frozen=True)
class Voice:
    """A voice profile (voices/*.toml): how one role sounds, per engine."""

    name: str
    description: str
    engine: str  # the engine this voice prefers
    language: str
    engine_settings: Mapping[str, Mapping[str, Setting]] = field(default_factory=dict)
    gain_db: float = 0.0
    post: PostProcessing = field(default_factory=PostProcessing)

    def settings(self, engine: str) -> Mapping[str, Setting]:
        return self.engine_settings.get(engine, {})


@dataclass(frozen=True)
class PcmFormat:
    sample_rate: int
    channels: int
    sample_width: int  # bytes per sample

    @property
    def bytes_per_ms(self) -> float:
        return self.sample_rate * self.channels * self.sample_width / 1000


# The programme's sample rate, from the mix to the MP3 (podcast norm: 44.1 or 48 kHz); decoded
# sounds (gTTS's MP3s, the user's sting and bed) come at this rate so joining need not resample.
MASTER_RATE = 44100
MASTER_MONO = PcmFormat(MASTER_RATE, 1, 2)  # 16-bit mono: speech and sounds before the mix


@dataclass(frozen=True)
class SpokenSpan:
    """Where one sentence lies in a clip, as the engine that spoke it reported it."""

    start_ms: int
    end_ms: int
    text: str


@dataclass(frozen=True)
class Clip:
    """Synthesized audio of one cue, as raw little-endian PCM."""

    pcm: bytes
    format: PcmFormat
    # The sentences' times inside the clip, from engines that report them (edge-tts); empty
    # when the engine does not say.
    spans: tuple[SpokenSpan, ...] = ()

    @property
    def duration_ms(self) -> float:
        return len(self.pcm) / self.format.bytes_per_ms

    @property
    def frames(self) -> int:
        """Whole frames (a trailing partial one is no sound)."""
        return len(self.pcm) // (self.format.channels * self.format.sample_width)


@dataclass(frozen=True)
class ClipShape:
    """What arranging needs to know of a clip without its samples."""

    format: PcmFormat
    frames: int
    spans: tuple[SpokenSpan, ...] = ()

    @classmethod
    def of(cls, clip: Clip) -> ClipShape:
        return cls(clip.format, clip.frames, clip.spans)


@dataclass(frozen=True)
class TimedCue:
    cue: Cue
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class TimedChapter:
    title: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class Timeline:
    """Where each cue and chapter lies in the master audio."""

    cues: tuple[TimedCue, ...]
    chapters: tuple[TimedChapter, ...]
    duration_ms: int


@dataclass(frozen=True)
class Loudness:
    integrated_lufs: float  # EBU R128
    true_peak_dbtp: float


@runtime_checkable
class ClipShapes(Protocol):
    """Clips that know their shapes without reading their samples (a synthesis's spool)."""

    @property
    def shapes(self) -> tuple[ClipShape, ...]: ...


class PcmSource(Protocol):
    """Audio that is made a stretch at a time (a long programme is never whole in memory)."""

    @property
    def format(self) -> PcmFormat: ...

    @property
    def frames(self) -> int: ...

    @property
    def quiet(self) -> tuple[tuple[int, int], ...]:
        """Frame ranges of digital silence, in order: where the audio may be cut."""
        ...

    def render(self, start: int, end: int) -> bytes:
        """The PCM of frames [start, end). Whatever has memory (a limiter) starts afresh at
        `start`: cut where it is quiet."""
        ...


@dataclass(frozen=True)
class Master:
    """The mixed programme: its audio, made on demand, and its timeline."""

    audio: PcmSource
    timeline: Timeline
    loudness: Loudness | None = None  # as measured once levelled

    @property
    def clip(self) -> Clip:
        """The whole programme at once (short ones, tests)."""
        return Clip(pcm=self.audio.render(0, self.audio.frames), format=self.audio.format)


@dataclass(frozen=True)
class Source:
    """One telling of a story as the episode credits it (page, feed item, show notes)."""

    headline: str
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None  # the publication day, ISO 8601 ("2026-11-28")


@dataclass(frozen=True)
class EpisodeRecord:
    """What the episode store keeps of a published episode (episode.json)."""

    episode_id: str
    title: str
    date: dt.date
    published: dt.datetime
    mp3: str  # paths relative to the output folder
    mp3_bytes: int
    duration_s: float
    chapters: tuple[TimedChapter, ...]
    headlines: tuple[str, ...]
    chapters_json: str
    transcript: str
    page: str | None
    cover: str | None
    # A digest of everything the episode's files are made from (see build.fingerprint):
    # a rebuild with the same digest keeps the published files instead of remaking them.
    fingerprint: str = ""
    sources: tuple[Source, ...] = ()  # every story's credit, in running order
    notes: str | None = None  # the Markdown show notes
    stories: tuple[str, ...] = ()  # the articles told (Chapter.source), to tell another episode
    guid: str = ""  # the feed item's guid; empty: briefing:<id> (a replaced one: briefing:<id>/2)
