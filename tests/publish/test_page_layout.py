"""The show and episode pages as a listener sees them, in headless Chromium at a desktop
(1280 px) and a phone (390 px) width: covers aligned, nothing spilling over, labels in
words, screenshots kept in tests/artifacts/. Skipped without Chromium (see
test_page_browser.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.config import Show
from briefing.model import Source
from tests.publish.chromium import ARTIFACTS
from tests.publish.tone_episode import publish_tone_episode

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")

WIDTHS = (1280, 390)
TITLES = (
    "موجز الأخبار: الخميس 26 نوفمبر 2026",
    "موجز الأخبار: الجمعة 27 نوفمبر 2026، حلقة خاصة عن الانتخابات البلدية وما تبعها من "
    "احتجاجات في المدن الكبرى والقرى المجاورة خلال الأسبوع",
    "موجز",
)
SOURCES = (
    Source(
        "افتتاح جسر جديد",
        "صحيفة المساء",
        "https://news.example.org/a/very/long/"
        "address/that/could/push/the/page/wider/than/the/phone/screen?x=1&y=2",
    ),
)
# What a listener should never have to read: file formats and the tool's own name.
JARGON = re.compile(r"\b(?:JSON|WebVTT|VTT|SRT|RSS|MP3|XML|briefing)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def outdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("layout")
    for day, title in enumerate(TITLES, 26):
        publish_tone_episode(folder, f"ep{day}", title=title, day=day, sources=SOURCES)
    return folder


def emulate(driver: webdriver.Chrome, width: int, height: int) -> None:
    """A viewport of exactly this size (a window cannot be narrower than 500 px), a phone's
    below 600 px: no scrollbar, touch."""
    metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)


def show(driver: webdriver.Chrome, page: Path, width: int) -> None:
    emulate(driver, width, 900)
    driver.get(page.as_uri())
    assert driver.execute_script("return window.innerWidth") == width


def keep_screenshot(driver: webdriver.Chrome, name: str) -> None:
    """The whole page, kept as a test artefact."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    width = driver.execute_script("return window.innerWidth")
    emulate(driver, width, min(height, 6000))
    ARTIFACTS.mkdir(exist_ok=True)
    assert driver.save_screenshot(str(ARTIFACTS / name))


def rects(driver: webdriver.Chrome, selector: str) -> list[dict[str, float]]:
    script = (
        "return [...document.querySelectorAll(arguments[0])].map(e => e.getBoundingClientRect())"
    )
    return driver.execute_script(script.replace("Rect())", "Rect().toJSON())"), selector)


def nothing_spills_over(driver: webdriver.Chrome) -> None:
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the page is {overflow} px wider than the window"
    body = rects(driver, "body")[0]
    for rect in rects(driver, "body *:not(script):not(style)"):
        if rect["width"]:
            assert rect["left"] >= body["left"] - 1 and rect["right"] <= body["right"] + 1, rect


def look_at(driver: webdriver.Chrome, page: Path, width: int) -> str:
    """The page at `width`, checked for overflow and jargon: its visible text."""
    show(driver, page, width)
    nothing_spills_over(driver)
    text = driver.execute_script("return document.body.innerText")
    assert not JARGON.search(text), JARGON.search(text)
    return text


@pytest.mark.parametrize("width", WIDTHS)
def test_the_show_page_lines_episodes_up(
    chromium: webdriver.Chrome, outdir: Path, width: int
) -> None:
    text = look_at(chromium, outdir / "index.html", width)
    covers, rows = rects(chromium, "ul.episodes .cover"), rects(chromium, "ul.episodes li")
    assert len(covers) == len(rows) == 3
    assert len({(round(c["width"]), round(c["height"])) for c in covers}) == 1  # one size
    assert covers[0]["width"] == covers[0]["height"] >= 64  # square, large enough to see
    assert len({round(c["right"]) for c in covers}) == 1  # one column (the right, in RTL)
    for cover, row, following in zip(covers, rows, [*rows[1:], None], strict=True):
        assert row["top"] <= cover["top"] and cover["bottom"] <= row["bottom"] + 1  # in its row
        if following:
            assert row["bottom"] <= following["top"] + 1  # rows never overlap
    titles = rects(chromium, "ul.episodes .title")
    for title, cover in zip(titles, covers, strict=True):
        assert title["right"] <= cover["left"]  # beside its cover, never under or over it
    assert "اشترك في البرنامج" in text and "تنزيل" in text
    assert chromium.find_elements("css selector", "footer") == []  # no placeholder author
    keep_screenshot(chromium, f"show_page_{width}.png")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_episode_page_fits_the_screen(
    chromium: webdriver.Chrome, outdir: Path, width: int
) -> None:
    text = look_at(chromium, outdir / "episodes/ep27/index.html", width)
    (cover,) = rects(chromium, "header .cover")
    (title,) = rects(chromium, "header h1")
    assert title["right"] <= cover["left"] and cover["width"] == cover["height"]
    assert "تنزيل الحلقة" in text and "المصادر" in text
    keep_screenshot(chromium, f"episode_page_{width}.png")


def test_a_real_authors_name_signs_the_show_page(tmp_path: Path) -> None:
    from briefing.publish.show_page import render_show_page

    assert "<footer>" not in render_show_page(Show(), [])
    assert "<footer>غرفة الأخبار</footer>" in render_show_page(Show(author="غرفة الأخبار"), [])
