"""The whole pipeline, stage by stage: ingest, segment, script, synth, mix, publish."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from briefing import __version__
from briefing.audio import master_format, mix
from briefing.audio.ffmpeg import decode
from briefing.audio.sounds import Sounds
from briefing.config import Config, default_episode_id
from briefing.errors import InputError
from briefing.model import Clip, EpisodeRecord, PcmFormat, Script, Source, Voice
from briefing.plan import Plan, plan_episode
from briefing.publish import (
    FEED_NAME,
    episode_lock,
    publish_episode,
    publish_record,
    unchanged_episode,
)
from briefing.timing import timed
from briefing.tts import Progress, get_engine, log_warning, synthesize
from briefing.tts.cache import SpeechCache
from briefing.voices import load_voices

_EPISODE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
# Names Windows refuses for a file or folder, whatever the extension (the output folder may
# be synced to, or served from, such a machine).
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\.|$)", re.IGNORECASE)


@dataclass(frozen=True)
class BuildResult:
    record: EpisodeRecord
    outdir: Path
    segments: int
    synthesized: int
    cached: int
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    reused: bool = False  # the published files were already made from these inputs
    plan: Plan | None = None  # what was chosen, merged and left out

    def as_json(self) -> dict[str, object]:
        """The `briefing build --json` contract of DESIGN.md."""

        def path(relative: str | None) -> str | None:
            return str(self.outdir / relative) if relative else None

        record = self.record
        return {
            "episode_id": record.episode_id,
            "mp3": path(record.mp3),
            "duration_s": record.duration_s,
            "chapters": len(record.chapters),
            "feed": str(self.outdir / FEED_NAME),
            "chapters_json": path(record.chapters_json),
            "transcript": path(record.transcript),
            "page": path(record.page),
            "cover": path(record.cover),
            "segments": self.segments,
            "synthesized": self.synthesized,
            "cached": self.cached,
            "reused": self.reused,
            **(self.plan.as_json() if self.plan else {}),
        }


def check_episode_id(episode_id: str) -> str:
    """Episode ids become folder names and feed guids: keep them plain."""
    if not _EPISODE_ID.match(episode_id) or ".." in episode_id or _RESERVED.match(episode_id):
        raise InputError(
            f"episode id {episode_id!r}: use letters, digits, '.', '_' and '-' (at most 64), "
            "not a reserved device name"
        )
    return episode_id


def build(
    inputs: list[Path],
    outdir: Path,
    config: Config,
    engine_name: str,
    cache: SpeechCache,
    day: dt.date,
    episode_id: str | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    warn: Callable[[str], None] | None = None,
    strict: bool = False,
    note: Callable[[str], None] | None = None,
) -> BuildResult:
    """`strict`: any bad input is fatal; otherwise bad inputs beside good ones are skipped
    with a warning each. `note` hears what was merged and left out (default: `warn`)."""
    episode_id = check_episode_id(episode_id or default_episode_id(config.show, day))
    timings: dict[str, float] = {}
    with timed(timings, "ingest+segment+select"):
        plan = plan_episode(inputs, config, day, warn or log_warning, note, strict)
    script, stories = plan.script, plan.stories
    voices = load_voices()
    engine = get_engine(engine_name, config.workers, warn=warn or log_warning)
    with timed(timings, "synthesis"), contextlib.closing(engine):
        synthesis = synthesize(script.cues, voices, engine, cache, config.workers, progress)
    sounds = load_sounds(config)
    digest = fingerprint(script, synthesis.clips, voices, config, sounds, plan.sources)
    with episode_lock(outdir, episode_id):  # no other build of it in between
        unchanged = unchanged_episode(outdir, episode_id, digest)
        if unchanged is not None:
            # Nothing the files are made from has changed: keep them (and the pubDate).
            publish_record(outdir, config, unchanged)
    if unchanged is not None:
        record = unchanged
    else:
        with timed(timings, "mix+loudness"):
            master = mix(script, synthesis.clips, voices, config, sounds=sounds)
        record = publish_episode(
            master,
            script,
            config,
            outdir,
            episode_id,
            headlines=tuple(story.headline for story in stories),
            now=now or dt.datetime.now(dt.UTC).replace(microsecond=0),
            timings=timings,
            fingerprint=digest,
            sources=plan.sources,
        )
    return BuildResult(
        record=record,
        outdir=outdir,
        segments=len(script.cues),
        synthesized=synthesis.synthesized,
        cached=synthesis.cached,
        timings=timings,
        reused=unchanged is not None,
        plan=plan,
    )


def _read_sound(path: str, rate: int, what: str) -> Clip:
    try:
        data = Path(path).expanduser().read_bytes()
    except OSError as error:
        raise InputError(f"{what} {path}: cannot read it ({error.strerror})") from None
    return decode(data, PcmFormat(rate, 1, 2), what)


def load_sounds(config: Config) -> Sounds:
    """The user's sting and music bed (config.audio), read and decoded once, mono at the
    master's rate; the ones not set or not used stay the built-in tones."""
    audio = config.audio
    rate = master_format(config).sample_rate
    sting = bed = None
    if audio.stings and audio.sting_file:
        sting = _read_sound(audio.sting_file, rate, "sting")
    if audio.bed and audio.bed_file:
        bed = _read_sound(audio.bed_file, rate, "music bed")
        if not bed.pcm:
            raise InputError(f"music bed {audio.bed_file}: no audio in it")
    return Sounds(sting=sting, bed=bed)


def fingerprint(
    script: Script,
    clips: tuple[Clip, ...],
    voices: Mapping[str, Voice],
    config: Config,
    sounds: Sounds | None = None,
    sources: tuple[Source, ...] = (),
) -> str:
    """A digest of every input to the episode's files: code version, script, the clips'
    sound (and the user's sting and bed), the voices that colour them, the settings and
    the stories' credits. Same digest, same files."""
    digest = hashlib.sha256()
    used = sorted({cue.voice for cue in script.cues})
    for part in (__version__, script, [voices[name] for name in used], config, sources):
        digest.update(repr(part).encode("utf-8"))
    own = (sounds.sting, sounds.bed) if sounds else ()
    for clip in (*clips, *(sound for sound in own if sound is not None)):
        digest.update(repr(clip.format).encode("utf-8"))
        digest.update(hashlib.sha256(clip.pcm).digest())
    return digest.hexdigest()
