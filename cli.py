"""The `briefing` command line: parse, call briefing.*, print. Nothing else lives here.

The stages are imported inside the commands that use them: ingest alone pulls in
trafilatura and lxml, mixing numpy and PIL, and `--help` or `normalize` need none of it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import functools
import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from briefing import __version__
from briefing.config import Config, Show, load_config, load_show
from briefing.errors import BriefingError, InputError
from briefing.voices import ENGINE_NAMES

if TYPE_CHECKING:
    from briefing.display import StageDisplay
    from briefing.plan_cache import PlanCache
    from briefing.tts.availability import EngineCheck
    from briefing.tts.cache import SpeechCache
    from briefing.tts.engines import Engines

ENGINE_OPTION = click.option(
    "--engine",
    type=click.Choice(ENGINE_NAMES),
    default="auto",
    show_default=True,
    help="Speech engine: auto uses Google's voices when they answer, else espeak (offline).",
)
TITLE_OPTION = click.option(
    "--title", help="The episode's title (default: [show] episode_title, '{show}: {date}')."
)
CONFIG_HELP = "Show settings (default: ./briefing.toml when present; 'briefing init' writes one)."
CACHE_DIR_OPTION = click.option(
    "--cache-dir", type=click.Path(path_type=Path), help="Speech cache folder."
)


def _config_option(help_text: str = CONFIG_HELP) -> Callable[[Callable], Callable]:
    """--config FILE, handed to the command as `config_path`."""
    return click.option("--config", "config_path", type=click.Path(path_type=Path), help=help_text)


# click 8.2+ answers a bare group (`briefing`, `briefing cache`) with a UsageError that holds
# its help, printed on stderr with exit 2; click 8.1 prints the help on stdout and exits 0.
# The help is not a usage error: every click version gets 8.1's answer.
_HELP_ERRORS = getattr(click.exceptions, "NoArgsIsHelpError", ())


def _show_help(error: click.UsageError) -> NoReturn:
    click.echo(error.ctx.get_help() if error.ctx else error.format_message())
    raise click.exceptions.Exit(0)


def _usage_error(error: click.UsageError) -> NoReturn:
    """A usage error as DESIGN.md has it: one line on stderr, exit 1 (click: 3 lines, 2)."""
    names = []
    ctx = error.ctx
    while ctx is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    command = " ".join(["briefing", *reversed(names[:-1])])
    message = error.format_message().rstrip(".")
    click.echo(f"briefing: error: {message} (see '{command} --help')", err=True)
    raise click.exceptions.Exit(InputError.exit_code)


def _nearest(name: str, choices: list[str]) -> list[str]:
    """The choices nearest to a mistyped name (more than one only when equally near)."""
    scores = {c: difflib.SequenceMatcher(None, name, c).ratio() for c in choices}
    best = max(scores.values(), default=0.0)
    return [c for c in choices if scores[c] == best] if best >= 0.6 else []


class BriefingGroup(click.Group):
    """Turns our errors into one line on stderr and the documented exit code."""

    group_class = type  # subgroups (cache) are BriefingGroups too

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """A mistyped command gets the nearest names: "did you mean 'build'?"."""
        name = args[0] if args else ""
        if args and self.get_command(ctx, name) is None and not name.startswith("-"):
            close = _nearest(name, self.list_commands(ctx))
            if close:
                names = " or ".join(f"'{match}'" for match in close)
                raise click.UsageError(f"no such command '{name}'; did you mean {names}?", ctx)
        return super().resolve_command(ctx, args)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:  # the group's own options are parsed here, before invoke
            return super().make_context(info_name, args, parent, **extra)
        except _HELP_ERRORS as error:
            _show_help(error)
        except click.UsageError as error:
            _usage_error(error)

    def invoke(self, ctx: click.Context) -> object:
        try:  # a subcommand's arguments are parsed in here
            return super().invoke(ctx)
        except _HELP_ERRORS as error:
            _show_help(error)
        except click.UsageError as error:
            _usage_error(error)
        except BriefingError as error:
            click.echo(f"briefing: error: {error}", err=True)
            ctx.exit(error.exit_code)


def _echo(ctx: click.Context, text: str) -> None:
    from briefing.display import for_terminal

    click.echo(for_terminal(text, ctx.find_object(Edge).shape))


def _stderr(line: str) -> None:
    """A line for the producer on stderr, Arabic shaped as stdout's is (--shape)."""
    from briefing.display import for_terminal

    ctx = click.get_current_context(silent=True)
    edge = ctx.find_object(Edge) if ctx else None
    if edge and edge.progress:
        edge.progress.close()  # the message on a line of its own; the next step redraws
    click.echo(for_terminal(line, bool(edge and edge.shape) and sys.stderr.isatty()), err=True)


