"""Property-based fuzzing of the generator on small random specs.

Hypothesis builds specs from a grammar (objects, arrays, enums, oneOf unions with and without a
discriminator, component refs, parameters in path, query and header, JSON bodies) whose names come
from a hostile alphabet: quotes, backslashes, dots, slashes, spaces, digits first, keywords,
builtins, non-ASCII. For each spec the generator must either refuse it with located problems (the
exit-1 path) or give a package that imports, and whose every method builds a request.

The run is in-process (no ruff formatting, which only changes layout) so that `make test` can afford
500 examples under a fixed seed; `make fuzz` runs many more (FUZZ_EXAMPLES).
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.builder import build_api
from generator.config import Config
from generator.errors import InputError
from generator.ir import walk_resources
from generator.loader import RawSpec, parse_spec
from generator.render import render_files

pytestmark = [pytest.mark.xdist_group("fuzz"), pytest.mark.fuzz]

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "500"))
PACKAGE = "fuzzed"

NAME_ALPHABET = st.sampled_from(list("abcXYZ_09 -.'\"\\/$é{}") + ["\n", "\x00", "\u2028"])
WORDS = st.sampled_from(["id", "class", "import", "list", "type", "self", "model_id", "json", "Optional", "List",
                         "BaseModel", "_private", "1st", "data", "has_more", "next", "str", "None", "con", ""])
NAMES = st.one_of(WORDS, st.text(NAME_ALPHABET, min_size=1, max_size=8))


def schemas(refs: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    leaf = st.one_of(
        st.sampled_from([{"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "boolean"},
                         {"type": "string", "format": "date-time"}, {"type": "string", "nullable": True}, {}]),
        st.lists(NAMES, min_size=1, max_size=4, unique=True).map(lambda vs: {"type": "string", "enum": vs}),
        *([st.sampled_from(refs).map(lambda r: {"$ref": "#/components/schemas/" + r.replace("~", "~0").replace("/", "~1")})]
          if refs else []),
    )

    def extend(inner: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
        return st.one_of(
            st.dictionaries(NAMES, inner, max_size=4).flatmap(lambda props: st.builds(
                lambda req: {"type": "object", "properties": props, "required": sorted(p for p in props if p in req)},
                st.sets(st.sampled_from(sorted(props)) if props else st.nothing(), max_size=len(props)))),
            inner.map(lambda s: {"type": "array", "items": s}),
            st.lists(inner, min_size=1, max_size=3).map(lambda ms: {"oneOf": ms}),
            inner.map(lambda s: {"type": "object", "additionalProperties": s}),
        )

    return st.recursive(leaf, extend, max_leaves=6)


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(NAMES, min_size=0, max_size=3, unique=True))
    components: dict[str, Any] = {}
    for i, name in enumerate(names):
        components[name] = draw(schemas(names[:i]))
    paths: dict[str, Any] = {}
    for _ in range(draw(st.integers(1, 3))):
        segments = draw(st.lists(NAMES, min_size=1, max_size=3))
        params = draw(st.lists(NAMES, max_size=2, unique=True))
        path = "/" + "/".join(s.replace("/", "_").replace("{", "").replace("}", "") or "x" for s in segments)
        path += "".join("/{" + p.replace("{", "").replace("}", "").replace("/", "") + "}" for p in params if p.strip("{}/"))
        declared = [p.replace("{", "").replace("}", "").replace("/", "") for p in params if p.strip("{}/")]
        verb = draw(st.sampled_from(["get", "post", "put", "patch", "delete", "head", "options"]))
        operation: dict[str, Any] = {
            "parameters": [{"name": p, "in": "path", "required": True, "schema": {"type": "string"}} for p in declared]
            + [{"name": q, "in": loc, "schema": draw(schemas(names))}
               for q, loc in draw(st.lists(st.tuples(NAMES, st.sampled_from(["query", "header"])), max_size=3,
                                           unique_by=lambda t: t[0]))],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": draw(schemas(names))}}}},
        }
        if draw(st.booleans()):
            operation["operationId"] = draw(NAMES)
        if verb in ("post", "put", "patch") and draw(st.booleans()):
            operation["requestBody"] = {"content": {"application/json": {"schema": draw(schemas(names))}}}
        paths.setdefault(path, {})[verb] = operation
    return {"openapi": "3.0.3", "info": {"title": "Fuzzed", "version": "1"},
            "servers": [{"url": "https://fuzz.example"}], "components": {"schemas": components}, "paths": paths}


def forget_package() -> None:
    for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
        del sys.modules[name]


def requests_of(client: Any, api: Any, seen: list[httpx.Request]) -> int:
    """Calls every method with a placeholder for each required argument; returns how many requests
    reached the transport. The transport's reply is a placeholder too, so an error reading it is
    no finding; an error before the request is sent is one, unless it is the runtime's own."""
    made = 0
    for resource in walk_resources(api.resources):
        target = client
        for part in resource.path.split("."):
            target = getattr(target, part)
        for method in resource.methods:
            fn = getattr(target, method.name)
            args = {name: "v" for name, p in inspect.signature(fn).parameters.items()
                    if p.default is inspect.Parameter.empty and p.kind is not p.VAR_KEYWORD}
            before = len(seen)
            try:
                fn(**args)
            except Exception as e:  # noqa: BLE001 - sorted out below
                from fuzzed import FuzzedError  # type: ignore[import-not-found]

                sent = len(seen) > before
                assert sent or isinstance(e, FuzzedError), f"{resource.path}.{method.name}: {type(e).__name__}: {e}"
            made += 1
    return made


