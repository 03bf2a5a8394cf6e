"""Serve an output folder on localhost with HTTP range requests, so players can seek.

The standard library's handler answers every request with the whole file; browsers then
cannot seek in the MP3. This one answers a single `Range: bytes=...` with 206. It serves
what a listener may see: no dotfile (the build locks, a write in progress) and no folder
listing, each a 404.
"""

from __future__ import annotations

import os
import re
import shutil
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """(first, last) inclusive for one `bytes=` range; None when it cannot be satisfied.

    Raises ValueError for a header that is not a single byte range (then the whole file
    is sent, as RFC 9110 allows).
    """
    match = _RANGE.match(header.strip())
    if not match or match.groups() == ("", ""):
        raise ValueError(header)
    first_text, last_text = match.groups()
    if not first_text:  # "bytes=-N": the last N bytes
        suffix = int(last_text)
        return (max(0, size - suffix), size - 1) if suffix and size else None
    first = int(first_text)
    last = min(int(last_text), size - 1) if last_text else size - 1
    return (first, last) if first <= last else None


class RangeRequestHandler(SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 (the base class declares it as a plain dict)
        **SimpleHTTPRequestHandler.extensions_map,
        ".mp3": "audio/mpeg",
        ".vtt": "text/vtt",
        ".json": "application/json",
        ".xml": "application/rss+xml",
        ".md": "text/markdown; charset=utf-8",
    }
    _remaining: int | None = None

    def _hidden(self) -> bool:
        """A path with a part that starts with "." (".briefing.lock", ".x.mp3.tmp")."""
        parts = unquote(urlsplit(self.path).path).replace("\\", "/").split("/")
        return any(part.startswith(".") for part in parts if part)

    def list_directory(self, path: str | os.PathLike[str]) -> BinaryIO | None:  # type: ignore[override]
        self.send_error(HTTPStatus.NOT_FOUND, "File not found")
        return None

    def end_headers(self) -> None:
        self.send_header("Accept-Ranges", "bytes")
        super().end_headers()

    def send_head(self) -> BinaryIO | None:  # type: ignore[override]
        self._remaining = None
        if self._hidden():
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        header = self.headers.get("Range")
        path = self.translate_path(self.path)
        if not header or not os.path.isfile(path):
            return super().send_head()
        try:
            handle = open(path, "rb")  # noqa: SIM115 (the base class closes it after copying)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        size = os.fstat(handle.fileno()).st_size
        try:
            span = byte_range(header, size)
        except ValueError:
            handle.close()
            return super().send_head()
        if span is None:
            handle.close()
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        first, last = span
        handle.seek(first)
        self._remaining = last - first + 1
        self.send_response(HTTPStatus.PARTIAL_CONTENT)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        self.send_header("Content-Length", str(self._remaining))
        self.send_header(
            "Last-Modified", self.date_time_string(int(os.fstat(handle.fileno()).st_mtime))
        )
        self.end_headers()
        return handle

    def copyfile(self, source: BinaryIO, outputfile: BinaryIO) -> None:  # type: ignore[override]
        if self._remaining is None:
            shutil.copyfileobj(source, outputfile)
            return
        remaining = self._remaining
        while remaining > 0:
            chunk = source.read(min(64 * 1024, remaining))
            if not chunk:
                break
            outputfile.write(chunk)
            remaining -= len(chunk)

    def log_message(self, format: str, *args: object) -> None:
        if not getattr(self.server, "quiet", False):
            super().log_message(format, *args)


def make_server(folder: Path, host: str = "127.0.0.1", port: int = 8000, quiet: bool = False):
    """A threading server for `folder` (port 0 picks a free port: see server_address)."""
    handler = partial(RangeRequestHandler, directory=str(folder))
    server = ThreadingHTTPServer((host, port), handler)
    server.quiet = quiet  # type: ignore[attr-defined]
    server.daemon_threads = True
    return server
