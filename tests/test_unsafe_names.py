"""Names from a spec that used to break the emitted package, and `$ref`s that read outside the spec.

Each package is generated with no config, then imported module by module in a fresh interpreter;
its calls are made through httpx.MockTransport to see the request they build.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_generator, serve

pytestmark = pytest.mark.xdist_group("unsafe-names")


def write_spec(where: Path, document: dict[str, Any], name: str = "spec.json") -> Path:
    where.mkdir(parents=True, exist_ok=True)
    (where / name).write_text(json.dumps(document))
    return where / name


def generate(spec: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return run_generator("generate", "--spec", str(spec), "--out", str(spec.parent / "out"), "--no-validate", *flags,
                         cwd=spec.parent)


def obj(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


def ok(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def names_spec(title: str) -> dict[str, Any]:
    ref = lambda n: {"$ref": "#/components/schemas/" + n.replace("~", "~0").replace("/", "~1")}  # noqa: E731
    return {
        "openapi": "3.0.3",
        "info": {"title": title, "version": "1"},
        "servers": [{"url": "https://names.example"}],
        "components": {"schemas": {
            "Optional": obj(a={"type": "string"}),
            "List": obj(items={"type": "array", "items": ref("Optional")}),
            "Literal": {"type": "string", "enum": ["x", "y"]},
            "BaseModel": obj(kind=ref("Literal"), also=ref("List")),
            "Odd": obj(**{"1st": {"type": "string"}, "": {"type": "string"}, "\U0001F680": {"type": "string"},
                          "_id": {"type": "string"}, "id": {"type": "string"}}),
            "../../evil": obj(x={"type": "string"}),
            "con": obj(y={"type": "string"}),
        }},
        "paths": {
            "/a/{b.c}/d/{d-e}": {"get": {
                "operationId": "getDotted",
                "parameters": [{"name": "b.c", "in": "path", "required": True, "schema": {"type": "string"}},
                               {"name": "d-e", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": ok(ref("BaseModel")),
            }},
            "/uploads/{upload_id}/parts/{part_id}": {"post": {
                "operationId": "addPart",
                "parameters": [{"name": "upload_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": ok(ref("Odd")),
            }},
            "/evil": {"get": {"operationId": "../../../etc/evil", "tags": ["../x", "aux"],
                              "responses": ok(ref("../../evil"))}},
            "/con": {"get": {"responses": ok(ref("con"))}},
        },
    }


IMPORT_ALL = r"""
import importlib, json, pkgutil, sys
import httpx

package = importlib.import_module(sys.argv[1])
for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(info.name)
seen = []

def handler(request):
    seen.append(request.url.raw_path.decode())
    return httpx.Response(200, json={"1st": "one", "": "empty", "_id": "u", "id": "i"})

