"""Bad input, table-driven: each case ends in one clear line and the documented exit code,
and never costs listeners anything: no traceback, no half-written file, the feed unchanged.

Inputs that can be read (other encodings, mixed scripts, odd punctuation, an Arabic path
with spaces) are built, with a fast stand-in engine since speech is not the point here.
"""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import feedparser
import pytest
from click.testing import Result

import briefing.fileio
from briefing.publish import FEED_NAME
from tests.cli_runner import invoke
from tests.conftest import FIXTURES, tone_edge
from tests.publish.tone_episode import publish_tone_episode

HEADLINE = "افتتاح محطة للطاقة الشمسية في الجنوب"
BODY = (
    "افتتحت الحكومة اليوم محطة جديدة للطاقة الشمسية في الجنوب. "
    "وقال الوزير إن المحطة ستزود عشرات الآلاف من المنازل بالكهرباء. "
    "ومن المتوقع أن تبدأ المرحلة الثانية من المشروع العام المقبل."
)
ARTICLE = f"{HEADLINE}\n{BODY}\n"
RNG = random.Random(8)


def _png() -> bytes:
    """A real, tiny PNG (one grey pixel)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x80"))
        + chunk(b"IEND", b"")
    )


def _bomb() -> bytes:
    """Billion laughs: ten levels of ten references, 10^9 'lol's once expanded."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    ]
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [{"".join(entities)}]>\n'
        '<rss version="2.0"><channel><title>t</title>'
        f"<item><title>{HEADLINE}</title><description>&lol9;</description></item>"
        "</channel></rss>"
    ).encode()


def _rss(items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>أخبار</title><link>http://example.org/</link>{items}</channel></rss>"
    ).encode()


def _write(name: str, data: bytes | str) -> Callable[[Path], list[str]]:
    """A case whose one input is a file `name` holding `data`."""

    def make(folder: Path) -> list[str]:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return [str(path)]

    return make


def _huge(folder: Path) -> list[str]:
    path = folder / "huge.txt"
    line = (ARTICLE * 40).encode()
    with open(path, "wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    return [str(path)]


def _empty_folder(folder: Path) -> list[str]:
    (folder / "no-articles").mkdir()
    (folder / "no-articles" / "notes.md").write_text("ملاحظات", encoding="utf-8")
    return [str(folder / "no-articles")]


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], list[str]]  # writes the input into a folder; the CLI arguments
    code: int  # the exit code
    says: str = ""  # what the error line says (failures only)


