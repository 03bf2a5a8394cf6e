"""Show settings (briefing.toml): who publishes, where, and which voice reads what."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any

from briefing.errors import InputError
from briefing.model import Role, Voice
from briefing.validate import ListOf, Table, Value, check, dataclass_table
from briefing.voices import load_voices

CONFIG_NAME = "briefing.toml"
EXAMPLE_NAME = "briefing.example.toml"

FEMALE_QUOTE_KEY = "quote_female"  # [roles] key of the voice for women's quotes
DEFAULT_ROLES: Mapping[Role, str] = {
    Role.INTRO: "presenter",
    Role.HEADLINE: "anchor",
    Role.SUMMARY: "anchor",
    Role.QUOTE_INTRO: "anchor",
    Role.QUOTE: "quote",
    Role.CREDIT: "anchor",
    Role.TRANSITION: "anchor",
    Role.OUTRO: "presenter",
}


# Marks a setting that never changes an episode's own files: a speed or housekeeping knob,
# or one only the feed and the show page use (both are rebuilt on every publish, reused
# episode or not). Such settings stay out of the episode's fingerprint, so changing them does
# not republish the episode with a new pubDate.
_NOT_IN_FILES = {"in_episode_files": False}


def _outside_files(default: object) -> Any:
    return field(default=default, metadata=_NOT_IN_FILES)


@dataclass(frozen=True)
class Show:
    title: str = "موجز الأخبار"
    author: str = "briefing"
    description: str = _outside_files("نشرة إخبارية صوتية باللغة العربية")
    base_url: str = _outside_files("http://localhost:8000/")
    language: str = "ar"
    category: str = _outside_files("News")
    explicit: bool = _outside_files(False)
    email: str = _outside_files("")  # the owner's e-mail (itunes:owner)
    # The show's artwork (1400-3000 px square, JPEG or PNG): a URL; an image file, relative
    # to briefing.toml's folder, copied into the output folder; or a path inside the
    # output folder. Empty: a cover with the show's name and description is drawn.
    artwork: str = _outside_files("")
    # The default episode id, a str.format pattern over the episode date: "{date}" gives
    # 2026-11-29, "{date:%Y%m%d}" gives 20261129.
    episode_id_pattern: str = _outside_files("{date}")
    # podcast:guid; empty: derived from the feed URL (Podcasting 2.0)
    guid: str = _outside_files("")
    max_items: int = _outside_files(0)  # the most items feed.xml lists, newest first; 0: all
    # Each episode's title: {show} and {date} ("الأحد 29 نوفمبر 2026"). A second episode of
    # one day gets "، الحلقة الثانية" after it, unless the title has no {date} (or --title).
    episode_title: str = "{show}: {date}"


STORY_PARTS = ("headline", "summary", "quotes", "credit")


@dataclass(frozen=True)
class ScriptSettings:
    """[script]: the running order's fixed texts. {show} {date} {count} {headlines} {speaker};
    {this_was}: كان هذا or كانت هذه, agreeing with the show title (موجز… / نشرة…).

    The offline voice reads them with hand-written marks (lexicon.toml [tashkeel]), and a
    user's own texts go the same way: speech, then the table, then the model."""

    greeting: str = "مرحبا بكم في {show} ليوم {date}."
    contents: str = "في هذه النشرة {count}: {headlines}."
    # Add "credit" (e.g. after "headline") to say where each story comes from.
    story_order: tuple[str, ...] = ("headline", "summary", "quotes")
    credit: str = "بحسب {outlet}."  # {outlet} {author}: said only when known, in Arabic
    quote_intro: str = "وقال {speaker}:"
    quote_intro_female: str = "وقالت {speaker}:"
    quote_intro_unknown: str = "وجاء في الخبر:"
    quote_again: str = "وأضاف:"  # the same speaker's next quote
    quote_again_female: str = "وأضافت:"
    quote_intro_document: str = "وجاء في {speaker}:"  # a report, statement, law or contract
    quote_question: str = "وسأل {speaker}:"  # a quoted question (ends with ؟)
    quote_question_female: str = "وسألت {speaker}:"
    transitions: tuple[str, ...] = ("وفي خبر آخر.", "وننتقل إلى خبر آخر.", "وإلى خبر آخر.")
    outro: str = "{this_was} {show}. شكرا لحسن استماعكم، وإلى اللقاء."
    contents_headline_words: int = 8  # longer headlines are shortened in the contents line
    # The contents line names the first stories only, then contents_rest; 0: every story.
    # 14 stories named took 81 s of a 14-minute episode; 6 take about 35 s.
    contents_stories: int = 6
    contents_rest: str = "وأخبار أخرى"  # joined with و like the stories before it
    female_speakers: tuple[str, ...] = ()  # names the quote intro should say وقالت for


