"""The script file: the running order as it will be spoken, for a producer to read and edit.

`briefing script INPUT…` writes it (JSON with --json, Markdown to read); `briefing build
--script FILE` builds the episode from it. The JSON is a contract (format "briefing-script",
version 1), documented in README.md:

    {"format": "briefing-script", "version": 1, "briefing": "0.1.0",
     "title": str, "date": "YYYY-MM-DD", "episode_id": str | null,
     "lexicon": {"latin": {…}, "abbreviations": {…}, "tashkeel": {…}},
     "chapters": [{"kind": "intro" | "story" | "outro", "title": str,
                   "source": str | null, "short_title": str | null,
                   "category": str | null (the story's section: how its numbers read),
                   "credits": [{"outlet", "url", "author", "published"}],
                   "cues": [{"role": str, "voice": str, "speaker": str | null,
                             "text": str, "spoken": str | null,
                             "derived": str | null,
                             "attribution": {"role", "female", "kind"} (quotes),
                             "made": {"text", "voice", "spoken", "speaker"}}]}]}

What a producer may change, and what follows from it on `build --script`:
- the stories: delete, reorder (chapters), add a `short_title`; the contents line, the
  transitions and the chapter titles follow;
- a story's cues: delete, reorder, rewrite `text` (headline, summary, quote); fix a quote's
  `speaker` (its "وقال …:" and its voice follow; the article's `attribution` — title,
  gender, kind — no longer applies to the new name); delete a quote with its quote_intro;
- a `derived` line (greeting, contents, quote_intro, credit, transition, outro): made again
  from the stories as edited, unless its text was rewritten (then kept as written);
- a cue's `voice`: kept when changed, else chosen again (role, speaker);
- a cue's `spoken` (what the engine says): kept when changed, else made again from the
  text; `lexicon` adds pronunciations for every cue (the lexicon file's tables).
`made` holds short digests of what the tool wrote, so that it can tell an edit from its own
text: leave it as it is (a cue without it counts as written by the producer).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from briefing import __version__
from briefing.config import Config
from briefing.errors import InputError
from briefing.model import Chapter, Credit, Cue, Quote, Role, Script, Source
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
from briefing.script.running_order import INTRO_TITLE, OUTRO_TITLE, script_title
from briefing.speech import Lexicon, says_something, speakable
from briefing.speech.lexicon import LEXICON_SCHEMA, parse_lexicon
from briefing.validate import ListOf, Table, Value, check

FORMAT = "briefing-script"
VERSION = 1
KINDS = ("intro", "story", "outro")
DERIVED = ("greeting", "contents", "quote_intro", "credit", "transition", "outro")
SPEAKER_KINDS = ("person", "description", "organisation", "document")
_CONNECTIVE_ROLES = {
    Role.QUOTE_INTRO: "quote_intro",
    Role.CREDIT: "credit",
    Role.TRANSITION: "transition",
    Role.OUTRO: "outro",
}

_TEXT = Value(str)
_MAYBE = Value(str, optional=True)
_CUE = Table(
    {
        "role": Value(str, choices=tuple(role.value for role in Role)),
        "voice": _TEXT,
        "speaker": _MAYBE,
        "text": _TEXT,
        "spoken": _MAYBE,
        "derived": Value(str, choices=DERIVED, optional=True),
        # who said a quote, as the article shows it: their title, gender, kind of speaker
        "attribution": Table(
            {
                "role": _MAYBE,
                "female": Value(bool, optional=True),
                "kind": Value(str, choices=SPEAKER_KINDS, optional=True),
            }
        ),
        "made": Table({"text": _TEXT, "voice": _TEXT, "spoken": _TEXT, "speaker": _TEXT}),
    },
    required=("role", "text"),
)
_CREDIT = Table({"outlet": _MAYBE, "url": _MAYBE, "author": _MAYBE, "published": _MAYBE})
_CHAPTER = Table(
    {
        "kind": Value(str, choices=KINDS),
        "title": _TEXT,
        "source": _MAYBE,
        "short_title": _MAYBE,
        "category": _MAYBE,
        "credits": ListOf(_CREDIT),
        "cues": ListOf(_CUE),
    },
    required=("kind", "cues"),
)
SCHEMA = Table(
    {
        "format": Value(str),
        "version": Value(int),
        "briefing": _TEXT,
        "title": _TEXT,
        "date": _TEXT,
        "episode_id": _MAYBE,
        "lexicon": LEXICON_SCHEMA,
        "chapters": ListOf(_CHAPTER),
    },
    required=("format", "version", "date", "chapters"),
)


def made(value: str | None) -> str:
    """A short digest of what the tool wrote, to tell the producer's edits from it."""
    return hashlib.sha256((value or "").encode("utf-8")).hexdigest()[:10]


