"""Tests of scripts/prism.py (the Prism mock-server helper) and of the fixture specs it serves.

The Prism tests need `npm ci` to have installed node_modules/ (`make test` does it). Without it
they fail, so a missing install step cannot hide.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from urllib.parse import quote, urljoin

import httpx
import jsonschema
import pytest
import yaml
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.loader import resolve_pointer
from scripts import prism
from tests.conftest import FIXTURES

PETSTORE = FIXTURES / "petstore.yaml"
LEGACY30 = FIXTURES / "legacy30.yaml"
AUTH = {"Authorization": "Bearer sk-test"}


def _require_prism() -> None:
    if prism.PRISM_BIN.exists():
        return
    # `make test` runs `npm ci` first; a missing Prism is a broken setup, never a reason to skip
    pytest.fail(f"Prism is not installed ({prism.PRISM_BIN}); run `npm ci` (or `make setup`)")


def _remove_kept_log(message: str) -> None:
    """A failed start keeps Prism's log for the reader and names it in the message; tidy it."""
    for line in message.splitlines():
        if line.startswith("log: "):
            log = Path(line[len("log: ") :])
            assert log.is_file(), message
            shutil.rmtree(log.parent)


def _pid_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture(scope="module")
def petstore():
    _require_prism()
    with prism.start_prism(PETSTORE, timeout=60) as server:
        yield server


@pytest.fixture(scope="module")
def client(petstore):
    with httpx.Client(base_url=petstore.url, trust_env=False, timeout=10) as c:
        yield c


def _example(name: str):
    doc = yaml.safe_load(PETSTORE.read_text())
    return json.loads(json.dumps(doc["components"]["examples"][name]["value"]))


# --- the helper ---------------------------------------------------------------------------


def test_start_request_stop():
    _require_prism()
    server = prism.start_prism(PETSTORE, timeout=60)
    try:
        assert server.running
        assert server.url.startswith("http://127.0.0.1:")
        assert server.startup_seconds > 0
        # Prism mocks `paths` as written: no `/v1` from the server URL.
        response = httpx.get(server.url + "/pets", headers=AUTH, trust_env=False, timeout=10)
        assert response.status_code == 200
        assert response.json() == _example("PetListPage")
        assert httpx.get(server.url + "/v1/pets", headers=AUTH, trust_env=False).status_code == 404
    finally:
        server.stop()
    assert not server.running
    assert _pid_gone(server.pid)
    assert not server.log_dir.exists()


def test_context_manager_stops_prism():
    _require_prism()
    with prism.start_prism(LEGACY30, timeout=60) as server:
        pid = server.pid
        response = httpx.get(server.url + "/v2/widgets/wid_1/label", headers={"X-API-Key": "k"}, trust_env=False)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/plain")
        assert response.text == "WID-1 | Blue sprocket | priority 2"
    assert _pid_gone(pid)


def test_missing_spec_raises_without_starting_prism(monkeypatch, tmp_path):
    _require_prism()

    def launch(*args):
        pytest.fail("Prism was started for a missing spec")

    monkeypatch.setattr(prism, "_launch", launch)
    with pytest.raises(RuntimeError, match="spec file not found"):
        prism.start_prism(tmp_path / "nope.yaml", timeout=10)


def test_prism_exit_is_reported_with_its_output():
    _require_prism()
    with pytest.raises(RuntimeError) as info:
        prism.start_prism(FIXTURES / "bad" / "bad_yaml.yaml", timeout=30)
    message = str(info.value)
    assert "exited with code" in message  # seen as an exit, not waited out as a timeout
    assert "node_modules/.bin/prism mock" in message  # the command
    assert "line 11" in message  # Prism's own parse error
    _remove_kept_log(message)


def test_timeout_stops_the_process():
    _require_prism()
    with pytest.raises(RuntimeError, match="did not answer HTTP") as info:
        prism.start_prism(PETSTORE, timeout=0.01)
    assert "command:" in str(info.value)
    _remove_kept_log(str(info.value))
    # The helper leaves no Prism behind: the log names the port, and nothing answers there now.
    port = str(info.value).split("-p ", 1)[1].split()[0]
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/pets", trust_env=False, timeout=2)


