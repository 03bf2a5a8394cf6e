"""Where a long programme is cut into stretches that are metered and encoded apart.

Cuts fall only in silences (PcmSource.quiet) with QUIET_MIN_MS of silence before them, so
that nothing with memory (the meter's filters, the limiter, the MP3 encoder's overlapping
windows) carries sound across a cut; and on a multiple of MP3_FRAME frames, so that each
stretch encodes to whole MP3 frames that join without a gap (publish/mp3.py). The cuts
depend on the programme alone, not on the machine's cores: the same inputs give the same
MP3 bytes anywhere.
"""

from __future__ import annotations

from briefing.audio.programme import quiet_min_frames
from briefing.model import PcmSource

MP3_FRAME = 1152  # samples per channel in an MPEG-1 Layer III frame
# About a minute each: a few ffmpeg starts (25 ms each, measured) per hour, and tens of MB
# per stretch in flight.
STRETCH_S = 60.0
# A programme this long or longer is cut in two at least, so that both cores encode a
# one-article episode: its 1.9 minutes were one stretch of 77 s and one of 37 s (the first
# silence after a minute), 0.96 s of encoding against 0.59 s.
TWO_AT_LEAST_S = 30.0

Stretch = tuple[int, int]  # [start, end) frames


def stretches(audio: PcmSource, length_s: float = STRETCH_S) -> list[Stretch]:
    """Frame ranges that tile the audio: as many as it holds whole `length_s` (rounded; two
    at least from TWO_AT_LEAST_S on), of lengths as even as its silences allow: each cut
    is the one nearest its share of the programme."""
    rate = audio.format.sample_rate
    count = max(round(audio.frames / (length_s * rate)), 1)
    if audio.frames >= TWO_AT_LEAST_S * rate:
        count = max(count, 2)
    least = quiet_min_frames(audio.format)
    candidates = [
        cut
        for start, end in audio.quiet
        if 0 < (cut := end // MP3_FRAME * MP3_FRAME) < audio.frames and cut - start >= least
    ]
    cuts = [0]
    for share in range(1, count):
        ideal = audio.frames * share / count
        later = [cut for cut in candidates if cut > cuts[-1]]
        if later:
            cuts.append(min(later, key=lambda cut: abs(cut - ideal)))
    return list(zip(cuts, [*cuts[1:], audio.frames], strict=True))
