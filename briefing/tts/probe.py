"""Do the speech services answer? A short, bounded look before choosing a network engine."""

from __future__ import annotations

import socket
import threading
import urllib.parse
from collections.abc import Callable

PROBE_TIMEOUT_S = 1.5


def _within(timeout: float, ask: Callable[[], bool], name: str) -> bool:
    """`ask()` on a daemon thread, given up on after `timeout` seconds: name resolution can
    hang offline, and no library timeout covers it."""
    finished = threading.Event()
    answered: list[bool] = []

    def run() -> None:
        try:
            answered.append(ask())
        finally:
            finished.set()

    threading.Thread(target=run, name=name, daemon=True).start()
    finished.wait(timeout)  # offline, a refusal usually comes at once
    return bool(answered and answered[0])


def google_answers(timeout: float = PROBE_TIMEOUT_S, tld: str = "com") -> bool:
    """True when the translate host answers HTTP within `timeout` seconds.

    requests' timeouts do not cover name resolution, which can hang offline, so
    the request runs on a daemon thread that is given up on after the timeout.
    """
    import requests
    from gtts.utils import _translate_url

    def ask() -> bool:
        try:
            requests.head(_translate_url(tld=tld), timeout=timeout, allow_redirects=False)
        except requests.RequestException:
            return False
        return True

    return _within(timeout, ask, "google-probe")


def edge_answers(timeout: float = PROBE_TIMEOUT_S) -> bool:
    """True when Microsoft's read-aloud service (edge-tts's endpoint) takes a connection
    within `timeout` seconds."""
    from edge_tts import communicate

    address = urllib.parse.urlsplit(communicate.WSS_URL)
    port = address.port or (443 if address.scheme == "wss" else 80)

    def ask() -> bool:
        try:
            socket.create_connection((address.hostname or "", port), timeout=timeout).close()
        except OSError:
            return False
        return True

    return _within(timeout, ask, "edge-probe")
