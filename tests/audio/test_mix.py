from __future__ import annotations

import datetime as dt
import itertools

from briefing.audio import arrange, mix, silence, tones
from briefing.config import AudioSettings, Config
from briefing.model import Chapter, Clip, Cue, PcmFormat, Role, Script, SpokenSpan, Voice
from tests.conftest import tone

VOICES = {"v": Voice("v", "", "espeak", "ar")}
FMT = PcmFormat(44100, 1, 2)


def script(chapter_sizes: list[int]) -> Script:
    chapters = tuple(
        Chapter(f"ch{i}", tuple(Cue(f"cue {i}.{j}", Role.SUMMARY, "v") for j in range(n)))
        for i, n in enumerate(chapter_sizes)
    )
    return Script("t", dt.date(2026, 1, 1), chapters)


def test_timeline_accounts_for_every_byte() -> None:
    s = script([1, 3, 2])
    clips = tuple(tone(200 + 100 * i) for i in range(len(s.cues)))
    config = Config(pause_ms=400, chapter_pause_ms=1000)
    master = mix(s, clips, VOICES, config, FMT)
    timeline = master.timeline
    speech = sum(round(c.duration_ms) for c in clips)
    pauses = 3 * 400 + 2 * 1000  # within chapters, then between them; none after the end
    sting = len(tones.sting(FMT.sample_rate)) * 1000 / FMT.sample_rate
    pauses += 2 * (sting + config.audio.sting_gap_ms)  # a sting opens chapters 2 and 3
    assert abs(timeline.duration_ms - (speech + pauses)) <= len(clips)
    assert abs(master.clip.duration_ms - timeline.duration_ms) <= 1


def test_chapters_tile_the_programme() -> None:
    s = script([1, 2, 1])
    master = mix(s, tuple(tone(300) for _ in s.cues), VOICES, Config(), FMT)
    chapters = master.timeline.chapters
    assert chapters[0].start_ms == 0
    assert chapters[-1].end_ms == master.timeline.duration_ms
    for before, after in itertools.pairwise(chapters):
        assert before.end_ms == after.start_ms


def test_cues_start_where_their_chapter_does_or_after_its_sting() -> None:
    s = script([2, 2])
    clips = tuple(tone(300) for _ in s.cues)
    plain = Config(audio=AudioSettings(stings=False))
    cues, chapters = (lambda t: (t.cues, t.chapters))(
        arrange(s, clips, VOICES, plain, FMT).timeline
    )
    assert cues[0].start_ms == chapters[0].start_ms
    assert cues[2].start_ms == chapters[1].start_ms
    assert all(c.end_ms > c.start_ms for c in cues)
    stung = arrange(s, clips, VOICES, Config(), FMT).timeline
    sting_ms = len(tones.sting(FMT.sample_rate)) * 1000 / FMT.sample_rate
    lead = stung.cues[2].start_ms - stung.chapters[1].start_ms
    assert abs(lead - (sting_ms + Config().audio.sting_gap_ms)) <= 1


def test_clips_are_conformed_to_one_format() -> None:
    s = script([2])
    clips = (tone(500, PcmFormat(22050, 1, 2)), tone(500, PcmFormat(24000, 2, 2)))
    master = mix(s, clips, VOICES, Config(pause_ms=0), FMT)
    assert master.clip.format == FMT
    assert abs(master.clip.duration_ms - 1000) <= 2


def test_silence_length() -> None:
    assert len(silence(1000, FMT)) == 88200


def test_reported_sentences_time_the_cue_from_first_word_to_last() -> None:
    s = script([2])
    plain = tone(1000)
    told = Clip(
        plain.pcm, plain.format, spans=(SpokenSpan(120, 400, "a."), SpokenSpan(500, 880, "b."))
    )
    timeline = mix(s, (plain, told), VOICES, Config(pause_ms=400), FMT).timeline
    first, second = timeline.cues
    assert (first.start_ms, first.end_ms) == (0, 1000)  # no spans: the whole clip
    assert second.start_ms == 1000 + 400 + 120 and second.end_ms == 1000 + 400 + 880
