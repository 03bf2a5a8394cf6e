"""Script: Stories to a running order (intro, a chapter per story, outro), a voice per cue.

The fixed texts come from [script] in briefing.toml; see ScriptSettings.
"""

from __future__ import annotations

import datetime as dt

from briefing.config import Config
from briefing.errors import InputError
from briefing.model import Chapter, Cue, Quote, Role, Script, Source, Story
from briefing.script.dates import arabic_date, date_in_words, story_count
from briefing.script.rundown import short_title
from briefing.script.speakers import is_female
from briefing.text import ARABIC_LETTER

__all__ = [
    "INTRO_TITLE",
    "OUTRO_TITLE",
    "arabic_date",
    "build_script",
    "date_in_words",
    "short_title",
    "story_count",
]

INTRO_TITLE = "المقدمة"
OUTRO_TITLE = "الختام"


def fill(template: str, setting: str, **values: str) -> str:
    """A [script] text with its {placeholders} filled; a bad placeholder is bad input."""
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError) as error:
        raise InputError(
            f"[script] {setting}: cannot fill {template!r} ({error}); "
            f"it may use {', '.join('{' + name + '}' for name in values)}"
        ) from None


def rundown_title(story: Story, max_words: int) -> str:
    """The story's name in the contents line: the producer's own, else a whole phrase of
    its headline."""
    return story.short_title or short_title(story.headline, max_words)


def this_was(title: str) -> str:
    """'كان هذا' or 'كانت هذه', agreeing with the title's first word: موجز الأخبار is
    masculine, نشرة الصباح and حصيلة اليوم feminine (ة), as are plurals in ات."""
    first = title.split()[0] if title.split() else ""
    return "كانت هذه" if first.endswith(("ة", "ات")) else "كان هذا"


def contents_list(headlines: list[str]) -> str:
    """'أ، وب، وج': Arabic joins every item after the first with و."""
    return "، ".join(h if i == 0 else "و" + h for i, h in enumerate(headlines))


def _cue(text: str, role: Role, config: Config, speaker: str | None = None) -> Cue:
    return Cue(text=text, role=role, voice=config.roles[role], speaker=speaker)


def quote_cue(quote: Quote, config: Config) -> Cue:
    """The quote in the quote voice; a woman's words in the female quote voice when set."""
    voice = config.roles[Role.QUOTE]
    female_speakers = config.script.female_speakers
    if config.female_quote_voice and quote.speaker and is_female(quote.speaker, female_speakers):
        voice = config.female_quote_voice
    return Cue(text=quote.text, role=Role.QUOTE, voice=voice, speaker=quote.speaker)


def quote_intro(quote: Quote, config: Config, previous: Quote | None = None) -> str:
    """ "وقال فلان:" — or "وأضاف:" when the same person spoke the quote before."""
    settings = config.script
    if not quote.speaker:
        return settings.quote_intro_unknown
    female = is_female(quote.speaker, settings.female_speakers)
    if previous is not None and previous.speaker == quote.speaker:
        template = settings.quote_again_female if female else settings.quote_again
        return fill(template, "quote_again", speaker=quote.speaker)
    template = settings.quote_intro_female if female else settings.quote_intro
    return fill(template, "quote_intro", speaker=quote.speaker)


def intro_chapter(stories: list[Story], day: dt.date, config: Config) -> Chapter:
    settings = config.script
    show, date = config.show.title, date_in_words(day)
    cues = [_cue(fill(settings.greeting, "greeting", show=show, date=date), Role.INTRO, config)]
    if stories:
        named = stories[: settings.contents_stories] if settings.contents_stories else stories
        headlines = [rundown_title(story, settings.contents_headline_words) for story in named]
        if len(named) < len(stories) and settings.contents_rest:
            headlines.append(settings.contents_rest.removeprefix("و"))  # contents_list adds و
        contents = fill(
            settings.contents,
            "contents",
            show=show,
            date=date,
            count=story_count(len(stories)),
            headlines=contents_list(headlines),
        )
        cues.append(_cue(contents, Role.INTRO, config))
    return Chapter(INTRO_TITLE, tuple(cues))


def story_credits(story: Story) -> tuple[Source, ...]:
    """Every telling of the story (its own, then the copies merged into it), as listed."""
    tellings = (story.credit, *story.also_credited)
    return tuple(
        Source(
            story.headline,
            credit.outlet,
            credit.url,
            credit.author or story.byline,
            credit.published.date().isoformat() if credit.published else None,
        )
        for credit in tellings
        if not credit.is_empty or credit is story.credit
    )


def credit_line(story: Story, config: Config) -> str | None:
    """ "بحسب وكالة الأنباء الوطنية." — only when every value it names is known and written
    in Arabic: a Latin handle ("CNNArabic") read by an Arabic voice is noise."""
    values = {"outlet": story.credit.outlet, "author": story.credit.author or story.byline}
    template = config.script.credit
    used = {name for name in values if "{" + name in template}
    if not used or any(not values[name] or not ARABIC_LETTER.search(values[name]) for name in used):
        return None
    return fill(template, "credit", **{name: values[name] or "" for name in values})


def story_chapter(story: Story, config: Config, transition: str | None = None) -> Chapter:
    """The story's parts in the configured order; the transition to the next story last."""
    cues: list[Cue] = []
    for part in config.script.story_order:
        if part == "headline":
            cues.append(_cue(story.headline, Role.HEADLINE, config))
        elif part == "summary":
            cues += [_cue(sentence, Role.SUMMARY, config) for sentence in story.summary]
        elif part == "credit":
            credit = credit_line(story, config)
            cues += [_cue(credit, Role.CREDIT, config)] if credit else []
        elif part == "quotes":
            previous: Quote | None = None
            for quote in story.quotes[: config.quotes_per_story]:
                cues.append(_cue(quote_intro(quote, config, previous), Role.QUOTE_INTRO, config))
                previous = quote
                cues.append(quote_cue(quote, config))
    if transition:
        cues.append(_cue(transition, Role.TRANSITION, config))
    return Chapter(
        title=story.headline,
        cues=tuple(cues),
        source=story.source,
        short_title=story.short_title,
        credits=story_credits(story),
    )


def build_script(stories: list[Story], day: dt.date, config: Config) -> Script:
    settings = config.script
    show = config.show.title
    transitions = settings.transitions
    chapters = [intro_chapter(stories, day, config)]
    for index, story in enumerate(stories):
        last = index == len(stories) - 1
        transition = None if last or not transitions else transitions[index % len(transitions)]
        chapters.append(story_chapter(story, config, transition))
    outro = fill(
        settings.outro, "outro", show=show, date=date_in_words(day), this_was=this_was(show)
    )
    chapters.append(Chapter(OUTRO_TITLE, (_cue(outro, Role.OUTRO, config),)))
    label = arabic_date(day)
    return Script(title=f"{show}: {label}", date=day, chapters=tuple(chapters), date_label=label)
