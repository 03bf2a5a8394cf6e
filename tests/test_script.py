from __future__ import annotations

import datetime as dt

from briefing.config import Config
from briefing.model import Quote, Role, Story
from briefing.script import arabic_date, build_script, story_count

DAY = dt.date(2026, 11, 29)


def story(n: int, quotes: int = 3) -> Story:
    return Story(
        source=f"s{n}",
        category=None,
        headline=f"عنوان الخبر {n}",
        summary=("الجملة الأولى.", "الجملة الثانية."),
        quotes=tuple(Quote(f"اقتباس {i}", "الوزير" if i % 2 else None) for i in range(quotes)),
        sections=(),
        dropped=(),
    )


def test_running_order() -> None:
    script = build_script([story(1), story(2)], DAY, Config())
    titles = [chapter.title for chapter in script.chapters]
    assert titles == ["المقدمة", "عنوان الخبر 1", "عنوان الخبر 2", "الختام"]
    roles = [cue.role for cue in script.chapters[1].cues]
    assert roles == [
        Role.HEADLINE,
        Role.SUMMARY,
        Role.SUMMARY,
        Role.QUOTE_INTRO,
        Role.QUOTE,
        Role.QUOTE_INTRO,
        Role.QUOTE,
    ]


def test_intro_names_the_show_and_the_date() -> None:
    script = build_script([story(1)], DAY, Config())
    intro = script.chapters[0].cues[0].text
    assert Config().show.title in intro and "الأحد" in intro and "نوفمبر" in intro


def test_voices_follow_roles() -> None:
    config = Config()
    for cue in build_script([story(1)], DAY, config).cues:
        assert cue.voice == config.roles[cue.role]


def test_quote_carries_speaker() -> None:
    cues = build_script([story(1)], DAY, Config()).chapters[1].cues
    quote_cues = [c for c in cues if c.role is Role.QUOTE]
    assert [c.speaker for c in quote_cues] == [None, "الوزير"]
    assert cues[-2].text == "وقال الوزير:"


def test_arabic_date_and_counts() -> None:
    assert arabic_date(DAY) == "الأحد 29 نوفمبر 2026"
    assert [story_count(n) for n in (1, 2, 3, 11)] == ["خبر واحد", "خبران", "3 أخبار", "11 خبرا"]
