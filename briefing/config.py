"""Show settings (briefing.toml): who publishes, where, and which voice reads what."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from briefing.errors import InputError
from briefing.model import Role

CONFIG_NAME = "briefing.toml"

DEFAULT_ROLES: Mapping[Role, str] = {
    Role.INTRO: "presenter",
    Role.HEADLINE: "anchor",
    Role.SUMMARY: "anchor",
    Role.QUOTE_INTRO: "anchor",
    Role.QUOTE: "quote",
    Role.TRANSITION: "anchor",
    Role.OUTRO: "presenter",
}


@dataclass(frozen=True)
class Show:
    title: str = "موجز الأخبار"
    author: str = "briefing"
    description: str = "نشرة إخبارية صوتية باللغة العربية"
    base_url: str = "http://localhost:8000/"
    language: str = "ar"
    category: str = "News"
    explicit: bool = False
    email: str = ""  # the owner's e-mail (itunes:owner)
    # The show's artwork: a URL, or a path relative to the output folder (1400-3000 px square).
    artwork: str = ""
    # The default episode id, a str.format pattern over the episode date: "{date}" gives
    # 2026-11-29, "{date:%Y%m%d}" gives 20261129.
    episode_id_pattern: str = "{date}"
    guid: str = ""  # podcast:guid; empty: derived from the feed URL (Podcasting 2.0)
    max_items: int = 0  # the most items feed.xml lists, newest first; 0: all


@dataclass(frozen=True)
class Config:
    show: Show = field(default_factory=Show)
    roles: Mapping[Role, str] = field(default_factory=lambda: dict(DEFAULT_ROLES))
    quotes_per_story: int = 2
    pause_ms: int = 450
    chapter_pause_ms: int = 900
    bitrate: str = "96k"
    workers: int = 8
    cache_max_mb: int = 1024  # the speech cache evicts least recently used entries past this


def default_episode_id(show: Show, day: dt.date) -> str:
    """The episode id that the show's pattern gives for a date."""
    try:
        return show.episode_id_pattern.format(date=day)
    except (KeyError, IndexError, ValueError, AttributeError) as error:
        raise InputError(
            f"[show] episode_id_pattern {show.episode_id_pattern!r}: {error!r}; "
            "use {date} or {date:%Y%m%d}"
        ) from None


def _section(data: dict, name: str, source: str) -> dict:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise InputError(f"{source}: [{name}] must be a table")
    return value


def _known(cls: type, values: dict, source: str, section: str) -> dict:
    names = {f.name for f in fields(cls)}
    unknown = set(values) - names
    if unknown:
        raise InputError(
            f"{source}: unknown setting(s) in [{section}]: {', '.join(sorted(unknown))}"
        )
    return values


def parse_config(data: dict, source: str) -> Config:
    show = Show(**_known(Show, _section(data, "show", source), source, "show"))
    roles = dict(DEFAULT_ROLES)
    for role_name, voice in _section(data, "roles", source).items():
        try:
            roles[Role(role_name)] = str(voice)
        except ValueError:
            raise InputError(f"{source}: unknown role {role_name!r} in [roles]") from None
    episode = _known(Config, _section(data, "episode", source), source, "episode")
    episode.pop("show", None)
    episode.pop("roles", None)
    return replace(Config(), show=show, roles=roles, **episode)


def load_config(path: Path | None) -> Config:
    """The given file, else ./briefing.toml when present, else the defaults."""
    if path is None:
        path = Path(CONFIG_NAME)
        if not path.is_file():
            return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such configuration file") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InputError(f"{path}: cannot read the configuration ({error})") from None
    return parse_config(data, str(path))