def _warn(message: str) -> None:
    _stderr(f"briefing: warning: {message}")


def _note(message: str) -> None:
    """What the build did on the producer's behalf (merged, left out): not a problem."""
    _stderr(f"briefing: {message}")


def _unready(config: Config, outdir: Path) -> list[str]:
    """What keeps the feed from listeners (publishing_gaps), unless OUTDIR's feed already has
    these settings (then it was said when that feed was written): taken before the work,
    said after it (_warn_unready)."""
    from briefing.publish.readiness import publishing_gaps, warned_before

    return [] if warned_before(outdir, config.show) else publishing_gaps(config.show)


def _warn_unready(gaps: list[str]) -> None:
    from briefing.publish.readiness import readiness_warning

    line = readiness_warning(gaps)
    if line:
        _warn(line)


def _with_limits(config: Config, max_stories: int | None, max_minutes: float | None) -> Config:
    """The config with the command line's episode limits over [episode]'s."""
    if max_stories is not None:
        config = replace(config, max_stories=max_stories)
    if max_minutes is not None:
        config = replace(config, max_minutes=max_minutes)
    return config


_MIB = 1024 * 1024


def _speech_cache(cache_dir: Path | None, config: Config | None = None) -> SpeechCache:
    from briefing.tts.cache import SpeechCache, default_cache_dir

    directory = cache_dir or default_cache_dir()
    if directory.exists() and not directory.is_dir():
        raise InputError(f"{directory}: the speech cache must be a folder, and this is a file")
    max_bytes = (config or Config()).cache_max_mb * _MIB
    return SpeechCache(directory, max_bytes, warn=_warn)


def _plan_cache(speech: SpeechCache) -> PlanCache:
    """Planned episodes are kept beside the speech they need (and cleared with it)."""
    from briefing.plan_cache import FOLDER, PlanCache

    return PlanCache(speech.directory / FOLDER, warn=_warn)


def _progress(quiet: bool) -> StageDisplay | None:
    """The progress line on a terminal; none when stderr is piped, or the output is JSON."""
    from briefing.display import StageDisplay

    display = None if quiet or not sys.stderr.isatty() else StageDisplay(sys.stderr)
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.find_object(Edge).progress = display
    return display


# (--engine NAME, workers, warn, the lexicon's [tashkeel] table or None) -> Engines
EngineFactory = Callable[[str, int, Callable[[str], None], Mapping[str, str] | None], "Engines"]


def choose_engines(
    name: str, workers: int, warn: Callable[[str], None], vowels: Mapping[str, str] | None
) -> Engines:
    """The engines of --engine NAME, each made when a voice first needs it; the offline one
    takes its marks from `vowels` (the lexicon's table, the user's entries in it)."""
    from briefing.tts.engines import EngineChoice, make_engine

    return EngineChoice(
        name, workers, warn=warn, make=functools.partial(make_engine, vowels=vowels)
    )


def check_engines() -> EngineCheck:
    """Looks at the network engines (once each) for `briefing voices`."""
    from briefing.tts.availability import EngineCheck

    return EngineCheck()


@dataclass
class Edge:
    """What the commands take from outside the library, chosen here; a test hands in its own
    (`main(obj=Edge(engines=...))`, `CliRunner.invoke(main, args, obj=...)`)."""

    engines: EngineFactory = choose_engines
    check: Callable[[], EngineCheck] = check_engines  # which engines can speak now
    shape: bool = False  # Arabic shaped for the terminal (set by --shape/--no-shape)
    progress: StageDisplay | None = None  # the progress line while a command shows one


_lexicon_option = click.option(
    "--lexicon",
    "lexicon_files",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Pronunciation lexicon (TOML) of your own, after the shipped one and briefing.toml's "
    "[speech] lexicon; may be repeated (later files win).",
)


