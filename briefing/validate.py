"""One validator for every file a producer writes (briefing.toml, voices/*.toml with their
engine tables, lexicons): a schema per file, checked once at the edge, before any work.

Unknown keys are refused with the nearest known one ("did you mean"), every value and every
element of a list is type-checked, numbers are range-checked where a range exists; the
first fault is one line (InputError, exit 1) naming the file, the table and the key.
"""

from __future__ import annotations

import difflib
import math
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from briefing.errors import InputError

_NAMES = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}


@dataclass(frozen=True)
class Value:
    """A scalar of one type (an int is accepted where a float is expected), maybe bounded."""

    kind: type
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    pattern: str = ""  # a string must match it whole (a form a library checks only late)
    example: str = ""  # what the error line shows as a good value
    optional: bool = False  # null is allowed too (a JSON file's null: a script's speaker)


@dataclass(frozen=True)
class ListOf:
    element: Schema
    length: int | None = None


@dataclass(frozen=True)
class Table:
    """Known keys, each with its schema; `any_key`: a table of free keys (roles, lexicon
    entries) whose values all follow one schema; `required`: keys that must be there."""

    keys: Mapping[str, Schema] = field(default_factory=dict)
    any_key: Schema | None = None
    required: tuple[str, ...] = ()


Schema = Value | ListOf | Table


def _fits(value: object, kind: type) -> bool:
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def _where(path: tuple[str, ...]) -> str:
    """'[audio] bed_db', '[post] band_pass_hz', 'name': how the producer finds the key."""
    if not path:
        return "the file"
    *tables, key = path
    return f"[{'.'.join(tables)}] {key}" if tables else key


def _scalar(value: object, schema: Value, source: str, path: tuple[str, ...]) -> None:
    if value is None and schema.optional:
        return
    if not _fits(value, schema.kind):
        raise InputError(
            f"{source}: {_where(path)} = {value!r}: expected {_NAMES[schema.kind]}"
        ) from None
    if schema.choices and value not in schema.choices:
        raise InputError(
            f"{source}: {_where(path)} = {value!r}: use one of {', '.join(schema.choices)}"
        )
    if schema.pattern and isinstance(value, str) and not re.fullmatch(schema.pattern, value):
        raise InputError(
            f"{source}: {_where(path)} = {value!r}: expected a value like {schema.example!r}"
        )
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise InputError(f"{source}: {_where(path)} = {value!r}: expected a finite number")
        low = -math.inf if schema.low is None else schema.low
        high = math.inf if schema.high is None else schema.high
        if not low <= value <= high:
            bounds = f"at least {low:g}" if high == math.inf else f"within {low:g}..{high:g}"
            raise InputError(f"{source}: {_where(path)} = {value!r}: must be {bounds}")


def check(value: object, schema: Schema, source: str, path: tuple[str, ...] = ()) -> None:
    """Raise one InputError for the first thing in `value` that `schema` does not allow."""
    if isinstance(schema, Value):
        _scalar(value, schema, source, path)
    elif isinstance(schema, ListOf):
        if not isinstance(value, list):
            raise InputError(f"{source}: {_where(path)} = {value!r}: expected a list")
        if schema.length is not None and len(value) != schema.length:
            raise InputError(
                f"{source}: {_where(path)} = {value!r}: expected {schema.length} elements"
            )
        for index, element in enumerate(value):
            check(element, schema.element, source, (*path[:-1], f"{path[-1]}[{index}]"))
    else:
        _table(value, schema, source, path)


def _table(value: object, schema: Table, source: str, path: tuple[str, ...]) -> None:
    if not isinstance(value, dict):
        name = f"[{'.'.join(path)}]" if path else "the file"
        raise InputError(f"{source}: {name} must be a table")
    for key in schema.required:
        if key not in value:
            raise InputError(f"{source}: {_where((*path, key))} is missing")
    for key, item in value.items():
        known = schema.keys.get(key, schema.any_key)
        if known is None:
            raise InputError(
                f"{source}: unknown setting {_where((*path, key))}{_hint(key, schema)}"
            )
        check(item, known, source, (*path, key))


def _hint(key: str, schema: Table) -> str:
    near = difflib.get_close_matches(key, list(schema.keys), n=1, cutoff=0.6)
    if near:
        return f" (did you mean {near[0]}?)"
    return f" (known: {', '.join(schema.keys)})" if schema.keys else ""


def _annotation_schema(annotation: Any) -> Schema:
    if typing.get_origin(annotation) is tuple:
        return ListOf(_annotation_schema(typing.get_args(annotation)[0]))  # type: ignore[arg-type]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        kinds = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _annotation_schema(kinds[0])
    return Value(annotation)


def dataclass_table(
    cls: type, bounds: Mapping[str, Schema] | None = None, skip: tuple[str, ...] = ()
) -> Table:
    """The schema of a settings dataclass: one key per field, typed by its annotation;
    `bounds` overrides the schema of some keys (ranges, choices), `skip` leaves keys out."""
    hints = typing.get_type_hints(cls)
    keys: dict[str, Schema] = {
        f.name: _annotation_schema(hints[f.name]) for f in fields(cls) if f.name not in skip
    }
    keys.update(bounds or {})
    return Table(keys)
