"""A spec written to break out of the code it becomes: its names and texts must stay data.

The same spec is generated twice: once with hostile strings (quotes of both kinds, backslashes,
newlines, NUL, triple quotes, unicode line separators, a payload that runs a shell command) and once
with a benign twin whose strings are the Python names the hostile ones turn into. Every call in the
hostile package must be one the benign package makes too (the templates' calls), importing it must
run nothing, and a request built by it must carry the hostile wire names byte for byte.
"""

from __future__ import annotations

import ast
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.naming import safe_field_name
from tests.conftest import run_generator

pytestmark = pytest.mark.xdist_group("hostile")

MARKER = "PWNED"
PAYLOAD = f"q\" + str(__import__('os').system('touch {MARKER}')) + \""
HOSTILE = [
    PAYLOAD,
    f"s' + str(__import__('os').system('touch {MARKER}')) + '",
    "tail\\",
    "new\nline",
    "nul\x00byte",
    'tri"""ple',
    "sep\u2028para\u2029",
    "back\\\\slash\\n",
    "ok-dash",  # an ordinary alias, so the benign twin has one too
]


def spec(names: list[str], text: str) -> dict[str, Any]:
    """A small spec whose property, query, header and enum names are `names`, whose descriptions,
    server URL, media type and path carry `text`."""
    props = {n: {"type": "string", "description": text} for n in names}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Hostile", "version": "1.0.0", "description": text},
        "servers": [{"url": "https://hostile.example/" + text.replace("\n", "")}],
        "components": {
            "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
            "schemas": {
                "Thing": {"type": "object", "description": text, "properties": {
                    **props,
                    "kind": {"type": "string", "enum": names},
                }},
                "Pet": {
                    "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                    "discriminator": {"propertyName": names[0]},
                },
                "Cat": {"type": "object", "required": [names[0]], "properties": {names[0]: {"type": "string", "enum": ["cat"]}}},
                "Dog": {"type": "object", "required": [names[0]], "properties": {names[0]: {"type": "string", "enum": ["dog"]}}},
            },
        },
        "security": [{"key": []}],
        "paths": {
            "/things/{thing_id}": {
                "post": {
                    "operationId": "makeThing",
                    "description": text,
                    "parameters": [
                        {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}},
                        *({"name": n, "in": "query", "schema": {"type": "string"}} for n in names),
                        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
                    ],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    "responses": {"200": {"description": text, "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}},
                }
            },
            "/pets": {
                "get": {
                    "operationId": "getPet",
                    "responses": {"200": {"description": "ok", "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}},
                }
            },
        },
    }


HOSTILE_TEXT = 'Say """hi""" \\ and */ then\n\x00\u2028 done\\'


def generate(tmp_path: Path, name: str, document: dict[str, Any]) -> Path:
    work = tmp_path / name
    work.mkdir()
    (work / "spec.json").write_text(json.dumps(document))
    proc = run_generator("generate", "--spec", str(work / "spec.json"), "--out", str(work / "out"), "--no-validate",
                         cwd=work)
    assert proc.returncode == 0, proc.stderr
    return work / "out"


def calls(root: Path) -> set[str]:
    """Every distinct callee (the AST of what is called) in the package's Python files."""
    found = set()
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        found |= {ast.dump(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    return found


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("hostile")
    twin_names = [safe_field_name(n) for n in HOSTILE[:-1]] + HOSTILE[-1:]
    hostile = generate(tmp, "hostile", spec(HOSTILE, HOSTILE_TEXT))
    benign = generate(tmp, "benign", spec(twin_names, "Plain text"))
    return hostile, benign


def test_hostile_names_add_no_calls(packages: tuple[Path, Path]) -> None:
    hostile, benign = packages
    extra = calls(hostile) - calls(benign)
    assert not extra, "calls that only the hostile spec produced:\n" + "\n".join(sorted(extra))


def test_every_file_stays_inside_the_output(packages: tuple[Path, Path]) -> None:
    hostile, _ = packages
    for path in hostile.parent.rglob("*"):
        assert path.resolve().is_relative_to(hostile.parent.resolve())
    assert not list(hostile.parent.rglob(MARKER))


SCRIPT = r"""
import inspect, json, sys
import httpx
import hostile
from hostile.types import Thing

names = json.loads(sys.argv[1])
seen = {}

def handler(request):
    seen["path"] = request.url.raw_path.decode().partition("?")[0]
    seen["query"] = [[k, v] for k, v in request.url.params.multi_items()]
    seen["body"] = json.loads(request.content)
    return httpx.Response(200, json={n: "v" + str(i) for i, n in enumerate(names)})

client = hostile.Hostile(api_key="k", base_url="https://h.example/v1", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
fields = [f for f in Thing.model_fields]
method = client.things.update
skip = {"thing_id", "kind", "x_trace", "extra_headers", "extra_query", "extra_body", "timeout"}
params = [p for p in inspect.signature(method).parameters if p not in skip]
thing = method("x/..", **{p: "p" + str(i) for i, p in enumerate(params)})
print(json.dumps({"seen": seen, "fields": fields, "values": [getattr(thing, f) for f in fields if f != "kind"]}))
"""


def test_import_runs_nothing_and_requests_carry_the_exact_names(packages: tuple[Path, Path], tmp_path: Path) -> None:
    hostile, _ = packages
    env = {**os.environ, "PYTHONPATH": str(hostile / "src")}
    proc = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps(HOSTILE)], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert not (tmp_path / MARKER).exists()
    result = json.loads(proc.stdout)
    seen = result["seen"]
    # the body's keys are the hostile wire names, exactly; so are the query keys
    assert sorted(seen["body"]) == sorted(HOSTILE)
    assert sorted(k for k, _ in seen["query"]) == sorted(HOSTILE)
    # the path segment is percent-encoded, never collapsed
    assert seen["path"] == "/v1/things/x%2F.."
    # each response field was read through its alias: values v0..v8 in wire-name order
    assert result["values"] == ["v" + str(i) for i in range(len(HOSTILE))]


def test_docstrings_keep_the_text(packages: tuple[Path, Path]) -> None:
    """The hostile description is kept as the docstring's value (minus the outer whitespace)."""
    hostile, _ = packages
    tree = ast.parse((hostile / "src" / "hostile" / "types" / "thing.py").read_text(encoding="utf-8"))
    thing = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Thing")
    assert ast.get_docstring(thing) == inspect.cleandoc(HOSTILE_TEXT.strip())
