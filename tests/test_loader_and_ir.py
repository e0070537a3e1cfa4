"""Loader and IR: OpenAPI 3.0/3.1 features, refs (local and into other files), recursion, naming."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.builder import build_api
from generator.config import Config, load_config
from generator.errors import InputError
from generator.ir import Alias, Api, Enum, Model, Union, walk_resources
from generator.loader import load_spec
from generator.render import render_files
from tests.conftest import FIXTURES


def spec_file(tmp_path: Path, doc: dict[str, Any], name: str = "spec.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(doc))
    return str(path)


def minimal(paths: dict[str, Any], schemas: dict[str, Any], version: str = "3.1.0") -> dict[str, Any]:
    return {"openapi": version, "info": {"title": "Acme API", "version": "1"}, "paths": paths,
            "components": {"schemas": schemas}}


def get_op(schema_ref: str) -> dict[str, Any]:
    return {"get": {"operationId": "getThing", "responses": {"200": {"description": "ok", "content": {
        "application/json": {"schema": {"$ref": schema_ref}}}}}}}


def types_by_name(api: Api) -> dict[str, Any]:
    return {t.name: t for t in api.types}


def test_nullable_in_30_and_31(tmp_path: Path) -> None:
    for version, nullable in (("3.0.3", {"type": "string", "nullable": True}), ("3.1.0", {"type": ["string", "null"]})):
        doc = minimal({"/things/{id}": get_op("#/components/schemas/Thing")},
                      {"Thing": {"type": "object", "required": ["a"], "properties": {"a": nullable, "b": {"type": "integer"}}}},
                      version)
        api = build_api(load_spec(spec_file(tmp_path, doc, f"{version}.json")), Config())
        thing = types_by_name(api)["Thing"]
        assert isinstance(thing, Model)
        a, b = thing.fields
        assert (a.name, a.required, a.nullable, a.type.kind) == ("a", True, True, "str")
        assert (b.name, b.required, b.nullable, b.type.kind) == ("b", False, False, "int")


def test_const_and_implied_discriminator(tmp_path: Path) -> None:
    doc = minimal({"/shapes/{id}": get_op("#/components/schemas/Shape")}, {
        "Shape": {"oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}]},
        "Circle": {"type": "object", "required": ["kind"], "properties": {"kind": {"const": "circle"}, "r": {"type": "number"}}},
        "Square": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string", "enum": ["square"]}}},
    })
    api = build_api(load_spec(spec_file(tmp_path, doc)), Config())
    shape = types_by_name(api)["Shape"]
    assert isinstance(shape, Union)
    assert shape.discriminator == "kind"
    assert shape.mapping == {"circle": "model:Circle", "square": "model:Square"}
    circle = types_by_name(api)["Circle"]
    assert circle.fields[0].type.kind == "literal" and circle.fields[0].type.values == ("circle",)


def test_recursive_schema_is_a_reference_not_a_loop(tmp_path: Path) -> None:
    doc = minimal({"/nodes/{id}": get_op("#/components/schemas/Node")}, {
        "Node": {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                                                   "parent": {"anyOf": [{"$ref": "#/components/schemas/Node"}, {"type": "null"}]}}},
    })
    api = build_api(load_spec(spec_file(tmp_path, doc)), Config())
    node = types_by_name(api)["Node"]
    children, parent = node.fields
    assert children.type.kind == "list" and children.type.args[0].ref == "model:Node"
    assert parent.type.ref == "model:Node" and parent.nullable


def test_refs_into_parameters_request_bodies_responses_and_other_files() -> None:
    spec = load_spec(str(FIXTURES / "legacy30.yaml"))
    schemas = spec.document["components"]["schemas"]
    # both live in tests/fixtures/shared/common.yaml; ErrorDetail is only referenced from Error there
    assert "Error" in schemas and "ErrorDetail" in schemas
    assert "$ref" not in json.dumps(schemas["Error"]) or "#/components/schemas/ErrorDetail" in json.dumps(schemas["Error"])
    assert all(not ref.split("#")[0] for ref in refs_of(spec.document)), "every $ref is local after bundling"
    api = build_api(spec, Config())
    params = {p.wire_name for r in api.resources for m in r.methods for p in m.path_params + m.query_params}
    assert params, "parameters taken from #/components/parameters"


def test_version_prefix_dropped_and_actions_inferred(tmp_path: Path) -> None:
    op = {"responses": {"200": {"description": "ok"}}}
    doc = minimal({"/v1/jobs": {"get": op, "post": op}, "/v1/jobs/{job_id}": {"get": op, "delete": op},
                   "/v1/jobs/{job_id}/cancel": {"post": op}}, {})
    api = build_api(load_spec(spec_file(tmp_path, doc)), Config())
    (jobs,) = api.resources
    assert jobs.name == "jobs"
    assert sorted(m.name for m in jobs.methods) == ["cancel", "create", "delete", "list", "retrieve"]
    names = {m.name: (m.http_method, m.path) for m in jobs.methods}
    # the collection's GET answers no list or page, but an item GET is below it: it is `list`
    assert names["list"] == ("get", "/v1/jobs")
    assert names["retrieve"] == ("get", "/v1/jobs/{job_id}")
    assert names["cancel"] == ("post", "/v1/jobs/{job_id}/cancel")
    assert names["create"] == ("post", "/v1/jobs")
    assert names["delete"] == ("delete", "/v1/jobs/{job_id}")


def test_unsafe_names_are_made_safe(tmp_path: Path) -> None:
    doc = minimal({"/x/{id}": get_op("#/components/schemas/X")}, {
        "X": {"type": "object", "properties": {"class": {"type": "string"}, "schema": {"type": "string"},
                                                "model_config": {"type": "string"}, "odd-name": {"type": "string"}}},
    })
    api = build_api(load_spec(spec_file(tmp_path, doc)), Config())
    fields = {f.wire_name: f.name for f in types_by_name(api)["X"].fields}
    assert fields == {"class": "class_", "schema": "schema_", "model_config": "model_config_", "odd-name": "odd_name"}


def test_per_call_option_and_pydantic_reserved_names_keep_their_wire_name(tmp_path: Path) -> None:
    body = {"type": "object", "properties": {"extra_headers": {"type": "string"}, "prompt": {"type": "string"}}}
    thing = {"type": "object", "properties": {"json": {"type": "string"}, "model_version": {"type": "string"}}}
    doc = minimal({"/things": {"post": {
        "operationId": "createThing",
        "parameters": [{"name": "timeout", "in": "query", "schema": {"type": "integer"}}],
        "requestBody": {"content": {"application/json": {"schema": body}}},
        "responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}},
    }}}, {"Thing": thing})
    api = build_api(load_spec(spec_file(tmp_path, doc)), Config())
    (method,) = api.resources[0].methods
    params = {p.wire_name: p.name for p in method.query_params + method.body_params}
    assert params == {"timeout": "timeout_", "extra_headers": "extra_headers_", "prompt": "prompt"}
    fields = {f.wire_name: f.name for f in types_by_name(api)["Thing"].fields}
    assert fields == {"json": "json_", "model_version": "model_version_"}
    # the emitted code sends and parses them under their wire names
    files = render_files(api)
    resource = files["src/acme/resources/things.py"]
    assert '"timeout": timeout_' in resource and '"extra_headers": extra_headers_' in resource
    params_module = files["src/acme/types/thing_create_params.py"]
    assert 'PropertyInfo(alias="timeout")' in params_module and 'PropertyInfo(alias="extra_headers")' in params_module
    model = files["src/acme/types/thing.py"]
    assert 'FieldInfo(alias="json"' in model and 'FieldInfo(alias="model_version"' in model


def test_method_name_clash_falls_back_to_the_operation_id_then_a_number(tmp_path: Path) -> None:
    def op(operation_id: str) -> dict[str, Any]:
        return {"get": {"operationId": operation_id, "responses": {"200": {"description": "ok"}}}}

    # two item GETs of one resource (GitHub's /gists/{id} and /gists/{id}/{sha}) clash
    doc = minimal({"/things/{id}": op("getThing"), "/things/{id}/{rev}": op("fetchThing"),
                   "/widgets/{id}": op("getWidget"), "/widgets/{id}/{rev}": op("retrieve")}, {})
    api = build_api(load_spec(spec_file(tmp_path, doc)), Config())
    methods = {r.name: {m.name: m.path for m in r.methods} for r in api.resources}
    assert methods == {
        # without the word the resource says: `fetchThing` on `things` is `fetch`
        "things": {"retrieve": "/things/{id}", "fetch": "/things/{id}/{rev}"},
        # the operationId's name is taken as well
        "widgets": {"retrieve": "/widgets/{id}", "retrieve2": "/widgets/{id}/{rev}"},
    }


def test_enum_and_alias(tmp_path: Path) -> None:
    doc = minimal({"/x/{id}": get_op("#/components/schemas/Wrapper")}, {
        "Wrapper": {"type": "object", "properties": {"c": {"$ref": "#/components/schemas/Color"}, "t": {"$ref": "#/components/schemas/Tags"}}},
        "Color": {"type": "string", "enum": ["red", "green"]},
        "Tags": {"type": "array", "items": {"type": "string"}},
    })
    names = types_by_name(build_api(load_spec(spec_file(tmp_path, doc)), Config()))
    assert isinstance(names["Color"], Enum) and names["Color"].values == ["red", "green"]
    assert isinstance(names["Tags"], Alias) and names["Tags"].target.kind == "list"


def test_dangling_ref_names_where_it_stands(tmp_path: Path) -> None:
    doc = minimal({"/x": get_op("#/components/schemas/Nope")}, {})
    with pytest.raises(InputError) as e:
        load_spec(spec_file(tmp_path, doc))
    assert "#/paths/~1x/get/responses/200/content/application~1json/schema" in str(e.value)


def test_openai_config_names_required_resources(openai_spec_path: Path) -> None:
    from tests.conftest import OPENAI_CONFIG, PIN

    api = build_api(load_spec(str(PIN)), load_config(str(OPENAI_CONFIG)))
    paths = {f"{r.path}.{m.name}": m for r in walk_resources(api.resources) for m in r.methods}
    for dotted in ("chat.completions.create", "embeddings.create", "files.create", "files.content", "models.list",
                   "fine_tuning.jobs.create", "fine_tuning.jobs.list", "fine_tuning.jobs.cancel"):
        assert dotted in paths, dotted
    assert paths["files.create"].body_kind == "multipart"
    assert paths["files.content"].response_kind == "binary"
    assert paths["chat.completions.create"].stream is not None
    assert paths["fine_tuning.jobs.list"].page == "SyncCursorPage"


def refs_of(node: Any) -> list[str]:
    if isinstance(node, dict):
        return ([node["$ref"]] if isinstance(node.get("$ref"), str) else []) + [r for v in node.values() for r in refs_of(v)]
    if isinstance(node, list):
        return [r for v in node for r in refs_of(v)]
    return []


# ----- naming through config: inline schemas by pointer, further names, declared unions -----------

PLACEMENT = FIXTURES / "placement"


def placement_api() -> Api:
    return build_api(load_spec(str(PLACEMENT / "spec.yaml")), load_config(str(PLACEMENT / "config.yaml")))


def test_config_names_inline_schemas_by_json_pointer() -> None:
    api = placement_api()
    by_name = types_by_name(api)
    summary, feeding, species, includable = (by_name[n] for n in ("AnimalSummary", "Feeding", "KnownSpecies", "AnimalIncludable"))
    assert (summary.module, feeding.module, includable.module) == ("types.animal_summary", "types.feeding", "types.animal_includable")
    assert isinstance(summary, Model) and [f.name for f in summary.fields] == ["id", "habitat"]
    # the open enum keeps `str` beside the named value list; the nullable wrapper stays on the field
    assert isinstance(species, Enum) and species.values == ["lion", "zebra"]
    animal = by_name["Animal"]
    assert isinstance(animal, Model)
    fields = {f.name: f for f in animal.fields}
    assert fields["species"].type.kind == "union"
    assert [a.kind for a in fields["species"].type.args] == ["str", "ref"] and fields["species"].type.args[1].ref == species.id
    assert fields["feeding"].type.ref == feeding.id and fields["feeding"].nullable
    # a pointer through an allOf part, reached from a request body: the param form's name and module
    tag = by_name["TagParam"]
    assert isinstance(tag, Model) and tag.module == "types.tag_param" and tag.id.startswith("param:")
    # a query parameter's item schema, by its place in the operation
    (method,) = [m for r in api.resources for m in r.methods if m.name == "list"]
    assert method.query_params[0].type.args[0].ref == includable.id


def test_config_also_reexports_or_copies_a_schema() -> None:
    by_name = types_by_name(placement_api())
    habitat, biome, enclosure = by_name["Habitat"], by_name["Biome"], by_name["Enclosure"]
    assert isinstance(biome, Alias) and biome.module == "types.geo.biome" and biome.target.ref == habitat.id
    assert isinstance(enclosure, Model) and enclosure.id != habitat.id and enclosure.module == "types.enclosure"
    assert [f.name for f in enclosure.fields] == [f.name for f in habitat.fields]  # type: ignore[union-attr]


def test_config_declares_a_union_of_existing_schemas() -> None:
    by_name = types_by_name(placement_api())
    mammal, param = by_name["Mammal"], by_name["MammalParam"]
    assert isinstance(mammal, Union) and isinstance(param, Union)
    assert mammal.discriminator == "type"  # implied: `type` is a one-value enum in each member
    assert mammal.mapping == {"lion": "model:Lion", "zebra": "model:Zebra"}
    assert [m.ref for m in param.members] == ["param:Lion", "param:Zebra"]
    assert param.module == "types.mammal_param"


def test_placed_names_behave_at_runtime(tmp_path: Path) -> None:
    """The emitted package: a re-export is the same class, a distinct name is another class, a
    declared union is resolved by its discriminator, and pointer-named models parse nested data."""
    import subprocess
    import sys

    from tests.conftest import run_generator

    out = tmp_path / "zoo"
    r = run_generator("generate", "--spec", str(PLACEMENT / "spec.yaml"), "--config", str(PLACEMENT / "config.yaml"),
                      "--out", str(out), "--no-validate", "--quiet")
    assert r.returncode == 0, r.stderr
    script = """
