"""Pydantic models as strict JSON Schemas, the subset Structured Outputs accepts.

In strict mode every property is listed in `required`, every object says
`additionalProperties: false`, and a property that may be absent is spelled as a union with
`null` instead. Nested models live under `$defs` and are referred to with `$ref`.
"""

from __future__ import annotations

from typing import Any, Dict, cast

import pydantic

JSONSchema = Dict[str, Any]


def to_strict_json_schema(model: type[pydantic.BaseModel] | pydantic.TypeAdapter[Any]) -> JSONSchema:
    """The strict JSON Schema of a model class (or of any type, given as a `TypeAdapter`)."""
    if isinstance(model, pydantic.TypeAdapter):
        schema = model.json_schema()
    else:
        schema = model.model_json_schema()
    return cast(JSONSchema, _strict(schema, root=schema, path=()))


def _strict(node: object, *, root: JSONSchema, path: tuple[str, ...]) -> Any:
    if not isinstance(node, dict):
        return node
    schema = cast(JSONSchema, node)
    for key in ("$defs", "definitions"):
        defs = schema.get(key)
        if isinstance(defs, dict):
            for name, sub in cast(JSONSchema, defs).items():
                defs[name] = _strict(sub, root=root, path=(*path, key, name))

    if schema.get("type") == "object" or "properties" in schema:
        properties = cast(JSONSchema, schema.get("properties") or {})
        schema["properties"] = {
            name: _strict(sub, root=root, path=(*path, "properties", name)) for name, sub in properties.items()
        }
        schema["required"] = list(properties)
        if schema.get("additionalProperties") not in (None, False):
            raise ValueError(
                f"strict schemas cannot have open objects (additionalProperties) at {'/'.join(path) or '#'}; "
                "use a model with named fields"
            )
        schema["additionalProperties"] = False

    items = schema.get("items")
    if isinstance(items, dict):
        schema["items"] = _strict(cast(JSONSchema, items), root=root, path=(*path, "items"))

    for key in ("anyOf", "oneOf"):
        variants = schema.get(key)
        if isinstance(variants, list):
            # strict mode knows anyOf only
            schema.pop(key)
            schema["anyOf"] = [
                _strict(v, root=root, path=(*path, "anyOf", str(i)))
                for i, v in enumerate(cast("list[object]", variants))
            ]

    all_of = schema.get("allOf")
    if isinstance(all_of, list):
        parts = cast("list[object]", all_of)
        if len(parts) == 1:
            schema.pop("allOf")
            schema.update(_strict(parts[0], root=root, path=(*path, "allOf", "0")))
        else:
            schema["allOf"] = [_strict(p, root=root, path=(*path, "allOf", str(i))) for i, p in enumerate(parts)]

    # a default of None says nothing a nullable union does not; other defaults stay as documentation
    if "default" in schema and schema["default"] is None:
        schema.pop("default")

    # `$ref` with siblings (pydantic writes a field's description next to it) is not allowed:
    # the target is inlined and the siblings kept
    ref = schema.get("$ref")
    if isinstance(ref, str) and len(schema) > 1:
        target = _resolve(root, ref)
        siblings = {k: v for k, v in schema.items() if k != "$ref"}
        schema.clear()
        schema.update({**cast(JSONSchema, _strict(dict(target), root=root, path=path)), **siblings})
    return schema


def _resolve(root: JSONSchema, ref: str) -> JSONSchema:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $refs can be made strict, got {ref!r}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part]
    if not isinstance(node, dict):
        raise ValueError(f"$ref {ref!r} does not lead to a schema")
    return cast(JSONSchema, node)
