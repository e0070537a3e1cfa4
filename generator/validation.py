"""OpenAPI validation with openapi-spec-validator's findings, in a fraction of its time.

openapi-spec-validator 0.9.0 does two things: it validates the whole document against the OpenAPI
JSON Schema, then walks paths and components with its keyword validators (each schema against the
JSON Schema dialect's meta-schema, defaults against their schema, duplicate operationIds, tags and
parameters, path parameters declared and used, `required` names that no `allOf` part defines). On
the 3 MB OpenAI spec it spends ~7 s in pure-Python jsonschema on the document and ~6 s in the walk,
most of that in the 1,500 meta-schema checks and in jsonschema-path's `$ref`-resolving accessors.

Here, the same walk runs over plain dicts, and both JSON Schema passes (document and meta-schema)
are first asked of jsonschema-rs, a compiled validator, as yes/no questions over the meta-schemas
that the installed openapi-spec-validator and openapi-schema-validator ship. Only where it says
"invalid" does the pure-Python validator run, so that every message, and which error comes first,
is exactly the one openapi-spec-validator prints. Formats are judged by the same Python format
checkers in both. Defaults (a few hundred small values) go straight to openapi-schema-validator's
validators, as there.

Anything this walk does not mirror with certainty (a `$ref` leaving the document or passing an
`$id`, an explicit `$schema` or `jsonSchemaDialect`, a shape that would make the reference walk
stop half-way) makes it give up, and openapi-spec-validator itself runs, on its pure-Python
jsonschema backend, whichever backends are installed: its jsonschema-rs backend words the
document-level messages differently. tests/test_validator_crosscheck.py compares the two on the
real specs and on a corpus of broken ones.
"""

from __future__ import annotations

import string
import urllib.parse
from functools import lru_cache
from typing import Any, Iterator

OAS_VERSIONS = ("3.0", "3.1")
OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class GiveUp(Exception):
    """The fast walk cannot vouch for mirroring the reference here; the reference runs instead."""


