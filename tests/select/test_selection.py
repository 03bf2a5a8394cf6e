"""Choosing the stories: duplicates merged, caps kept, old articles pointed out."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.config import Config
from briefing.model import Credit, Quote, Section, Story
from briefing.plan import choose
from briefing.script import build_script
from briefing.select import estimate_seconds, select_stories
from briefing.select.duplicates import merge_duplicates
from briefing.voices import load_voices

DAY = dt.date(2026, 11, 29)
LEAD = (
    "أعلنت البلدية افتتاح حديقة عامة جديدة في الحي الشمالي تضم ملاعب للأطفال ومسارا "
    "للدراجات وممرات للمشي، بعد عامين من العمل."
)
MORE = (
    "وتبلغ مساحة الحديقة أربعين ألف متر مربع، وزرعت فيها ثلاثة آلاف شجرة من أنواع محلية.",
    "وقال رئيس البلدية سامر الحسن إن الحديقة ستفتح أبوابها يوميا من السادسة صباحا حتى "
    "العاشرة ليلا.",
)


def story(
    headline: str,
    paragraphs: tuple[str, ...],
    source: str = "a.html",
    credit: Credit | None = None,
) -> Story:
    return Story(
        source=source,
        category=None,
        headline=headline,
        summary=paragraphs[:2],
        quotes=(Quote("نص قصير", "المتحدث"),),
        sections=(Section(None, paragraphs),),
        dropped=(),
        credit=credit or Credit(),
    )


def at(day: int, hour: int = 8) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, tzinfo=dt.UTC)


def test_a_feed_teaser_and_its_page_are_one_story_told_by_the_page() -> None:
    teaser = story(
        "افتتاح حديقة عامة في الحي الشمالي",
        (LEAD,),
        "feed.xml#3",
        Credit(outlet="وكالة المدينة", published=at(28)),
    )
    page = story(
        "افتتاح حديقة عامة جديدة في الحي الشمالي بعد عامين من العمل",
        (LEAD, *MORE),
        "park.html",
        Credit(outlet="وكالة المدينة", url="https://city.example.org/park"),
    )
    other = story("ارتفاع أسعار الخبز", ("ارتفعت أسعار الخبز في الأفران بنسبة عشرة بالمئة.",) * 3)
    kept, merges = merge_duplicates([teaser, other, page])
    assert [s.source for s in kept] == ["park.html", "a.html"]  # in the teaser's place
    assert kept[0].credit == Credit(
        outlet="وكالة المدينة", url="https://city.example.org/park", published=at(28)
    )  # the page's address, the feed's date
    (merge,) = merges
    assert merge.kept.source == "park.html" and [s.source for s in merge.dropped] == ["feed.xml#3"]


def test_one_article_on_two_sites_is_merged_and_both_are_credited() -> None:
    first = story(
        "افتتاح حديقة عامة",
        (LEAD, *MORE),
        "one.html",
        Credit("صحيفة الشمال", "https://n.example/1"),
    )
    copy = story(
        "حديقة جديدة للحي الشمالي: ملاعب ومسار للدراجات",
        ("اقرأ أيضا: أخبار الطقس", LEAD, MORE[0]),
        "two.html",
        Credit("بريد الجنوب", "https://s.example/2"),
    )
    kept, merges = merge_duplicates([first, copy])
    assert len(kept) == 1 and len(merges) == 1
    assert kept[0].source == "one.html"
    assert kept[0].also_credited == (copy.credit,)


def test_same_address_is_the_same_story_even_rewritten() -> None:
    a = story("خبر", (LEAD,), "a.html", Credit(url="https://www.city.example.org/park/"))
    b = story("خبر آخر", MORE, "b.xml#1", Credit(url="http://city.example.org/park?utm=rss"))
    assert len(merge_duplicates([a, b])[0]) == 1


def test_stories_on_one_subject_are_not_merged() -> None:
    a = story("حديقة", (LEAD, *MORE))
    b = story(
        "حديقة أخرى",
        (
            "افتتحت البلدية في الحي الجنوبي حديقة صغيرة للأطفال قرب المدرسة الابتدائية.",
            "وقال رئيس البلدية سامر الحسن إن حدائق أخرى ستفتتح في الأحياء الشرقية العام المقبل.",
        ),
        "b.html",
    )
    assert len(merge_duplicates([a, b])[0]) == 2
    # a headline alone (a few words) is too little to call two stories one
    assert (
        len(
            merge_duplicates([story("خبر عاجل", ("خبر عاجل",)), story("خبر عاجل", ("خبر عاجل",))])[
                0
            ]
        )
        == 2
    )


TOPICS = (
    "افتتحت وزارة الصحة مركزا جديدا لعلاج أمراض القلب في المدينة الساحلية",
    "ارتفعت صادرات الزيتون هذا العام بعد موسم أمطار وفير في القرى الجبلية",
    "بدأت أعمال صيانة الطريق السريع الذي يربط العاصمة بالموانئ الجنوبية",
    "فاز فريق المدرسة الثانوية بالمركز الأول في مسابقة الروبوتات الوطنية",
    "أعلنت شركة الكهرباء خطة لتركيب عدادات ذكية في كل البيوت قبل الصيف",
)


def numbered(n: int, published: dt.datetime | None = None) -> Story:
    topic = TOPICS[n - 1]
    paragraphs = (f"{topic}.", f"ويأتي هذا بعد أشهر من التحضير، بحسب مصادر مطلعة على {topic}.")
    return story(f"الخبر رقم {n}", paragraphs, f"s{n}.txt", Credit(published=published))


def selection(stories: list[Story], **limits: float):
    config = Config()
    voices = load_voices()
    return select_stories(
        stories,
        DAY,
        script_of=lambda chosen: build_script(chosen, DAY, config),
        seconds_of=lambda script: estimate_seconds(script, voices, config),
        **limits,
    )


def test_max_stories_keeps_the_most_recent_then_the_top_in_running_order() -> None:
    stories = [
        numbered(1, at(20)),
        numbered(2),
        numbered(3, at(28)),
        numbered(4, at(29)),
        numbered(5),
    ]
    chosen = selection(stories, max_stories=3)
    # 2 and 5 have no date: taken as the episode's day; yesterday's 3 is as current as
    # today's 4; among current news the input order decides; the old 1 comes last.
    assert [s.source for s in chosen.stories] == ["s2.txt", "s3.txt", "s4.txt"]
    assert [s.source for s in chosen.over_count] == ["s5.txt", "s1.txt"]
    assert chosen.notes() == [
        "left out 2 stories beyond max_stories = 3: «الخبر رقم 5», «الخبر رقم 1»"
    ]
    older = selection(
        [numbered(1, at(20)), numbered(2, at(25)), numbered(3, at(22))], max_stories=1
    )
    assert [s.source for s in older.stories] == ["s2.txt"]  # the newest of old news


def test_max_minutes_leaves_out_what_does_not_fit_and_tries_the_next() -> None:
    short = [numbered(n) for n in range(1, 4)]
    long = story(
        "خبر طويل", ("جملة طويلة تتكرر كثيرا في هذا الخبر المفصل جدا. " * 40,) * 2, "l.txt"
    )
    stories = [short[0], long, short[1], short[2]]
    whole = selection(stories).estimated_s
    one_short = selection(short[:1]).estimated_s
    limit = (selection(short).estimated_s + 1) / 60
    assert whole > limit * 60 > one_short
    chosen = selection(stories, max_minutes=limit)
    assert [s.source for s in chosen.stories] == ["s1.txt", "s2.txt", "s3.txt"]
    assert chosen.over_length == (long,)  # and the shorter ones after it were still tried
    assert chosen.estimated_s <= limit * 60
    assert "left out 1 stories to keep within" in chosen.notes()[0]
    # the top story is told even when it alone is too long
    assert selection([long, short[0]], max_minutes=0.5).stories[0] is long


def test_old_articles_are_kept_and_pointed_out() -> None:
    old = numbered(1, dt.datetime(2020, 5, 10, tzinfo=dt.UTC))
    chosen = selection([old, numbered(2, at(27))], max_age_days=7)
    assert len(chosen.stories) == 2
    assert chosen.warnings() == [
        "s1.txt: published 2020-05-10, 2394 days before the episode (over max_age_days = 7): "
        "«الخبر رقم 1»"
    ]
    assert selection([old], max_age_days=0).warnings() == []


def test_the_config_sets_the_limits() -> None:
    stories = [numbered(n) for n in range(1, 6)]
    assert len(merge_duplicates(stories)[0]) == 5
    voices = load_voices()
    assert len(choose(stories, DAY, replace(Config(), max_stories=2), voices).stories) == 2
    assert len(choose(stories, DAY, replace(Config(), max_minutes=0), voices).stories) == 5
