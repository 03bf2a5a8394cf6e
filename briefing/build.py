"""The whole pipeline, stage by stage: ingest, segment, script, speech, synth, mix, loudness,
publish. What it reads from the producer's files comes loaded and checked (Production); the
engines, the cache and the options are handed in by the caller (cli.py chooses them)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefing import __version__
from briefing.audio import level, mix
from briefing.audio.sounds import Sounds
from briefing.config import Config, default_episode_id, episode_file_settings
from briefing.errors import InputError
from briefing.model import Clip, EpisodeRecord, Master, PcmFormat, Script, SpokenSpan, Voice
from briefing.parallel import processes_for
from briefing.plan import Plan, plan_episode, script_sources
from briefing.plan_cache import PlanCache
from briefing.production import Production
from briefing.publish import FEED_NAME, Publication, draw_covers_ahead, publish
from briefing.script.document import from_document, parse_document
from briefing.timing import StageReport, Stopwatch, timed
from briefing.tts import Engines, EngineUse, Progress, log_warning, synthesize
from briefing.tts.cache import SpeechCache
from briefing.tts.spool import SpooledClips

_EPISODE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
# Names Windows refuses for a file or folder, whatever the extension (the output folder may
# be synced to, or served from, such a machine).
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\.|$)", re.IGNORECASE)


@dataclass(frozen=True)
class BuildOptions:
    """How one build runs: where it publishes, for which day and episode, how strict."""

    outdir: Path
    day: dt.date
    episode_id: str | None = None  # default: the show's pattern over the day
    now: dt.datetime | None = None  # the pubDate; default: when it publishes
    strict: bool = False  # any bad input is fatal (else skipped with a warning beside good ones)
    progress: StageReport | None = None  # every stage's start, counts and end (a terminal's)
    warn: Callable[[str], None] = log_warning
    note: Callable[[str], None] | None = None  # what was merged and left out (default: warn)
    title: str | None = None  # the episode's title (--title); default: [show] episode_title
    replace: bool = False  # the id may be taken by an episode of other stories (--replace)


@dataclass(frozen=True)
class BuildResult:
    record: EpisodeRecord
    outdir: Path
    segments: int
    synthesized: int
    cached: int
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    reused: bool = False  # the published files were already made from these inputs
    engines: Mapping[str, EngineUse] = field(default_factory=dict)  # what each engine did
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
            "engines": {
                name: {
                    "voices": list(use.voices),
                    "segments": use.segments,
                    "synthesized": use.synthesized,
                    "cached": use.cached,
                }
                for name, use in self.engines.items()
            },
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
    production: Production,
    engines: Engines,
    cache: SpeechCache,
    options: BuildOptions,
    plans: PlanCache | None = None,
) -> BuildResult:
    """Articles in, a published episode out. `engines` stay the caller's to close; `plans`
    keeps what planning made, for the next build of the same inputs."""
    timings = Stopwatch(options.progress)
    with timed(timings, "plan"):  # ingest, segment, select, script, speech
        plan = plan_episode(
            inputs,
            production,
            options.day,
            options.warn,
            options.note,
            options.strict,
            options.progress,
            plans,
        )
    return publish_script(plan.script, production, engines, cache, options, timings, plan)


def publish_script(
    script: Script,
    production: Production,
    engines: Engines,
    cache: SpeechCache,
    options: BuildOptions,
    timings: dict[str, float] | None = None,
    plan: Plan | None = None,
) -> BuildResult:
    """A running order whose cues have their spoken text (planned, or a producer's edited
    script file) synthesized, mixed and published as the episode of `options`."""
    config, voices = production.config, production.voices
    timings = Stopwatch(options.progress) if timings is None else timings
    if options.title:
        script = replace(script, title=options.title)
    episode_id = check_episode_id(
        options.episode_id or default_episode_id(config.show, script.date)
    )
    headlines = tuple(c.title for c in script.chapters if c.source is not None)

    def covers() -> None:
        # drawn while the engines speak: a one-article build's synthesis keeps 1.25 of 2
        # cores busy, and the covers (3000 px each) took 0.2 s after it
        draw_covers_ahead(script, config, options.outdir, headlines)

    with timed(timings, "synthesis"):
        synthesis = synthesize(
            script.cues,
            voices,
            engines,
            cache,
            config.workers,
            _counted(options.progress),
            processes_for(config.processes),
            beside=covers,
        )
    digest = fingerprint(
        script, synthesis.clips, voices, config, production.sounds, synthesis.voice_engines
    )

    def render() -> Master:  # only when the published episode was made from other inputs
        with timed(timings, "mix"):
            arranged = mix(script, synthesis.clips, voices, config, sounds=production.sounds)
        with timed(timings, "loudness"):
            return level(arranged, config, processes_for(config.processes))

    publication: Publication = publish(
        render,
        script,
        config,
        options.outdir,
        episode_id,
        headlines=headlines,
        now=options.now or dt.datetime.now(dt.UTC).replace(microsecond=0),
        fingerprint=digest,
        timings=timings,
        warn=options.warn,
        sources=script_sources(script),
        replace=options.replace,
        # the producer named it, or chose a title without the date: no numbering
        named=bool(options.title) or "{date" not in config.show.episode_title,
    )
    return BuildResult(
        record=publication.record,
        outdir=options.outdir,
        segments=len(script.cues),
        synthesized=synthesis.synthesized,
        cached=synthesis.cached,
        engines=synthesis.engines,
        timings=timings,
        reused=publication.reused,
        plan=plan,
    )


def _counted(report: StageReport | None) -> Progress | None:
    """Synthesis says how many cues each step finished; the display wants the running sum."""
    if report is None:
        return None
    done = 0

    def step(finished: int, total: int) -> None:
        nonlocal done
        done += finished
        report("synthesis", done, total)

    return step


def build_episode_from_file(
    path: Path,
    production: Production,
    engines: Engines,
    cache: SpeechCache,
    options: BuildOptions,
) -> BuildResult:
    """The episode of a producer's script file (`build --script`), checked before any work."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such script file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the script ({error})") from None
    data = parse_document(text, str(path))
    script = from_document(
        data, str(path), production.config, production.voices, production.lexicon
    )
    if options.episode_id is None and data.get("episode_id"):
        options = replace(options, episode_id=data["episode_id"])
    return publish_script(script, production, engines, cache, options)


