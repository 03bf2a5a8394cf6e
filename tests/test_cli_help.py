"""The command line explains itself: help on every option, the input types, near misses."""

from __future__ import annotations

import click
import pytest

from briefing.ingest import SUFFIXES
from cli import main
from tests.cli_runner import invoke


def commands(
    group: click.Group, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append(((*path, name), command))
        if isinstance(command, click.Group):
            found += commands(command, (*path, name))
    return found


def test_every_option_of_every_command_has_help() -> None:
    missing = [
        (" ".join(path), option.opts)
        for path, command in [((), main), *commands(main)]
        for option in command.params
        if isinstance(option, click.Option) and not option.help
    ]
    assert missing == []
    assert all(command.help for _, command in commands(main))


def test_build_help_lists_every_input_type() -> None:
    result = invoke("build", "--help")
    assert result.exit_code == 0
    for suffix in SUFFIXES:
        assert f"{suffix} " in result.output, suffix


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["biuld", "x.txt"], "no such command 'biuld'; did you mean 'build'?"),
        (["segmnet", "x.txt"], "did you mean 'segment'?"),
        (
            ["cache", "clera"],
            "no such command 'clera'; did you mean 'clear'? (see 'briefing cache --help')",
        ),
        (["build", "x.txt", "--max-storeis", "2"], "--max-stories"),
    ],
)
def test_a_near_miss_is_named(args: list[str], says: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and says in result.stderr, result.stderr


def test_something_far_from_any_command_is_not_guessed() -> None:
    result = invoke("zzz")
    assert result.exit_code == 1 and "did you mean" not in result.stderr