from zoo.types import Animal, Enclosure, Habitat, Mammal, AnimalSummary, Lion
from zoo.types.geo import Biome
from zoo.types.shared import Lion as SharedLion
from zoo.types.shared.lion import Lion as ModuleLion
from zoo._models import construct_type
import zoo.types
assert Lion is SharedLion is ModuleLion and "Lion" in dir(zoo.types)
assert isinstance(construct_type(value={"type": "lion", "mane": True}, type_=Mammal), Lion)
from zoo.types.feeding import Feeding
from zoo._models import construct_type
assert Biome is Habitat
assert Enclosure is not Habitat and not issubclass(Enclosure, Habitat)
a = Animal.model_validate({"id": "a1", "species": "okapi", "habitat": {"kind": "jungle"}, "feeding": {"food": "hay"}})
assert isinstance(a.feeding, Feeding) and a.feeding.food == "hay" and a.species == "okapi"
from zoo.types.animal import Home
assert type(a.habitat) is Home and Animal.model_fields["habitat"].annotation is Home
z = construct_type(value={"type": "zebra", "stripes": 40}, type_=Mammal)
assert type(z).__name__ == "Zebra" and z.stripes == 40
assert AnimalSummary.model_validate({"id": "x", "habitat": {"kind": "savanna"}}).habitat.kind == "savanna"
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=out / "src", capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout.strip() == "ok", done.stderr


