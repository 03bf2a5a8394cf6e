"""The plan cache: the same inputs planned again are the stored plan, with the same files and
the same lines for the producer; anything that makes the plan changes the key; an entry that
is damaged, foreign or not ours is planned again, never trusted."""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.build import BuildOptions, build
from briefing.config import Config
from briefing.fileio import sealed
from briefing.plan import plan_episode
from briefing.plan_cache import FOLDER, MAGIC, SUFFIX, PlanCache, plan_key, source_digest
from briefing.production import Production, load_production
from briefing.tts import OneEngine
from briefing.tts.cache import SpeechCache
from tests.cli_runner import invoke
from tests.conftest import EXAMPLES, ToneEngine, child_env, tone_edge

DAY = dt.date(2026, 11, 29)
NOW = dt.datetime(2026, 11, 29, 6, 0, tzinfo=dt.UTC)
SOLAR, FLU = EXAMPLES / "01_solar_plant.txt", EXAMPLES / "02_flu_vaccination.txt"


@pytest.fixture(scope="module")
def production() -> Production:
    return load_production(Config())


class Heard:
    """What planning told the producer, and whether it segmented (a miss) or not (a hit)."""

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.notes: list[str] = []
        self.stages: list[str] = []

    def plan(self, inputs: list[Path], production: Production, plans: PlanCache | None):
        return plan_episode(
            inputs,
            production,
            DAY,
            self.warnings.append,
            self.notes.append,
            progress=lambda stage, *_: self.stages.append(stage),
            plans=plans,
        )

    @property
    def segmented(self) -> bool:
        return "segmenting" in self.stages


def plans_in(folder: Path) -> PlanCache:
    return PlanCache(folder, warn=pytest.fail)


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{SUFFIX}"))


def test_the_same_inputs_are_the_stored_plan_with_the_same_lines(
    tmp_path: Path, production: Production
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SOLAR, articles / "a.txt")
    shutil.copy(SOLAR, articles / "b.txt")  # the same story twice: merged, with a note
    (articles / "c.txt").write_text("", encoding="utf-8")  # skipped, with a warning
    plans = plans_in(tmp_path / "plans")
    first, again = Heard(), Heard()
    planned = first.plan([articles], production, plans)
    stored = again.plan([articles], production, plans)
    assert first.segmented and not again.segmented
    assert stored == planned
    assert first.notes and first.warnings  # the case says something on both channels
    assert (again.notes, again.warnings) == (first.notes, first.warnings)
    assert len(entries(tmp_path / "plans")) == 1


def _published(outdir: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(outdir)): path.read_bytes()
        for path in sorted(outdir.rglob("*"))
        if path.is_file()
    }


def test_a_build_from_a_stored_plan_publishes_the_same_bytes(
    tmp_path: Path, production: Production
) -> None:
    engine = OneEngine(ToneEngine())
    plans = plans_in(tmp_path / "plans")

    def published(outdir: str, with_plans: PlanCache | None) -> dict[str, bytes]:
        heard = Heard()
        options = BuildOptions(
            tmp_path / outdir,
            DAY,
            now=NOW,
            progress=lambda stage, *_: heard.stages.append(stage),
            warn=pytest.fail,
        )
        build(
            [SOLAR, FLU], production, engine, SpeechCache(tmp_path / "cache"), options, with_plans
        )
        assert heard.segmented == (outdir != "from-the-plan")
        return _published(tmp_path / outdir)

    published("first", plans)  # planned, and stored
    from_the_plan = published("from-the-plan", plans)
    planned_again = published("planned-again", None)
    assert from_the_plan.keys() == planned_again.keys() and len(from_the_plan) > 5
    assert from_the_plan == planned_again


def _article_changed(tmp_path: Path) -> list[Path]:
    """The same file, one word of it changed."""
    (article,) = _copied(tmp_path)
    article.write_bytes(SOLAR.read_bytes().replace("الطاقة".encode(), "الكهرباء".encode(), 1))
    return [article]


def _renamed(tmp_path: Path) -> list[Path]:
    renamed = tmp_path / "other-name.txt"
    shutil.copy(SOLAR, renamed)
    return [renamed]


def _lexicon(tmp_path: Path) -> Production:
    own = tmp_path / "lexicon.toml"
    own.write_text('[abbreviations]\n"م.ت" = "مثال تجريبي"\n', encoding="utf-8")
    return load_production(Config(), extra_lexicons=[own])


def _copied(tmp_path: Path) -> list[Path]:
    copy = tmp_path / SOLAR.name
    if not copy.exists():
        shutil.copy(SOLAR, copy)
    return [copy]


@pytest.mark.parametrize(
    "change",
    [
        lambda tmp, key: key(inputs=_article_changed(tmp)),
        lambda tmp, key: key(inputs=_renamed(tmp)),
        lambda tmp, key: key(inputs=[*_copied(tmp), FLU]),
        lambda tmp, key: key(production=_lexicon(tmp)),
        lambda tmp, key: key(production=load_production(replace(Config(), quotes_per_story=1))),
        lambda tmp, key: key(production=load_production(replace(Config(), max_stories=1))),
        lambda tmp, key: key(day=DAY + dt.timedelta(days=1)),
        lambda tmp, key: key(strict=True),
    ],
    ids=["bytes", "name", "inputs", "lexicon", "config", "max stories", "date", "strict"],
)
def test_anything_that_makes_the_plan_is_in_its_key(tmp_path: Path, change) -> None:
    def key(
        inputs: list[Path] | None = None,
        production: Production | None = None,
        day: dt.date = DAY,
        strict: bool = False,
    ) -> str:
        return plan_key(
            inputs or _copied(tmp_path), production or load_production(Config()), day, strict
        )

    same = key()
    assert key() == same
    assert change(tmp_path, key) != same