def _derived(index: int, cue: Cue) -> str | None:
    if cue.role is Role.INTRO:
        return "greeting" if index == 0 else "contents"
    return _CONNECTIVE_ROLES.get(cue.role)


def _kind(chapter: Chapter, index: int, count: int) -> str:
    if chapter.source is not None:
        return "story"
    return "intro" if index == 0 else "outro" if index == count - 1 else "story"


def _cue_entry(index: int, cue: Cue) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "role": cue.role.value,
        "voice": cue.voice,
        "speaker": cue.speaker,
        "text": cue.text,
        "spoken": cue.spoken,
        "derived": _derived(index, cue),
    }
    if cue.quote is not None:
        quote = cue.quote
        entry["attribution"] = {
            "role": quote.role,
            "female": quote.female,
            "kind": quote.speaker_kind,
        }
    entry["made"] = {
        "text": made(cue.text),
        "voice": made(cue.voice),
        "spoken": made(cue.spoken),
        "speaker": made(cue.speaker),
    }
    return entry


def to_document(script: Script, episode_id: str | None = None) -> dict[str, Any]:
    """The script as its file holds it (JSON-ready)."""
    chapters = []
    for number, chapter in enumerate(script.chapters):
        kind = _kind(chapter, number, len(script.chapters))
        entry: dict[str, Any] = {"kind": kind, "title": chapter.title}
        if kind == "story":
            entry["source"] = chapter.source
            entry["short_title"] = chapter.short_title
            entry["category"] = chapter.category
            entry["credits"] = [
                {
                    "outlet": source.outlet,
                    "url": source.url,
                    "author": source.author,
                    "published": source.published,
                }
                for source in chapter.credits
            ]
        entry["cues"] = [_cue_entry(index, cue) for index, cue in enumerate(chapter.cues)]
        chapters.append(entry)
    return {
        "format": FORMAT,
        "version": VERSION,
        "briefing": __version__,
        "title": script.title,
        "date": script.date.isoformat(),
        "episode_id": episode_id,
        "lexicon": {},
        "chapters": chapters,
    }


def to_json(script: Script, episode_id: str | None = None) -> str:
    return json.dumps(to_document(script, episode_id), ensure_ascii=False, indent=2) + "\n"