def iter_errors(document: dict[str, Any]) -> Iterator[Any]:
    """openapi-spec-validator's errors for `document` (a bundled OpenAPI 3.0/3.1 dict), as
    jsonschema ValidationError objects with the same `message` and `absolute_path`."""
    try:
        errors = list(FastWalk(document).errors())
    except GiveUp:
        errors = None
    except (RecursionError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        errors = None  # the reference walk would have stopped here too: let it, in its own words
    if errors is None:
        yield from reference_errors(document)
    else:
        yield from errors


def reference_errors(document: dict[str, Any]) -> Iterator[Any]:
    """openapi-spec-validator itself, with its document-level check on pure-Python jsonschema (the
    backend it uses when jsonschema-rs is not installed, and whose messages the generator prints)."""
    return reference_validator_cls(is_31(document))(document).iter_errors()


def is_31(document: dict[str, Any]) -> bool:
    return str(document.get("openapi", "")).startswith("3.1")


@lru_cache(maxsize=None)
def reference_validator_cls(v31: bool) -> type:
    from jsonschema.validators import validator_for
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    base = OpenAPIV31SpecValidator if v31 else OpenAPIV30SpecValidator
    schema = document_schema(v31)
    return type(base.__name__ + "PurePython", (base,), {"schema_validator": validator_for(schema)(schema)})


@lru_cache(maxsize=None)
def document_schema(v31: bool) -> dict[str, Any]:
    from openapi_spec_validator.schemas.utils import get_schema_content

    return dict(get_schema_content("3.1" if v31 else "3.0"))


@lru_cache(maxsize=None)
def compiled_document_schema(v31: bool) -> Any:
    import jsonschema_rs

    # no format assertion, as openapi-spec-validator's own document check asserts none (jsonschema-rs
    # would assert them by default under the 3.0 schema's draft 4)
    return jsonschema_rs.validator_for(document_schema(v31), validate_formats=False)


@lru_cache(maxsize=None)
def compiled_meta_schema(v31: bool) -> Any:
    """The meta-schema a 3.1 (dialect base) or 3.0 schema object is checked against, compiled,
    with its references and formats served as openapi-schema-validator serves them."""
    import jsonschema_rs
    from openapi_schema_validator import oas30_format_checker, oas31_format_checker
    from openapi_schema_validator._specifications import REGISTRY
    from openapi_schema_validator.validators import OAS30Validator, OAS31Validator

    meta = (OAS31Validator if v31 else OAS30Validator).META_SCHEMA
    checker = oas31_format_checker if v31 else oas30_format_checker
    resources = [(uri, REGISTRY.contents(uri)) for uri in REGISTRY]
    names: set[str] = set()
    for _, contents in resources:
        names |= format_names(contents)
    formats = {name: (lambda value, name=name: checker.conforms(value, name)) for name in names}
    return jsonschema_rs.validator_for(meta, registry=jsonschema_rs.Registry(resources), validate_formats=True,
                                       formats=formats)


def format_names(node: Any) -> set[str]:
    """Every `format` a meta-schema applies (so that each is judged by the Python checker)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if isinstance(value.get("format"), str):
                found.add(value["format"])
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found


def passes(compiled: Any, instance: Any) -> bool:
    """jsonschema-rs's yes; a no, or anything it cannot take (non-string keys, dates from YAML),
    sends the instance to the pure-Python validator."""
    try:
        return bool(compiled.is_valid(instance))
    except Exception:  # noqa: BLE001 - conversion errors of the Rust binding
        return False


class FastWalk:
    """openapi-spec-validator 0.9.0's keyword walk (validation/keywords.py), over plain dicts.

    Same order, same de-duplication (a schema is meta-checked once and walked once, by identity
    of the resolved dict), same messages. `$ref`s are followed wherever jsonschema-path follows
    them: at every step, a mapping with a string `$ref` stands for its target."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.v31 = is_31(document)
        if not str(document.get("openapi", "")).startswith(OAS_VERSIONS):
            raise GiveUp
        self.meta_checked: set[int] = set()
        self.visited: set[int] = set()
        self.operation_ids: list[Any] = []
        self.dialect_ok = not self.v31 or "jsonSchemaDialect" not in document
        self._resolver: Any = None

    # --- $ref resolution, as jsonschema-path does it for a bundled document
    def deref(self, node: Any) -> Any:
        hops = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not (ref == "#" or ref.startswith("#/")):
                raise GiveUp  # another document, or an anchor
            node = self.document
            # referencing's JSON pointer: percent-decoded as a whole, then split
            for token in urllib.parse.unquote(ref[2:]).split("/") if ref != "#" else ():
                if isinstance(node, dict) and "$id" in node:
                    raise GiveUp  # the base URI changes: referencing would resolve differently
                if isinstance(node, list):
                    node = node[int(token)]
                elif isinstance(node, dict):
                    node = node[token.replace("~1", "/").replace("~0", "~")]
                else:
                    raise GiveUp
            hops += 1
            if hops > 64:
                raise GiveUp  # a cycle of references: the reference recurses until it fails
        return node

    def child(self, node: Any, key: Any) -> Any:
        return self.deref(node[key])

    def members(self, node: Any) -> list[Any]:
        """The children of a mapping or a list, each resolved (a SchemaPath iterates a mapping's
        values too); anything else stops the reference walk, and so this one."""
        node = self.deref(node)
        if isinstance(node, dict):
            return [self.deref(v) for v in node.values()]
        if isinstance(node, list):
            return [self.deref(v) for v in node]
        raise GiveUp

    def items(self, node: Any) -> list[tuple[Any, Any]]:
        node = self.deref(node)
        if isinstance(node, dict):
            return [(k, self.deref(v)) for k, v in node.items()]
        if isinstance(node, list):
            return [(i, self.deref(v)) for i, v in enumerate(node)]
        raise GiveUp

    @staticmethod
    def has(node: Any, key: str) -> bool:
        return isinstance(node, dict) and key in node

    def read_str(self, node: Any, key: str) -> str:
        value = self.child(node, key)
        if not isinstance(value, str):
            raise GiveUp
        return value

    # --- the walk
    def errors(self) -> Iterator[Any]:
        from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

        for error in self.document_errors():
            yield error if isinstance(error, OpenAPIValidationError) else OpenAPIValidationError.create_from(error)
        for error in self.root():
            yield error if isinstance(error, OpenAPIValidationError) else OpenAPIValidationError.create_from(error)

    def document_errors(self) -> Iterator[Any]:
        if passes(compiled_document_schema(self.v31), self.document):
            return iter(())
        return reference_validator_cls(self.v31).schema_validator.iter_errors(self.document)

    def root(self) -> Iterator[Any]:
        spec = self.document
        if self.has(spec, "tags"):
            yield from self.tags(self.child(spec, "tags"))
        if self.has(spec, "paths"):
            for url, item in self.items(spec["paths"]):
                yield from self.path(url, item)
        if self.has(spec, "components"):
            components = self.child(spec, "components")
            if self.has(components, "schemas"):
                for schema in self.members(components["schemas"]):
                    yield from self.schema(schema)

    def tags(self, tags: Any) -> Iterator[Any]:
        from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

        seen: set[str] = set()
        for tag in self.members(tags):
            name = self.read_str(tag, "name")
            if name in seen:
                yield OpenAPIValidationError(f"Duplicate tag name '{name}'")
            seen.add(name)

    def path(self, url: Any, item: Any) -> Iterator[Any]:
        if not isinstance(url, str):
            raise GiveUp
        parameters = None
        if self.has(item, "parameters"):
            parameters = self.child(item, "parameters")
            yield from self.parameters(parameters)
        for name, operation in self.items(item):
            if not isinstance(name, str):
                raise GiveUp
            if name in OPERATIONS:
                yield from self.operation(url, name, operation, parameters)

    def parameters(self, parameters: Any) -> Iterator[Any]:
        from openapi_spec_validator.validation.exceptions import ParameterDuplicateError

        seen = set()
        for parameter in self.members(parameters):
            if self.has(parameter, "schema"):
                yield from self.schema(self.child(parameter, "schema"))
            if not (self.has(parameter, "name") and self.has(parameter, "in")):
                raise GiveUp
            name, where = self.child(parameter, "name"), self.child(parameter, "in")
            key = (name, where)
            if key in seen:
                yield ParameterDuplicateError(f"Duplicate parameter '{name}'")
            seen.add(key)

    def path_param_names(self, parameters: Any) -> Iterator[str]:
        for parameter in self.members(parameters):
            if self.read_str(parameter, "in") == "path":
                yield self.read_str(parameter, "name")

    def operation(self, url: str, name: str, operation: Any, path_parameters: Any) -> Iterator[Any]:
        from openapi_spec_validator.validation.exceptions import (
            DuplicateOperationIDError,
            UnresolvableParameterError,
        )

        if self.has(operation, "operationId"):
            operation_id = self.child(operation, "operationId")
            if operation_id is not None and operation_id in self.operation_ids:
                yield DuplicateOperationIDError(f"Operation ID '{operation_id}' for '{name}' in '{url}' is not unique")
            self.operation_ids.append(operation_id)
        if self.has(operation, "responses"):
            for code, response in self.items(operation["responses"]):
                if not isinstance(code, str):
                    raise GiveUp
                if self.has(response, "content"):
                    for mimetype, media_type in self.items(response["content"]):
                        if not isinstance(mimetype, str):
                            raise GiveUp
                        if self.has(media_type, "schema"):
                            yield from self.schema(self.child(media_type, "schema"))
        names: list[str] = []
        if self.has(operation, "parameters"):
            parameters = self.child(operation, "parameters")
            yield from self.parameters(parameters)
            names += list(self.path_param_names(parameters))
        if path_parameters is not None:
            names += list(self.path_param_names(path_parameters))
        declared = set(names)
        in_url = {field for _, field, _, _ in string.Formatter().parse(url) if field}
        for param in sorted(in_url):
            if param not in declared:
                yield UnresolvableParameterError(
                    f"Path parameter '{param}' for '{name}' operation in '{url}' was not resolved")
        for param in sorted(declared):
            if param not in in_url:
                yield UnresolvableParameterError(
                    f"Path parameter '{param}' for '{name}' operation in '{url}' was not resolved")

    def schema(self, value: Any, require_properties: bool = True, meta_checked: bool = False) -> Iterator[Any]:
        from openapi_spec_validator.validation.exceptions import ExtraParametersError, OpenAPIValidationError

        value = self.deref(value)
        if not isinstance(value, (dict, bool)):
            yield OpenAPIValidationError(f"{value!r} is not of type 'object', 'boolean'")
            return
        if isinstance(value, dict) and "$id" in value:
            raise GiveUp
        key = id(value)
        if not meta_checked and key not in self.meta_checked:
            self.meta_checked.add(key)
            error = self.meta_error(value)
            if error is not None:
                yield error
                return
        if key in self.visited:
            return
        self.visited.add(key)
        if not isinstance(value, dict):
            return
        nested: list[Any] = []
        if "allOf" in value:
            for inner in self.members(value["allOf"]):
                yield from self.schema(inner, False, True)
                nested += list(self.collect_properties(inner))
        for keyword in ("anyOf", "oneOf"):
            if keyword in value:
                for inner in self.members(value[keyword]):
                    yield from self.schema(inner, False, True)
        if "not" in value:
            yield from self.schema(self.child(value, "not"), False, True)
        if "items" in value:
            yield from self.schema(self.child(value, "items"), False, True)
        if "properties" in value:
            for inner in self.members(value["properties"]):
                yield from self.schema(inner, False, True)
        required = "required" in value and self.child(value, "required") or []
        properties = "properties" in value and self.keys(value["properties"]) or []
        extra = list(set(required) - set(properties) - set(nested)) if "allOf" in value else []
        if extra and require_properties:
            yield ExtraParametersError(f"Required list has not defined properties: {extra}")
        if "default" in value:
            default = self.child(value, "default")
            nullable = self.child(value, "nullable") if "nullable" in value else False
            if default is not None or nullable is not True:
                yield from self.default_errors(value, default)

    def keys(self, node: Any) -> Any:
        node = self.deref(node)
        if isinstance(node, dict):
            return node.keys()
        if isinstance(node, list):
            return range(len(node))
        raise GiveUp

    def collect_properties(self, schema: Any) -> set[Any]:
        props: set[Any] = set()
        if not isinstance(schema, dict):
            return props
        if "properties" in schema:
            props.update(self.keys(schema["properties"]))
        for keyword in ("allOf", "anyOf", "oneOf"):
            if keyword in schema:
                for sub in self.members(schema[keyword]):
                    props.update(self.collect_properties(sub))
        for keyword in ("items", "not"):
            if keyword in schema:
                props.update(self.collect_properties(self.child(schema, keyword)))
        return props

    def meta_error(self, value: Any) -> Any:
        """The first error of the schema against its dialect's meta-schema, or None."""
        from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

        fast = self.dialect_ok and not (isinstance(value, dict) and "$schema" in value)
        if fast and passes(compiled_meta_schema(self.v31), value):
            return None
        try:
            checker = self.meta_checker(value)
        except ValueError as exc:
            return OpenAPIValidationError(str(exc))
        from jsonschema.exceptions import SchemaError, ValidationError

        try:
            checker(value)
        except (SchemaError, ValidationError) as err:
            return OpenAPIValidationError.create_from(err)
        return None

    def meta_checker(self, value: Any) -> Any:
        from openapi_schema_validator.validators import OAS30Validator

        if not self.v31:
            return OAS30Validator.check_schema
        from functools import partial

        from jsonschema.validators import validator_for
        from openapi_schema_validator import OAS31_BASE_DIALECT_ID, oas31_format_checker

        if isinstance(value, dict) and "$schema" in value:
            dialect = value["$schema"]
            if not isinstance(dialect, str):
                raise ValueError(f"Unknown JSON Schema dialect: {dialect!r}")
        else:
            dialect = self.document.get("jsonSchemaDialect", OAS31_BASE_DIALECT_ID)
            if not isinstance(dialect, str):
                raise GiveUp
        validator_cls = validator_for({"$schema": dialect}, default=None)
        if validator_cls is None:
            raise ValueError(f"Unknown JSON Schema dialect: {dialect!r}")
        return partial(validator_cls.check_schema, format_checker=oas31_format_checker)

    def default_errors(self, schema: dict[str, Any], default: Any) -> Iterator[Any]:
        from openapi_schema_validator import oas30_format_checker, oas31_format_checker
        from openapi_schema_validator.validators import OAS30Validator, OAS31Validator

        cls, checker = (OAS31Validator, oas31_format_checker) if self.v31 else (OAS30Validator, oas30_format_checker)
        return cls(schema, _resolver=self.resolver(), format_checker=checker).iter_errors(default)

    def resolver(self) -> Any:
        """The document's resolver, as jsonschema-path makes it (a 2020-12 resource at base '')."""
        if self._resolver is None:
            from referencing import Registry
            from referencing.jsonschema import DRAFT202012

            registry: Any = Registry().with_resource("", DRAFT202012.create_resource(self.document))
            self._resolver = registry.resolver(base_uri="")
        return self._resolver
