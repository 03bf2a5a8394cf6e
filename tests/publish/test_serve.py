"""`briefing serve`: the output folder over HTTP, with byte ranges so players can seek."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest

from briefing.publish.serve import byte_range, make_server
from tests.cli_runner import invoke

DATA = bytes(range(256)) * 40  # 10240 bytes


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "episodes").mkdir()
    (tmp_path / "episodes/a.mp3").write_bytes(DATA)
    server = make_server(tmp_path, port=0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/"
    server.shutdown()
    server.server_close()


def get(url: str, range_header: str | None = None) -> tuple[int, Message, bytes]:
    request = urllib.request.Request(url, headers={"Range": range_header} if range_header else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_whole_file_and_byte_ranges(base_url: str) -> None:
    status, headers, body = get(base_url + "episodes/a.mp3")
    assert (status, body, headers["Accept-Ranges"]) == (200, DATA, "bytes")
    assert headers["Content-Type"] == "audio/mpeg"
    status, headers, body = get(base_url + "episodes/a.mp3", "bytes=1000-1999")
    assert (status, body) == (206, DATA[1000:2000])
    assert headers["Content-Range"] == f"bytes 1000-1999/{len(DATA)}"
    assert headers["Content-Length"] == "1000"
    status, _, body = get(base_url + "episodes/a.mp3", "bytes=10000-")
    assert (status, body) == (206, DATA[10000:])
    status, _, body = get(base_url + "episodes/a.mp3", "bytes=-100")
    assert (status, body) == (206, DATA[-100:])
    status, headers, _ = get(base_url + "episodes/a.mp3", "bytes=20000-")
    assert status == 416 and headers["Content-Range"] == f"bytes */{len(DATA)}"
    status, _, body = get(base_url + "episodes/a.mp3", "bytes=0-1,5-6")  # several: whole file
    assert (status, body) == (200, DATA)
    assert get(base_url + "episodes/missing.mp3", "bytes=0-1")[0] == 404


@pytest.mark.parametrize(
    ("header", "size", "expected"),
    [("bytes=0-0", 10, (0, 0)), ("bytes=5-99", 10, (5, 9)), ("bytes=-3", 10, (7, 9)),
     ("bytes=10-", 10, None), ("bytes=-0", 10, None), ("bytes=0-", 0, None)],
)  # fmt: skip
def test_byte_range(header: str, size: int, expected: tuple[int, int] | None) -> None:
    assert byte_range(header, size) == expected


@pytest.mark.parametrize("header", ["bytes=-", "items=0-1", "bytes=0-1,3-4", "bytes=a-b"])
def test_byte_range_rejects_what_is_not_one_byte_range(header: str) -> None:
    with pytest.raises(ValueError):
        byte_range(header, 10)


def test_serve_command_rejects_a_missing_folder(tmp_path: Path) -> None:
    result = invoke("serve", tmp_path / "nope")
    assert result.exit_code == 1
    assert "no such output folder" in result.stderr


def test_dotfiles_and_folder_listings_are_never_served(base_url: str, tmp_path: Path) -> None:
    (tmp_path / ".briefing.lock").write_bytes(b"")
    (tmp_path / "episodes/.a.mp3.x1.tmp").write_bytes(DATA[:10])
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden/page.html").write_text("secret")
    for path in (
        ".briefing.lock",
        "episodes/.a.mp3.x1.tmp",
        ".hidden/page.html",
        "%2Ebriefing.lock",
        "episodes/%2e%2e/.briefing.lock",
        "episodes/",  # no listing: a folder without index.html is not a page
        "",
    ):
        assert get(base_url + path)[0] == 404, path
        assert get(base_url + path, "bytes=0-1")[0] == 404, path
    assert get(base_url + "episodes/a.mp3")[0] == 200