def _parse_date(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date {value!r}: expected YYYY-MM-DD") from None


@click.group(cls=BriefingGroup)
@click.version_option(__version__, prog_name="briefing")
@click.option(
    "--shape/--no-shape",
    default=None,
    help="Shape and reorder Arabic for the terminal (default: only when stdout is a terminal).",
)
@click.pass_context
def main(ctx: click.Context, shape: bool | None) -> None:
    """Arabic news articles in, a podcast briefing out."""
    ctx.ensure_object(Edge).shape = sys.stdout.isatty() if shape is None else shape


@main.command()
@click.argument("folder", type=click.Path(path_type=Path), default=Path("."))
@click.option("--title", default=Show.title, show_default=True, help="The show's name.")
@click.option("--author", default=Show.author, show_default=True, help="Who publishes it.")
@click.option("--email", default=Show.email, help="The owner's e-mail, for directories.")
@click.option(
    "--base-url",
    default=Show.base_url,
    show_default=True,
    help="Where the output folder will be published.",
)
@click.option("--force", is_flag=True, help="Replace briefing.toml and artwork.jpg if there.")
def init(folder: Path, title: str, author: str, email: str, base_url: str, force: bool) -> None:
    """Start a show in FOLDER: a commented briefing.toml and an artwork.jpg to replace."""
    from briefing.publish.readiness import publishing_gaps
    from briefing.starter import ShowStart, init_show

    start = ShowStart(title=title, author=author, email=email, base_url=base_url)
    written = init_show(folder, start, force)
    for path in written:
        click.echo(str(path))
    gaps = publishing_gaps(load_config(written[0]).show)  # and the file is checked
    if gaps:
        click.echo(f"before publishing, edit [show] in {written[0]}: {'; '.join(gaps)}")


@dataclass(frozen=True)
class _PlanningArgs:
    """The options that choose and write the running order (`script` and `build`)."""

    config_path: Path | None
    date_text: str | None
    strict: bool
    max_stories: int | None
    max_minutes: float | None
    lexicon_files: tuple[Path, ...]


def _planning_options(command: Callable) -> Callable:
    """Adds the planning options to a command, handed to it as one `planning` argument."""

    @functools.wraps(command)
    def with_planning(*args: Any, **kwargs: Any) -> Any:
        names = [f.name for f in dataclass_fields(_PlanningArgs)]
        planning = _PlanningArgs(**{name: kwargs.pop(name) for name in names})
        return command(*args, planning=planning, **kwargs)

    options = [
        _config_option(),
        click.option(
            "--date", "date_text", metavar="YYYY-MM-DD", help="Episode date (default: today)."
        ),
        click.option(
            "--strict",
            is_flag=True,
            help="Any unreadable input is fatal (default: skip it with a warning when others "
            "are usable).",
        ),
        click.option(
            "--max-stories",
            type=click.IntRange(min=0),
            metavar="N",
            help="At most N stories, the most recent and top ones first (default: [episode] "
            "max_stories; 0: all).",
        ),
        click.option(
            "--max-minutes",
            type=click.FloatRange(min=0),
            metavar="M",
            help="Leave out stories past an estimated M minutes (default: [episode] "
            "max_minutes; 0: no limit).",
        ),
        _lexicon_option,
    ]
    for option in reversed(options):
        with_planning = option(with_planning)
    return with_planning


INPUTS_HELP = """
    \b
    INPUTS are files or folders of them:
      .txt .text             article text as scraped (UTF-8, UTF-16, Windows-1256, ISO-8859-6)
      .html .htm .xhtml      web pages (the main text, headline, outlet, date and author)
      .json                  an article, a list of them, or {"articles": [...]}
      .xml .rss .atom        RSS or Atom feeds: each item an article
    A folder gives its files in name order, never briefing's own outputs (feed.xml, the
    pages, episode.json). Copies of one story are merged; see --max-stories, --max-minutes.
"""


@dataclass(frozen=True)
class _Planning:
    config: Config
    production: Any  # briefing.production.Production
    day: dt.date


def _planning(args: _PlanningArgs) -> _Planning:
    """Every file the producer wrote, read and checked before any work."""
    from briefing.production import load_production

    config, voices = load_show(args.config_path)  # the shipped voices and the producer's own
    config = _with_limits(config, args.max_stories, args.max_minutes)
    production = load_production(config, args.lexicon_files, voices)
    return _Planning(config, production, _parse_date(args.date_text))


@main.command(
    help="Show the running order as it will be spoken, to read or to edit.\n" + INPUTS_HELP
)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@_planning_options
@click.option("--json", "as_json", is_flag=True, help="The script file (JSON) to edit.")
@TITLE_OPTION
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write it to FILE (JSON when FILE ends in .json or with --json, else Markdown).",
)
@click.pass_context
def script(
    ctx: click.Context,
    inputs: tuple[Path, ...],
    planning: _PlanningArgs,
    as_json: bool,
    title: str | None,
    output: Path | None,
) -> None:
    from briefing.fileio import write_text_atomic
    from briefing.plan import plan_episode
    from briefing.script.document import script_markdown, to_json

    chosen = _planning(planning)
    display = _progress(as_json and output is None)
    try:
        plan = plan_episode(
            list(inputs), chosen.production, chosen.day, _warn, _note, planning.strict, display
        )
    finally:
        if display:
            display.close()
    planned = replace(plan.script, title=title) if title else plan.script
    as_json = as_json or (output is not None and output.suffix.lower() == ".json")
    text = to_json(planned) if as_json else script_markdown(planned)
    if output is not None:
        write_text_atomic(output, text)
        click.echo(str(output))
    elif as_json:
        click.echo(text, nl=False)
    else:
        _echo(ctx, text)