def test_the_code_is_in_the_key(tmp_path: Path) -> None:
    package = tmp_path / "package"
    shutil.copytree(Path(__file__).parent.parent / "briefing" / "select", package)
    before = source_digest(package)
    (package / "__pycache__").mkdir(exist_ok=True)
    (package / "__pycache__" / "fit.cpython.pyc").write_bytes(b"compiled")
    assert source_digest(package) == before  # compiled caches come and go
    fit = package / "fit.py"
    fit.write_text(fit.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert source_digest(package) != before


def test_a_changed_article_is_planned_again(tmp_path: Path, production: Production) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(SOLAR, article)
    plans = plans_in(tmp_path / "plans")
    first = Heard().plan([article], production, plans)
    article.write_bytes(SOLAR.read_bytes().replace("الطاقة".encode(), "الكهرباء".encode()))
    heard = Heard()
    second = heard.plan([article], production, plans)
    assert heard.segmented and second != first
    assert "الكهرباء" in " ".join(cue.text for cue in second.script.cues)


def test_the_key_is_the_same_in_another_process(tmp_path: Path) -> None:
    """Sets in the lexicon iterate in the string hash's order, which each process draws."""
    article = _copied(tmp_path)[0]
    ask = (
        "import datetime, sys; from pathlib import Path; from briefing.config import Config;"
        "from briefing.plan_cache import plan_key; from briefing.production import "
        "load_production; print(plan_key([Path(sys.argv[1])], load_production(Config()), "
        "datetime.date(2026, 11, 29), False))"
    )
    keys = {
        subprocess.run(
            [sys.executable, "-c", ask, str(article)],
            env={**child_env(), "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert keys == {plan_key([article], load_production(Config()), DAY, False)}


def _stored(tmp_path: Path, production: Production) -> tuple[PlanCache, Path]:
    plans = plans_in(tmp_path / "plans")
    Heard().plan([SOLAR], production, plans)
    (entry,) = entries(tmp_path / "plans")
    return plans, entry


def _damaged(entry: Path, _other: Path) -> None:
    data = bytearray(entry.read_bytes())
    data[len(data) // 2] ^= 0xFF
    entry.write_bytes(bytes(data))


def _foreign(entry: Path, other: Path) -> None:
    """Another key's entry under this key's name (whole, but not this plan)."""
    entry.write_bytes(other.read_bytes())


class _Planted:
    def __reduce__(self):
        return (os.mkdir, (str(Path.cwd() / "planted"),))


def _not_ours(entry: Path, _other: Path) -> None:
    """Whole by its digest, but a pickle that would run code."""
    body = pickle.dumps(_Planted())
    entry.write_bytes(sealed(MAGIC, body))  # whole, by its digest


@pytest.mark.parametrize(
    "spoil", [_damaged, _foreign, _not_ours], ids=["damaged", "foreign", "not ours"]
)
def test_a_spoiled_entry_is_planned_again(tmp_path: Path, production: Production, spoil) -> None:
    other_plans = plans_in(tmp_path / "other")
    Heard().plan([FLU], production, other_plans)
    (other,) = entries(tmp_path / "other")
    plans, entry = _stored(tmp_path, production)
    planned = Heard().plan([SOLAR], production, None)
    spoil(entry, other)
    heard = Heard()
    assert heard.plan([SOLAR], production, plans) == planned
    assert heard.segmented and not (Path.cwd() / "planted").exists()
    again = Heard()
    assert again.plan([SOLAR], production, plans) == planned  # stored whole again
    assert not again.segmented


def test_an_unwritable_cache_warns_once_and_plans(tmp_path: Path, production: Production) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    said: list[str] = []
    plans = PlanCache(blocked / "plans", warn=said.append)
    for _ in range(2):
        assert Heard().plan([SOLAR], production, plans) == Heard().plan([SOLAR], production, None)
    assert len(said) == 1 and said[0].startswith("plan cache not written")


def test_the_least_recently_used_entries_go(tmp_path: Path, production: Production) -> None:
    plans = PlanCache(tmp_path / "plans", warn=pytest.fail, max_entries=2)
    for used, article in ((1e6, SOLAR), (2e6, FLU)):
        Heard().plan([article], production, plans)
        (entry,) = (e for e in entries(tmp_path / "plans") if e.stat().st_mtime > 3e6)
        os.utime(entry, (used, used))  # SOLAR's was used first
    Heard().plan([EXAMPLES / "03_cup_final.txt"], production, plans)
    assert len(entries(tmp_path / "plans")) == 2
    flu, solar = Heard(), Heard()
    flu.plan([FLU], production, plans)
    solar.plan([SOLAR], production, plans)
    assert not flu.segmented and solar.segmented


def test_the_command_line_keeps_plans_beside_the_speech(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    args = ("build", SOLAR, "-o", tmp_path / "out", "--cache-dir", cache, "--date", "2026-11-29")
    first, again = (invoke(*args, "--json", obj=tone_edge()) for _ in range(2))
    assert first.exit_code == again.exit_code == 0, first.stderr + again.stderr
    built, rebuilt = json.loads(first.stdout), json.loads(again.stdout)
    assert rebuilt["reused"] and not built["reused"]
    same = ("episode_id", "mp3", "duration_s", "chapters", "stories", "merged", "left_out")
    assert {k: rebuilt[k] for k in same} == {k: built[k] for k in same}
    assert len(entries(cache / FOLDER)) == 1
    cleared = invoke("cache", "clear", "--cache-dir", cache)
    assert "and 1 planned episodes" in cleared.stdout
    assert not entries(cache / FOLDER)
