"""ID3v2.3 tags and chapters (ID3v2 Chapter Frame Addendum 1.0) for the episode MP3.

v2.3, not v2.4: ffmpeg's reader drops CHAP frames whose v2.4 sub-frames exceed 127
bytes (v2.4 sizes are syncsafe), and a long chapter title does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mutagen.id3 import (
    APIC,
    CHAP,
    CTOC,
    ID3,
    TALB,
    TCON,
    TDRC,
    TIT2,
    TLAN,
    TPE1,
    USLT,
    CTOCFlags,
    PictureType,
)
from mutagen.id3._tags import save_frame  # the serializer mutagen itself uses

from briefing.model import TimedChapter

_NO_OFFSET = 0xFFFFFFFF  # the addendum's "byte offsets not used"
TOC_ID = "toc"


class ChapterOrderedID3(ID3):
    """ID3 that writes CTOC then CHAP frames in time order, then the pictures.

    mutagen sorts frames by size when saving, so chapters would reach readers that
    trust file order (several podcast apps do) shuffled. Chapters go before the
    cover so that a reader of the tag's first bytes finds them.
    """

    def _write(self, config):  # type: ignore[no-untyped-def]
        tocs = self.getall("CTOC")
        chapters = sorted(self.getall("CHAP"), key=lambda frame: frame.start_time)
        pictures = self.getall("APIC")
        for frame_id in ("CTOC", "CHAP", "APIC"):
            self.delall(frame_id)
        tail = (*tocs, *chapters, *pictures)
        try:
            head = super()._write(config)
        finally:
            for frame in tail:
                self.add(frame)
        return head + b"".join(save_frame(frame, config=config) for frame in tail)


def chapter_id(index: int) -> str:
    return f"ch{index:02d}"


def write_tags(
    path: Path,
    *,
    title: str,
    artist: str,
    album: str,
    date: dt.date,
    language: str,
    chapters: tuple[TimedChapter, ...],
    cover_jpeg: bytes | None = None,
    transcript: str | None = None,
) -> None:
    """Tags, cover (APIC), transcript (USLT), and chapters (CTOC + CHAP with titles)."""
    tags = ChapterOrderedID3()
    tags.add(TIT2(encoding=3, text=title))
    tags.add(TPE1(encoding=3, text=artist))
    tags.add(TALB(encoding=3, text=album))
    tags.add(TDRC(encoding=3, text=date.isoformat()))
    tags.add(TLAN(encoding=3, text=_iso639_2(language)))
    tags.add(TCON(encoding=3, text="Podcast"))
    if cover_jpeg:
        tags.add(_picture(cover_jpeg, PictureType.COVER_FRONT, "cover"))
    if transcript:
        tags.add(USLT(encoding=3, lang=_iso639_2(language), desc="", text=transcript))
    ids = [chapter_id(i) for i in range(len(chapters))]
    tags.add(
        CTOC(
            element_id=TOC_ID,
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=ids,
            sub_frames=[TIT2(encoding=3, text=album)],
        )
    )
    for element_id, chapter in zip(ids, chapters, strict=True):
        tags.add(
            CHAP(
                element_id=element_id,
                start_time=chapter.start_ms,
                end_time=chapter.end_ms,
                start_offset=_NO_OFFSET,
                end_offset=_NO_OFFSET,
                sub_frames=[TIT2(encoding=3, text=chapter.title)],
            )
        )
    tags.save(str(path), v2_version=3)


def _picture(jpeg: bytes, kind: PictureType, desc: str) -> APIC:
    return APIC(encoding=3, mime="image/jpeg", type=kind, desc=desc, data=jpeg)


def _iso639_2(language: str) -> str:
    return {"ar": "ara", "en": "eng", "fr": "fra"}.get(language, language)