# FUZZ_SHRINK=0 reports the first failing spec as found (seconds) instead of the smallest (minutes)
PHASES = [Phase.explicit, Phase.generate] + ([Phase.shrink] if os.environ.get("FUZZ_SHRINK", "1") != "0" else [])


@settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None, phases=PHASES,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(specs())
def test_random_specs_generate_a_working_package_or_a_located_error(document: dict[str, Any]) -> None:
    raw_bytes = json.dumps(document).encode()
    with tempfile.TemporaryDirectory() as tmp:
        spec_file = Path(tmp) / "spec.json"
        spec_file.write_bytes(raw_bytes)
        raw = RawSpec(str(spec_file), str(spec_file), raw_bytes, "0" * 64)
        try:
            api = build_api(parse_spec(raw), Config())
        except InputError as e:
            assert e.problems and all(p.file and (p.where or ":" in p.file) for p in e.problems), str(e)
            return
        assert api.package_name == PACKAGE
        files = render_files(api)
        for rel, text in files.items():
            path = Path(tmp) / "out" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            if rel.endswith(".py"):
                compile(text, rel, "exec")
        src = str(Path(tmp) / "out" / "src")
        sys.path.insert(0, src)
        forget_package()
        try:
            package = importlib.import_module(PACKAGE)
            for module in sorted(r for r in files if r.startswith(f"src/{PACKAGE}/") and r.endswith(".py")):
                dotted = module[len("src/"):-len(".py")].replace("/", ".").removesuffix(".__init__")
                importlib.import_module(dotted)
            seen: list[httpx.Request] = []

            def answer(request: httpx.Request) -> httpx.Response:
                seen.append(request)
                return httpx.Response(200, json={})

            client = package.Fuzzed(base_url="https://fuzz.example",
                                     http_client=httpx.Client(transport=httpx.MockTransport(answer)))
            try:
                made = requests_of(client, api, seen)
            except AssertionError:
                if os.environ.get("FUZZ_KEEP"):  # keep the failing package for a look
                    shutil.rmtree(os.environ["FUZZ_KEEP"], ignore_errors=True)
                    shutil.copytree(tmp, os.environ["FUZZ_KEEP"])
                raise
            assert len(seen) == made
            for request in seen:
                assert request.url.host == "fuzz.example"
        finally:
            sys.path.remove(src)
            forget_package()