@pytest.mark.parametrize(
    ("extra", "key", "message"),
    [
        ({"types": {"#/components/schemas/Animal/properties/nope": {"name": "X"}}}, "types.#/components/schemas/Animal/properties/nope", "pointer"),
        ({"types": {"#/components/schemas/Animal/properties/habitat": {"name": "X"}}}, "types.#/components/schemas/Animal/properties/habitat", "inline schema"),
        ({"types": {"Habitat": {"also": [{"name": "X", "copy": True}]}}}, "types.Habitat.also[0].copy", "unknown config key"),
        ({"types": {"Habitat": {"module": "types.habitat", "also": [{"package": "types.geo"}]}}},
         "types.Habitat.also[0].package", "`types.geo` is not a package that holds `types.habitat`"),
        ({"unions": {"U": {"members": ["Lion", "Tiger"]}}}, "unions.U.members", "Tiger"),
        ({"unions": {"U": {"module": "types.u"}}}, "unions.U.members", "list the member schemas"),
        ({"free_form_objects": "any"}, "free_form_objects", "must be `dict` or `object`"),
    ],
)
def test_placement_config_mistakes_name_the_key(tmp_path: Path, extra: dict[str, Any], key: str, message: str) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(json.dumps(extra))
    with pytest.raises(InputError) as info:
        build_api(load_spec(str(PLACEMENT / "spec.yaml")), load_config(str(config)))
    assert any(p.where == key and message in p.message for p in info.value.problems), info.value.problems


