"""The whole generated output of each fixture spec equals its committed snapshot, byte for byte.

A difference means the generator's output changed: review it, then run `make snapshots`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.check import drift, tree_bytes
from tests.snapshot_tool import CASES, SNAPSHOTS, generate


@pytest.mark.parametrize("name", sorted(CASES))
def test_snapshot(name: str, tmp_path: Path) -> None:
    out = tmp_path / name
    generate(name, out)
    got, want = tree_bytes(out), tree_bytes(SNAPSHOTS / name)
    assert want, f"no snapshot for {name}: run `make snapshots`"
    problems = drift(got, want, width=4000)
    assert not problems, "\n".join(problems) + "\nreview the differences, then run `make snapshots`"


def test_generation_is_deterministic(tmp_path: Path) -> None:
    generate("petstore", tmp_path / "a")
    generate("petstore", tmp_path / "b")
    assert tree_bytes(tmp_path / "a") == tree_bytes(tmp_path / "b")


def test_rerun_rewrites_nothing(tmp_path: Path) -> None:
    out = tmp_path / "p"
    generate("petstore", out)
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    generate("petstore", out)
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == stamps


def test_unchanged_inputs_skip_work_but_hand_edits_are_repaired(tmp_path: Path) -> None:
    from tests.conftest import FIXTURES, run_generator

    out = tmp_path / "p"
    args = ("generate", "--spec", str(FIXTURES / "petstore.yaml"), "--out", str(out), "--no-validate")
    first = run_generator(*args)
    assert first.returncode == 0 and "[render]" in first.stderr
    second = run_generator(*args)
    assert second.returncode == 0 and "is up to date" in second.stderr and "[render]" not in second.stderr
    edited = out / "README.md"
    original = edited.read_bytes()
    edited.write_text("hand edit\n")
    third = run_generator(*args)
    assert third.returncode == 0 and "1 written" in third.stderr
    assert edited.read_bytes() == original
