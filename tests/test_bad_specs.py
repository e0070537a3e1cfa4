"""Specs that used to crash the generator (exit 2) or pass silently: each is now exit 1 with its
place named, and the existing output stays as it was."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_generator, tree_bytes


def op(responses: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "Bad", "version": "1"},
            "paths": {"/x": {"get": {"responses": responses}}}}


def nested(depth: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(depth):
        schema = {"type": "object", "properties": {"p": schema}}
    return op({"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}})


def discriminated(mapping: dict[str, str]) -> dict[str, Any]:
    doc = op({"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}})
    doc["components"] = {"schemas": {
        "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}], "discriminator": {"propertyName": "kind", "mapping": mapping}},
        "Cat": {"type": "object", "properties": {"kind": {"type": "string"}}},
    }}
    return doc


CASES = {
    "empty file": ("", "spec.yaml:1: the file is empty"),
    "top-level list": ("- a\n- b\n", "spec.yaml:1: #: the top level is a list"),
    "responses is a list": (json.dumps(op([1, 2])), "#/paths/~1x/get/responses: responses must be a mapping"),
    "a response is a number": (json.dumps(op({"200": 5})), "#/paths/~1x/get/responses/200: a response must be a mapping"),
    "parameters not a list": (json.dumps({**op({}), "paths": {"/x": {"get": {"parameters": {"a": 1}, "responses": {}}}}}),
                              "#/paths/~1x/get/parameters: parameters must be a list"),
    "300 levels of properties": (json.dumps(nested(300)), "schemas nest more than 100 levels deep here"),
    "3000 levels of schema": (json.dumps(nested(1)).replace('{"type": "string"}', '{"properties": {"a": ' * 3000 + "{}" + "}}" * 3000),
                              "nest"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_spec_is_a_located_error(tmp_path: Path, case: str) -> None:
    text, expected = CASES[case]
    spec = tmp_path / "spec.yaml"
    spec.write_text(text)
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.py").write_text("KEEP = 1\n")
    proc = run_generator("generate", "--spec", str(spec), "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert expected in proc.stderr, proc.stderr
    assert tree_bytes(out) == {"keep.py": b"KEEP = 1\n"}


def test_a_deep_but_reasonable_schema_generates(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(nested(90)))
    proc = run_generator("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--no-validate", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr


def test_json_nested_beyond_the_parser_is_a_located_error(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text('{"openapi": "3.0.3", "x": ' + '{"a": ' * 3000 + "1" + "}" * 3000 + "}")
    proc = run_generator("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "spec.json: the document nests too deeply to be read" in proc.stderr


@pytest.mark.parametrize("target", ["#/components/schemas/Dog", "Dog"])
def test_discriminator_mapping_to_nothing_is_a_located_warning(tmp_path: Path, target: str) -> None:
    """Real specs (Cohere's) have these: the entry is ignored, and the user told where it is."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(discriminated({"dog": target, "cat": "#/components/schemas/Cat"})))
    proc = run_generator("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--no-validate", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert f"warning: {spec}: #/components/schemas/Pet/discriminator/mapping/dog: maps to {target!r}" in proc.stderr