def test_readme_code_compiles_when_the_streaming_method_has_no_required_params(tmp_path: Path) -> None:
    completion = {"type": "object", "properties": {"text": {"type": "string"}}}
    body = {"type": "object", "properties": {"prompt": {"type": "string"}, "stream": {"type": "boolean"}}}
    ref = {"schema": {"$ref": "#/components/schemas/Completion"}}
    doc = minimal({"/completions": {"post": {
        "operationId": "createCompletion",
        "requestBody": {"content": {"application/json": {"schema": body}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": ref, "text/event-stream": ref}}},
    }}}, {"Completion": completion})
    readme = render_files(build_api(load_spec(spec_file(tmp_path, doc)), Config()))["README.md"]
    assert "client.completions.create(stream=True)" in readme
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert blocks
    for code in blocks:
        compile(code, "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


ACRONYM_SPEC = {
    "openapi": "3.1.0", "info": {"title": "Keys", "version": "1"},
    "paths": {"/api-keys": {"post": {
        "operationId": "createApiKey",
        "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {
            "image_url": {"type": "object", "properties": {"url": {"type": "string"}}}}}}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
            "$ref": "#/components/schemas/MCPKey"}}}}}}}},
    "components": {"schemas": {"MCPKey": {"type": "object", "properties": {
        "ip_range": {"type": "object", "properties": {"cidr": {"type": "string"}}}}}}},
}


