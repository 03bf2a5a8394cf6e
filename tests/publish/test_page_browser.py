"""The episode page in a real headless Chromium: chapters seek, the transcript follows.

Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them); without them
the test is skipped with the reason. Selenium drives the system browser through the
system chromedriver, so nothing is downloaded.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing.publish.serve import make_server
from tests.publish.tone_episode import CHAPTER_TITLES, CUE_MS, INJECTION, publish_tone_episode

webdriver = pytest.importorskip(
    "selenium.webdriver", reason="selenium is not installed: pip install -e '.[test]'"
)
from selenium.webdriver.common.by import By  # noqa: E402

from tests.publish.chromium import ARTIFACTS  # noqa: E402

TITLE = f"حلقة تجريبية {INJECTION}"
THIRD_CHAPTER_S = 2 * 2 * CUE_MS / 1000  # two chapters of two cues before it


@pytest.fixture(scope="module")
def outdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    publish_tone_episode(folder, "ep1", title=TITLE)
    return folder


@pytest.fixture(scope="module")
def server_url(outdir: Path) -> Iterator[str]:
    server = make_server(outdir, port=0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/"
    server.shutdown()
    server.server_close()


def wait_for(condition: Callable[[], object], what: str, timeout_s: float = 10.0) -> object:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def player(driver: webdriver.Chrome, expression: str) -> object:
    script = f"const p = document.getElementById('player'); return {expression};"
    return driver.execute_script(script)


def click_third_chapter_and_check_the_seek(driver: webdriver.Chrome) -> float:
    wait_for(lambda: player(driver, "p.readyState >= 1"), "the MP3's metadata")
    assert abs(float(player(driver, "p.duration")) - 8 * CUE_MS / 1000) < 0.2
    buttons = driver.find_elements(By.CSS_SELECTOR, "button.chapter")
    assert [b.text for b in buttons] == list(CHAPTER_TITLES)
    buttons[2].click()
    # Short enough that playing on from 0 could never get there instead of seeking.
    wait_for(
        lambda: player(driver, f"!p.seeking && p.currentTime >= {THIRD_CHAPTER_S - 0.05}"),
        "the seek to the third chapter",
        timeout_s=3.0,
    )
    position = float(player(driver, "p.currentTime"))
    assert THIRD_CHAPTER_S - 0.05 <= position < THIRD_CHAPTER_S + 1.5
    played = player(driver, "[...Array(p.played.length).keys()].map(i => p.played.start(i))")
    assert all(start >= THIRD_CHAPTER_S - 0.05 for start in played), played  # no run from 0
    return position


def test_third_chapter_seeks_and_the_transcript_follows(
    chromium: webdriver.Chrome, server_url: str
) -> None:
    chromium.get(server_url + "episodes/ep1/index.html")
    assert chromium.title == TITLE  # the injected onerror never ran
    assert chromium.execute_script("return document.documentElement.dir") == "rtl"
    position = click_third_chapter_and_check_the_seek(chromium)
    current = wait_for(
        lambda: chromium.find_elements(By.CSS_SELECTOR, "p.cue.current"),
        "the highlighted transcript cue",
    )
    (cue,) = current
    assert float(cue.get_attribute("data-start")) <= position + 0.5
    assert float(cue.get_attribute("data-start")) >= THIRD_CHAPTER_S
    assert cue.text.startswith(CHAPTER_TITLES[2])
    chapter = chromium.find_element(By.CSS_SELECTOR, "ol.chapters li.current")
    assert chapter.text.startswith(CHAPTER_TITLES[2])
    origins = chromium.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert all(url.startswith(server_url) for url in origins), origins
    player(chromium, "p.pause()")
    ARTIFACTS.mkdir(exist_ok=True)
    assert chromium.save_screenshot(str(ARTIFACTS / "episode_page.png"))


def test_the_page_plays_and_seeks_from_file_urls(chromium: webdriver.Chrome, outdir: Path) -> None:
    chromium.get((outdir / "episodes/ep1/index.html").as_uri())
    click_third_chapter_and_check_the_seek(chromium)
    player(chromium, "p.pause()")
