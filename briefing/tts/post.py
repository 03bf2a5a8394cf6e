"""Voice colour after the engine: tempo, pitch and the band-pass "field" sound.

One ffmpeg pass per clip (asetrate/atempo/highpass/lowpass): pydub can only speed
audio up and its filters are first-order Python loops, slow on whole clips. A colour that
is only the band (the quote voices': 75 of the 78 coloured clips of a 40-article build) is
filtered here, as ffmpeg filters it (audio/filters.py), without starting ffmpeg. A voice's
gain is not applied here but by the mix, when it conforms each clip (audio/conform.py).
"""

from __future__ import annotations

from dataclasses import replace

from briefing.audio.filters import telephone_band
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
    fmt = clip.format
    band = post.band_pass_hz
    only_band = post.tempo == 1.0 and not post.pitch_semitones and fmt.sample_width == 2
    if band and only_band and 2 * band[1] < fmt.sample_rate:  # else ffmpeg says why not
        return replace(clip, pcm=telephone_band(clip.pcm, fmt.channels, *band, fmt.sample_rate))
    filtered = filter_pcm(clip, filter_chain(post, fmt.sample_rate), "voice post-processing")
    # Only the tempo moves words in time (the pitch shift keeps the duration).
    spans = tuple(
        SpokenSpan(round(span.start_ms / post.tempo), round(span.end_ms / post.tempo), span.text)
        for span in clip.spans
    )
    return replace(filtered, spans=spans)