@pytest.mark.parametrize("acronyms, expected", [
    ([], {"ApiKeys", "ApiKeyCreateParams", "ImageUrl", "MCPKey", "IpRange"}),
    (["API", "URL", "IP", "Mcp"], {"APIKeys", "APIKeyCreateParams", "ImageURL", "McpKey", "IPRange"}),
])
def test_acronyms_spell_inferred_class_names(tmp_path: Path, acronyms: list[str], expected: set[str]) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(ACRONYM_SPEC))
    config = tmp_path / "config.yaml"
    config.write_text(json.dumps({"acronyms": acronyms}))
    api = build_api(load_spec(str(spec)), load_config(str(config)))
    names = {t.name for t in api.types} | {r.class_name for r in walk_resources(api.resources)}
    names |= {m.params_name for r in walk_resources(api.resources) for m in r.methods if m.params_name}
    assert expected <= names, names
    # module names do not change with the spelling
    assert {t.module for t in api.types if t.name in ("MCPKey", "McpKey")} == {"types.mcp_key"}


def inline_doc() -> dict[str, Any]:
    def tagged(tag: str, title: str, **props: Any) -> dict[str, Any]:
        return {"type": "object", "title": title, "required": ["type"],
                "properties": {"type": {"type": "string", "enum": [tag]}, **props}}

    schemas = {
        "Citation": {"oneOf": [{"$ref": "#/components/schemas/FileCite"}, {"$ref": "#/components/schemas/UrlCite"}],
                     "discriminator": {"propertyName": "type"}},
        "FileCite": tagged("file_citation", "A file that was cited", file_id={"type": "string"}),
        "UrlCite": tagged("url_citation", "A web page that was cited", url={"type": "string"}),
        "Text": {"type": "object", "required": ["annotations", "logprobs"], "properties": {
            "annotations": {"type": "array", "items": {"$ref": "#/components/schemas/Citation"}},
            "logprobs": {"type": "array", "items": {"type": "number"}}}},
        "McpTool": tagged("mcp", "MCP tool", server={"type": "string"}),
        "Tool": {"oneOf": [{"$ref": "#/components/schemas/McpTool"}, {"$ref": "#/components/schemas/UrlCite"}]},
        "Session": {"type": "object", "properties": {"tool": {"$ref": "#/components/schemas/McpTool"}}},
        "RunEvent": {"oneOf": [
            {"type": "object", "title": f"The run {e}", "required": ["event"],
             "properties": {"event": {"type": "string", "enum": [e]}}}
            for e in ("run.created", "run.failed")]},
        "ErrorEvent": {"type": "object", "properties": {"event": {"type": "string", "enum": ["error"]}}},
        "CiteUnion": {"oneOf": [{"$ref": "#/components/schemas/FileCite"}, {"$ref": "#/components/schemas/UrlCite"}]},
        "Cites": {"type": "array", "items": {"$ref": "#/components/schemas/CiteUnion"}},
        "Event": {"oneOf": [{"$ref": "#/components/schemas/RunEvent"}, {"$ref": "#/components/schemas/ErrorEvent"}]},
    }
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {
        "text": {"$ref": "#/components/schemas/Text"}, "tool": {"$ref": "#/components/schemas/Tool"},
        "session": {"$ref": "#/components/schemas/Session"}, "event": {"$ref": "#/components/schemas/Event"}}}}}}}
    return minimal({"/texts": {"get": {"operationId": "getText", "responses": ok}}}, schemas)


