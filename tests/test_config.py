from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from briefing.config import Config, load_config, parse_config
from briefing.errors import InputError
from briefing.model import Role

EXAMPLE = Path(__file__).parent.parent / "briefing.example.toml"


def test_example_config_spells_out_the_defaults() -> None:
    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert parse_config(data, str(EXAMPLE)) == Config()


def test_overrides() -> None:
    config = parse_config(
        {
            "show": {"title": "نشرة الصباح"},
            "roles": {"quote": "anchor"},
            "episode": {"quotes_per_story": 1},
        },
        "x",
    )
    assert config.show.title == "نشرة الصباح"
    assert config.roles[Role.QUOTE] == "anchor"
    assert config.quotes_per_story == 1


def test_an_integer_is_accepted_where_a_float_is_expected() -> None:
    assert parse_config({"audio": {"bed_db": -20}}, "x").audio.bed_db == -20


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"show": {"colour": "red"}}, "unknown setting"),
        ({"roles": {"narrator": "anchor"}}, r"unknown setting \[roles\] narrator"),
        ({"roles": {"quotes": "anchor"}}, r"\[roles\] quotes \(did you mean quote\?\)"),
        ({"show": {"titel": "x"}}, r"unknown setting \[show\] titel \(did you mean title\?\)"),
        ({"show": "x"}, "must be a table"),
        ({"episode": {"show": "x"}}, r"\[episode\] show"),
        ({"roles": {"quote_female": "nobody"}}, "no voice profile"),
        ({"episode": {"pause_ms": "long"}}, "expected an integer"),
        ({"show": {"explicit": "no"}}, "expected a boolean"),
        ({"episode": {"quotes_per_story": True}}, "expected an integer"),
        ({"script": {"transitions": "وفي خبر آخر"}}, "expected a list"),
        # every element of a list is checked (this one ended in a TypeError traceback)
        (
            {"script": {"transitions": [1, 2]}},
            r"\[script\] transitions\[0\] = 1: expected a string",
        ),
        ({"speech": {"lexicon": [["a.toml"]]}}, r"\[speech\] lexicon\[0\]"),
        ({"script": {"story_order": ["weather"]}}, "use one of headline, summary, quotes"),
        ({"audio": {"channels": 3}}, r"\[audio\] channels = 3: must be within 1..2"),
        ({"audio": {"bed_db": float("nan")}}, "expected a finite number"),
        # every template is filled at load: this one failed only when a woman spoke twice
        (
            {"script": {"quote_again_female": "وأضافت {name}:"}},
            r"quote_again_female .* \{speaker\}",
        ),
        ({"script": {"greeting": "مرحبا {"}}, r"\[script\] greeting"),
        ({"script": {"quote_intro_unknown": "{speaker}"}}, "no placeholder"),
        ({"show": {"episode_id_pattern": "{day}"}}, "episode_id_pattern"),
        ({"episode": {"bitrate": "320k"}}, "bitrate"),
        ({"episode": {"quotes_per_story": -1}}, "quotes_per_story = -1: must be at least 0"),
        ({"episode": {"workers": 0}}, "workers = 0: must be at least 1"),
        ({"episode": {"cache_max_mb": 0}}, "cache_max_mb = 0: must be at least 1"),
        ({"episode": {"pause_ms": -10}}, "pause_ms = -10: must be at least 0"),
        ({"episode": {"chapter_pause_ms": -1}}, "chapter_pause_ms"),
        ({"audio": {"bed_lead_ms": -1}}, r"\[audio\] bed_lead_ms"),
        ({"audio": {"headline_pause_ms": -5}}, r"\[audio\] headline_pause_ms"),
        ({"roles": {"quote": "narrator"}}, r"\[roles\] quote = 'narrator': no voice profile"),
    ],
)
def test_bad_settings(data: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_config(data, "briefing.toml")


def test_missing_and_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such configuration"):
        load_config(tmp_path / "none.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[show\n")
    with pytest.raises(InputError, match="cannot read"):
        load_config(bad)


def test_example_config_lists_every_setting() -> None:
    from dataclasses import fields

    from briefing.config import AudioSettings, ScriptSettings, Show, SpeechSettings, VoiceSettings

    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    tables = {"show": Show, "script": ScriptSettings, "audio": AudioSettings}
    tables["speech"] = SpeechSettings
    tables["voices"] = VoiceSettings
    for table, cls in tables.items():
        assert set(data[table]) == {f.name for f in fields(cls)}, table
    nested = {"show", "roles", "female_quote_voice", "script", "audio", "speech", "voices"}
    assert set(data["episode"]) == {f.name for f in fields(Config)} - nested
    assert set(data["roles"]) == {role.value for role in Role} | {"quote_female"}


def test_adjusting_pauses_may_be_negative() -> None:
    config = parse_config({"audio": {"comma_pause_ms": -300, "question_pause_ms": -50}}, "x")
    assert config.audio.comma_pause_ms == -300
