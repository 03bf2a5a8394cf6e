"""Mix: clips to the master programme and the timeline of where everything starts.

The mix places clips; it joins nothing. The programme is rendered a stretch at a time
(programme.Programme), its clips copied as raw bytes into the stretch (pydub's `+` copies
the whole programme on every join, quadratic in the number of clips). Only the intro, where
the music bed plays, is turned into samples to mix; the loudness pass comes last.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from briefing.audio import tones
from briefing.audio.conform import conform, conformed_frames, from_float, to_float
from briefing.audio.pauses import pause_after
from briefing.audio.programme import STING, Placed, Programme, quiet_min_frames
from briefing.audio.sounds import BUILT_IN, Sounds
from briefing.config import Config
from briefing.model import (
    MASTER_MONO,
    MASTER_RATE,
    Clip,
    ClipShape,
    ClipShapes,
    Cue,
    Master,
    PcmFormat,
    Role,
    Script,
    TimedChapter,
    TimedCue,
    Timeline,
    Voice,
)

_DUCK_RAMP_MS = 250  # the bed glides down before a word and back up after


def master_format(config: Config) -> PcmFormat:
    return PcmFormat(MASTER_RATE, config.audio.channels, 2)


def _sting(sounds: Sounds, fmt: PcmFormat) -> bytes:
    if sounds.sting is not None:
        return conform(sounds.sting, fmt)
    mono = tones.sting(fmt.sample_rate)
    return from_float(np.repeat(mono[:, None], fmt.channels, axis=1), fmt)


def _bed(frames: int, config: Config, sounds: Sounds, rate: int) -> np.ndarray:
    audio = config.audio
    if sounds.bed is None:
        return tones.bed(frames / rate, rate, audio.bed_db)
    mono = PcmFormat(rate, 1, 2)
    sound = to_float(conform(sounds.bed, mono), mono)[:, 0]
    looped = np.resize(sound, frames)  # repeats a short bed; cuts a long one
    peak = float(np.max(np.abs(looped))) or 1.0
    return looped * (10 ** (audio.bed_db / 20) / peak)


def duck_gains(frames: int, speech: list[tuple[int, int]], duck_db: float, ramp: int) -> np.ndarray:
    """Per-frame gain for the bed: 1 in the clear, duck_db under speech, ramps between.
    Counted in int32, in place: a minute of intro is 21 MB per float64 array (made with
    float64 temporaries, these gains were the build's peak, 58 MB)."""
    mask = np.zeros(frames + 1, dtype=np.int32)
    for start, end in speech:  # speech widened by one ramp on each side, then smoothed
        mask[max(0, start - ramp)] += 1
        mask[min(frames, end + ramp)] -= 1
    np.cumsum(mask, out=mask)
    if ramp <= 1:
        covered = (mask[:frames] > 0).astype(np.float64)
    else:  # moving average by cumulative sums: linear ramps in O(n)
        padded = np.zeros(frames + 2 * ramp, dtype=np.int32)  # ramp zeros, covered, its last
        padded[ramp : ramp + frames] = mask[:frames] > 0
        padded[ramp + frames :] = mask[frames - 1] > 0
        del mask
        np.cumsum(padded, out=padded)  # padded[k]: covered frames up to k, k included
        covered = np.subtract(
            padded[2 * ramp : 2 * ramp + frames],
            padded[ramp : ramp + frames],
            dtype=np.float64,
        )
        del padded
        covered /= ramp
    covered *= 10 ** (duck_db / 20) - 1.0
    covered += 1.0
    return covered


def _lay_bed(
    intro: bytes, cues: list[TimedCue], config: Config, sounds: Sounds, fmt: PcmFormat
) -> bytes:
    """The intro with the bed mixed under it, ducked wherever a cue speaks."""
    frames = len(intro) // (fmt.channels * fmt.sample_width)
    if not frames:
        return intro
    rate = fmt.sample_rate
    speech = [(c.start_ms * rate // 1000, c.end_ms * rate // 1000) for c in cues]
    bed = _bed(frames, config, sounds, rate).astype(np.float32, copy=False)
    gains = duck_gains(frames, speech, config.audio.duck_db, _DUCK_RAMP_MS * rate // 1000)
    np.multiply(bed, gains, out=bed, casting="same_kind")
    del gains
    samples = to_float(intro, fmt)
    samples += bed[:, None]
    return from_float(samples, fmt)


def _timed(cue: Cue, shape: ClipShape, start_ms: int, end_ms: int) -> TimedCue:
    """Where the cue is heard: its clip's place, or, when the engine reported its sentences
    (edge-tts), exactly from the first word to the last, without the voice's own silence."""
    if not shape.spans:
        return TimedCue(cue, start_ms, end_ms)
    spoken_start = min(end_ms, start_ms + shape.spans[0].start_ms)
    return TimedCue(
        cue, spoken_start, max(spoken_start, min(end_ms, start_ms + shape.spans[-1].end_ms))
    )


def clip_shapes(clips: Sequence[Clip]) -> tuple[ClipShape, ...]:
    """The clips' shapes, without reading their samples when they are stored (ClipSpool)."""
    if isinstance(clips, ClipShapes):
        return clips.shapes
    return tuple(ClipShape.of(clip) for clip in clips)


def arrange(
    script: Script,
    clips: Sequence[Clip],
    voices: Mapping[str, Voice],
    config: Config,
    fmt: PcmFormat = MASTER_MONO,
    sounds: Sounds = BUILT_IN,
) -> Master:
    """Cues in order, pauses by role and punctuation, a sting before each chapter after
    the first, and the bed under the intro. Pure: no loudness pass yet; the user's own
    sting and bed come decoded in `sounds` (build.load_sounds). Only the clips' shapes are
    read here: the audio is rendered a stretch at a time, later (programme.Programme)."""
    audio = config.audio
    rate = fmt.sample_rate
    shapes = iter(enumerate(clip_shapes(clips)))
    placed: list[Placed] = []
    quiet: list[tuple[int, int]] = []
    position = 0  # frames so far
    timed_cues: list[TimedCue] = []
    timed_chapters: list[TimedChapter] = []
    sting = _sting(sounds, fmt) if audio.stings else b""
    sting_frames = len(sting) // (fmt.channels * fmt.sample_width)
    has_bed = audio.bed and any(cue.role is Role.INTRO for cue in script.cues)
    bed_end = 0
    least_quiet = quiet_min_frames(fmt)

    def ms(frames: int) -> int:
        return round(frames * 1000 / rate)

    def rest(pause_ms: int, under_bed: bool) -> None:
        nonlocal position
        frames = round(max(0, pause_ms) * rate / 1000)  # as silence() makes it
        if frames >= least_quiet and not under_bed:
            quiet.append((position, position + frames))
        position += frames

    for chapter_index, chapter in enumerate(script.chapters):
        chapter_start = position
        is_bed_chapter = has_bed and chapter_index == 0
        if chapter_index and sting:
            placed.append(Placed(position, sting_frames, STING))
            position += sting_frames
            rest(audio.sting_gap_ms, is_bed_chapter)
        if is_bed_chapter:
            rest(audio.bed_lead_ms, True)
        for cue_index, cue in enumerate(chapter.cues):
            index, shape = next(shapes)
            frames = conformed_frames(shape, fmt)
            timed_cues.append(_timed(cue, shape, ms(position), ms(position + frames)))
            placed.append(Placed(position, frames, index, voices[cue.voice].gain_db))
            position += frames
            last_cue = cue_index == len(chapter.cues) - 1
            if last_cue and chapter_index == len(script.chapters) - 1:
                continue  # the programme ends with the last word
            pause = pause_after(cue, config, chapter_ends=last_cue)
            if last_cue and is_bed_chapter:
                pause = max(pause, audio.bed_tail_ms)
            rest(pause, is_bed_chapter)
        if is_bed_chapter:
            bed_end = position
        timed_chapters.append(TimedChapter(chapter.title, ms(chapter_start), ms(position)))
    intro = [c for c in timed_cues if c.start_ms * rate < bed_end * 1000]

    def lay_bed(pcm: bytes) -> bytes:  # only the intro becomes samples to mix
        return _lay_bed(pcm, intro, config, sounds, fmt)

    programme = Programme(
        fmt,
        position,
        placed,
        tuple(quiet),
        clips,
        sting=sting,
        bed_end=bed_end,
        lay_bed=lay_bed if bed_end else None,
    )
    return Master(
        audio=programme,
        timeline=Timeline(tuple(timed_cues), tuple(timed_chapters), ms(position)),
    )


def mix(
    script: Script,
    clips: Sequence[Clip],
    voices: Mapping[str, Voice],
    config: Config,
    fmt: PcmFormat | None = None,
    sounds: Sounds = BUILT_IN,
) -> Master:
    """The programme arranged in the master's format (pure: the loudness pass is `level`,
    whose meter runs outside)."""
    return arrange(script, clips, voices, config, fmt or master_format(config), sounds)