@dataclass(frozen=True)
class AudioSettings:
    """[audio]: the programme's sound: channels, loudness, stings, bed, pauses."""

    channels: int = 1  # 1: −19 LUFS, 2: −16 LUFS (the podcast norms)
    true_peak_db: float = -1.5  # under −1 dBTP with room for the MP3 encoder
    stings: bool = True
    sting_file: str = ""  # a sound of your own instead of the synthesized sting
    bed: bool = True
    bed_file: str = ""  # a music bed of your own under the intro
    bed_lead_ms: int = 2000  # bed alone before the first word
    bed_tail_ms: int = 1500  # and after the intro's last word
    bed_db: float = -18.0  # the bed's level alone (dBFS peak)
    duck_db: float = -14.0  # further down while someone speaks
    sting_gap_ms: int = 350  # between a sting and the headline that follows
    quote_intro_pause_ms: int = 250  # "وقال فلان:" runs straight into the quote
    headline_pause_ms: int = 650
    question_pause_ms: int = 150  # added after ؟ ! …
    comma_pause_ms: int = -150  # a cue ending on ، or : leans into the next


@dataclass(frozen=True)
class SpeechSettings:
    """[speech]: how the written text becomes what the voices say."""

    # Pronunciation lexicons of your own (TOML, the shape of briefing/speech/lexicon.toml),
    # on top of the shipped one; later files win, and `--lexicon FILE` comes after these.
    lexicon: tuple[str, ...] = ()


@dataclass(frozen=True)
class VoiceSettings:
    """[voices]: where the producer's own voice profiles are (beside the shipped ones)."""

    # A folder of voice profiles (*.toml, validated like the shipped ones); a profile named
    # like a shipped one replaces it. Relative: beside briefing.toml, like its artwork.
    folder: str = ""


@dataclass(frozen=True)
class Config:
    show: Show = field(default_factory=Show)
    roles: Mapping[Role, str] = field(default_factory=lambda: dict(DEFAULT_ROLES))
    # Quotes of a woman (وقالت) are read in this voice; empty: the quote role's voice.
    female_quote_voice: str = "quote_female"
    quotes_per_story: int = 2
    pause_ms: int = 450
    chapter_pause_ms: int = 900
    bitrate: str = "96k"
    workers: int = _outside_files(8)  # parallel synthesis (and gTTS requests in flight)
    # CPU-bound work at once (offline speech, loudness, MP3 encoding); 0: one per core (up
    # to 8). The files do not depend on it.
    processes: int = _outside_files(0)
    cover_size: int = 3000
    script: ScriptSettings = field(default_factory=ScriptSettings)
    audio: AudioSettings = field(default_factory=AudioSettings)
    # The lexicon's effect is in the script's spoken text, which the fingerprint holds.
    speech: SpeechSettings = field(default_factory=SpeechSettings, metadata=_NOT_IN_FILES)
    # The voices' effect is in the clips and profiles, which the fingerprint holds.
    voices: VoiceSettings = field(default_factory=VoiceSettings, metadata=_NOT_IN_FILES)
    # the speech cache evicts least recently used entries past this
    cache_max_mb: int = _outside_files(1024)
    # The episode's size: most recent and top stories first; 0 turns a limit off. What they
    # choose is in the script, which the fingerprint holds.
    max_stories: int = _outside_files(0)
    max_minutes: float = _outside_files(15.0)  # estimated before synthesis (offline voice pace)
    max_age_days: int = _outside_files(7)  # older articles are pointed out, not dropped


def episode_file_settings(settings: object) -> object:
    """The settings that shape an episode's files, as plain nested values (for its
    fingerprint): every field of the config's dataclasses but those marked _NOT_IN_FILES."""
    if not is_dataclass(settings):
        if isinstance(settings, Mapping):
            return sorted((str(key), episode_file_settings(v)) for key, v in settings.items())
        return settings
    return tuple(
        (f.name, episode_file_settings(getattr(settings, f.name)))
        for f in fields(settings)
        if f.metadata.get("in_episode_files", True)
    )


def lexicon_paths(config: Config, extra: Sequence[Path] = ()) -> list[Path]:
    """The show's [speech] lexicon files, then `extra` (--lexicon): later ones win."""
    return [*(Path(name).expanduser() for name in config.speech.lexicon), *extra]


def default_episode_id(show: Show, day: dt.date) -> str:
    """The episode id that the show's pattern gives for a date."""
    try:
        return show.episode_id_pattern.format(date=day)
    except (KeyError, IndexError, ValueError, AttributeError) as error:
        raise InputError(
            f"[show] episode_id_pattern {show.episode_id_pattern!r}: {error!r}; "
            "use {date} or {date:%Y%m%d}"
        ) from None


