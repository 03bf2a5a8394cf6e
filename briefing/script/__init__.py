"""Script: Stories to a running order (intro, a chapter per story, outro), a voice per cue.

The fixed texts come from [script] in briefing.toml; see ScriptSettings.
"""

from __future__ import annotations

import datetime as dt

from briefing.config import Config
from briefing.errors import InputError
from briefing.model import Chapter, Cue, Quote, QuoteKind, Role, Script, Story
from briefing.script.dates import arabic_date, date_in_words, story_count
from briefing.script.speakers import full_name, short_name, speaker_is_female
from briefing.text import short_headline

__all__ = [
    "INTRO_TITLE",
    "OUTRO_TITLE",
    "arabic_date",
    "build_script",
    "date_in_words",
    "quote_intro",
    "short_headline",
    "spoken_quotes",
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
    person = quote.speaker_kind in (None, "person", "description")
    female = bool(quote.speaker) and person and speaker_is_female(quote, female_speakers)
    if config.female_quote_voice and female:
        voice = config.female_quote_voice
    return Cue(text=quote.text, role=Role.QUOTE, voice=voice, speaker=quote.speaker)


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


def spoken_quotes(story: Story, limit: int) -> list[Quote]:
    """The quotes the story reads: full ones only (a fragment of reported speech is not a
    statement), those whose speaker the text shows first, then others up to the limit, in
    article order; a question
    whose asker is unknown is left out, and a question read brings its answer with it."""
    full = [q for q in story.quotes if q.kind is QuoteKind.FULL]
    usable = [q for q in full if not (q.is_question and not q.speaker)]
    named = [q for q in usable if q.speaker][:limit]
    chosen = named + [q for q in usable if not q.speaker][: limit - len(named)]
    for quote in list(chosen):
        if quote.is_question and quote in full:
            index = full.index(quote)
            answer = full[index + 1] if index + 1 < len(full) else None
            if answer is not None and answer not in chosen:
                chosen.append(answer)
    return sorted(chosen, key=story.quotes.index)


def intro_chapter(stories: list[Story], day: dt.date, config: Config) -> Chapter:
    settings = config.script
    show, date = config.show.title, date_in_words(day)
    cues = [_cue(fill(settings.greeting, "greeting", show=show, date=date), Role.INTRO, config)]
    if stories:
        headlines = [short_headline(s.headline, settings.contents_headline_words) for s in stories]
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


def story_chapter(story: Story, config: Config, transition: str | None = None) -> Chapter:
    """The story's parts in the configured order; the transition to the next story last."""
    cues: list[Cue] = []
    for part in config.script.story_order:
        if part == "headline":
            cues.append(_cue(story.headline, Role.HEADLINE, config))
        elif part == "summary":
            cues += [_cue(sentence, Role.SUMMARY, config) for sentence in story.summary]
        elif part == "quotes":
            previous: Quote | None = None
            named: set[str] = set()
            for quote in spoken_quotes(story, config.quotes_per_story):
                intro = quote_intro(quote, config, previous, quote.speaker in named)
                cues.append(_cue(intro, Role.QUOTE_INTRO, config))
                previous = quote
                named.add(quote.speaker or "")
                cues.append(quote_cue(quote, config))
    if transition:
        cues.append(_cue(transition, Role.TRANSITION, config))
    return Chapter(
        title=story.headline, cues=tuple(cues), source=story.source, category=story.category
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