def test_missing_binary_says_run_npm_ci(monkeypatch, tmp_path):
    monkeypatch.setattr(prism, "PRISM_BIN", tmp_path / "no-prism")
    with pytest.raises(RuntimeError, match="npm ci"):
        prism.start_prism(PETSTORE)


# --- what Prism serves from petstore.yaml ---------------------------------------------------


def test_missing_bearer_gets_401(client):
    response = client.get("/pets")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_api_key"


def test_first_named_example_is_served(client):
    assert client.get("/pets/pet_x", headers=AUTH).json() == _example("Dog")
    # Prism's `Prefer: example=NAME` picks another named example.
    assert client.get("/pets/pet_x", headers={**AUTH, "Prefer": "example=cat"}).json() == _example("Cat")


def test_request_validation(client):
    response = client.post("/pets", headers=AUTH, json={"species": "bird"})
    assert response.status_code == 400  # the spec's own 400 example
    response = client.get("/pets", headers=AUTH, params={"limit": 500})
    assert response.status_code == 422  # no 422 in the spec: Prism's problem+json


def test_sse_example_is_replayed(client):
    response = client.post(
        "/pets/pet_x/events",
        headers={**AUTH, "Accept": "text/event-stream"},
        json={"stream": True},
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = [line[len("data: ") :] for line in response.text.split("\n") if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    assert [json.loads(e)["index"] for e in events[:-1]] == [0, 1]
    assert response.text.endswith("\n\n")
    # Without the Accept header the JSON variant comes back.
    plain = client.post("/pets/pet_x/events", headers=AUTH, json={"stream": False})
    assert plain.json()["object"] == "pet.activity"


def test_multipart_and_binary(client):
    response = client.post(
        "/pets/pet_x/photo",
        headers=AUTH,
        files={"file": ("rex.png", b"\x89PNG\r\n", "image/png")},
        data={"caption": "Rex"},
    )
    assert response.status_code == 200
    assert response.json()["object"] == "pet.photo"
    missing_file = client.post("/pets/pet_x/photo", headers=AUTH, data={"caption": "Rex"}, files={"x": ("a", b"")})
    assert missing_file.status_code == 422
    content = client.get("/pets/pet_x/photo/content", headers=AUTH)
    assert content.headers["content-type"] == "application/octet-stream"
    assert content.content == b"PNG-PHOTO-BYTES"


def test_percent_encoded_path_param():
    _require_prism()
    key = "reports/2024 Q1#draft?v=2 100% für"
    with prism.start_prism(LEGACY30, timeout=60) as server, httpx.Client(base_url=server.url, trust_env=False) as c:
        encoded = c.get("/v2/documents/" + quote(key, safe=""), headers={"X-API-Key": "k"})
        assert encoded.status_code == 200
        assert encoded.json()["key"] == key
        # An unencoded `/` makes another route, which does not exist.
        assert c.get("/v2/documents/reports/2024", headers={"X-API-Key": "k"}).status_code == 404
        assert c.delete("/v2/widgets/wid_1", headers={"X-API-Key": "k"}).status_code == 204


# --- the fixture specs themselves ------------------------------------------------------------


@pytest.mark.parametrize("path", [PETSTORE, LEGACY30, FIXTURES / "shared" / "common.yaml"], ids=lambda p: p.name)
def test_fixture_is_valid_openapi(path):
    validate(yaml.safe_load(path.read_text()), base_uri=path.as_uri())


def _nullable30(node):
    """OpenAPI 3.0 `nullable: true` as plain JSON Schema."""
    if isinstance(node, dict):
        node = {k: _nullable30(v) for k, v in node.items()}
        if node.pop("nullable", False):
            node = {"anyOf": [node, {"type": "null"}]}
        return node
    if isinstance(node, list):
        return [_nullable30(v) for v in node]
    return node


def _absolute_refs(node, base):
    if isinstance(node, dict):
        return {k: urljoin(base, v) if k == "$ref" else _absolute_refs(v, base) for k, v in node.items()}
    if isinstance(node, list):
        return [_absolute_refs(v, base) for v in node]
    return node


def _media_type_examples(path: Path):
    """(where, media type, schema, example value) for every example of every operation."""
    doc = yaml.safe_load(path.read_text())
    if doc["openapi"].startswith("3.0"):
        doc = _nullable30(doc)

    def deref(node):
        # Local references only: every operation-level $ref in the fixtures is `#/components/...`.
        while isinstance(node, dict) and "$ref" in node:
            node = resolve_pointer(doc, node["$ref"])
        return node

    for route, item in doc["paths"].items():
        for verb, op in item.items():
            if verb == "parameters":
                continue
            contents = []
            if "requestBody" in op:
                contents.append(("request", deref(op["requestBody"]).get("content", {})))
            for code, response in op["responses"].items():
                contents.append((code, deref(response).get("content", {})))
            for where, content in contents:
                for media_type, mt in content.items():
                    examples = [mt["example"]] if "example" in mt else []
                    examples += [deref(e)["value"] for e in mt.get("examples", {}).values()]
                    for value in examples:
                        yield f"{verb.upper()} {route} {where} {media_type}", media_type, mt["schema"], value


@pytest.mark.parametrize("path", [PETSTORE, LEGACY30], ids=lambda p: p.name)
def test_fixture_examples_match_their_schemas(path):
    """Prism answers with these examples, so each must validate against its schema.

    A `text/event-stream` example is the wire form of a whole stream: each `data:` line but the
    final `[DONE]` must validate against the chunk schema.
    """
    is30 = yaml.safe_load(path.read_text())["openapi"].startswith("3.0")
    registry = Registry()
    for doc_path in [path, *sorted((FIXTURES / "shared").glob("*.yaml"))]:
        contents = yaml.safe_load(doc_path.read_text())
        contents = _nullable30(contents) if is30 else contents
        registry = registry.with_resource(
            doc_path.as_uri(), Resource.from_contents(contents, default_specification=DRAFT202012)
        )
    checked = 0
    problems = []
    for where, media_type, schema, value in _media_type_examples(path):
        if media_type == "text/event-stream":
            assert value.endswith("\n\n"), where
            datas = [line[len("data: ") :] for line in value.split("\n") if line.startswith("data: ")]
            assert datas[-1] == "[DONE]", where
            values = [json.loads(d) for d in datas[:-1]]
        elif media_type.endswith("json"):
            values = [value]
        else:
            assert isinstance(value, str), where
            continue
        validator = jsonschema.Draft202012Validator(
            _absolute_refs(schema, path.as_uri()),
            registry=registry,
            format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
        )
        for v in values:
            checked += 1
            problems += [f"{where}: {e.message[:200]} at {list(e.absolute_path)}" for e in validator.iter_errors(v)]
    assert not problems, "\n".join(problems)
    assert checked >= 10


def test_bad_fixtures_fail_as_documented():
    bad = FIXTURES / "bad"
    with pytest.raises(yaml.MarkedYAMLError) as info:
        yaml.safe_load((bad / "bad_yaml.yaml").read_text())
    assert info.value.problem_mark.line + 1 == 11

    dangling = bad / "dangling_ref.yaml"
    with pytest.raises(Exception, match="Missing"):
        validate(yaml.safe_load(dangling.read_text()), base_uri=dangling.as_uri())

    from openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator

    messages = [e.message for e in OpenAPIV31SpecValidator(yaml.safe_load((bad / "invalid_openapi.yaml").read_text())).iter_errors()]
    # the wording differs by backend (jsonschema-rs quotes with ", the Python validator with ')
    assert any(re.search(r"[\"']info[\"'] is a required property", m) for m in messages), messages
    assert any("'fetch' was unexpected" in m for m in messages), messages

    config = yaml.safe_load((bad / "unknown_key.config.yaml").read_text())
    assert config["package"] == {"name": "x"} and "resourcez" in config
