"""Spec sources other than a pin (a URL), and the selectable formatter."""

from __future__ import annotations

import functools
import http.server
from pathlib import Path
from typing import Iterator

import pytest

from tests.conftest import FIXTURES, run_generator, serve, tree_bytes


@pytest.fixture
def served_fixtures() -> Iterator[str]:
    with serve(functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(FIXTURES))) as server:
        yield f"http://127.0.0.1:{server.server_address[1]}"


def test_spec_from_url_equals_spec_from_path(served_fixtures: str, tmp_path: Path) -> None:
    r = run_generator("generate", "--spec", f"{served_fixtures}/petstore.yaml", "--out", str(tmp_path / "url"), "--quiet")
    assert r.returncode == 0, r.stderr
    r = run_generator("generate", "--spec", str(FIXTURES / "petstore.yaml"), "--out", str(tmp_path / "path"), "--quiet")
    assert r.returncode == 0, r.stderr
    assert tree_bytes(tmp_path / "url") == tree_bytes(tmp_path / "path")


def test_url_that_does_not_answer_is_bad_input(served_fixtures: str, tmp_path: Path) -> None:
    r = run_generator("generate", "--spec", f"{served_fixtures}/missing.yaml", "--out", str(tmp_path / "o"))
    assert r.returncode == 1
    assert "missing.yaml: cannot download" in r.stderr


def test_black_is_selectable(tmp_path: Path) -> None:
    r = run_generator("generate", "--spec", str(FIXTURES / "petstore.yaml"), "--out", str(tmp_path / "b"),
                      "--formatter", "black", "--quiet", "--no-validate")
    assert r.returncode == 0, r.stderr
    r = run_generator("generate", "--spec", str(FIXTURES / "petstore.yaml"), "--out", str(tmp_path / "r"),
                      "--quiet", "--no-validate")
    assert r.returncode == 0, r.stderr
    black, ruff = tree_bytes(tmp_path / "b"), tree_bytes(tmp_path / "r")
    assert sorted(black) == sorted(ruff)
    assert black != ruff  # the two formatters differ in detail (quotes in docstrings, blank lines)
    compile(black["src/petstore/resources/pets/pets.py"], "pets.py", "exec")


def test_ir_dump_is_json(tmp_path: Path) -> None:
    import json

    out = tmp_path / "ir.json"
    r = run_generator("ir", "--spec", str(FIXTURES / "petstore.yaml"), "--output", str(out))
    assert r.returncode == 0, r.stderr
    ir = json.loads(out.read_text())
    assert ir["__kind__"] == "Api" and ir["client_name"] == "Petstore"
    assert {r["name"] for r in ir["resources"]} >= {"pets"}