def parse_document(text: str, source: str) -> dict[str, Any]:
    """The script file read and checked: one clear InputError for JSON that is not a
    briefing script, for one of another format version (stale), or for a bad field."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{source}: not valid JSON (line {error.lineno}: {error.msg})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f"{source}: not a briefing script (write one with 'briefing script')")
    if data.get("version") != VERSION:
        raise InputError(
            f"{source}: a script of format version {data.get('version')!r}, and this briefing "
            f"reads version {VERSION}: make it again with 'briefing script'"
        )
    check(data, SCHEMA, source)
    try:
        dt.date.fromisoformat(data["date"])
    except ValueError:
        raise InputError(f"{source}: date = {data['date']!r}: expected YYYY-MM-DD") from None
    return data


@dataclass(frozen=True)
class _Doc:
    """One cue of the file, and what of it the producer changed."""

    cue: dict[str, Any]

    def edited(self, field: str) -> bool:
        marks = self.cue.get("made")
        return marks is None or marks.get(field) != made(self.cue.get(field))

    @property
    def role(self) -> Role:
        return Role(self.cue["role"])


def _credits(chapter: Mapping[str, Any], headline: str) -> tuple[Source, ...]:
    return tuple(
        Source(headline, c.get("outlet"), c.get("url"), c.get("author"), c.get("published"))
        for c in chapter.get("credits", [])
    )


def _credit(source: Source | None) -> Credit:
    if source is None:
        return Credit()
    return Credit(outlet=source.outlet, url=source.url, author=source.author)


def _quote(doc: _Doc) -> Quote:
    """A quote cue's quote; who said it as the article showed it, unless the producer named
    another speaker (then nothing is known of them but the name)."""
    facts = doc.cue.get("attribution") or {}
    speaker = doc.cue.get("speaker")
    if doc.edited("speaker"):
        return Quote(doc.cue["text"], speaker)
    return Quote(
        doc.cue["text"],
        speaker,
        role=facts.get("role"),
        female=facts.get("female"),
        speaker_kind=facts.get("kind"),
    )


def _story_cues(
    docs: list[_Doc], credits: tuple[Source, ...], config: Config, last: bool, index: int
) -> list[tuple[_Doc | None, Cue]]:
    """A story chapter's cues with their derived lines made again from its cues as edited:
    each quote intro from the quote after it, the credit from the credits, the transition
    from the story's place (none after the last story)."""
    cues: list[tuple[_Doc | None, Cue]] = []
    intros = QuoteIntros(config)
    for position, doc in enumerate(docs):
        role, text = doc.role, doc.cue["text"]
        if doc.cue.get("derived") and not doc.edited("text"):
            if role is Role.QUOTE_INTRO:
                following = docs[position + 1] if position + 1 < len(docs) else None
                if following is None or following.role is not Role.QUOTE:
                    continue  # its quote was deleted: nothing to introduce
                text = intros.intro(_quote(following))
            elif role is Role.CREDIT:
                line = credit_line(_credit(credits[0] if credits else None), None, config)
                if line is None:
                    continue
                text = line
            elif role is Role.TRANSITION:
                continue  # transitions follow the order of the stories: added below
        quote = _quote(doc) if role is Role.QUOTE else None
        if quote is not None:
            intros.said(quote)
        cue = Cue(text=text, role=role, voice="", speaker=doc.cue.get("speaker"), quote=quote)
        cues.append((doc, cue))
    kept_transitions = [d for d in docs if d.role is Role.TRANSITION and d.edited("text")]
    if not last and not kept_transitions:
        line = transition_line(index, config)
        if line:
            cues.append((None, Cue(text=line, role=Role.TRANSITION, voice="")))
    return cues


def _voice(doc: _Doc | None, cue: Cue, config: Config) -> str:
    if doc is not None and doc.cue.get("voice") and doc.edited("voice"):
        return doc.cue["voice"]
    if cue.role is Role.QUOTE:
        return quote_voice(cue.quote or Quote(cue.text, cue.speaker), config)
    return config.roles[cue.role]


def _spoken(doc: _Doc | None, cue: Cue, lexicon: Lexicon, category: str | None) -> str:
    if doc is not None and doc.cue.get("spoken") is not None and doc.edited("spoken"):
        return doc.cue["spoken"]
    return speakable(cue.text, lexicon, category)


