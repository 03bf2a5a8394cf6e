from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from briefing.config import Config, ScriptSettings, parse_config
from briefing.errors import InputError
from briefing.model import Quote, QuoteKind, Role, Story
from briefing.script import (
    arabic_date,
    build_script,
    date_in_words,
    quote_cue,
    quote_intro,
    spoken_quotes,
    story_count,
)
from briefing.script import short_title as shorten
from briefing.script.speakers import is_female

DAY = dt.date(2026, 11, 29)


def story(n: int, quotes: int = 3, speaker: str = "الوزير") -> Story:
    return Story(
        source=f"s{n}",
        category=None,
        headline=f"عنوان الخبر {n}",
        summary=("الجملة الأولى.", "الجملة الثانية."),
        quotes=tuple(Quote(f"اقتباس {i}", speaker if i % 2 else None) for i in range(quotes)),
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
        Role.TRANSITION,  # to the next story
    ]
    assert script.chapters[2].cues[-1].role is Role.QUOTE  # the last story has none
    assert [c.role for c in script.chapters[-1].cues] == [Role.OUTRO]


def test_intro_says_show_date_in_words_and_contents() -> None:
    script = build_script([story(1), story(2)], DAY, Config())
    greeting, contents = (cue.text for cue in script.chapters[0].cues)
    assert Config().show.title in greeting
    assert "الأحد التاسع والعشرين من نوفمبر عام ألفين وستة وعشرين" in greeting
    assert not re.search(r"\d", greeting)
    assert contents == "في هذه النشرة خبران: عنوان الخبر 1، وعنوان الخبر 2."


def test_contents_shortens_long_headlines_without_dangling_words() -> None:
    long = "الحكومة تعلن خطة جديدة لدعم الطاقة الشمسية في المدن الساحلية خلال العام المقبل"
    assert shorten(long, 8) == "الحكومة تعلن خطة جديدة لدعم الطاقة الشمسية"
    assert shorten("عنوان قصير.", 8) == "عنوان قصير"


def test_quote_intro_follows_the_speakers_gender() -> None:
    config = Config()
    for speaker, intro, again in (
        ("جون كيربي", "وقال جون كيربي:", "وأضاف:"),
        ("الوزيرة سارة أحمد", "وقالت الوزيرة سارة أحمد:", "وأضافت:"),
        ("وزارة الصحة", "وقالت وزارة الصحة:", "وأضافت:"),
        ("أسامة حمدان", "وقال أسامة حمدان:", "وأضاف:"),
    ):
        both = replace(story(1), quotes=(Quote("أولا", speaker), Quote("ثانيا", speaker)))
        cues = build_script([both], DAY, config).chapters[1].cues
        intros = [cue for cue in cues if cue.role is Role.QUOTE_INTRO]
        assert [cue.text for cue in intros] == [intro, again]  # the same speaker goes on
        assert cues[-2].voice == config.roles[Role.QUOTE_INTRO] == "anchor"
        female = again == "وأضافت:"
        assert cues[-1].voice == ("quote_female" if female else "quote")  # her voice, his voice
        assert cues[-1].speaker == speaker
    unknown = build_script([story(1, quotes=1)], DAY, config).chapters[1].cues
    assert unknown[-2].text == "وجاء في الخبر:"


def test_female_quote_voice_can_be_turned_off() -> None:
    quote = Quote("نص", "الوزيرة سارة أحمد")
    assert quote_cue(quote, Config()).voice == "quote_female"
    assert quote_cue(quote, replace(Config(), female_quote_voice="")).voice == "quote"


def test_female_speakers_from_config() -> None:
    assert not is_female("كريم")
    assert is_female("مريم الصادق") and is_female("كريم", ("كريم",))


def test_voices_follow_roles() -> None:
    config = Config()
    for cue in build_script([story(1), story(2)], DAY, config).cues:
        assert cue.voice == config.roles[cue.role]


def test_settings_from_briefing_toml_change_the_script() -> None:
    config = parse_config(
        {
            "episode": {"quotes_per_story": 1},
            "script": {
                "story_order": ["headline", "quotes"],
                "greeting": "أهلا في {show}.",
                "transitions": ["ثم"],
                "outro": "انتهى.",
            },
        },
        "test.toml",
    )
    script = build_script([story(1), story(2)], DAY, config)
    assert script.chapters[0].cues[0].text == f"أهلا في {config.show.title}."
    roles = [c.role for c in script.chapters[1].cues]
    assert roles == [Role.HEADLINE, Role.QUOTE_INTRO, Role.QUOTE, Role.TRANSITION]
    assert script.chapters[1].cues[-1].text == "ثم"
    assert script.chapters[-1].cues[0].text == "انتهى."