@main.command(
    help="Build a briefing episode from article files or folders, or from a "
    "script file (--script).\n" + INPUTS_HELP
)
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--outdir",
    type=click.Path(path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Where the episode and the feed are written.",
)
@ENGINE_OPTION
@_planning_options
@click.option("--episode-id", help="Episode id (default: the date); the same id replaces.")
@CACHE_DIR_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object describing the build.")
@click.option(
    "--script",
    "script_file",
    type=click.Path(path_type=Path),
    help="Build from this script file ('briefing script --json', edited) instead of INPUTS.",
)
@TITLE_OPTION
@click.option(
    "--replace",
    is_flag=True,
    help="The episode id is published from other stories: replace that episode (podcast apps "
    "list this one as new).",
)
@click.pass_context
def build(
    ctx: click.Context,
    inputs: tuple[Path, ...],
    outdir: Path,
    engine: str,
    planning: _PlanningArgs,
    episode_id: str | None,
    cache_dir: Path | None,
    as_json: bool,
    script_file: Path | None,
    title: str | None,
    replace: bool,
) -> None:
    from briefing.build import BuildOptions, build_episode_from_file
    from briefing.build import build as build_episode

    if bool(inputs) == bool(script_file):
        raise click.UsageError("give article INPUTS or --script FILE (not both)")
    if script_file and planning.date_text:
        raise click.UsageError("--date: a script file has its own date")
    if outdir.exists() and not outdir.is_dir():
        raise InputError(f"{outdir}: the output must be a folder, and this is a file")
    chosen = _planning(planning)
    config, production = chosen.config, chosen.production
    cache = _speech_cache(cache_dir, config)
    unready = _unready(config, outdir)
    bar = _progress(as_json)
    options = BuildOptions(
        outdir=outdir,
        day=chosen.day,
        episode_id=episode_id,
        strict=planning.strict,
        progress=bar,
        warn=_warn,
        note=_note,
        title=title,
        replace=replace,
    )
    engines = ctx.find_object(Edge).engines(
        engine, config.workers, _warn, production.lexicon.vowels
    )
    try:
        with contextlib.closing(engines):
            if script_file:
                result = build_episode_from_file(script_file, production, engines, cache, options)
            else:
                result = build_episode(
                    list(inputs), production, engines, cache, options, _plan_cache(cache)
                )
    finally:
        if bar:
            bar.close()
    if as_json:  # the feed's gaps in the document, where a script reads them
        document = {**result.as_json(), "not_ready": unready}
        click.echo(json.dumps(document, ensure_ascii=False))
        return
    _warn_unready(unready)
    record = result.record
    _echo(ctx, record.title)
    click.echo(
        f"{result.outdir / record.mp3}: {record.duration_s:.1f} s, "
        f"{len(record.chapters)} chapters, "
        f"{result.synthesized} synthesized, {result.cached} from cache"
    )


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the segmentation as JSON.")
@click.option(
    "--item",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Which article of a feed or JSON list.",
)
@click.option(
    "--sentences",
    type=click.IntRange(min=1),
    help="Summary length in sentences (2-3 by default).",
)
@click.option("--raw", is_flag=True, help="Arabic as stored, not shaped (same as --no-shape).")
@click.pass_context
def segment(
    ctx: click.Context, file: Path, as_json: bool, item: int, sentences: int | None, raw: bool
) -> None:
    """Show how an article is segmented: headline, summary, quotes."""
    from briefing.ingest import read_articles
    from briefing.segment import SUMMARY_SENTENCES
    from briefing.segment import segment as segment_article
    from briefing.segment.view import story_json, story_view

    articles = read_articles(file)
    if item > len(articles):
        raise InputError(f"{file}: --item {item}, but it holds {len(articles)} article(s)")
    story = segment_article(articles[item - 1], summary_sentences=sentences or SUMMARY_SENTENCES)
    if as_json:
        click.echo(json.dumps(story_json(story), ensure_ascii=False, indent=2))
        return
    if raw:
        ctx.find_object(Edge).shape = False
    _echo(ctx, "\n".join(story_view(story)))


