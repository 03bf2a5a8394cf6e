"""The episode and show pages as files: escaped, right-to-left, self-contained."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefing.config import Config, Show
from briefing.publish import SHOW_PAGE_NAME
from tests.publish.tone_episode import CHAPTER_TITLES, CUE_MS, INJECTION, publish_tone_episode

LINK_ATTRIBUTES = {"src", "href", "poster", "data"}


class Outline(HTMLParser):
    """Every tag with its attributes, and the visible text, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    outdir = tmp_path_factory.mktemp("pages")
    config = Config(show=Show(title='برنامج "<الأخبار>" & المزيد', artwork="art.png"))
    publish_tone_episode(outdir, "ep1", config, title=f"حلقة {INJECTION}", day=27)
    publish_tone_episode(outdir, "ep2", config, day=28)
    return outdir


def episode_page(outdir: Path, episode_id: str = "ep1") -> str:
    return (outdir / f"episodes/{episode_id}/index.html").read_text(encoding="utf-8")


def test_article_text_cannot_inject_markup(published: Path) -> None:
    for html in (episode_page(published), (published / SHOW_PAGE_NAME).read_text("utf-8")):
        page = outline(html)
        assert all(a.get("class") == "cover" for t, a in page.tags if t == "img")  # no INJECTION
        assert not [a for _, attrs in page.tags for a in attrs if a.startswith("on")]
        assert [tag for tag, _ in page.tags].count("script") <= 1  # our one inline script
    page = outline(episode_page(published))
    text = "".join(page.text)
    assert INJECTION in text  # shown as text, exactly
    assert "الوزير <b>:" in text
    for title in CHAPTER_TITLES:
        assert title in text


def test_pages_are_rtl_and_load_nothing_from_elsewhere(published: Path) -> None:
    for html in (episode_page(published), (published / SHOW_PAGE_NAME).read_text("utf-8")):
        page = outline(html)
        assert ("html", {"lang": "ar", "dir": "rtl"}) in page.tags
        links = [v for _, a in page.tags for k, v in a.items() if k in LINK_ATTRIBUTES and v]
        assert links and all(not re.match(r"^([a-z]+:|//)", v) for v in links), links
        assert "url(" not in html and "@import" not in html
        assert not [t for t, a in page.tags if t in ("link", "script") and a.get("src")]


def test_episode_page_links_resolve_inside_the_output_folder(published: Path) -> None:
    folder = published / "episodes/ep1"
    page = outline(episode_page(published))
    targets = [a.get("src") or a.get("href") for t, a in page.tags if t in ("a", "audio")]
    assert "ep1.mp3" in targets and "../../index.html" in targets
    for target in targets:
        assert (folder / target).resolve().is_file(), target


def test_chapters_and_cues_carry_their_times(published: Path) -> None:
    page = outline(episode_page(published))
    buttons = [a for t, a in page.tags if t == "button"]
    assert [float(b["data-start"]) for b in buttons] == [2 * CUE_MS * i / 1000 for i in range(4)]
    cues = [a for t, a in page.tags if t == "p" and a.get("class") == "cue"]
    assert len(cues) == 8
    assert all(float(c["data-end"]) - float(c["data-start"]) == CUE_MS / 1000 for c in cues)
    player = {"id": "player", "controls": None, "preload": "metadata", "src": "ep1.mp3"}
    assert ("audio", player) in page.tags


def test_show_page_lists_every_episode_newest_first(published: Path) -> None:
    html = (published / SHOW_PAGE_NAME).read_text("utf-8")
    page = outline(html)
    pages = [a["href"] for t, a in page.tags if t == "a" and a["href"].endswith("index.html")]
    assert pages == ["episodes/ep2/index.html", "episodes/ep1/index.html"]
    for link in pages:
        assert (published / link).is_file()
    assert ("img", {"class": "cover", "src": "art.png", "alt": "", "loading": "lazy"}) in page.tags
    assert 'برنامج "<الأخبار>" & المزيد' in "".join(page.text)
    assert "feed.xml" in [a.get("href") for t, a in page.tags if t == "a"]
