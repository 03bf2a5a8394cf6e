"""A folder given as input never yields briefing's own files as stories."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.ingest import load
from briefing.ingest.own import own_output_kind
from tests.conftest import ARTICLES
from tests.publish.tone_episode import publish_tone_episode

SAVED_PAGE = (
    '<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>خبر</title></head>'
    "<body><article><h1>افتتاح حديقة عامة</h1><p>افتتحت البلدية حديقة عامة جديدة في الحي "
    "الشمالي تضم ملاعب للأطفال ومسارا للدراجات.</p></article></body></html>"
)


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """Articles and a published episode in one folder, as a producer may keep them."""
    folder = tmp_path / "desk"
    folder.mkdir()
    shutil.copy(ARTICLES / "01_quotes_styles.txt", folder)
    publish_tone_episode(folder, "ep1")  # feed.xml, index.html, episodes/ep1/...
    return folder


def test_a_folder_skips_the_feed_the_show_page_and_the_episodes(mixed_folder: Path) -> None:
    warnings: list[str] = []
    articles = load([mixed_folder], warn=warnings.append)
    assert [Path(a.source).name for a in articles] == ["01_quotes_styles.txt"]
    assert warnings == ["skipped 2 file(s) that briefing wrote itself (feed.xml, index.html)"]


def test_an_episode_folder_holds_no_articles(mixed_folder: Path) -> None:
    with pytest.raises(InputError, match="only files that briefing wrote"):
        load([mixed_folder / "episodes" / "ep1"], warn=lambda _: None)


def test_a_file_of_ours_named_on_the_command_line_is_refused_like_a_bad_input(
    mixed_folder: Path,
) -> None:
    warnings: list[str] = []
    articles = load([mixed_folder / "feed.xml", ARTICLES / "02_numbers_dates.txt"], warnings.append)
    assert len(articles) == 1
    assert warnings == [
        f"skipped {mixed_folder / 'feed.xml'}: written by briefing (its feed), not an article"
    ]
    with pytest.raises(InputError, match="written by briefing"):
        load([mixed_folder / "index.html"], warn=lambda _: None)


def test_recognized_by_content_not_by_name(mixed_folder: Path, tmp_path: Path) -> None:
    episode = mixed_folder / "episodes" / "ep1"
    kinds = {
        name: own_output_kind((episode / name).read_bytes())
        for name in ("index.html", "episode.json", "chapters.json")
    }
    assert kinds == {
        "index.html": "page",
        "episode.json": "episode record",
        "chapters.json": "chapters",
    }
    # Pages written before they carried the generator tag are still ours.
    legacy = (
        (mixed_folder / "index.html")
        .read_text()
        .replace('<meta name="generator" content="briefing">', "")
    )
    assert own_output_kind(legacy.encode()) == "show page"
    # A news page saved as index.html is an article.
    saved = tmp_path / "saved"
    saved.mkdir()
    (saved / "index.html").write_text(SAVED_PAGE)
    assert own_output_kind(SAVED_PAGE.encode()) is None
    assert [a.title for a in load([saved])] == ["افتتاح حديقة عامة"]
