"""The snapshot fixtures: which spec (and config) each committed snapshot under tests/snapshots/ comes from.

`make snapshots` (python -m tests.snapshot_tool update) regenerates them deliberately; the test
suite only compares.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from tests.conftest import FIXTURES, ROOT, run_generator

SNAPSHOTS = ROOT / "tests" / "snapshots"

# snapshot name -> (spec, config or None)
CASES: dict[str, tuple[Path, Path | None]] = {
    "petstore": (FIXTURES / "petstore.yaml", None),
    "legacy30": (FIXTURES / "legacy30.yaml", None),
}


def generate(name: str, out: Path) -> None:
    spec, config = CASES[name]
    args = ["generate", "--spec", str(spec), "--out", str(out), "--quiet"]
    if config is not None:
        args += ["--config", str(config)]
    r = run_generator(*args)
    if r.returncode != 0:
        raise RuntimeError(f"generating snapshot {name} failed:\n{r.stderr}")


def update() -> None:
    for name in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / name
            generate(name, out)
            target = SNAPSHOTS / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(out, target)
        print(f"updated {target.relative_to(ROOT)}")


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        sys.exit("usage: python -m tests.snapshot_tool update")
    update()