def from_document(
    data: Mapping[str, Any],
    source: str,
    config: Config,
    voices: Mapping[str, object],
    lexicon: Lexicon,
) -> Script:
    """The Script an edited file describes, its derived lines made again from the stories
    as edited and every cue's spoken text filled (the producer's own where changed)."""
    day = dt.date.fromisoformat(data["date"])
    lexicon = lexicon.merged(parse_lexicon(dict(data.get("lexicon", {})), f"{source} [lexicon]"))
    chapters = data["chapters"]
    stories = [c for c in chapters if c["kind"] == "story" and c["cues"]]
    if not stories:
        raise InputError(f"{source}: no story chapter left to tell")
    built: list[Chapter] = []
    story_number = 0
    for chapter in chapters:
        docs = [_Doc(cue) for cue in chapter["cues"]]
        if chapter["kind"] == "story" and not docs:
            continue  # a story whose every cue was deleted: dropped
        if chapter["kind"] == "story":
            headline = next((d.cue["text"] for d in docs if d.role is Role.HEADLINE), None)
            title = headline or chapter.get("title") or ""
            credits = _credits(chapter, title)
            pairs = _story_cues(
                docs, credits, config, story_number == len(stories) - 1, story_number
            )
            story_number += 1
        else:
            title = INTRO_TITLE if chapter["kind"] == "intro" else OUTRO_TITLE
            credits, pairs = (), _edge_cues(docs, chapter["kind"], stories, day, config)
        cues = []
        for doc, cue in pairs:
            cue = replace(cue, voice=_voice(doc, cue, config))
            if cue.voice not in voices:
                raise InputError(
                    f"{source}: voice {cue.voice!r} in «{title}»: no voice profile of that name"
                )
            spoken = _spoken(doc, cue, lexicon, chapter.get("category"))
            if says_something(spoken):
                cues.append(replace(cue, spoken=spoken))
        if cues:
            built.append(
                Chapter(
                    title=title,
                    cues=tuple(cues),
                    source=chapter.get("source") if chapter["kind"] == "story" else None,
                    short_title=chapter.get("short_title"),
                    category=chapter.get("category") if chapter["kind"] == "story" else None,
                    credits=credits,
                )
            )
    return Script(
        title=data.get("title") or script_title(day, config),
        date=day,
        chapters=tuple(built),
        date_label=arabic_date(day),
    )


def _edge_cues(
    docs: list[_Doc],
    kind: str,
    stories: list[Mapping[str, Any]],
    day: dt.date,
    config: Config,
) -> list[tuple[_Doc | None, Cue]]:
    """The intro's greeting and contents, the outro: made again unless rewritten."""
    titles = []
    for story in stories:
        headline = next(
            (c["text"] for c in story["cues"] if c["role"] == Role.HEADLINE.value),
            story.get("title") or "",
        )
        titles.append(rundown_title(headline, story.get("short_title"), config))
    remade = {
        "greeting": lambda: greeting_line(day, config),
        "contents": lambda: contents_line(titles, day, config),
        "outro": lambda: outro_line(day, config),
    }
    cues: list[tuple[_Doc | None, Cue]] = []
    for doc in docs:
        derived, text = doc.cue.get("derived"), doc.cue["text"]
        if derived in remade and not doc.edited("text"):
            text = remade[derived]()
        cues.append((doc, Cue(text=text, role=doc.role, voice="", speaker=doc.cue.get("speaker"))))
    return cues


def script_markdown(script: Script) -> str:
    """The running order to read: a section per chapter, a line per cue with its role, voice
    and speaker; the spoken text under it where it differs from the written one."""
    lines = [f"# {script.title}", ""]
    for number, chapter in enumerate(script.chapters, 1):
        lines.append(f"## {number}. {chapter.title}")
        origin = list(
            dict.fromkeys(s.outlet or s.url for s in chapter.credits if s.outlet or s.url)
        )
        if chapter.source:
            lines.append(f"*{chapter.source}*" + (f" — {'، '.join(origin)}" if origin else ""))
        lines.append("")
        for cue in chapter.cues:
            who = f" · {cue.speaker}" if cue.speaker else ""
            lines.append(f"- **{cue.role.value}** ({cue.voice}{who}): {cue.text}")
            if cue.spoken and cue.spoken != cue.text:
                lines.append(f"  - يُقرأ: {cue.spoken}")
        lines.append("")
    return "\n".join(lines)