def fingerprint(
    script: Script,
    clips: Sequence[Clip],
    voices: Mapping[str, Voice],
    config: Config,
    sounds: Sounds | None = None,
    voice_engines: Mapping[str, str] | None = None,
) -> str:
    """A digest of every input to the episode's files: code version, script (with its spoken
    text), the clips' sound (and the user's sting and bed), the voices that colour them, the
    engine that spoke each voice, and the settings that shape the files (not `workers`, not
    the feed's: see episode_file_settings). Same digest, same files."""
    digest = hashlib.sha256()
    used = sorted({cue.voice for cue in script.cues})
    engines = sorted((voice_engines or {}).items())
    parts = (
        __version__,
        script,
        [voices[name] for name in used],
        engines,
        episode_file_settings(config),
    )
    for part in parts:
        digest.update(repr(part).encode("utf-8"))
    own = [sound for sound in ((sounds.sting, sounds.bed) if sounds else ()) if sound]
    for fmt, spans, pcm_digest in (*_clip_facts(clips), *_clip_facts(own)):
        digest.update(repr((fmt, spans)).encode("utf-8"))
        digest.update(pcm_digest)
    return digest.hexdigest()


def _clip_facts(clips: Sequence[Clip]) -> list[tuple[PcmFormat, tuple[SpokenSpan, ...], bytes]]:
    """Each clip's format, spans and PCM digest; a spool knows them without reading."""
    if isinstance(clips, SpooledClips):
        return [
            (shape.format, shape.spans, pcm_digest)
            for shape, pcm_digest in zip(clips.shapes, clips.digests, strict=True)
        ]
    return [(c.format, c.spans, hashlib.sha256(c.pcm).digest()) for c in clips]