def test_config_inline_writes_a_schema_out_where_it_is_used(tmp_path: Path) -> None:
    """`inline: true` gives each using module its own class named by its place (a member by its
    tag), `inline_in` does so only inside the listed schemas, `optional` loosens a required field."""
    config = tmp_path / "config.yaml"
    config.write_text(json.dumps({"types": {
        "Citation": {"inline": True}, "FileCite": {"inline": True}, "UrlCite": {"inline": True},
        "Text": {"name": "Text", "module": "types.text", "optional": ["logprobs"]},
        "Tool": {"name": "Tool", "module": "types.tool"},
        "McpTool": {"name": "McpServerTool", "module": "types.mcp_server_tool", "inline_in": ["Tool"]},
        "RunEvent": {"inline": True}, "Event": {"name": "Event", "module": "types.event"},
        "CiteUnion": {"name": "CiteUnion", "module": "types.cite_union", "inline_in": ["Cites"]},
        "Cites": {"name": "Cites", "module": "types.cites"},
    }}))
    api = build_api(load_spec(spec_file(tmp_path, inline_doc())), load_config(str(config)))
    by_id = {t.id: t for t in api.types}
    where = {(t.module, t.name): t for t in api.types}
    assert not [m for m, _ in where if m in ("types.citation", "types.file_cite", "types.url_cite")]
    annotation = where[("types.text", "Annotation")]
    assert isinstance(annotation, Union) and annotation.discriminator == "type"
    members = [by_id[m.ref or ""] for m in annotation.members]
    assert [(t.module, t.name) for t in members] == [("types.text", "AnnotationFileCitation"),
                                                     ("types.text", "AnnotationUrlCitation")]
    text = where[("types.text", "Text")]
    assert isinstance(text, Model)
    assert {f.name: f.required for f in text.fields} == {"annotations": True, "logprobs": False}
    tool = where[("types.tool", "Tool")]
    assert isinstance(tool, Union)
    assert [(by_id[m.ref or ""].module, by_id[m.ref or ""].name) for m in tool.members] == [
        ("types.tool", "Mcp"), ("types.tool", "UrlCitation")]
    session = where[("types.session", "Session")]
    assert isinstance(session, Model) and session.fields[0].type.ref == "model:McpTool"
    assert where[("types.mcp_server_tool", "McpServerTool")].id == "model:McpTool"
    # a member that is an inlined union is spliced in: one flat union, named by the tags (not
    # by the members' titles)
    event = where[("types.event", "Event")]
    assert isinstance(event, Union)
    assert [by_id[m.ref or ""].name for m in event.members] == ["RunCreated", "RunFailed", "ErrorEvent"]
    assert event.discriminator == "event"
    # written out as an alias's whole body: its own name, members named as a placed union's
    body = where[("types.cites", "CiteUnion")]
    assert isinstance(body, Union) and isinstance(where[("types.cites", "Cites")], Alias)
    assert [by_id[m.ref or ""].name for m in body.members] == ["FileCitation", "UrlCitation"]