client_cls = getattr(package, sys.argv[2])
client = client_cls(base_url="https://names.example", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
"""


@pytest.mark.parametrize(("title", "package", "client"), [
    ("import", "import_", "Import"),
    ("Builtins", "builtins_sdk", "Builtins"),
    ("None", "none", "NoneClient"),  # the package is the title's word, the class made safe
])
def test_names_that_broke_the_package(tmp_path: Path, title: str, package: str, client: str) -> None:
    spec = write_spec(tmp_path / "work", names_spec(title))
    proc = generate(spec)
    assert proc.returncode == 0, proc.stderr
    out = spec.parent / "out"
    assert "{part_id}, which is not a declared path parameter" in proc.stderr
    for path in out.rglob("*"):
        assert path.resolve().is_relative_to(out.resolve()), path
        assert path.stem.lower() not in ("con", "aux"), path
    env = {**os.environ, "PYTHONPATH": str(out / "src")}
    script = IMPORT_ALL + CALLS
    run = subprocess.run([sys.executable, "-c", script, package, client], cwd=tmp_path, env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.splitlines()[-1])
    # the package is the generated one, not a module of the same name elsewhere
    assert Path(result["module_file"]).resolve().is_relative_to(out.resolve())
    assert result["paths"] == ["/a/x%2Fy/d/z", "/uploads/u1/parts/p%3F1"]
    assert result["odd"] == {"1st": "one", "": "empty", "_id": "u", "id": "i"}


CALLS = r"""
client.a.d.retrieve("z", b_c="x/y")
odd = client.uploads.parts.update("p?1", upload_id="u1")
print(json.dumps({"paths": seen, "module_file": package.__file__, "odd": odd.to_dict()}))
"""


# ----- $ref confinement -------------------------------------------------------------------------


def ref_spec(ref: str) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Refs", "version": "1"},
        "paths": {"/x": {"get": {"responses": ok({"$ref": ref})}}},
    }


SECRET = {"Secret": {"type": "object", "properties": {"token_from_outside": {"type": "string"}}}}


def test_file_ref_outside_the_spec_directory_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.json"
    outside.write_text(json.dumps(SECRET))
    spec = write_spec(tmp_path / "project", ref_spec("../outside.json#/Secret"))
    proc = generate(spec)
    assert proc.returncode == 1, proc.stderr
    assert "#/paths/~1x/get/responses/200/content/application~1json/schema" in proc.stderr
    assert "outside the spec's directory" in proc.stderr and "--allow-ref-root" in proc.stderr
    assert not (spec.parent / "out").exists()
    # the same ref is followed once that directory is allowed
    allowed = generate(spec, "--allow-ref-root", str(tmp_path))
    assert allowed.returncode == 0, allowed.stderr
    assert "token_from_outside" in (spec.parent / "out" / "src" / "refs" / "types" / "secret.py").read_text()


def test_absolute_file_ref_is_refused(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "project", ref_spec("/etc/passwd#/x"))
    proc = generate(spec)
    assert proc.returncode == 1
    assert "/etc/passwd" in proc.stderr and "outside the spec's directory" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_symlink_out_of_the_spec_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "outside.json").write_text(json.dumps(SECRET))
    spec = write_spec(tmp_path / "project", ref_spec("link.json#/Secret"))
    (spec.parent / "link.json").symlink_to(tmp_path / "outside.json")
    proc = generate(spec)
    assert proc.returncode == 1 and "outside the spec's directory" in proc.stderr


def test_missing_ref_file_names_the_ref(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "project", ref_spec("gone.json#/Secret"))
    proc = generate(spec)
    assert proc.returncode == 1
    assert "#/paths/~1x/get/responses/200/content/application~1json/schema" in proc.stderr
    assert "missing file" in proc.stderr


def test_remote_ref_needs_the_flag(tmp_path: Path) -> None:
    from http.server import BaseHTTPRequestHandler

    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            hits.append(self.path)
            body = json.dumps(SECRET).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/remote.json#/Secret"
        spec = write_spec(tmp_path / "project", ref_spec(url))
        refused = generate(spec)
        assert refused.returncode == 1 and "--allow-remote-refs" in refused.stderr
        assert hits == []  # nothing was fetched
        followed = generate(spec, "--allow-remote-refs")
        assert followed.returncode == 0, followed.stderr
        assert hits == ["/remote.json"]


@pytest.mark.parametrize(("key", "value"), [
    ("client.name", 'Evil" + __import__("os").getcwd() + "'),
    ("client.env_prefix", "A-B"),
    ("client.auth.header", "X-Key\r\nInjected: 1"),
    ("package.name", "../escape"),
    ("types.Secret.module", "types/../../x"),
])
def test_config_names_that_would_become_code_are_refused(tmp_path: Path, key: str, value: str) -> None:
    import yaml

    spec = write_spec(tmp_path, {**ref_spec("#/components/schemas/Secret"), "components": {"schemas": SECRET}})
    config: dict[str, Any] = {}
    node = config
    parts = key.split(".")
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    proc = generate(spec, "--config", str(tmp_path / "config.yaml"))
    assert proc.returncode == 1, proc.stderr
    assert key in proc.stderr and "Traceback" not in proc.stderr


# ----- names the fuzzer found -------------------------------------------------------------------


SHADOW_SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Shadow", "version": "1"},
    "servers": [{"url": "https://names.example"}],
    "components": {"schemas": {
        "Address": obj(line={"type": "string"}),
        "Thing": obj(**{"date": {"type": "string", "format": "date"}, "Optional": {"type": "string"},
                        "Address": {"$ref": "#/components/schemas/Address"}, "Inner": obj(a={"type": "string"})}),
    }},
    "paths": {
        # a sub-resource named like its parent, which itself has a sub-resource
        "/data/data/items/{item_id}": {"get": {"parameters": [
            {"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": ok({"$ref": "#/components/schemas/Thing"})}},
        "/data/{data_id}": {"get": {"parameters": [
            {"name": "data_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": ok({"type": "string"})}},
        "/id/id/id": {"get": {"responses": ok({"type": "string"})}},
        # params of resource `address.lines` sit in types/address/, where the schema module was
        "/address/lines": {"post": {"requestBody": {"content": {"application/json": {"schema": obj(
            line={"type": "string"})}}}, "responses": ok({"$ref": "#/components/schemas/Address"})}},
        # parameters named like what the method body uses, and like an imported type
        "/search": {"get": {"parameters": [
            {"name": n, "in": "query", "schema": {"type": "string"}} for n in ("List", "cast", "body", "Address")],
            "responses": ok({"type": "object", "additionalProperties": {"type": "array", "items": {
                "$ref": "#/components/schemas/Address"}}})}},
    },
}

SHADOW_CALLS = r"""
thing = client.data.data.items.retrieve("i1")
client.data.retrieve("d1")
client.id.id.id.retrieve()
from shadow.types import Address
from shadow.types.address import Address as Same
assert Address is Same and type(thing.address) is Address, (Address, Same, type(thing.address))
found = client.search.retrieve(list="l", cast_="c", body_="b", address="a")
print(json.dumps({"paths": seen, "thing": [str(thing.date_), thing.optional, thing.address.line, thing.inner.a],
                  "classes": [type(client.data).__name__, type(client.data.data).__name__],
                  "found": found["k"][0].line}))
"""


def test_names_that_shadow_each_other(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "work", SHADOW_SPEC)
    proc = generate(spec)
    assert proc.returncode == 0, proc.stderr
    out = spec.parent / "out"
    reply = ("lambda request: httpx.Response(200, json={'k': [{'line': 'L'}]} if 'search' in str(request.url) else "
             "{'date': '2024-02-03', 'Optional': 'o', 'Address': {'line': 'l1'}, 'Inner': {'a': 'in'}})")
    script = IMPORT_ALL.replace('json={"1st": "one", "": "empty", "_id": "u", "id": "i"}',
                                f"json=({reply})(request).json()") + SHADOW_CALLS
    run = subprocess.run([sys.executable, "-c", script, "shadow", "Shadow"], cwd=tmp_path,
                         env={**os.environ, "PYTHONPATH": str(out / "src")}, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.splitlines()[-1])
    assert result["paths"][:2] == ["/data/data/items/i1", "/data/d1"]
    assert result["paths"][2] == "/id/id/id"
    assert result["paths"][3].startswith("/search?") and all(
        f"{k}={v}" in result["paths"][3] for k, v in (("List", "l"), ("cast", "c"), ("body", "b"), ("Address", "a")))
    assert result["thing"] == ["2024-02-03", "o", "l1", "in"]
    assert result["classes"] == ["Data", "DataData"]
    assert result["found"] == "L"
