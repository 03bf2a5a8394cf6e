"""Ingest: files and folders to Articles. The only stage besides synth and publish that reads."""

from __future__ import annotations

from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.text import clean_lines, decode, has_arabic
from briefing.model import Article

SUFFIXES = (".txt",)
MAX_BYTES = 5 * 1024 * 1024  # a news article is kilobytes; anything this big is not one


def parse_article(data: bytes, source: str) -> Article:
    """Bytes of one plain-text article to an Article."""
    if not data.strip():
        raise InputError(f"{source}: the file is empty")
    lines = clean_lines(decode(data, source))
    if not lines:
        raise InputError(f"{source}: the file has no text")
    if not has_arabic(" ".join(lines)):
        raise InputError(f"{source}: no Arabic text found")
    return Article(source=source, lines=lines)


def read_article(path: Path) -> Article:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: too large for an article ({size // 1024} KiB)")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    return parse_article(data, str(path))


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Files as given, folders as their article files in name order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES)
            if not found:
                raise InputError(f"{path}: no articles ({', '.join(SUFFIXES)}) in this folder")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return files


def load(paths: list[Path]) -> list[Article]:
    return [read_article(path) for path in expand_inputs(paths)]
