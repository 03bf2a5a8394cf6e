"""Does Google's speech service answer? A short, bounded look before choosing gTTS."""

from __future__ import annotations

import threading

PROBE_TIMEOUT_S = 1.5


def google_answers(timeout: float = PROBE_TIMEOUT_S, tld: str = "com") -> bool:
    """True when the translate host answers HTTP within `timeout` seconds.

    requests' timeouts do not cover name resolution, which can hang offline, so
    the request runs on a daemon thread that is given up on after the timeout.
    """
    import requests
    from gtts.utils import _translate_url

    finished = threading.Event()
    answered: list[bool] = []

    def ask() -> None:
        try:
            requests.head(_translate_url(tld=tld), timeout=timeout, allow_redirects=False)
            answered.append(True)
        except requests.RequestException:
            pass
        finally:
            finished.set()

    threading.Thread(target=ask, name="google-probe", daemon=True).start()
    finished.wait(timeout)  # offline, a refusal usually comes at once
    return bool(answered)