@main.command()
@click.argument("text")
@click.option("--tashkeel", is_flag=True, help="Add diacritics as the offline engine gets them.")
@click.option(
    "--category",
    metavar="SECTION",
    help="The story's section (e.g. رياضة): a sports story reads 2-1 as a result.",
)
@_lexicon_option
@_config_option("Show settings, for [speech] lexicon (default: ./briefing.toml when present).")
@click.pass_context
def normalize(
    ctx: click.Context,
    text: str,
    tashkeel: bool,
    category: str | None,
    lexicon_files: tuple[Path, ...],
    config_path: Path | None,
) -> None:
    """Print the speakable form of TEXT ('-' reads standard input)."""
    from briefing.config import lexicon_paths
    from briefing.speech import load_lexicon, speakable
    from briefing.tts.espeak import engine_text

    lexicon = load_lexicon(lexicon_paths(load_config(config_path), lexicon_files))
    if text == "-":
        text = sys.stdin.read()
    spoken = speakable(text, lexicon, category)
    if tashkeel:  # what espeak-ng is given (with the producer's own [tashkeel] table)
        spoken = engine_text(spoken, lexicon.vowels)
    _echo(ctx, spoken)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the profiles as JSON.")
@click.option("--preview", "preview_name", metavar="NAME", help="Write a spoken sample of NAME.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Where the sample goes (default: preview-NAME.mp3).",
)
@ENGINE_OPTION
@CACHE_DIR_OPTION
@_config_option("Show settings, for [voices] folder (default: ./briefing.toml when present).")
@click.pass_context
def voices(
    ctx: click.Context,
    as_json: bool,
    preview_name: str | None,
    output: Path | None,
    engine: str,
    cache_dir: Path | None,
    config_path: Path | None,
) -> None:
    """List the voice profiles, each with its engine and whether that engine can speak it
    now, or write a sample of one (--preview NAME)."""
    config, profiles = load_show(config_path)
    if preview_name is not None:
        if preview_name not in profiles:
            have = ", ".join(sorted(profiles))
            raise InputError(f"no voice profile named {preview_name!r} (have: {have})")
        voice = profiles[preview_name]
        path = output or Path(f"preview-{voice.name}.mp3")
        from briefing.preview import write_preview

        engines = ctx.find_object(Edge).engines(engine, config.workers, _warn, None)
        with contextlib.closing(engines):
            click.echo(str(write_preview(voice, engines, _speech_cache(cache_dir), path)))
        return
    check = ctx.find_object(Edge).check()
    now = {name: check.check(voice.engine, voice) for name, voice in profiles.items()}
    if as_json:
        document = [
            {
                "name": v.name,
                "description": v.description,
                "engine": v.engine,
                "available": now[v.name].available,
                "availability": now[v.name].reason,
                "language": v.language,
                "settings": {engine: dict(values) for engine, values in v.engine_settings.items()},
                "gain_db": v.gain_db,
                "post": {
                    "tempo": v.post.tempo,
                    "pitch_semitones": v.post.pitch_semitones,
                    "band_pass_hz": list(v.post.band_pass_hz) if v.post.band_pass_hz else None,
                },
            }
            for v in profiles.values()
        ]
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
        return
    status = {
        name: "ready" if found.available else f"not now: {found.reason}"
        for name, found in now.items()
    }
    width = max((len(name) for name in profiles), default=0)
    engine_width = max((len(voice.engine) for voice in profiles.values()), default=0)
    status_width = max((len(text) for text in status.values()), default=0)
    for voice in profiles.values():
        _echo(
            ctx,
            f"{voice.name:<{width}}  {voice.engine:<{engine_width}}  "
            f"{status[voice.name]:<{status_width}}  {voice.description}",
        )


