"""Google's voices through the gTTS library (needs the network)."""

from __future__ import annotations

import io

from briefing.audio.ffmpeg import decode
from briefing.errors import EngineError
from briefing.model import Clip, Voice
from briefing.speech.chunks import chunk

GTTS_LIMIT = 100  # gTTS sends at most 100 characters per request
TIMEOUT_S = (5.0, 20.0)  # (connect, read): gTTS waits forever by default


class GttsEngine:
    name = "gtts"

    @property
    def version(self) -> str:
        import gtts

        return gtts.__version__

    def prepare(self, speakable: str) -> str:
        return speakable

    def synthesize(self, text: str, voice: Voice) -> Clip:
        from gtts import gTTS, gTTSError

        settings = voice.settings(self.name)
        # gTTS's own splitter misses ؟ and ؛, so it gets chunks ours already cut.
        mp3 = io.BytesIO()
        try:
            for piece in chunk(text, GTTS_LIMIT):
                gTTS(
                    piece,
                    lang=str(settings.get("lang", "ar")),
                    tld=str(settings.get("tld", "com")),
                    slow=bool(settings.get("slow", False)),
                    lang_check=False,
                    timeout=TIMEOUT_S,
                ).write_to_fp(mp3)
        except (gTTSError, AssertionError, ValueError) as error:
            raise EngineError(f"gTTS: {error}") from None
        if not mp3.getvalue():
            raise EngineError("gTTS: the service returned no audio")
        return decode(mp3.getvalue(), what="gTTS audio")
