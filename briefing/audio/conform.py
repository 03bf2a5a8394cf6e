"""One PCM format for every clip before joining, and silence in that format."""

from __future__ import annotations

from briefing.audio.ffmpeg import configure_pydub
from briefing.model import Clip, PcmFormat


def conform(clip: Clip, target: PcmFormat, gain_db: float = 0.0) -> bytes:
    """The clip's PCM in the target format (rate, channels, width), with gain applied."""
    if clip.format == target and not gain_db:
        return clip.pcm
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
    frames = round(max(0, ms) * fmt.sample_rate / 1000)
    return bytes(frames * fmt.channels * fmt.sample_width)