@pytest.mark.parametrize(
    ("entry", "key", "message"),
    [
        ({"FileCite": {"inline": True, "name": "X"}}, "types.FileCite.inline", "takes no other keys but member_label (found: name)"),
        ({"FileCite": {"member_label": "X"}}, "types.FileCite.member_label", "give it with inline or inline_in"),
        ({"FileCite": {"inline": True, "member_label": "not a name"}}, "types.FileCite.member_label", ""),
        ({"Text": {"optional": ["nope"]}}, "types.Text.optional", "`nope` is not a property"),
        ({"McpTool": {"inline_in": ["Nope"]}}, "types.McpTool.inline_in", "`Nope` is not a schema"),
    ],
)
def test_inline_config_mistakes_name_the_key(tmp_path: Path, entry: dict[str, Any], key: str, message: str) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(json.dumps({"types": entry}))
    with pytest.raises(InputError) as info:
        build_api(load_spec(spec_file(tmp_path, inline_doc())), load_config(str(config)))
    assert any(p.where == key and message in p.message for p in info.value.problems), info.value.problems


@pytest.mark.parametrize("plural,one", [
    ("testing_criteria", "testing_criterion"), ("TestingCriteria", "TestingCriterion"), ("statuses", "status"),
    ("aliases", "alias"), ("indices", "index"), ("entries", "entry"), ("boxes", "box"), ("files", "file"),
    ("status", "status"), ("analysis", "analysis"),
])
def test_singular_knows_irregular_plurals(plural: str, one: str) -> None:
    from generator.naming import singular
    assert singular(plural) == one


def test_nullable_enums_and_unions_keep_null_in_their_alias(tmp_path: Path) -> None:
    """`anyOf: [enum, null]` is `Optional[Literal[...]]` and a union with null holds `None` in the
    model alias, as the official SDK writes them; an object or map that may be null stays the
    object, with `Optional` at its uses."""
    circle = {"type": "object", "required": ["kind"], "properties": {"kind": {"const": "circle"}}}
    square = {"type": "object", "required": ["kind"], "properties": {"kind": {"const": "square"}}}
    doc = minimal({"/things/{id}": get_op("#/components/schemas/Thing")}, {
        "Effort": {"anyOf": [{"type": "string", "enum": ["low", "high"]}, {"type": "null"}]},
        "Plain": {"type": "string", "enum": ["a", "b"]},
        "Shape": {"anyOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"},
                            {"type": "null"}]},
        "Circle": circle, "Square": square,
        "Labels": {"anyOf": [{"type": "object", "additionalProperties": {"type": "string"}}, {"type": "null"}]},
        "Thing": {"type": "object", "properties": {
            "labels": {"$ref": "#/components/schemas/Labels"},
            "effort": {"$ref": "#/components/schemas/Effort"}, "plain": {"$ref": "#/components/schemas/Plain"},
            "shape": {"$ref": "#/components/schemas/Shape"},
            "env": {"anyOf": [{"oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}]},
                              {"type": "null"}]}}},
    })
    api = build_api(load_spec(spec_file(tmp_path, doc)), Config())
    named = types_by_name(api)
    assert isinstance(named["Effort"], Enum) and named["Effort"].nullable
    assert isinstance(named["Plain"], Enum) and not named["Plain"].nullable
    assert isinstance(named["Shape"], Union) and named["Shape"].nullable
    assert isinstance(named["Env"], Union) and named["Env"].nullable
    labels = named["Labels"]
    assert isinstance(labels, Alias) and labels.target.kind == "dict" and not labels.target.nullable
    assert next(f for f in named["Thing"].fields if f.name == "labels").nullable
    files = render_files(api)
    effort = next(c for p, c in files.items() if p.endswith("types/effort.py"))
    assert 'Effort: TypeAlias = Optional[Literal["low", "high"]]' in effort
    thing = next(c for p, c in files.items() if p.endswith("types/thing.py"))
    assert "Union[Circle, Square, None]" in thing


