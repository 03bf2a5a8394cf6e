"""A published episode checked from the outside: decoded audio, tags, meters, parsers."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest
import webvtt
from mutagen.id3 import ID3
from PIL import Image

from briefing import ffmpeg
from briefing.audio import level, mix
from briefing.config import AudioSettings, Config
from briefing.model import EpisodeRecord, Master, Quote, Role, Story
from briefing.publish import publish_episode
from briefing.publish.sidecars import MAX_LINE
from briefing.script import build_script
from briefing.speech import Lexicon, speak_script
from briefing.tts import OneEngine, synthesize
from briefing.tts.cache import SpeechCache
from briefing.voices import load_voices
from tests import loudness_meter
from tests.conftest import ToneEngine
from tests.mp3_readers import decode_mono, ffmetadata_chapters

TOLERANCE_MS = 50
LONG = "وأوضح البيان أن المشروع سيوفر الكهرباء لأكثر من مئة ألف منزل في المنطقة الجنوبية " * 2


def stories() -> list[Story]:
    return [
        Story(
            f"s{i}",
            None,
            f"الخبر رقم {i} عن الطاقة والمياه والنقل في المدن الكبرى هذا الأسبوع",
            (LONG.strip() + ".", "جملة ثانية قصيرة."),
            (Quote("نعمل على إنجاز المشروع قبل نهاية العام", "الوزيرة سارة أحمد"),),
            (),
            (),
        )
        for i in range(3)
    ]


def publish(tmp: Path, config: Config) -> tuple[EpisodeRecord, Master]:
    script = speak_script(build_script(stories(), dt.date(2026, 11, 29), config), Lexicon())
    voices = load_voices()
    synthesis = synthesize(script.cues, voices, OneEngine(ToneEngine()), SpeechCache(tmp / "cache"))
    master = level(mix(script, synthesis.clips, voices, config), config, workers=2)
    record = publish_episode(
        master,
        script,
        config,
        tmp / "out",
        "ep",
        headlines=tuple(s.headline for s in stories()),
        now=dt.datetime(2026, 11, 29, 6, tzinfo=dt.UTC),
    )
    return record, master


@pytest.fixture(scope="module")
def mono(tmp_path_factory: pytest.TempPathFactory) -> tuple[EpisodeRecord, Master, Path]:
    tmp = tmp_path_factory.mktemp("mono")
    record, master = publish(tmp, Config(cover_size=1400))
    return record, master, tmp / "out"


def test_mono_loudness_and_true_peak(mono: tuple[EpisodeRecord, Master, Path]) -> None:
    """Checked by an independent meter (pyloudnorm, 4x oversampled peak) on the MP3, and by
    ffmpeg's ebur128 there; the loudness pass's own reading (its one measurement, on the
    master) agrees with pyloudnorm's on the same samples."""
    record, master, out = mono
    independent = loudness_meter.read(out / record.mp3, channels=1)
    assert abs(independent.integrated_lufs - -19.0) <= 1.0, independent
    assert independent.true_peak_dbtp <= -1.0, independent
    ebur128 = ffmpeg.measure_file_loudness(out / record.mp3)
    assert abs(ebur128.integrated_lufs - independent.integrated_lufs) <= 0.5, ebur128
    samples = np.frombuffer(master.clip.pcm, "<i2") / 32768
    assert master.loudness is not None
    assert master.loudness.integrated_lufs == pytest.approx(
        pyloudnorm.Meter(44100).integrated_loudness(samples), abs=0.1
    )


def test_stereo_loudness_and_true_peak(tmp_path: Path) -> None:
    config = Config(bitrate="160k", cover_size=1400, audio=AudioSettings(channels=2))
    record, master = publish(tmp_path, config)
    assert master.clip.format.channels == 2
    independent = loudness_meter.read(tmp_path / "out" / record.mp3, channels=2)
    assert abs(independent.integrated_lufs - -16.0) <= 1.0, independent
    assert independent.true_peak_dbtp <= -1.0, independent


