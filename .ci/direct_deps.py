"""The direct dependencies of pyproject.toml, and which of them the venv holds back.

`specs`: one requirement per line (runtime and test extras), markers that do not apply
left out. `held-back DIR`: leaves in DIR (a `pip install --target` of those specs) only
the packages whose version differs from the venv's, and prints them as
"name installed -> newest".
"""

from __future__ import annotations

import os
import shutil
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def requirements() -> list[Requirement]:
    project = tomllib.loads(Path("pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = project["dependencies"] + project["optional-dependencies"]["test"]
    found = [Requirement(line) for line in lines]
    return [r for r in found if r.marker is None or r.marker.evaluate()]


def held_back(overlay: Path) -> list[str]:
    held = []
    for info in sorted(overlay.glob("*.dist-info")):
        meta = metadata.Distribution.at(info)
        name = meta.metadata["Name"]
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = "none"
        if installed == meta.version:
            package_files = [overlay / str(path) for path in meta.files or ()]
            for path in package_files:
                path.unlink(missing_ok=True)
            shutil.rmtree(info, ignore_errors=True)
        else:
            held.append(f"{canonicalize_name(name)} {installed} -> {meta.version}")
    for folder, _dirs, files in sorted(os.walk(overlay), reverse=True):  # deepest first
        if not files and not os.listdir(folder) and Path(folder) != overlay:
            os.rmdir(folder)  # emptied by the removals above
    return held


if __name__ == "__main__":
    if sys.argv[1] == "specs":
        print("\n".join(str(r).split(";")[0] for r in requirements()))
    else:
        print("\n".join(held_back(Path(sys.argv[2]))))