def test_free_form_objects_config(tmp_path: Path) -> None:
    """A bare `{type: object}` is Dict[str, object] by default and plain `object` with
    `free_form_objects: object` (so is `properties: {}` then, else an empty model); a map with
    additionalProperties stays a Dict either way."""
    doc = minimal({"/things/{id}": get_op("#/components/schemas/Thing")}, {
        "Thing": {"type": "object", "properties": {
            "data": {"type": "object"}, "labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "extra": {"type": "object", "additionalProperties": True},
            "empty": {"type": "object", "properties": {}}}},
    })
    spec = load_spec(spec_file(tmp_path, doc))
    config = tmp_path / "config.yaml"
    for value, kinds in (("dict", ["dict", "dict", "dict", "ref"]), ("object", ["any", "dict", "dict", "any"])):
        config.write_text(json.dumps({"free_form_objects": value}))
        thing = types_by_name(build_api(spec, load_config(str(config))))["Thing"]
        assert [f.type.kind for f in thing.fields] == kinds
    assert "data: Optional[object] = None" in next(
        c for p, c in render_files(build_api(spec, load_config(str(config)))).items() if p.endswith("types/thing.py"))


def test_member_label_names_a_written_out_member(tmp_path: Path) -> None:
    """`member_label` names a written-out component inside a response union: <union> + label,
    instead of its tag (the official `TestingCriterion` + `EvalGraderPython`)."""
    config = tmp_path / "config.yaml"
    config.write_text(json.dumps({"types": {
        "Citation": {"inline": True}, "FileCite": {"inline": True, "member_label": "FileCiteBody"},
        "UrlCite": {"inline": True}, "Text": {"name": "Text", "module": "types.text"},
    }}))
    api = build_api(load_spec(spec_file(tmp_path, inline_doc())), load_config(str(config)))
    by_id = {t.id: t for t in api.types}
    where = {(t.module, t.name): t for t in api.types}
    annotation = where[("types.text", "Annotation")]
    assert isinstance(annotation, Union)
    assert [by_id[m.ref or ""].name for m in annotation.members] == ["AnnotationFileCiteBody", "AnnotationUrlCitation"]


def test_untagged_untitled_union_member_is_named_by_its_required_property(tmp_path: Path) -> None:
    """`anyOf: [string, {id}]` names the object `VoiceId` (what it must carry), not `VoiceVariant1`."""
    doc = minimal({"/things/{id}": get_op("#/components/schemas/Thing")}, {
        "Thing": {"type": "object", "properties": {"voice": {"anyOf": [
            {"type": "string"},
            {"type": "object", "required": ["id"], "properties": {"note": {"type": "string"}, "id": {"type": "string"}}},
        ]}}},
    })
    api = build_api(load_spec(spec_file(tmp_path, doc)), Config())
    assert "VoiceId" in types_by_name(api)


def test_param_name_gives_a_plain_schema_a_request_form(tmp_path: Path) -> None:
    """An enum is one type for both directions, unless config names its request form."""
    doc = minimal({"/things": {"post": {"operationId": "makeThing", "requestBody": {"content": {"application/json": {
        "schema": {"type": "object", "properties": {"kind": {"$ref": "#/components/schemas/Kind"}}}}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Thing"}}}}}}}}, {
        "Kind": {"type": "string", "enum": ["a", "b"]},
        "Thing": {"type": "object", "properties": {"kind": {"$ref": "#/components/schemas/Kind"}}},
    })
    spec = load_spec(spec_file(tmp_path, doc))
    plain = [t for t in build_api(spec, Config()).types if isinstance(t, Enum)]
    assert [(t.module, t.name) for t in plain] == [("types.kind", "Kind")]
    config = tmp_path / "config.yaml"
    config.write_text(json.dumps({"types": {"Kind": {"name": "Kind", "module": "types.kind", "param_name": "KindParam"}}}))
    api = build_api(spec, load_config(str(config)))
    enums = sorted((t.module, t.name) for t in api.types if isinstance(t, Enum))
    assert enums == [("types.kind", "Kind"), ("types.kind_param", "KindParam")]
    (method,) = [m for r in walk_resources(api.resources) for m in r.methods]
    assert [p.type.ref for p in method.body_params] == ["param:Kind"]
