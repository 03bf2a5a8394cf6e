"""Voice colour after the engine: tempo, pitch and the band-pass "field" sound.

One ffmpeg pass per clip (asetrate/atempo/highpass/lowpass): pydub can only speed
audio up and its filters are first-order Python loops, slow on whole clips. A voice's
gain is not applied here but by the mix, when it conforms each clip (audio/conform.py).
"""

from __future__ import annotations

from dataclasses import replace

from briefing.ffmpeg import filter_pcm
from briefing.model import Clip, PostProcessing, SpokenSpan

_ATEMPO_MIN, _ATEMPO_MAX = 0.5, 2.0  # one atempo stage's comfortable range


def _atempo_chain(factor: float) -> list[str]:
    """atempo stages whose product is `factor`, each within its range."""
    stages = []
    while factor > _ATEMPO_MAX:
        stages.append(_ATEMPO_MAX)
        factor /= _ATEMPO_MAX
    while factor < _ATEMPO_MIN:
        stages.append(_ATEMPO_MIN)
        factor /= _ATEMPO_MIN
    if abs(factor - 1.0) > 1e-6:
        stages.append(factor)
    return [f"atempo={stage:.6f}" for stage in stages]


def filter_chain(post: PostProcessing, sample_rate: int) -> str:
    """The ffmpeg audio filter for a voice's post-processing ('' when there is none)."""
    filters: list[str] = []
    ratio = 2 ** (post.pitch_semitones / 12)
    if post.pitch_semitones:
        # Playing faster raises the pitch; atempo then restores the duration.
        filters += [f"asetrate={round(sample_rate * ratio)}", f"aresample={sample_rate}"]
    filters += _atempo_chain(post.tempo / ratio)
    if post.band_pass_hz:
        low, high = post.band_pass_hz
        filters += [f"highpass=f={low}", f"lowpass=f={high}"]
    return ",".join(filters)


def apply_post(clip: Clip, post: PostProcessing) -> Clip:
    if post.is_identity:
        return clip
    filtered = filter_pcm(
        clip, filter_chain(post, clip.format.sample_rate), "voice post-processing"
    )
    # Only the tempo moves words in time (the pitch shift keeps the duration).
    spans = tuple(
        SpokenSpan(round(span.start_ms / post.tempo), round(span.end_ms / post.tempo), span.text)
        for span in clip.spans
    )
    return replace(filtered, spans=spans)
