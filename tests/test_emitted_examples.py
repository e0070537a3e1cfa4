"""The example arguments of the emitted tests satisfy the spec's schema (checked by jsonschema, not by
our own code), the IR carries the constraints and examples they come from, and the known issues of
the emitted tests are config data."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator.builder import build_api
from generator.config import Config, load_config
from generator.emitted_tests import ExampleBuilder
from generator.errors import InputError
from generator.ir import Api, Constraints, Method, Model
from generator.loader import load_spec
from tests.conftest import FIXTURES

CONSTRAINED: dict[str, Any] = {
    "Seconds": {"type": "integer", "minimum": 3600, "maximum": 2592000},
    "Anchor": {"type": "string", "enum": ["created_at", "last_active_at"]},
    "ExpiresAfter": {
        "type": "object",
        "required": ["anchor", "seconds"],
        "properties": {"anchor": {"$ref": "#/components/schemas/Anchor"}, "seconds": {"$ref": "#/components/schemas/Seconds"}},
        "additionalProperties": False,
    },
    "ImageRef": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "image_url": {"type": "string", "format": "uri", "maxLength": 100},
            "file_id": {"type": "string", "example": "file-123"},
        },
        "anyOf": [{"required": ["image_url"]}, {"required": ["file_id"]}],
        "not": {"required": ["image_url", "file_id"]},
    },
    "Body": {
        "type": "object",
        "additionalProperties": False,
        "required": ["count"],
        "properties": {
            "count": {"type": "integer", "minimum": 10, "maximum": 20, "multipleOf": 7},
            "ratio": {"type": "number", "exclusiveMinimum": 0, "maximum": 0.25},
            "threshold": {"anyOf": [{"type": "integer", "minimum": 1000}, {"type": "null"}]},
            "label": {"allOf": [{"type": "string", "minLength": 12}], "description": "a long label"},
            "code": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{4}$", "example": "ABC-1234"},
            "bad_example": {"type": "integer", "minimum": 1, "example": 0},
            "tags": {"type": "array", "minItems": 3, "maxItems": 5, "items": {"type": "string", "maxLength": 3}},
            "homepage": {"type": "string", "format": "uri"},
            "uid": {"type": "string", "format": "uuid"},
            "expires_after": {"$ref": "#/components/schemas/ExpiresAfter"},
            "images": {"type": "array", "items": {"$ref": "#/components/schemas/ImageRef"}},
            "file_ids": {"type": "array", "items": {"type": "string"}, "minItems": 1},
            "files": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}},
            # patterns no fixed candidate matches: the sample is built from the pattern itself
            "public_key": {"type": "string", "pattern": "^ssh-(rsa|dss|ed25519) |^ecdsa-sha2-nistp(256|384|521) "},
            "slug": {"type": "string", "pattern": "^[a-z]{2}[0-9]+(-[a-z0-9]+)*_v\\d{2}$"},
        },
        "oneOf": [{"required": ["file_ids"]}, {"required": ["files"]}],
    },
}


def write_spec(tmp_path: Path, doc: dict[str, Any]) -> str:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(doc))
    return str(path)


def things_spec(schemas: dict[str, Any], version: str = "3.1.0") -> dict[str, Any]:
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}}
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
    return {
        "openapi": version,
        "info": {"title": "Acme API", "version": "1"},
        "paths": {"/things": {"post": {"operationId": "createThing", "requestBody": body, "responses": ok}}},
        "components": {"schemas": schemas},
    }


def the_method(api: Api) -> Method:
    return api.resources[0].methods[0]


def example_body(api: Api, full: bool) -> dict[str, Any]:
    """What the emitted test would send: the method's body params, evaluated."""
    m = the_method(api)
    builder = ExampleBuilder({t.id: t for t in api.types})
    required = set(m.body_required_alternatives[0]) if m.body_required_alternatives else set()
    excluded = {n for alt in m.body_required_alternatives[1:] for n in alt} - required
    body = {}
    for p in m.body_params:
        if p.wire_name in excluded or not (full or p.required or p.wire_name in required):
            continue
        source = builder.param(p, full)
        body[p.wire_name] = eval(source, {"date": date, "datetime": datetime, "timezone": timezone})  # noqa: S307
    return body


def validate(body: dict[str, Any], schemas: dict[str, Any], validator: Any = jsonschema.Draft202012Validator) -> None:
    schema = {"$ref": "#/components/schemas/Body", "components": {"schemas": schemas}}
    if validator is jsonschema.Draft4Validator:
        schema = {"allOf": [{"$ref": "#/definitions/Body"}], "definitions": schemas}
        schema = json.loads(json.dumps(schema).replace("#/components/schemas/", "#/definitions/"))
    validator(schema, format_checker=validator.FORMAT_CHECKER).validate(body)