def test_bad_script_settings_are_input_errors() -> None:
    with pytest.raises(InputError, match="story_order"):
        parse_config({"script": {"story_order": ["weather"]}}, "t.toml")
    with pytest.raises(InputError, match="greeting"):
        build_script([story(1)], DAY, Config(script=ScriptSettings(greeting="{nope}")))


def test_dates_and_counts_in_words() -> None:
    assert arabic_date(DAY) == "الأحد 29 نوفمبر 2026"
    assert date_in_words(dt.date(2025, 1, 1)) == "الأربعاء الأول من يناير عام ألفين وخمسة وعشرين"
    assert date_in_words(DAY) == "الأحد التاسع والعشرين من نوفمبر عام ألفين وستة وعشرين"
    days = (2, 11, 12, 20, 21, 31)
    assert [
        date_in_words(dt.date(1999, 12, n)).split(" من ")[0].split(" ", 1)[1] for n in days
    ] == [
        "الثاني",
        "الحادي عشر",
        "الثاني عشر",
        "العشرين",
        "الحادي والعشرين",
        "الحادي والثلاثين",
    ]
    assert date_in_words(dt.date(1999, 12, 2)).endswith("عام ألف وتسعمئة وتسعة وتسعين")
    assert date_in_words(dt.date(2200, 3, 1)).endswith("من مارس عام ألفين ومئتين")
    assert [story_count(n) for n in (1, 2, 3, 11, 22)] == [
        "خبر واحد",
        "خبران",
        "ثلاثة أخبار",
        "أحد عشر خبرا",
        "اثنان وعشرون خبرا",
    ]


def test_the_fixed_texts_agree_with_the_show_title() -> None:
    script = build_script([story(1)], DAY, Config())
    greeting = script.chapters[0].cues[0].text
    assert greeting.startswith("مرحبا بكم في موجز الأخبار ليوم الأحد التاسع والعشرين")
    assert script.chapters[-1].cues[0].text.startswith("كان هذا موجز الأخبار.")
    for title, opening in (("نشرة الصباح", "كانت هذه نشرة الصباح."), ("حصاد اليوم", "كان هذا")):
        config = replace(Config(), show=replace(Config().show, title=title))
        outro = build_script([story(1)], DAY, config).chapters[-1].cues[0].text
        assert outro.startswith(opening)


def test_quote_introductions_name_role_first_then_short_form() -> None:
    config = Config()
    minister = Quote("نص", "نبيل فؤاد السالم", role="وزير الصحة", speaker_kind="person")
    expert = Quote("نص", "هالة المصري", role="الخبيرة", female=True, speaker_kind="person")
    report = Quote("نص", "التقرير", speaker_kind="document")
    fragment = Quote("جزء", "نبيل فؤاد السالم", kind=QuoteKind.PARTIAL)
    assert quote_intro(minister, config) == "وقال وزير الصحة نبيل فؤاد السالم:"
    assert quote_intro(minister, config, previous=minister, named=True) == "وأضاف:"
    assert quote_intro(minister, config, previous=expert, named=True) == "وقال السالم:"
    assert quote_intro(expert, config) == "وقالت الخبيرة هالة المصري:"
    assert quote_intro(report, config) == "وجاء في التقرير:"
    assert quote_intro(Quote("نص", None), config) == config.script.quote_intro_unknown
    asked = Quote("هل ستترشح؟", "هالة المصري", female=True, speaker_kind="person")
    assert quote_intro(asked, config) == "وسألت هالة المصري:"
    story_of = replace(story(0), quotes=(fragment, Quote("غامض", None), minister))
    assert spoken_quotes(story_of, 2) == [Quote("غامض", None), minister]  # no fragment


def test_the_headlines_own_quotation_is_not_read_a_second_time() -> None:
    said = Quote("لن نبيع أي لاعب", "سامر داود", speaker_kind="person")
    body = Quote("سنبني فريقا جديدا", "سامر داود", speaker_kind="person")
    headline = "داود: «لن نبيع أي لاعب»"
    told = replace(story(0), headline=headline, quotes=(said, body))
    assert spoken_quotes(told, 3) == [body]
    cues = [c.text for c in build_script([told], DAY, Config()).chapters[1].cues]
    assert "لن نبيع أي لاعب" not in cues and "سنبني فريقا جديدا" in cues
