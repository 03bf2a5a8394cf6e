"""Mix: clips to one master PCM stream and the timeline of where everything starts.

Clips are joined as raw bytes, once: pydub's `+` copies the whole programme on
every join, which is quadratic in the number of clips.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefing.audio.ffmpeg import MONO_16BIT, configure_pydub
from briefing.config import Config
from briefing.model import (
    Clip,
    Master,
    PcmFormat,
    Script,
    TimedChapter,
    TimedCue,
    Timeline,
    Voice,
)


def conform(clip: Clip, target: PcmFormat, gain_db: float = 0.0) -> bytes:
    """The clip's PCM in the target format (rate, channels, width), with gain applied."""
    configure_pydub()
    from pydub import AudioSegment

    segment = AudioSegment(
        data=clip.pcm,
        sample_width=clip.format.sample_width,
        frame_rate=clip.format.sample_rate,
        channels=clip.format.channels,
    )
    segment = (
        segment.set_frame_rate(target.sample_rate)
        .set_channels(target.channels)
        .set_sample_width(target.sample_width)
    )
    if gain_db:
        segment = segment.apply_gain(gain_db)
    return segment.raw_data


def silence(ms: int, fmt: PcmFormat) -> bytes:
    frames = round(ms * fmt.sample_rate / 1000)
    return bytes(frames * fmt.channels * fmt.sample_width)


def mix(
    script: Script,
    clips: tuple[Clip, ...],
    voices: Mapping[str, Voice],
    config: Config,
    fmt: PcmFormat = MONO_16BIT,
) -> Master:
    """Cues in order with pauses between them; longer pauses between chapters."""
    frame = fmt.channels * fmt.sample_width
    parts: list[bytes] = []
    position = 0  # bytes written so far
    timed_cues: list[TimedCue] = []
    timed_chapters: list[TimedChapter] = []
    clip_iter = iter(clips)

    def ms(byte_offset: int) -> int:
        return round(byte_offset / frame * 1000 / fmt.sample_rate)

    for chapter_index, chapter in enumerate(script.chapters):
        chapter_start = position
        for cue_index, cue in enumerate(chapter.cues):
            pcm = conform(next(clip_iter), fmt, voices[cue.voice].gain_db)
            timed_cues.append(TimedCue(cue, ms(position), ms(position + len(pcm))))
            parts.append(pcm)
            position += len(pcm)
            last_cue = cue_index == len(chapter.cues) - 1
            if last_cue and chapter_index == len(script.chapters) - 1:
                continue  # the programme ends with the last word
            pause = silence(config.chapter_pause_ms if last_cue else config.pause_ms, fmt)
            parts.append(pause)
            position += len(pause)
        timed_chapters.append(TimedChapter(chapter.title, ms(chapter_start), ms(position)))
    pcm = b"".join(parts)
    return Master(
        clip=Clip(pcm=pcm, format=fmt),
        timeline=Timeline(tuple(timed_cues), tuple(timed_chapters), ms(len(pcm))),
    )
