"""The running order's own lines, from [script] in briefing.toml: greeting, contents,
quote intros, credits, transitions, outro; and the voice each quote is read in.

Written once here and used twice: when a script is first made from the stories, and when a
producer's edited script is rebuilt (its unedited lines follow the stories as edited).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from briefing.config import Config
from briefing.errors import InputError
from briefing.model import Credit, Quote, Role
from briefing.script.dates import date_in_words, story_count
from briefing.script.rundown import short_title
from briefing.script.speakers import full_name, short_name, speaker_is_female
from briefing.text import ARABIC_LETTER


def fill(template: str, setting: str, **values: str) -> str:
    """A [script] text with its {placeholders} filled; a bad placeholder is bad input."""
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError) as error:
        raise InputError(
            f"[script] {setting}: cannot fill {template!r} ({error}); "
            f"it may use {', '.join('{' + name + '}' for name in values)}"
        ) from None


def this_was(title: str) -> str:
    """'كان هذا' or 'كانت هذه', agreeing with the title's first word: موجز الأخبار is
    masculine, نشرة الصباح and حصيلة اليوم feminine (ة), as are plurals in ات."""
    first = title.split()[0] if title.split() else ""
    return "كانت هذه" if first.endswith(("ة", "ات")) else "كان هذا"


def contents_list(headlines: list[str]) -> str:
    """'أ، وب، وج': Arabic joins every item after the first with و."""
    return "، ".join(h if i == 0 else "و" + h for i, h in enumerate(headlines))


def rundown_title(headline: str, short: str | None, config: Config) -> str:
    """A story's name in the contents line: the producer's own, else a whole phrase of its
    headline."""
    return short or short_title(headline, config.script.contents_headline_words)


def greeting_line(day: dt.date, config: Config) -> str:
    show, date = config.show.title, date_in_words(day)
    return fill(config.script.greeting, "greeting", show=show, date=date)


def contents_line(titles: Sequence[str], day: dt.date, config: Config) -> str:
    """ "في هذه النشرة ثلاثة أخبار: أ، وب، وج." — the first contents_stories named, then
    contents_rest."""
    settings = config.script
    named = list(titles[: settings.contents_stories] if settings.contents_stories else titles)
    if len(named) < len(titles) and settings.contents_rest:
        named.append(settings.contents_rest.removeprefix("و"))  # contents_list adds و
    return fill(
        settings.contents,
        "contents",
        show=config.show.title,
        date=date_in_words(day),
        count=story_count(len(titles)),
        headlines=contents_list(named),
    )


def transition_line(index: int, config: Config) -> str | None:
    """What leads from the index-th story to the next (None: the show has none)."""
    transitions = config.script.transitions
    return transitions[index % len(transitions)] if transitions else None


def outro_line(day: dt.date, config: Config) -> str:
    show = config.show.title
    return fill(
        config.script.outro, "outro", show=show, date=date_in_words(day), this_was=this_was(show)
    )


def quote_intro(
    quote: Quote, config: Config, previous: Quote | None = None, named: bool = False
) -> str:
    """ "وقال وزير الصحة نبيل فؤاد السالم:" at the speaker's first quote in the story,
    "وقال السالم:" when they speak again after someone else, "وأضاف:" right after their own
    quote; "وجاء في التقرير:" for a document; "وسأل …:" for a question; and the neutral
    introduction when the text does not show who spoke."""
    settings = config.script
    if not quote.speaker:
        return settings.quote_intro_unknown
    female = speaker_is_female(quote, settings.female_speakers)
    if quote.speaker_kind == "document":
        return fill(settings.quote_intro_document, "quote_intro_document", speaker=quote.speaker)
    if previous is not None and previous.speaker == quote.speaker and not quote.is_question:
        template = settings.quote_again_female if female else settings.quote_again
        return fill(template, "quote_again", speaker=quote.speaker)
    name = short_name(quote) if named else full_name(quote)
    if quote.is_question:
        template = settings.quote_question_female if female else settings.quote_question
        return fill(template, "quote_question", speaker=name)
    template = settings.quote_intro_female if female else settings.quote_intro
    return fill(template, "quote_intro", speaker=name)


class QuoteIntros:
    """The quote intros of one story in reading order: each depends on who spoke before
    (quote_intro's `previous` and `named`). `said` each quote as it is read."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.previous: Quote | None = None
        self.named: set[str] = set()

    def intro(self, quote: Quote) -> str:
        return quote_intro(quote, self.config, self.previous, quote.speaker in self.named)

    def said(self, quote: Quote) -> None:
        self.previous = quote
        self.named.add(quote.speaker or "")


def quote_voice(quote: Quote, config: Config) -> str:
    """The quote voice; a woman's words in the female quote voice when the show has one."""
    person = quote.speaker_kind in (None, "person", "description")
    female = (
        bool(quote.speaker) and person and speaker_is_female(quote, config.script.female_speakers)
    )
    if config.female_quote_voice and female:
        return config.female_quote_voice
    return config.roles[Role.QUOTE]


def credit_line(credit: Credit, byline: str | None, config: Config) -> str | None:
    """ "بحسب وكالة الأنباء الوطنية." — only when every value it names is known and written
    in Arabic: a Latin handle ("CNNArabic") read by an Arabic voice is noise."""
    values = {"outlet": credit.outlet, "author": credit.author or byline}
    template = config.script.credit
    used = {name for name in values if "{" + name in template}
    if not used or any(not values[name] or not ARABIC_LETTER.search(values[name]) for name in used):
        return None
    return fill(template, "credit", **{name: values[name] or "" for name in values})
