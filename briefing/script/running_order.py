"""Stories to a running order: the intro, a chapter per story, the outro; a voice per cue."""

from __future__ import annotations

import datetime as dt

from briefing.config import Config
from briefing.model import Chapter, Cue, Quote, QuoteKind, Role, Script, Source, Story
from briefing.script.dates import arabic_date
from briefing.script.lines import (
    QuoteIntros,
    contents_line,
    credit_line,
    greeting_line,
    outro_line,
    quote_voice,
    rundown_title,
    transition_line,
)

INTRO_TITLE = "المقدمة"
OUTRO_TITLE = "الختام"


def cue(text: str, role: Role, config: Config, speaker: str | None = None) -> Cue:
    return Cue(text=text, role=role, voice=config.roles[role], speaker=speaker)


def quote_cue(quote: Quote, config: Config) -> Cue:
    """The quote in the quote voice; a woman's words in the female quote voice when set."""
    voice = quote_voice(quote, config)
    return Cue(text=quote.text, role=Role.QUOTE, voice=voice, speaker=quote.speaker, quote=quote)


def spoken_quotes(story: Story, limit: int) -> list[Quote]:
    """The quotes the story reads: full ones only (a fragment of reported speech is not a
    statement), those whose speaker the text shows first, then others up to the limit, in
    article order; a question
    whose asker is unknown is left out, and a question read brings its answer with it; a
    quotation the headline already read word for word is not read again."""
    full = [q for q in story.quotes if q.kind is QuoteKind.FULL]
    headline = " ".join(story.headline.split())
    # the headline's own quotation was read with it: never a second time
    usable = [
        q
        for q in full
        if not (q.is_question and not q.speaker) and " ".join(q.text.split()) not in headline
    ]
    named = [q for q in usable if q.speaker][:limit]
    chosen = named + [q for q in usable if not q.speaker][: limit - len(named)]
    for quote in list(chosen):
        if quote.is_question and quote in full:
            index = full.index(quote)
            answer = full[index + 1] if index + 1 < len(full) else None
            if answer is not None and answer not in chosen:
                chosen.append(answer)
    return sorted(chosen, key=story.quotes.index)


def quote_cues(quotes: list[Quote], config: Config) -> list[Cue]:
    """Each quote after its introduction: the full name at a speaker's first quote, the
    surname after someone else spoke, "وأضاف" right after their own."""
    cues: list[Cue] = []
    intros = QuoteIntros(config)
    for quote in quotes:
        cues.append(cue(intros.intro(quote), Role.QUOTE_INTRO, config))
        intros.said(quote)
        cues.append(quote_cue(quote, config))
    return cues


def intro_chapter(stories: list[Story], day: dt.date, config: Config) -> Chapter:
    cues = [cue(greeting_line(day, config), Role.INTRO, config)]
    if stories:
        titles = [rundown_title(s.headline, s.short_title, config) for s in stories]
        cues.append(cue(contents_line(titles, day, config), Role.INTRO, config))
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


def story_chapter(story: Story, config: Config, transition: str | None = None) -> Chapter:
    """The story's parts in the configured order; the transition to the next story last."""
    cues: list[Cue] = []
    for part in config.script.story_order:
        if part == "headline":
            cues.append(cue(story.headline, Role.HEADLINE, config))
        elif part == "summary":
            cues += [cue(sentence, Role.SUMMARY, config) for sentence in story.summary]
        elif part == "credit":
            credit = credit_line(story.credit, story.byline, config)
            cues += [cue(credit, Role.CREDIT, config)] if credit else []
        elif part == "quotes":
            cues += quote_cues(spoken_quotes(story, config.quotes_per_story), config)
    if transition:
        cues.append(cue(transition, Role.TRANSITION, config))
    return Chapter(
        title=story.headline,
        cues=tuple(cues),
        source=story.source,
        short_title=story.short_title,
        category=story.category,
        credits=story_credits(story),
    )


def script_title(day: dt.date, config: Config) -> str:
    """[show] episode_title filled in (checked when the config was read)."""
    return config.show.episode_title.format(show=config.show.title, date=arabic_date(day))


def build_script(stories: list[Story], day: dt.date, config: Config) -> Script:
    chapters = [intro_chapter(stories, day, config)]
    for index, story in enumerate(stories):
        last = index == len(stories) - 1
        transition = None if last else transition_line(index, config)
        chapters.append(story_chapter(story, config, transition))
    chapters.append(Chapter(OUTRO_TITLE, (cue(outro_line(day, config), Role.OUTRO, config),)))
    return Script(
        title=script_title(day, config),
        date=day,
        chapters=tuple(chapters),
        date_label=arabic_date(day),
    )