@pytest.mark.parametrize("full", [False, True], ids=["required", "all"])
def test_example_arguments_satisfy_the_schema(tmp_path: Path, full: bool) -> None:
    api = build_api(load_spec(write_spec(tmp_path, things_spec(CONSTRAINED))), Config())
    body = example_body(api, full)
    validate(body, CONSTRAINED)
    assert "file_ids" in body and "files" not in body  # one alternative of the oneOf, not both
    if full:
        assert body["code"] == "ABC-1234"  # the spec's example fits, so it is what is sent
        assert body["bad_example"] != 0  # the example breaks `minimum`: not sent
        assert len(body["tags"]) >= 3


def test_path_param_examples_keep_to_enum_and_pattern(tmp_path: Path) -> None:
    """A path param is typed `str` whatever its schema: its example value still comes from its
    `enum` or `pattern` (GitHub's `{actor_type}` and `{package_type}`: Prism answered 422 to the
    param's own name)."""
    params = {
        "actor_type": {"type": "string", "enum": ["installation", "classic_pat"]},
        "code": {"type": "string", "pattern": "^[A-Z]{2}-[0-9]{3}$"},
        "level": {"type": "integer", "enum": [3, 5]},
        "group": {"type": "string", "example": ""},  # an empty example: a path segment cannot be empty
    }
    path = "/stats/{actor_type}/{code}/{level}/{group}"
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "Acme API", "version": "1"},
        "paths": {path: {"get": {
            "operationId": "getStats",
            "parameters": [{"name": n, "in": "path", "required": True, "schema": s} for n, s in params.items()]
            + [{"name": "keyword", "in": "query", "required": True, "schema": {"type": "string"}, "example": ""}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}},
        }}},
    }
    api = build_api(load_spec(write_spec(tmp_path, doc)), Config())
    m = the_method(api)
    builder = ExampleBuilder({t.id: t for t in api.types})
    values = {p.wire_name: eval(builder.param(p, False)) for p in m.path_params + m.query_params}  # noqa: S307
    for name, schema in params.items():
        jsonschema.validate(values[name], schema)
    assert values["actor_type"] == "installation" and values["level"] == 3 and values["group"] != ""
    assert values["keyword"] != ""  # a required query param sent empty is missing to Prism (vtex)


def test_openapi_30_exclusive_bounds_are_flags(tmp_path: Path) -> None:
    schemas = {
        "Body": {
            "type": "object",
            "required": ["score", "share"],
            "properties": {
                "score": {"type": "integer", "minimum": 5, "exclusiveMinimum": True},
                "share": {"type": "number", "minimum": 0, "maximum": 1, "exclusiveMaximum": True},
            },
        }
    }
    api = build_api(load_spec(write_spec(tmp_path, things_spec(schemas, "3.0.3"))), Config())
    validate(example_body(api, True), schemas, jsonschema.Draft4Validator)
    score = next(p for p in the_method(api).body_params if p.wire_name == "score")
    assert score.constraints == Constraints(exclusive_minimum=5)


def test_ir_carries_constraints_and_examples_through_refs_allof_and_nullable(tmp_path: Path) -> None:
    api = build_api(load_spec(write_spec(tmp_path, things_spec(CONSTRAINED))), Config())
    m = the_method(api)
    params = {p.wire_name: p for p in m.body_params}
    assert params["threshold"].constraints.minimum == 1000  # inside anyOf [integer, null]
    assert params["label"].constraints.min_length == 12  # inside allOf
    assert params["tags"].constraints.min_items == 3 and params["tags"].constraints.items == Constraints(max_length=3)
    assert (params["code"].has_example, params["code"].example) == (True, "ABC-1234")
    assert not params["count"].has_example
    assert m.body_required_alternatives == [("file_ids",), ("files",)]
    models = {t.name: t for t in api.types if isinstance(t, Model)}
    seconds = next(f for f in models["ExpiresAfterParam"].fields if f.wire_name == "seconds")
    assert (seconds.constraints.minimum, seconds.constraints.maximum) == (3600, 2592000)  # through a $ref
    assert models["ImageRefParam"].required_alternatives == [("image_url",), ("file_id",)]


def test_petstore_fixture_constraints_reach_the_ir() -> None:
    api = build_api(load_spec(str(FIXTURES / "petstore.yaml")), Config())
    create = next(m for r in api.resources for m in r.methods if m.path == "/pets" and m.http_method == "post")
    params = {p.wire_name: p for p in create.body_params}
    assert params["microchip_id"].constraints.pattern == "^[0-9]{15}$"
    assert params["photo_url"].constraints.format == "uri"
    assert params["weight_kg"].constraints == Constraints(exclusive_minimum=0, maximum=0.5)


