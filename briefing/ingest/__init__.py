"""Ingest: files and folders to Articles. The only stage besides synth and publish that reads.

Plain text (.txt), HTML pages, JSON articles and RSS/Atom feeds; a feed or a JSON list
yields several Articles. The format follows the suffix, and content sniffing for the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.dates import parse_published
from briefing.ingest.html import fragment_text, page_text
from briefing.ingest.own import OwnOutputError, refuse_own_output
from briefing.ingest.records import Record, feed_records, json_records, web_address
from briefing.ingest.text import clean_line, clean_lines, decode, metadata_date, whole_sentences
from briefing.model import Article, Credit
from briefing.text import has_arabic

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSON_SUFFIXES = (".json",)
FEED_SUFFIXES = (".xml", ".rss", ".atom")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + FEED_SUFFIXES
MAX_BYTES = 5 * 1024 * 1024  # a news article is kilobytes; anything this big is not one


def sniff(data: bytes, source: str) -> str:
    """The format of a file: "text", "html", "json" or "feed" (suffix first, then content)."""
    suffix = Path(source).suffix.lower()
    for kind, suffixes in (
        ("text", TEXT_SUFFIXES),
        ("html", HTML_SUFFIXES),
        ("json", JSON_SUFFIXES),
        ("feed", FEED_SUFFIXES),
    ):
        if suffix in suffixes:
            return kind
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        return "json"
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in data[:4096].lower():
        return "html"
    return "text"


def _record_text(record: Record) -> str:
    """A container's article text; a teaser cut off by the site ends on its last sentence."""
    text = fragment_text(record.body)
    return whole_sentences(text) if record.excerpt else text


def _article(source: str, text: str, record: Record | None = None) -> Article:
    lines = clean_lines(text)
    if not lines:
        raise InputError(f"{source}: the file has no text")
    if not has_arabic(" ".join(lines)):
        raise InputError(f"{source}: no Arabic text found")
    if record is None:
        return Article(source=source, lines=lines)

    def field(value: str | None) -> str | None:
        return clean_line(value) or None if value else None

    byline = field(record.byline)
    return Article(
        source=source,
        lines=lines,
        title=field(record.title),
        category=field(record.category),
        byline=byline,
        credit=Credit(
            outlet=field(record.outlet),
            url=record.url,
            author=byline,
            published=record.published,
        ),
        short_title=field(record.short_title),
    )


def parse_articles(data: bytes, source: str) -> list[Article]:
    """Bytes of one file to its Articles (one, or one per feed item or JSON entry)."""
    if not data.strip():
        raise InputError(f"{source}: the file is empty")
    refuse_own_output(data, source)
    kind = sniff(data, source)
    if kind == "feed":
        decode(data, source)  # refuses binary data before the XML parser sees it
        records = feed_records(data, source)
        return [_article(f"{source}#{n}", _record_text(r), r) for n, r in enumerate(records, 1)]
    text = decode(data, source)
    if kind == "json":
        records = json_records(text, source)
        many = len(records) > 1
        return [
            _article(f"{source}#{n}" if many else source, _record_text(r), r)
            for n, r in enumerate(records, 1)
        ]
    if kind == "html":
        page = page_text(text)
        record = Record(
            body=page.body,
            title=page.headline,
            outlet=page.outlet,
            url=web_address(page.url),
            published=parse_published(page.published),
        )
        article = _article(source, page.body, record)
        # The page's author goes to the credit only: segmentation finds a byline line itself
        # (given one, it would leave that line in the body).
        author = clean_line(page.author) if page.author else None
        return [replace(article, credit=replace(article.credit, author=author or None))]
    published, text = metadata_date(text)
    article = _article(source, text)
    return [replace(article, credit=Credit(published=published)) if published else article]