# The placeholders each [script] text may use; every template is filled once at load with
# sample values, so a bad one fails the day it is written, not the day a woman is quoted twice.
TEMPLATE_FIELDS: Mapping[str, tuple[str, ...]] = {
    "greeting": ("show", "date"),
    "contents": ("show", "date", "count", "headlines"),
    "quote_intro": ("speaker",),
    "quote_intro_female": ("speaker",),
    "quote_intro_unknown": (),
    "quote_again": ("speaker",),
    "quote_again_female": ("speaker",),
    "quote_intro_document": ("speaker",),
    "quote_question": ("speaker",),
    "quote_question_female": ("speaker",),
    "outro": ("show", "date", "this_was"),
    "credit": ("outlet", "author"),
}
_NOT_IN_EPISODE = ("show", "roles", "female_quote_voice", "script", "audio", "speech", "voices")


def config_schema() -> Table:
    """briefing.toml: every table, key and type (ranges and voices: check_production)."""
    roles = {role.value: Value(str) for role in Role} | {FEMALE_QUOTE_KEY: Value(str)}
    return Table(
        {
            "show": dataclass_table(Show),
            "roles": Table(roles),
            "episode": dataclass_table(Config, skip=_NOT_IN_EPISODE),
            "script": dataclass_table(
                ScriptSettings, {"story_order": ListOf(Value(str, choices=STORY_PARTS))}
            ),
            "audio": dataclass_table(AudioSettings, {"channels": Value(int, 1, 2)}),
            "speech": dataclass_table(SpeechSettings),
            "voices": dataclass_table(VoiceSettings),
        }
    )


def _tuples(values: dict) -> dict:
    return {key: tuple(v) if isinstance(v, list) else v for key, v in values.items()}


def check_templates(settings: ScriptSettings, show: Show, source: str) -> None:
    """Fill every template with sample values (and the episode id pattern with a date)."""
    for name, placeholders in TEMPLATE_FIELDS.items():
        template = getattr(settings, name)
        try:
            template.format(**dict.fromkeys(placeholders, "x"))
        except (KeyError, IndexError, ValueError, AttributeError) as error:
            allowed = " ".join("{" + p + "}" for p in placeholders) or "no placeholder"
            raise InputError(
                f"{source}: [script] {name} = {template!r}: cannot fill it ({error!r}); "
                f"it may use {allowed}"
            ) from None
    try:
        default_episode_id(show, dt.date(2026, 1, 1))
    except InputError as error:
        raise InputError(f"{source}: {error}") from None
    try:
        show.episode_title.format(show="x", date="x")
    except (KeyError, IndexError, ValueError, AttributeError) as error:
        raise InputError(
            f"{source}: [show] episode_title = {show.episode_title!r}: cannot fill it "
            f"({error!r}); it may use {{show}} {{date}}"
        ) from None


def parse_config(data: dict, source: str, voices: Collection[str] | None = None) -> Config:
    """`voices`: the names of the voice profiles the roles may name (default: the shipped)."""
    check(data, config_schema(), source)
    return _checked_config(data, source, voices)


def _checked_config(data: dict, source: str, voices: Collection[str] | None) -> Config:
    """parse_config of `data` that has passed config_schema()."""
    role_table = dict(data.get("roles", {}))
    female_quote_voice = role_table.pop(FEMALE_QUOTE_KEY, Config.female_quote_voice)
    roles = {**DEFAULT_ROLES, **{Role(name): voice for name, voice in role_table.items()}}
    config = replace(
        Config(),
        show=Show(**data.get("show", {})),
        roles=roles,
        female_quote_voice=female_quote_voice,
        script=ScriptSettings(**_tuples(data.get("script", {}))),
        audio=AudioSettings(**data.get("audio", {})),
        speech=SpeechSettings(**_tuples(data.get("speech", {}))),
        voices=VoiceSettings(**data.get("voices", {})),
        **data.get("episode", {}),
    )
    check_templates(config.script, config.show, source)
    if voices is None:
        voices = load_voices(extra=voice_folder(config.voices, source))
    check_production(config, source, voices)
    return config


def voice_folder(settings: VoiceSettings, source: str) -> Path | None:
    """The producer's own voice profiles ([voices] folder), if named: a relative folder is
    found beside the configuration file (like its artwork)."""
    if not settings.folder:
        return None
    return Path(source).parent / Path(settings.folder).expanduser()