def test_binary_body_property_is_sent_as_multipart_and_binary_response_asks_for_its_media_type(tmp_path: Path) -> None:
    upload = {"type": "object", "properties": {"files": {"oneOf": [
        {"type": "array", "items": {"type": "string", "format": "binary"}}, {"type": "string", "format": "binary"}]}}}
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "Acme API", "version": "1"},
        "paths": {
            "/skills": {"post": {"operationId": "createSkill", "requestBody": {"content": {
                "application/json": {"schema": upload}, "multipart/form-data": {"schema": upload}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
            "/speech": {"post": {"operationId": "speak", "responses": {"200": {"description": "audio", "content": {
                "audio/mpeg": {"schema": {"type": "string", "format": "binary"}}}}}}},
        },
    }
    api = build_api(load_spec(write_spec(tmp_path, doc)), Config())
    methods = {m.path: m for r in api.resources for m in r.methods}
    assert methods["/skills"].body_kind == "multipart"
    assert (methods["/speech"].response_kind, methods["/speech"].accept) == ("binary", "audio/mpeg")
    assert methods["/skills"].accept is None


def write_config(tmp_path: Path, text: str) -> str:
    path = tmp_path / "config.yaml"
    path.write_text(text)
    return str(path)


def test_known_issues_are_config(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, """
tests:
  known_issues:
    - {route: "POST /things", raises: AssertionError, reason: the example is wrong, variants: [required, raw]}
    - {route: "post /things", kind: skip, reason: cannot stream, variants: [stream]}
"""))
    assert [(i.route, i.kind, i.raises, i.variants) for i in config.known_issues] == [
        ("post /things", "xfail", "AssertionError", ("required", "raw")),
        ("post /things", "skip", None, ("stream",)),
    ]
    api = build_api(load_spec(write_spec(tmp_path, things_spec(CONSTRAINED))), config)
    assert api.known_issues == config.known_issues


@pytest.mark.parametrize(
    ("entry", "where"),
    [
        ("{route: post /things, raises: AssertionError}", "reason"),
        ("{route: post /things, reason: x, kind: flaky}", "kind"),
        ("{route: post /things, reason: x}", "raises"),
        ("{route: post /things, reason: x, raises: E, variants: [sometimes]}", "variants"),
        ("{route: things, reason: x, raises: E}", "route"),
    ],
)
def test_bad_known_issue_entries_are_config_errors(tmp_path: Path, entry: str, where: str) -> None:
    with pytest.raises(InputError) as error:
        load_config(write_config(tmp_path, f"tests:\n  known_issues:\n    - {entry}\n"))
    assert f"tests.known_issues[0].{where}" in str(error.value)


def test_known_issue_route_must_exist(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, "tests:\n  known_issues:\n    - {route: get /nowhere, reason: x, raises: E}\n"))
    with pytest.raises(InputError) as error:
        build_api(load_spec(write_spec(tmp_path, things_spec(CONSTRAINED))), config)
    assert "tests.known_issues[0].route" in str(error.value)


def test_accept_and_content_type_header_params_get_a_media_type(tmp_path: Path) -> None:
    """microsoft.com/cognitiveservices-CustomSearch takes `Accept` as a header param with no example:
    the all-params call sent `accept="string"` and Prism 5.16.0 crashed parsing it as a media type."""
    from generator.emitted_tests import arguments

    doc = {
        "openapi": "3.0.0",
        "info": {"title": "Search", "version": "1"},
        "paths": {"/search": {"get": {
            "operationId": "search",
            "parameters": [{"name": "Accept", "in": "header", "schema": {"type": "string"}},
                           {"name": "Content-Type", "in": "header", "schema": {"type": "string"}},
                           {"name": "X-Trace", "in": "header", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}},
        }}},
    }
    api = build_api(load_spec(write_spec(tmp_path, doc)), Config())
    args = arguments(the_method(api), True, ExampleBuilder({t.id: t for t in api.types}), None)
    assert 'accept="application/json"' in args and 'content_type="application/json"' in args
    assert 'x_trace="string"' in args


def test_a_pattern_that_backtracks_exponentially_does_not_hang_generation() -> None:
    """beezup.com's URL pattern `^(https?:\\/\\/)?...([\\/\\w \\.-]*)*\\/?$` held generation for
    minutes: checking the spec's long example against it backtracks exponentially in `re`. Such a
    pattern (a repeat inside a repeat) is not trusted on long values; short ones are still checked."""
    script = """
from generator.emitted_tests import backtracks_badly, fit_string, string_fits
from generator.ir import Constraints
url = r"^(https?:\\/\\/)?([\\da-z\\.-]+)\\.([a-z\\.]{2,6})([\\/\\w \\.-]*)*\\/?$"
assert backtracks_badly(url) and backtracks_badly(r"(a+)+") and not backtracks_badly(r"^[A-Z]{3}$")
assert not string_fits("http://example.com/" + "a" * 40 + "!", Constraints(pattern=url))
assert string_fits("x.io/ab", Constraints(pattern=url)) and not string_fits("x", Constraints(pattern=url))
import re
assert re.search(url, fit_string(Constraints(pattern=url)))
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
