"""Loudness: the master brought to the podcast norm, measured in one pass.

The programme is metered as it is made, a stretch at a time and in parallel (BS.1770-4,
meter.py); one gain brings it to the target; where the true peak would then pass the
ceiling, the limiter lowers only those moments (limiter.py), and only the stretches it
touched are measured again. The result's loudness follows from the same hop energies, so
the programme is measured once, not twice (ffmpeg's ebur128 ran twice over the whole master
before: 2 × 5.2 s at 40 articles). Pure: numpy and scipy, no ffmpeg, nothing written."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from briefing.audio.conform import from_float, to_float
from briefing.audio.limiter import Envelope, apply, limit
from briefing.audio.meter import (
    OVERSHOOT_BOUND,
    StretchReading,
    add_hops,
    energy_changes,
    hop_frames,
    integrated_loudness,
    read_stretch,
    to_db,
    true_peak,
)
from briefing.audio.stretches import Stretch, stretches
from briefing.config import Config
from briefing.model import Loudness, Master, PcmSource
from briefing.parallel import in_threads

TOLERANCE_LU = 0.5
_PASSES = 3  # gain, limit, measure: the limiter takes a little loudness; correct and again


def target_lufs(channels: int) -> float:
    """The podcast norm: −16 LUFS for stereo, −19 LUFS for mono (heard on two speakers)."""
    return -16.0 if channels >= 2 else -19.0


class Levelled:
    """A PcmSource at the programme's loudness: one gain, and the limiter's envelope where
    the true peak needed it (pieces at absolute frames)."""

    def __init__(self, source: PcmSource, gain: float, pieces: Sequence[Envelope]) -> None:
        self.source, self.gain = source, gain
        self.pieces = sorted(pieces, key=lambda piece: piece.start)
        self.format, self.frames, self.quiet = source.format, source.frames, source.quiet

    def samples(self, start: int, end: int) -> np.ndarray:
        samples = to_float(self.source.render(start, end), self.format)
        samples *= np.float32(self.gain)
        apply(samples, [p for p in self.pieces if p.start < end], offset=start)
        return samples

    def render(self, start: int, end: int) -> bytes:
        return from_float(self.samples(start, end), self.format)


def _programme_hops(readings: Iterable[StretchReading], frames: int, rate: int) -> np.ndarray:
    """Energies of the programme's whole hops (a partial last one makes no whole block)."""
    whole = frames // hop_frames(rate)
    total = np.zeros(whole + 2)
    for reading in readings:
        add_hops(total, reading.first_hop, reading.hops)
    return total[:whole]


@dataclass(frozen=True)
class _Result:
    pieces: list[Envelope]
    loudness: Loudness


def _levelled(
    audio: PcmSource,
    spans: list[Stretch],
    readings: list[StretchReading],
    gain_db: float,
    ceiling: float,
    workers: int,
) -> _Result:
    """The programme after `gain_db`, limited where its true peak passes `ceiling`: the
    limiter's pieces and the result as measured. Only the stretches loud enough to pass the
    ceiling are rendered again; in them, only the moments the limiter changed are metered
    again (meter.energy_changes); the rest of the result follows from `readings`."""
    gain, rate = 10 ** (gain_db / 20), audio.format.sample_rate
    plain = Levelled(audio, gain, ())

    def result(index: int) -> tuple[list[Envelope], StretchReading]:
        reading, (start, end) = readings[index], spans[index]
        scaled = replace(reading, hops=reading.hops * gain * gain)
        if reading.sample_peak * gain * OVERSHOOT_BOUND < ceiling:
            return [], scaled  # its true peak cannot reach the ceiling
        samples = plain.samples(start, end)
        limited = limit(samples, ceiling, rate)
        scaled = replace(scaled, true_peak=limited.true_peak)
        if not limited.pieces:
            return [], scaled
        after = samples.copy()
        apply(after, limited.pieces)
        changed = [(p.start, p.start + len(p.gains)) for p in limited.pieces]
        first, changes = energy_changes(samples, after, changed, start, rate)
        hops = scaled.hops.copy()
        hops[first - reading.first_hop :][: len(changes)] += changes
        moved = [replace(p, start=p.start + start) for p in limited.pieces]
        return moved, replace(scaled, hops=hops)

    results = in_threads(result, range(len(spans)), workers)
    hops = _programme_hops((reading for _, reading in results), audio.frames, rate)
    peak = max((r.true_peak for _, r in results if r.true_peak is not None), default=0.0)
    unmeasured = [
        i
        for i, (_, r) in enumerate(results)
        if r.true_peak is None and r.sample_peak * gain * OVERSHOOT_BOUND > peak
    ]
    if unmeasured:  # none came near the ceiling: the quieter stretches' own peaks, exactly
        peak = max(
            peak,
            *in_threads(lambda i: true_peak(plain.samples(*spans[i]), peak), unmeasured, workers),
        )
    pieces = [piece for moved, _ in results for piece in moved]
    return _Result(pieces, Loudness(integrated_loudness(hops, rate), to_db(peak)))


def level(master: Master, config: Config, workers: int = 1) -> Master:
    """The mixed programme at the podcast loudness norm for its channel count, true peak
    under [audio] true_peak_db; measured once (Master.loudness), in `workers` threads."""
    audio = master.audio
    rate = audio.format.sample_rate
    spans = stretches(audio)

    def read(span: Stretch) -> StretchReading:
        start, end = span
        return read_stretch(to_float(audio.render(start, end), audio.format), start, rate)

    readings = in_threads(read, spans, workers)
    measured = integrated_loudness(_programme_hops(readings, audio.frames, rate), rate)
    if not math.isfinite(measured):  # silence: nothing to bring up
        return replace(master, loudness=Loudness(measured, to_db(0.0)))
    target = target_lufs(audio.format.channels)
    ceiling = 10 ** (config.audio.true_peak_db / 20)
    gain_db = target - measured
    for attempt in range(_PASSES):
        levelled = _levelled(audio, spans, readings, gain_db, ceiling, workers)
        error = target - levelled.loudness.integrated_lufs
        if abs(error) <= TOLERANCE_LU / 2 or attempt == _PASSES - 1:  # room for the encoder
            break
        gain_db += error
    return replace(
        master,
        audio=Levelled(audio, 10 ** (gain_db / 20), levelled.pieces),
        loudness=levelled.loudness,
    )
