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
# About a minute each: both cores busy on a two-minute episode, a few ffmpeg starts
# (25 ms each, measured) per hour, and tens of MB per stretch in flight.
STRETCH_S = 60.0

Stretch = tuple[int, int]  # [start, end) frames


def stretches(audio: PcmSource, length_s: float = STRETCH_S) -> list[Stretch]:
    """Frame ranges that tile the audio, each about `length_s` long where silences allow
    (a last one at least half as long, else joined to the one before)."""
    target = round(length_s * audio.format.sample_rate)
    least = quiet_min_frames(audio.format)
    cuts = [0]
    for start, end in audio.quiet:
        cut = end // MP3_FRAME * MP3_FRAME
        if cut - start < least or cut - cuts[-1] < target or audio.frames - cut < target // 2:
            continue
        cuts.append(cut)
    return list(zip(cuts, [*cuts[1:], audio.frames], strict=True))