def load_show(path: Path | None) -> tuple[Config, dict[str, Voice]]:
    """The show's settings and every voice it may use (shipped and the producer's own),
    read and validated once: the roles may name the producer's voices."""
    data, source = _read_config(path)
    if data is None:
        return Config(), load_voices()
    check(data, config_schema(), source)  # [voices] folder is checked before it is used
    voices = load_voices(extra=voice_folder(VoiceSettings(**data.get("voices", {})), source))
    return _beside(_checked_config(data, source, voices), source), voices


_BITRATES = {1: (64, 128), 2: (128, 192)}  # kbps: the podcast norms for mono and stereo


def check_production(config: Config, source: str, voices: Collection[str]) -> None:
    """Settings the audio and artwork standards depend on, checked before any work."""
    audio = config.audio
    if audio.channels not in _BITRATES:
        raise InputError(f"{source}: [audio] channels must be 1 or 2")
    low, high = _BITRATES[audio.channels]
    kbps = config.bitrate.lower().removesuffix("k")
    if not kbps.isdigit() or not low <= int(kbps) <= high:
        raise InputError(
            f"{source}: bitrate {config.bitrate!r}: use {low}k–{high}k for "
            f"{'mono' if audio.channels == 1 else 'stereo'}"
        )
    if not 1400 <= config.cover_size <= 3000:
        raise InputError(f"{source}: cover_size must be 1400–3000 pixels")
    unknown = set(config.script.story_order) - set(STORY_PARTS)
    if unknown or not config.script.story_order:
        raise InputError(f"{source}: [script] story_order takes {', '.join(STORY_PARTS)}")
    for name, value, least in _lower_bounds(config):
        if value < least:
            raise InputError(f"{source}: {name} = {value}: must be at least {least}")
    chosen = [(role.value, voice) for role, voice in config.roles.items()]
    if config.female_quote_voice:
        chosen.append((FEMALE_QUOTE_KEY, config.female_quote_voice))
    for key, voice in chosen:
        if voice not in voices:
            raise InputError(
                f"{source}: [roles] {key} = {voice!r}: no voice profile of that name "
                f"(have: {', '.join(sorted(voices))})"
            )


def _lower_bounds(config: Config) -> list[tuple[str, float, int]]:
    """(setting, value, least allowed). comma_pause_ms and question_pause_ms adjust another
    pause and may be negative (the sum is clamped at 0); these are lengths and counts."""
    audio = config.audio
    return [
        ("quotes_per_story", config.quotes_per_story, 0),  # -1 would drop a quote by slicing
        ("workers", config.workers, 1),
        ("processes", config.processes, 0),
        ("cache_max_mb", config.cache_max_mb, 1),
        ("max_stories", config.max_stories, 0),
        ("max_minutes", config.max_minutes, 0),
        ("max_age_days", config.max_age_days, 0),
        ("[script] contents_stories", config.script.contents_stories, 0),
        ("pause_ms", config.pause_ms, 0),
        ("chapter_pause_ms", config.chapter_pause_ms, 0),
        ("[audio] bed_lead_ms", audio.bed_lead_ms, 0),
        ("[audio] bed_tail_ms", audio.bed_tail_ms, 0),
        ("[audio] sting_gap_ms", audio.sting_gap_ms, 0),
        ("[audio] quote_intro_pause_ms", audio.quote_intro_pause_ms, 0),
        ("[audio] headline_pause_ms", audio.headline_pause_ms, 0),
    ]


def example_config_text() -> str:
    """briefing.example.toml: in a checkout beside the package, in a wheel inside it."""
    installed = Path(__file__).parent / "_data" / EXAMPLE_NAME
    path = installed if installed.is_file() else Path(__file__).parent.parent / EXAMPLE_NAME
    return path.read_text(encoding="utf-8")


def _read_config(path: Path | None) -> tuple[dict | None, str]:
    if path is None:
        path = Path(CONFIG_NAME)
        if not path.is_file():
            return None, str(path)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")), str(path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such configuration file") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InputError(f"{path}: cannot read the configuration ({error})") from None


def load_config(path: Path | None, voices: Collection[str] | None = None) -> Config:
    """The given file, else ./briefing.toml when present, else the defaults."""
    data, source = _read_config(path)
    if data is None:
        return Config()
    return _beside(parse_config(data, source, voices), source)


def _beside(config: Config, source: str) -> Config:
    return replace(config, show=_artwork_beside(config.show, Path(source).parent))


def _artwork_beside(show: Show, folder: Path) -> Show:
    """An artwork file named relative to the config file's folder, as an absolute path
    (publish copies it into the output folder); a web address, or a path that is not a
    file there, stays as written (a path inside the output folder)."""
    artwork = show.artwork
    if not artwork or "://" in artwork:
        return show
    beside = (folder / Path(artwork).expanduser()).resolve()
    return replace(show, artwork=str(beside)) if beside.is_file() else show