@main.group()
def cache() -> None:
    """Inspect or empty the speech cache (and the planned episodes kept with it)."""


@cache.command("info")
@CACHE_DIR_OPTION
@_config_option()
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def cache_info(cache_dir: Path | None, config_path: Path | None, as_json: bool) -> None:
    """Where the cache is, how many clips it holds, and how big it is."""
    speech_cache = _speech_cache(cache_dir, load_config(config_path))
    info, engines = speech_cache.info(), speech_cache.by_engine()
    if as_json:
        document = {
            "directory": str(info.directory),
            "entries": info.entries,
            "bytes": info.bytes,
            "max_bytes": info.max_bytes,
            "engines": {
                engine or "unknown": {"entries": each.entries, "bytes": each.bytes}
                for engine, each in engines.items()
            },
        }
        click.echo(json.dumps(document))
        return
    per_engine = ", ".join(
        f"{engine or 'unknown'} {each.entries}" for engine, each in engines.items()
    )
    click.echo(
        f"{info.directory}: {info.entries} clips, {info.bytes / _MIB:.1f} MiB"
        + (f" ({per_engine})" if per_engine else "")
    )
    click.echo(f"limit: {info.max_bytes / _MIB:.0f} MiB (least recently used clips go first)")


@cache.command("clear")
@CACHE_DIR_OPTION
def cache_clear(cache_dir: Path | None) -> None:
    """Remove every cached clip and planned episode."""
    speech_cache = _speech_cache(cache_dir)
    removed, plans = speech_cache.clear(), _plan_cache(speech_cache).clear()
    click.echo(f"{speech_cache.directory}: removed {removed} clips and {plans} planned episodes")


@main.command()
@click.argument("outdir", type=click.Path(path_type=Path), default=Path("output"))
@_config_option()
@click.option(
    "--max-items",
    type=click.IntRange(min=1),
    help="List only the N newest episodes in the feed (all stay on disk).",
)
def feed(outdir: Path, config_path: Path | None, max_items: int | None) -> None:
    """Rebuild feed.xml and the show page from the episodes stored in OUTDIR."""
    from briefing.publish import write_feed

    if not outdir.is_dir():
        raise InputError(f"{outdir}: no such output folder")
    config = load_config(config_path)
    unready = _unready(config, outdir)
    indexes = write_feed(outdir, config, max_items)
    click.echo(str(indexes.feed))
    for note in indexes.damaged:
        _warn(note)
    if indexes.damaged:
        raise InputError(
            f"{len(indexes.damaged)} damaged episode record(s) (see above); rebuild those "
            "episodes to repair them"
        )
    _warn_unready(unready)


@main.command()
@click.argument("outdir", type=click.Path(path_type=Path), default=Path("output"))
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: all)."
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on (0: any free one).",
)
def serve(outdir: Path, host: str, port: int) -> None:
    """Serve OUTDIR over HTTP with range requests, so players can seek (Ctrl-C stops)."""
    from briefing.publish.serve import make_server

    if not outdir.is_dir():
        raise InputError(f"{outdir}: no such output folder")
    try:
        server = make_server(outdir, host, port)
    except OSError as error:
        raise InputError(f"cannot listen on {host}:{port} ({error.strerror})") from None
    bound_host, bound_port = server.server_address[:2]
    click.echo(f"http://{bound_host}:{bound_port}/ (Ctrl-C stops)")
    with server, contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
