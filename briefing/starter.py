"""`briefing init`: a new show's folder, a commented briefing.toml and its artwork.

The settings a show must make its own ([show]: title, author, e-mail, address, artwork)
are written out; every other one is left commented at its default, so the file says what
can be changed and a later release's better default still applies.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from briefing.config import CONFIG_NAME, Show, example_config_text
from briefing.errors import InputError
from briefing.fileio import write_atomic, write_text_atomic

ARTWORK_NAME = "artwork.jpg"
_KEY_LINE = re.compile(
    r"^(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?P<value>.*?)(?:\s+(?P<comment>#.*))?$"
)
_TABLE = re.compile(r"^\[(?P<name>[a-z]+)\]")
_HEADER = """\
# The settings of this show, read by `briefing build` and `briefing feed` from this
# folder (or with --config FILE). [show] is yours to fill in before publishing; every
# other setting is commented out at its default: uncomment a line to change it.
# {artwork} was drawn from the title: replace it with your own square image
# (1400-3000 px, JPEG or PNG), or set artwork = "" to have the cover redrawn from the title.
"""


@dataclass(frozen=True)
class ShowStart:
    """What `init` asks: the [show] settings every show must make its own."""

    title: str = Show.title
    author: str = Show.author
    email: str = Show.email
    base_url: str = Show.base_url


def starter_config(start: ShowStart, artwork: str = ARTWORK_NAME) -> str:
    """briefing.example.toml with [show] filled in and everything else commented out."""
    given = {
        "title": start.title,
        "author": start.author,
        "email": start.email,
        "base_url": start.base_url,
        "artwork": artwork,
    }
    lines = [_HEADER.format(artwork=artwork)]
    table = None
    body = example_config_text().split("\n")
    while body and (body[0].startswith("#") or not body[0].strip()):
        body.pop(0)  # the example's own header: "copy to briefing.toml …"
    for line in body:
        heading = _TABLE.match(line)
        if heading:
            table = heading["name"]
        key = _KEY_LINE.match(line)
        if key and table == "show" and key["key"] in given:
            value = json.dumps(given[key["key"]], ensure_ascii=False)  # a TOML basic string
            setting = f"{key['key']} = {value}"
            if key["comment"]:  # in the example's column, or two spaces after a long value
                column = max(line.index(key["comment"]), len(setting) + 2)
                setting = f"{setting:<{column}}{key['comment']}"
            line = setting
        elif key and table != "show":
            line = f"# {line}"
        lines.append(line)
    return "\n".join(lines)


def init_show(folder: Path, start: ShowStart, force: bool = False) -> list[Path]:
    """Write FOLDER/briefing.toml and FOLDER/artwork.jpg; refuses to replace either
    unless `force`. The files written, in order."""
    from briefing.publish.cover import render_show_cover

    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    config, artwork = folder / CONFIG_NAME, folder / ARTWORK_NAME
    existing = [path for path in (config, artwork) if path.exists()]
    if existing and not force:
        names = " and ".join(str(path) for path in existing)
        raise InputError(f"{names}: already there (--force replaces)")
    write_text_atomic(config, starter_config(start))
    write_atomic(artwork, render_show_cover(start.title, Show.description))
    return [config, artwork]