CASES = [
    Case("empty", _write("empty.txt", b""), 1, "empty"),
    Case("whitespace", _write("blank.txt", " \n\t\r\n  \u00a0\n"), 1, "no text"),
    Case("binary", _write("data.txt", bytes(range(256)) * 64), 1, "binary"),
    Case("png-renamed", _write("photo.txt", _png()), 1, "binary"),
    Case("png-as-html", _write("photo.html", _png()), 1, "binary"),
    Case("50-MB", _huge, 1, "too large"),
    Case(
        "undetectable",
        _write("mystery.txt", bytes(RNG.randrange(0x80, 0x100) for _ in range(2000))),
        1,
        "known encoding",
    ),
    Case(
        "koi8-r",
        _write("russian.txt", "Привет, это новости дня. ".encode("koi8-r") * 20),
        1,
        "no Arabic",
    ),
    Case(
        "shift-jis",
        _write("japanese.txt", "日本語のニュースです。".encode("shift_jis") * 20),
        1,
        "no Arabic",
    ),
    Case("windows-1256", _write("cp1256.txt", ARTICLE.encode("cp1256")), 0),
    Case("iso-8859-6", _write("iso.txt", (FIXTURES / "ingest/iso8859_6.txt").read_bytes()), 0),
    Case("utf-16-bom", _write("wide.txt", ARTICLE.encode("utf-16")), 0),
    Case("utf-8-bom", _write("bom.txt", ARTICLE.encode("utf-8-sig")), 0),
    Case(
        "bad-utf-16",
        _write("wide-bad.txt", "\ufeff".encode("utf-16-le") + b"\x00\xd8a"),
        1,
        "utf-16",
    ),
    Case(
        "mixed-scripts", _write("mixed.txt", f"{HEADLINE}\n{BODY} Reuters 中文 עברית Ελληνικά\n"), 0
    ),
    Case(
        "no-arabic",
        _write("english.txt", "Solar plant opens.\nThe minister spoke.\n"),
        1,
        "no Arabic",
    ),
    Case(
        "json-no-body", _write("title.json", json.dumps({"title": HEADLINE})), 1, "no article text"
    ),
    Case("json-not-json", _write("broken.json", '{"title": "' + HEADLINE), 1, "not valid JSON"),
    Case("json-scalar", _write("number.json", "42"), 1, "object or a list"),
    Case("json-empty-list", _write("none.json", "[]"), 1, "no articles in the JSON"),
    Case("json-no-articles", _write("none.json", '{"articles": []}'), 1, "no articles in the"),
    Case("html-no-body", _write("empty.html", "<html></html>"), 1, "no text"),
    Case("json-html-no-body", _write("page.json", '{"body": "<html></html>"}'), 1, "no text"),
    Case("only-headline", _write("headline.txt", HEADLINE + "\n"), 0),
    Case("only-quotes", _write("quotes.txt", "«الوضع مستقر»\n«سنواصل العمل»\n"), 0),
    Case("unterminated-quote", _write("open.txt", f"{HEADLINE}\nقال الوزير «إن المحطة ستعمل\n"), 0),
    Case("10000-quote-marks", _write("marks.txt", ARTICLE + "«" * 5000 + '"' * 5000 + "\n"), 0),
    Case("only-quote-marks", _write("only-marks.txt", "«»" * 5000), 1, "no Arabic"),
    Case(
        "html-scripts-only",
        _write(
            "scripts.html",
            "<html><head><script>var a='خبر';</script></head><body><script>alert(1)</script>"
            "<style>p{}</style></body></html>",
        ),
        1,
        "no",
    ),
    Case(
        "malformed-html",
        _write("broken.html", f"<html><body><h1>{HEADLINE}<p>{BODY}<div><p><b>تم</i></table>"),
        0,
    ),
    Case("feed-no-items", _write("empty.rss", _rss("")), 1, "no"),
    Case(
        "feed-empty-items", _write("blank.rss", _rss("<item><title></title></item>")), 1, "no text"
    ),
    Case(
        "malformed-xml",
        _write("broken.xml", b'<?xml version="1.0"?><rss><channel><item><ti'),
        1,
        "feed",
    ),
    Case("xml-bomb", _write("bomb.xml", _bomb()), 1, "entit"),
    Case("xml-bomb-rss", _write("bomb.rss", _bomb()), 1, "entit"),
    Case("xml-bomb-sniffed", _write("bomb", _bomb()), 1, "entit"),
    Case("missing-file", lambda folder: [str(folder / "absent.txt")], 1, "no such file"),
    Case("folder-no-articles", _empty_folder, 1, "no articles"),
    Case("arabic-path-with-spaces", _write("أخبار اليوم/خبر الطاقة.txt", ARTICLE), 0),
]


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder that already serves one episode."""
    outdir = tmp_path_factory.mktemp("published")
    publish_tone_episode(outdir, "before", day=27)
    return outdir


@pytest.fixture
def outdir(published: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "out"
    shutil.copytree(published, copy)
    return copy


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def run(*args: object) -> Result:
    return invoke(*args, obj=tone_edge())


def build(outdir: Path, *inputs: str, extra: tuple[str, ...] = ()) -> Result:
    return run(
        "build",
        *inputs,
        "-o",
        outdir,
        "--cache-dir",
        outdir.parent / "cache",
        "--episode-id",
        "new",
        *extra,
    )


def assert_one_clear_line(result: Result, code: int, *names: str) -> str:
    assert result.exit_code == code, (result.stdout, result.stderr, result.exception)
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    line = result.stderr
    assert "Traceback" not in result.stdout + line
    assert line.count("\n") == 1 and line.startswith("briefing: error: "), line
    for name in names:
        assert name in line, (name, line)
    return line


def feed_episodes(outdir: Path) -> list[str]:
    parsed = feedparser.parse((outdir / FEED_NAME).read_bytes())
    assert not parsed.bozo
    return [entry.id.removeprefix("briefing:") for entry in parsed.entries]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input(case: Case, outdir: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    args = case.make(inputs)
    before = snapshot(outdir)
    started = time.monotonic()
    result = build(outdir, *args)
    if case.code:
        line = assert_one_clear_line(result, case.code, Path(args[0]).name)
        assert case.says.lower() in line.lower(), line
        assert snapshot(outdir) == before  # nothing written, the feed byte-identical
    else:
        assert result.exit_code == 0, (result.stderr, result.exception)
        assert result.stderr == ""
        assert feed_episodes(outdir) == ["new", "before"]
        assert not list(outdir.rglob("*.tmp"))
    assert time.monotonic() - started < 10  # refused fast: nothing expanded, nothing huge read


def test_the_table_covers_at_least_thirty_inputs() -> None:
    assert len(CASES) >= 30
    assert len({case.name for case in CASES}) == len(CASES)


def test_an_output_folder_that_is_a_file(outdir: Path, tmp_path: Path) -> None:
    article = _write("a.txt", ARTICLE)(tmp_path)[0]
    target = outdir / FEED_NAME
    before = target.read_bytes()
    assert_one_clear_line(build(target, article), 1, FEED_NAME, "must be a folder")
    assert target.read_bytes() == before


def test_a_folder_given_as_an_output_file(tmp_path: Path) -> None:
    folder = tmp_path / "samples"
    folder.mkdir()
    result = run("voices", "--preview", "anchor", "-o", folder, "--cache-dir", tmp_path / "c")
    assert_one_clear_line(result, 1, "samples", "Is a directory")
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("failing", "code", "problem"),
    [
        (".mp3", errno.EROFS, "Read-only file system"),
        (".mp3", errno.ENOSPC, "No space left on device"),
        (FEED_NAME, errno.ENOSPC, "No space left on device"),
        ("episode.json", errno.EACCES, "Permission denied"),
    ],
)
def test_unwritable_output_is_one_clear_error_and_publishes_nothing_half(
    outdir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failing: str,
    code: int,
    problem: str,
) -> None:
    """Root ignores chmod, so the full or read-only disk is simulated at the rename."""
    real_replace = os.replace

    def replace(src: str | Path, dst: str | Path) -> None:
        if Path(dst).is_relative_to(outdir) and str(dst).endswith(failing):
            raise OSError(code, os.strerror(code))
        real_replace(src, dst)

    monkeypatch.setattr(briefing.fileio.os, "replace", replace)
    article = _write("a.txt", ARTICLE)(tmp_path)[0]
    feed = (outdir / FEED_NAME).read_bytes()
    line = assert_one_clear_line(build(outdir, article), 1, failing, problem)
    assert str(outdir) in line
    assert (outdir / FEED_NAME).read_bytes() == feed
    assert not list(outdir.rglob("*.tmp"))
    assert feed_episodes(outdir) == ["before"]
    for mp3 in outdir.rglob("*.mp3"):  # whatever landed, landed whole
        assert mp3.stat().st_size > 1000


def test_a_good_article_among_bad_ones_is_built_with_one_warning_each(
    outdir: Path, tmp_path: Path
) -> None:
    good = _write("good.txt", ARTICLE)(tmp_path)
    bad = [*_write("empty.txt", b"")(tmp_path), *_write("bomb.xml", _bomb())(tmp_path)]
    missing = str(tmp_path / "absent.txt")
    result = build(outdir, bad[0], *good, missing, bad[1])
    assert result.exit_code == 0, result.stderr
    warnings = result.stderr.splitlines()
    assert len(warnings) == 3
    for warning, name in zip(warnings, ("empty.txt", "absent.txt", "bomb.xml"), strict=True):
        assert warning.startswith("briefing: warning: skipped ") and name in warning
    assert feed_episodes(outdir) == ["new", "before"]


def test_strict_makes_any_bad_input_fatal(outdir: Path, tmp_path: Path) -> None:
    good = _write("good.txt", ARTICLE)(tmp_path)[0]
    bad = _write("english.txt", "Only English here.\n")(tmp_path)[0]
    before = snapshot(outdir)
    result = build(outdir, good, bad, extra=("--strict",))
    assert_one_clear_line(result, 1, "english.txt", "no Arabic")
    assert snapshot(outdir) == before


def test_no_usable_input_among_several(outdir: Path, tmp_path: Path) -> None:
    bad = [_write(f"{n}.txt", b"")(tmp_path)[0] for n in range(3)]
    before = snapshot(outdir)
    result = build(outdir, *bad)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 4 and all("warning: skipped" in line for line in lines[:3])
    assert lines[3].startswith("briefing: error: no usable article in 3 inputs")
    assert snapshot(outdir) == before