def test_chapters_as_ffmpeg_reads_them_match_the_timeline(mono) -> None:  # type: ignore[no-untyped-def]
    record, master, out = mono
    starts = [start for start, _, _ in ffmetadata_chapters(out / record.mp3)]
    expected = [c.start_ms for c in master.timeline.chapters]
    assert len(starts) == len(expected)
    assert all(abs(a - b) <= TOLERANCE_MS for a, b in zip(starts, expected, strict=True))


def test_cues_begin_in_the_audio_where_the_timeline_says(mono) -> None:  # type: ignore[no-untyped-def]
    record, master, out = mono
    audio = decode_mono(out / record.mp3)
    assert abs(len(audio) / 44.1 - master.timeline.duration_ms) <= TOLERANCE_MS
    for timed in master.timeline.cues:
        if timed.cue.role is Role.INTRO:
            continue  # the music bed plays there
        at = round(timed.start_ms * 44.1)
        before = audio[at - round(44.1 * 60) : at - round(44.1 * TOLERANCE_MS)]
        after = audio[at + round(44.1 * TOLERANCE_MS) : at + round(44.1 * 60)]
        assert np.max(np.abs(before)) < 0.01 < np.max(np.abs(after)), timed.cue.text


def test_id3_tags_cover_transcript_and_ordered_chapters(mono) -> None:  # type: ignore[no-untyped-def]
    record, master, out = mono
    tags = ID3(out / record.mp3)
    assert tags.version[:2] == (2, 3)
    assert str(tags["TCON"]) == "Podcast"
    assert str(tags["TLAN"]) == "ara"
    (apic,) = tags.getall("APIC")
    assert apic.mime == "image/jpeg" and apic.data == (out / record.cover).read_bytes()
    (uslt,) = tags.getall("USLT")
    assert "«نعمل على إنجاز المشروع قبل نهاية العام»" in uslt.text
    (toc,) = tags.getall("CTOC")
    chapters = {c.element_id: c for c in tags.getall("CHAP")}
    starts = [chapters[child].start_time for child in toc.child_element_ids]
    assert starts == [c.start_ms for c in master.timeline.chapters]


def test_cover_file(mono) -> None:  # type: ignore[no-untyped-def]
    record, _, out = mono
    image = Image.open(out / record.cover)
    assert image.format == "JPEG" and image.mode == "RGB" and image.size == (1400, 1400)


def test_webvtt_parses_and_stays_inside_the_audio(mono) -> None:  # type: ignore[no-untyped-def]
    record, master, out = mono
    text = (out / record.transcript).read_text(encoding="utf-8")
    captions = webvtt.from_buffer(io.StringIO(text))
    timeline = master.timeline
    assert len(captions) == len(timeline.cues)
    starts = [c.start_in_seconds * 1000 + c.start_time.milliseconds for c in captions]
    ends = [c.end_in_seconds * 1000 + c.end_time.milliseconds for c in captions]
    assert starts == sorted(starts) and all(s < e for s, e in zip(starts, ends, strict=True))
    assert ends[-1] <= timeline.duration_ms
    for caption, timed in zip(captions, timeline.cues, strict=True):
        assert (
            abs(caption.start_in_seconds * 1000 + caption.start_time.milliseconds - timed.start_ms)
            <= TOLERANCE_MS
        )
    assert all(len(line) <= MAX_LINE for line in text.splitlines())
    voiced = [c for c in captions if "<v " in c.raw_text]
    assert voiced and all("<v الوزيرة سارة أحمد>" in c.raw_text for c in voiced)


def test_srt_beside_the_vtt(mono) -> None:  # type: ignore[no-untyped-def]
    record, master, out = mono
    srt = (out / record.transcript).with_suffix(".srt").read_text(encoding="utf-8")
    captions = webvtt.from_srt(str((out / record.transcript).with_suffix(".srt")))
    assert len(captions) == len(master.timeline.cues)
    assert "<v" not in srt and " --> " in srt and "," in srt.splitlines()[1]
