"""`briefing init`, the show's own artwork, and the warnings before a feed is publishable."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import feedparser
from PIL import Image

from briefing.config import Config, Show, load_config
from briefing.publish.readiness import publishing_gaps
from tests.cli_runner import invoke
from tests.conftest import ARTICLES, tone_edge

READY = (
    "--author",
    "غرفة الأخبار",
    "--email",
    "news@example.org",
    "--base-url",
    "https://example.org/p/",
)


def run(*args: object, cwd: Path | None = None):
    old = Path.cwd()
    try:
        if cwd:
            os.chdir(cwd)
        return invoke(*args, obj=tone_edge())
    finally:
        os.chdir(old)


def test_init_writes_a_commented_config_and_artwork(tmp_path: Path) -> None:
    folder = tmp_path / "show"
    result = run("init", str(folder), "--title", "نشرة الصباح", *READY)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        str(folder / "briefing.toml"),
        str(folder / "artwork.jpg"),
    ]
    text = (folder / "briefing.toml").read_text()
    assert "# quotes_per_story = 2" in text and '\ntitle = "نشرة الصباح"' in text
    config = load_config(folder / "briefing.toml")
    expected = replace(
        Config().show,
        title="نشرة الصباح",
        author="غرفة الأخبار",
        email="news@example.org",
        base_url="https://example.org/p/",
        artwork=str((folder / "artwork.jpg").resolve()),  # beside the config: copied at publish
    )
    assert config == replace(Config(), show=expected)  # everything else at its default
    assert publishing_gaps(config.show) == []
    with Image.open(folder / "artwork.jpg") as image:
        assert (image.format, image.mode, image.size) == ("JPEG", "RGB", (3000, 3000))
    again = run("init", str(folder))
    assert again.exit_code == 1 and again.stderr.count("\n") == 1
    assert "already there (--force replaces)" in again.stderr
    assert run("init", str(folder), "--force").exit_code == 0


def test_init_in_the_working_folder_says_what_is_left_to_set(tmp_path: Path) -> None:
    result = run("init", cwd=tmp_path)
    assert result.exit_code == 0
    assert (tmp_path / "briefing.toml").is_file()
    (hint,) = [line for line in result.stdout.splitlines() if line.startswith("before publishing")]
    assert "base_url is http://localhost:8000/" in hint and "no owner email" in hint


def build(folder: Path, outdir: Path, article: str, day: str, *config: str):
    args = ["build", str(ARTICLES / article), "-o", str(outdir), "--date", day, "--json"]
    result = run(*args, "--cache-dir", outdir.parent / "cache", *config, cwd=folder)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def channel_image(outdir: Path) -> str:
    return feedparser.parse(str(outdir / "feed.xml")).feed.image.href


def test_the_show_image_stays_the_same_from_episode_to_episode(tmp_path: Path) -> None:
    folder, outdir = tmp_path / "show", tmp_path / "show" / "output"
    folder.mkdir()
    first, _ = build(folder, outdir, "01_quotes_styles.txt", "2026-11-28")
    # no briefing.toml: a cover drawn from the show's name, not the episode's
    (cover,) = outdir.glob("show-cover-*.jpg")
    assert channel_image(outdir) == f"{Show.base_url}{cover.name}"
    second, _ = build(folder, outdir, "02_numbers_dates.txt", "2026-11-29")
    assert channel_image(outdir) == f"{Show.base_url}{cover.name}"  # the same, unchanged
    assert first["cover"] != second["cover"]  # each episode has its own
    # what keeps the feed from listeners: said once for the folder (in the JSON with --json)
    assert [gap.split(" ")[0] for gap in first["not_ready"]] == ["base_url", "the", "there"]
    assert second["not_ready"] == []

    assert (
        run(
            "init", str(folder), "--title", "نشرة الصباح", "--base-url", "https://x.example/"
        ).exit_code
        == 0
    )
    result = run("feed", str(outdir), cwd=folder)  # new settings, still no author nor e-mail
    (warning,) = result.stderr.splitlines()
    assert warning == (
        "briefing: warning: the feed is not ready for listeners: the author is the default "
        "'briefing'; there is no owner email. Set them in [show] of briefing.toml "
        "('briefing init' writes one)"
    )
    assert run("feed", str(outdir), cwd=folder).stderr == ""  # once

    assert run("init", str(folder), "--force", "--title", "نشرة الصباح", *READY).exit_code == 0
    third, said = build(folder, outdir, "02_numbers_dates.txt", "2026-11-29")
    assert third["not_ready"] == [] and "not ready" not in said
    assert (outdir / "artwork.jpg").read_bytes() == (folder / "artwork.jpg").read_bytes()
    assert channel_image(outdir) == "https://example.org/p/artwork.jpg"
    assert 'src="artwork.jpg"' in (outdir / "index.html").read_text()
    result = run("feed", str(outdir), cwd=folder)
    assert result.exit_code == 0 and result.stderr == ""


def test_artwork_that_directories_refuse_is_pointed_out(tmp_path: Path) -> None:
    ready = Show(author="غرفة الأخبار", email="a@example.org", base_url="https://example.org/")
    for name, size, mode, says in (
        ("small.png", (800, 800), "RGB", "800×800: make it square, 1400–3000 px"),
        ("wide.jpg", (3000, 2000), "RGB", "3000×2000"),
        ("grey.png", (1400, 1400), "L", "PNG L: directories want RGB JPEG or PNG"),
    ):
        Image.new(mode, size).save(tmp_path / name)
        (gap,) = publishing_gaps(replace(ready, artwork=str(tmp_path / name)))
        assert says in gap
    (tmp_path / "notes.txt").write_text("x")
    assert publishing_gaps(replace(ready, artwork=str(tmp_path / "notes.txt"))) == [
        f"the artwork {tmp_path / 'notes.txt'} is not an image"
    ]
