"""The command line driven as click's own tests do it, on every click that the pins allow.

click 8.2 removed `CliRunner(mix_stderr=...)`: stdout and stderr are always kept apart there,
and `Result.output` is both, interleaved. click 8.1 mixes them unless told not to, and then
`output` is stdout alone. So tests read `stdout` and `stderr`, which mean the same on both.
"""

from __future__ import annotations

import inspect
from typing import Any

from click.testing import CliRunner, Result

from cli import main


def cli_runner() -> CliRunner:
    """A runner that keeps stderr apart from stdout, whatever the click version."""
    if "mix_stderr" in inspect.signature(CliRunner).parameters:  # click < 8.2
        return CliRunner(mix_stderr=False)
    return CliRunner()


def invoke(*args: object, input: str | None = None, **extra: Any) -> Result:
    """`briefing ARGS...`; `extra` goes to the command's context (obj=...)."""
    return cli_runner().invoke(main, [str(arg) for arg in args], input=input, **extra)