def parse_article(data: bytes, source: str) -> Article:
    """Bytes of a file holding one article (the first, for feeds and lists)."""
    return parse_articles(data, source)[0]


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: too large for an article ({size // 1024} KiB)")
        if not path.is_file():
            raise InputError(f"{path}: not a file")
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None


def read_articles(path: Path) -> list[Article]:
    return parse_articles(_read_bytes(path), str(path))


def read_article(path: Path) -> Article:
    return read_articles(path)[0]


def _is_article_json(path: Path) -> bool:
    """Whether a .json file holds article text (a body field), as an annotation does not."""
    try:
        return bool(json_records(decode(_read_bytes(path), str(path)), str(path)))
    except InputError:
        return False


def folder_files(folder: Path) -> list[Path]:
    """Every file of a folder that reading it may look at (articles and their annotations),
    in name order."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def _folder_articles(folder: Path, warn: Callable[[str], None] | None = None) -> list[Path]:
    """Article files in name order. A .json beside a same-named article (X.json by X.txt) is
    that article's annotation (expected headline, quotes...), not a second copy to read; one
    that holds article text anyway is still skipped, but said, so no article is lost silently."""
    found = folder_files(folder)
    articles = {p.stem: p for p in found if p.suffix.lower() not in JSON_SUFFIXES}
    kept = []
    for path in found:
        beside = articles.get(path.stem) if path.suffix.lower() in JSON_SUFFIXES else None
        if beside is None:
            kept.append(path)
        elif warn is not None and _is_article_json(path):
            warn(
                f"skipped {path}: it holds article text, but a .json beside {beside.name} is "
                "read as its annotation (rename it to read it as an article)"
            )
    return kept


def _expand(path: Path, warn: Callable[[str], None] | None = None) -> list[Path]:
    """A file as given, a folder as its article files in name order."""
    if path.is_dir():
        found = _folder_articles(path, warn)
        if not found:
            raise InputError(f"{path}: no articles ({', '.join(SUFFIXES)}) in this folder")
        return found
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    return [path]


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Files as given, folders as their article files in name order."""
    return [file for path in paths for file in _expand(path)]


def load(
    paths: list[Path],
    warn: Callable[[str], None] | None = None,
    strict: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> list[Article]:
    """The articles of every input. A bad input is fatal when it is the only one, or when
    `strict`; otherwise it is skipped with one warning, so that one broken file among the
    morning's articles does not cost the whole episode."""
    articles: list[Article] = []
    refused: list[InputError] = []
    own: list[Path] = []  # briefing's own files found in folders: skipped, said once

    def refuse(error: InputError) -> None:
        if strict or warn is None:
            raise error
        refused.append(error)

    def attempt(read: Callable[[], list], own_file: Path | None = None) -> list:
        """`own_file`: a file found in a folder, skipped quietly when briefing wrote it."""
        try:
            return read()
        except InputError as error:
            if own_file is not None and isinstance(error, OwnOutputError):
                own.append(own_file)
            else:
                refuse(error)
            return []

    # Every input expanded first (the progress counts files); an input that cannot be keeps
    # its error in its place, so that warnings come in the order the inputs were given.
    files: list[tuple[Path, bool] | InputError] = []
    for path in paths:
        try:
            files += [(file, path.is_dir()) for file in _expand(path, warn)]
        except InputError as error:
            files.append(error)
    for number, entry in enumerate(files, 1):
        if isinstance(entry, InputError):
            refuse(entry)
        else:
            file, in_folder = entry
            found = attempt(lambda file=file: read_articles(file), file if in_folder else None)
            articles.extend(found)
        if progress:
            progress(number, len(files))  # (files read, files in all)
    if own and warn is not None:
        names = ", ".join(sorted({file.name for file in own}))
        warn(f"skipped {len(own)} file(s) that briefing wrote itself ({names})")
    if not articles and len(refused) == 1:
        raise refused[0]  # the one input there was: its own error, no warning
    for error in refused:
        warn(f"skipped {error}")
    if not articles:
        if own and not refused:
            raise InputError(
                f"no articles, only files that briefing wrote ({len(own)}) in "
                f"{', '.join(str(p) for p in paths)}"
            )
        raise InputError(f"no usable article in {len(refused)} inputs (see the warnings above)")
    return articles
