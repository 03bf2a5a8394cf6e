from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.publish.chromium import headless_chromium


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """One headless Chromium per test module (skips without one)."""
    with headless_chromium() as driver:
        yield driver
