"""Every file a producer writes goes through one validator: whatever TOML it holds, loading
it either works or ends in one InputError line, never another exception (a traceback)."""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.config import config_schema, load_config, parse_config
from briefing.errors import InputError
from briefing.model import Quote, Story
from briefing.script import build_script
from briefing.speech.lexicon import LEXICON_SCHEMA, parse_lexicon, read_lexicon
from briefing.validate import Table
from briefing.voices import load_voices, parse_voice, voice_schema


def _keys(schema: Table) -> list[str]:
    """Every key a schema knows, at any depth: random documents should hit real settings."""
    found = list(schema.keys)
    for inner in schema.keys.values():
        if isinstance(inner, Table):
            found += _keys(inner)
    return found


KNOWN = sorted({*_keys(config_schema()), *_keys(voice_schema()), *_keys(LEXICON_SCHEMA)})
KEYS = st.sampled_from(KNOWN) | st.text(string.ascii_letters + "_", min_size=1, max_size=8)
SCALARS = (
    st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=True)
    | st.text(max_size=12)
    | st.sampled_from(["{speaker}", "{", "{0}", "anchor", "espeak", "", "headline", "%d"])
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=12,
)
DOCUMENTS = st.dictionaries(KEYS, VALUES, max_size=6)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VOICES = list(load_voices())


STORY = Story(
    "a.txt", None, "عنوان الخبر", ("جملة أولى.",), (Quote("نص", "سارة أحمد"),) * 3, (), ()
)


def loads_or_refuses(load, *args):  # type: ignore[no-untyped-def]
    try:
        return load(*args)
    except InputError as error:
        assert "\n" not in str(error) and str(error)
        return None


@FAST
@given(DOCUMENTS)
def test_any_show_settings_load_or_are_refused_in_one_line(data: dict) -> None:
    """And what loads, works: `transitions = [1, 2]` loaded, then the script stage died in a
    TypeError; a bad quote_again_female failed only the first day a woman spoke twice."""
    config = loads_or_refuses(parse_config, data, "briefing.toml", VOICES)
    if config is not None:
        female = replace(config, script=replace(config.script, female_speakers=("سارة أحمد",)))
        for settings_ in (config, female):
            build_script([STORY, STORY], dt.date(2026, 11, 29), settings_)


@FAST
@given(DOCUMENTS)
def test_any_voice_profile_loads_or_is_refused_in_one_line(data: dict) -> None:
    loads_or_refuses(parse_voice, data, "voices/x.toml")


@FAST
@given(DOCUMENTS)
def test_any_lexicon_loads_or_is_refused_in_one_line(data: dict) -> None:
    loads_or_refuses(parse_lexicon, data, "mine.toml")


@settings(max_examples=60, deadline=None)
@given(st.text(string.printable + "«»؟،", max_size=80))
def test_any_file_text_loads_or_is_refused_in_one_line(tmp_path_factory, text: str) -> None:
    path = Path(tmp_path_factory.mktemp("files")) / "file.toml"
    path.write_text(text, encoding="utf-8")
    loads_or_refuses(load_config, path, VOICES)
    loads_or_refuses(read_lexicon, path)


@pytest.mark.parametrize("table", ["show", "audio", "script", "speech", "episode"])
def test_every_table_of_the_example_is_known(table: str) -> None:
    assert table in config_schema().keys
