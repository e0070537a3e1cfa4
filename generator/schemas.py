"""JSON Schema -> IR types. One method per schema kind; named component schemas become named types.

Every schema is translated in one of two modes: "model" (pydantic response models) or "param"
(TypedDict request params, `*Param` names). Schemas whose closure holds no object are the same in
both modes and are emitted once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Optional

from . import naming
from .errors import InputError, escape_pointer_token, unescape_pointer_token
from .ir import NO_CONSTRAINTS, Alias, Constraints, Enum, ExtraName, Field, Model, NamedType, TypeRef, Union
from .loader import resolve_pointer

SCHEMA_PREFIX = "#/components/schemas/"
PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "null"}
ANY = TypeRef("any")
MAX_SCHEMA_DEPTH = 100


@dataclass(frozen=True)
class Context:
    """Where an inline schema sits: the module it renders into and how to name it."""

    module: str
    hint: str  # PascalCase name suggestion for an inline type
    parent: Optional[str] = None  # id of the enclosing named type
    root: Optional[str] = None  # id of the module's root type (its name is not repeated)
    pointer: str = ""


@dataclass
class TypePlacement:
    name: Optional[str] = None
    module: Optional[str] = None
    param_name: Optional[str] = None
    param_module: Optional[str] = None
    also: tuple[ExtraName, ...] = ()
    inline: bool = False  # no class of its own: each use is translated as if written out there
    optional: tuple[str, ...] = ()  # required properties the response model declares optional
    inline_in: tuple[str, ...] = ()  # written out in place inside these schemas only
    member_label: Optional[str] = None  # its name after the union's, written out as a response union member


def is_nullable(schema: dict[str, Any]) -> bool:
    if schema.get("nullable") is True:
        return True
    t = schema.get("type")
    if isinstance(t, list) and "null" in t:
        return True
    if "const" in schema and schema["const"] is None:
        return True
    if isinstance(schema.get("enum"), list) and None in schema["enum"]:
        return True
    for key in ("anyOf", "oneOf"):
        if any(isinstance(m, dict) and m.get("type") == "null" for m in schema.get(key) or []):
            return True
    return any(is_null_marker(part) for part in schema.get("allOf") or [])


def is_null_marker(part: Any) -> bool:
    """An allOf part that only says "may be null" (`allOf: [{$ref: X}, {nullable: true}]`)."""
    return isinstance(part, dict) and bool(part) and (
        set(part) <= {"nullable", "description", "title"} and part.get("nullable") is True or part == {"type": "null"}
    )


def without_null(schema: dict[str, Any]) -> dict[str, Any]:
    out = dict(schema)
    out.pop("nullable", None)
    t = out.get("type")
    if isinstance(t, list):
        rest = [x for x in t if x != "null"]
        out["type"] = rest[0] if len(rest) == 1 else rest
    if isinstance(out.get("enum"), list):
        out["enum"] = [v for v in out["enum"] if v is not None]
    for key in ("anyOf", "oneOf"):
        if key in out:
            out[key] = [m for m in out[key] if not (isinstance(m, dict) and m.get("type") == "null")]
    if any(is_null_marker(part) for part in out.get("allOf") or []):
        out["allOf"] = [part for part in out["allOf"] if not is_null_marker(part)]
    return out


def ref_name(ref: str) -> Optional[str]:
    if ref.startswith(SCHEMA_PREFIX) and "/" not in ref[len(SCHEMA_PREFIX) :]:
        return unescape_pointer_token(ref[len(SCHEMA_PREFIX) :])
    return None


def schema_pointer(schema: Any, fallback: str) -> str:
    """Where a schema is written: the target of its local `$ref`, else `fallback` (its own place)."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/"):
        return schema["$ref"]
    return fallback


class SchemaTranslator:
    def __init__(self, document: dict[str, Any], location: str, placements: dict[str, TypePlacement],
                 acronyms: Optional[dict[str, str]] = None, max_name: int = 0, bare_object_as_any: bool = False) -> None:
        self.acronyms = acronyms or {}  # config `acronyms`, applied to inferred class names
        self.max_name = max_name  # config `max_type_name`
        self.bare_object_as_any = bare_object_as_any  # config `free_form_objects: object`
        self.document = document
        self.location = location
        self.schemas: dict[str, Any] = (document.get("components") or {}).get("schemas") or {}
        self.placements = placements
        # component -> its class name: namespace prefixes dropped where the short name is unique
        self.class_names = naming.schema_class_names(list(self.schemas), max_name)
        self.types: dict[str, NamedType] = {}
        self.module_names: dict[str, set[str]] = {}
        self._plain_cache: dict[str, bool] = {}
        self._pending: set[str] = set()
        self._inlining: set[str] = set()  # inline-placed schemas being written out, one inside the other
        self._alias_bodies: set[tuple[str, str]] = set()  # (module, pointer) of components written out as an alias's body
        self._depth = 0  # schemas being translated, one inside the other
        self._shapes: dict[tuple[str, str], str] = {}  # (mode, inline schema as JSON) -> its type id
        self.package_exports: list[tuple[str, str]] = []  # (package, type id) of `also: [{package}]`

    # ----- helpers -------------------------------------------------------------------------------

    def resolve(self, schema: Any, where: str) -> dict[str, Any]:
        """Follow `$ref`s to a concrete schema mapping."""
        seen = set()
        while isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen:
                raise InputError.single(self.location, where, f"$ref cycle through {ref}")
            seen.add(ref)
            try:
                schema = resolve_pointer(self.document, ref)
            except (KeyError, IndexError, ValueError):
                raise InputError.single(self.location, where, f"dangling $ref {ref!r}") from None
        if schema is True or schema is None:
            return {}
        if schema is False:
            return {"not": {}}  # OpenAPI 3.1's boolean schema: no value (merged_properties drops such a property)
        if not isinstance(schema, dict):
            raise InputError.single(self.location, where, f"expected a schema object, found {type(schema).__name__}")
        return schema

    def claim(self, module: str, name: str) -> str:
        taken = self.module_names.setdefault(module, set())
        name = naming.unique(name, taken)
        taken.add(name)
        return name

    def is_plain(self, schema: Any, seen: Optional[set[str]] = None) -> bool:
        """True when the schema's closure has no object, so one type serves both modes."""
        seen = seen or set()
        if isinstance(schema, dict) and "$ref" in schema:
            name = ref_name(schema["$ref"])
            if name is not None:
                if name in self._plain_cache:
                    return self._plain_cache[name]
                if name in seen:
                    return False
                seen.add(name)
                result = self.is_plain(self.schemas.get(name, {}), seen)
                self._plain_cache[name] = result
                return result
            schema = self.resolve(schema, "")
        if not isinstance(schema, dict):
            return True
        if "properties" in schema or schema.get("type") == "object" or "additionalProperties" in schema:
            return False
        if "allOf" in schema:
            return False
        for key in ("anyOf", "oneOf"):
            if key in schema and not all(self.is_plain(m, seen) for m in schema[key]):
                return False
        if "items" in schema:
            return self.is_plain(schema["items"], seen)
        return True

    # ----- constraints and examples (what a valid example value must respect) --------------------

    def constraint_view(self, schema: Any, where: str, depth: int = 0) -> dict[str, Any]:
        """The keywords that apply to a value of `schema`: `$ref`s followed, null members dropped, a
        lone `anyOf`/`oneOf` member and `allOf` parts merged in (the outer schema wins)."""
        s = without_null(self.resolve(schema, where))
        if depth > 8:
            return s
        merged: dict[str, Any] = {}
        members = self.union_members(s)
        if members is not None and len(members) == 1:
            merged.update(self.constraint_view(members[0], where, depth + 1))
        for part in s.get("allOf") or []:
            merged.update(self.constraint_view(part, where, depth + 1))
        merged.update(s)
        return merged

    def constraints_and_example(self, schema: Any, where: str, depth: int = 0) -> tuple[Constraints, bool, Any]:
        """The constraints of `schema`, and whether it has an example and which: its own `example`
        (or first `examples` entry), else the one of what it refers to."""
        if not isinstance(schema, dict):
            return NO_CONSTRAINTS, False, None
        s = self.constraint_view(schema, where)
        items = s.get("items")
        nested = isinstance(items, dict) and depth < 8
        constraints = schema_constraints(s, self.constraints_and_example(items, where, depth + 1)[0] if nested else None)
        found, value = schema_example(schema)
        if not found:
            found, value = schema_example(s)
        return constraints, found, value

    def required_alternatives(self, schema: dict[str, Any], depth: int = 0) -> list[tuple[str, ...]]:
        """`oneOf`/`anyOf: [{required: [a]}, {required: [b]}]` on an object, or on one of its `allOf`
        parts (DigitalOcean's firewall rules): one of the sets is needed."""
        for part in (schema.get("allOf") or []) if depth < 4 else []:
            found = self.required_alternatives(self.resolve(part, ""), depth + 1) if isinstance(part, dict) else []
            if found:
                return found
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if is_required_choice({key: members}):
                return [tuple(str(n) for n in m["required"]) for m in members]  # type: ignore[union-attr]
        return []

    # ----- named component schemas ---------------------------------------------------------------

    def named(self, name: str, mode: str) -> TypeRef:
        if name not in self.schemas:
            raise InputError.single(self.location, SCHEMA_PREFIX + name, "no such schema")
        schema = self.schemas[name]
        placement = self.placements.get(name, TypePlacement())
        # a plain schema (an enum, a primitive alias) is one type for requests and responses,
        # unless config names a request form of it (the official `VideoModelParam`)
        if mode == "param" and placement.param_name is None \
                and self.is_plain({"$ref": SCHEMA_PREFIX + escape_pointer_token(name)}):
            mode = "model"
        return self.place(f"{mode}:{name}", schema, mode, placement, self.class_names[name], SCHEMA_PREFIX + name)

    def at_pointer(self, pointer: str, mode: str) -> TypeRef:
        """The inline schema at a JSON pointer that config names (`types: {"#/...": {name: ...}}`)."""
        try:
            schema = resolve_pointer(self.document, pointer)
        except (KeyError, IndexError, ValueError):
            raise InputError.single(self.location, pointer, "a `types:` pointer that points at nothing") from None
        placement = self.placements[pointer]
        if mode == "param" and placement.param_name is None and self.is_plain(schema):
            mode = "model"
        fallback = naming.safe_class_name(pointer.rstrip("/").rpartition("/")[2])
        return self.place(f"{mode}:{pointer}", schema, mode, placement, fallback, pointer)

    def is_placed_pointer(self, pointer: str) -> bool:
        return pointer.startswith("#/") and pointer in self.placements

    def place(self, type_id: str, schema: Any, mode: str, placement: TypePlacement, fallback: str, where: str) -> TypeRef:
        """Define a configured (or component) schema once, under its configured name and module."""
        if type_id in self.types or type_id in self._pending:
            return TypeRef("ref", ref=type_id)
        base_name = placement.name or naming.spelled(fallback, self.acronyms)
        if mode == "model":
            cls_name = base_name
            module = placement.module or f"types.{naming.safe_module_name(cls_name)}"
        else:
            cls_name = placement.param_name or base_name + "Param"
            # a placed model's param form sits beside it: types.chat.x -> types.chat.x_param
            package = placement.module.rpartition(".")[0] if placement.module else "types"
            module = placement.param_module or f"{package}.{naming.safe_module_name(cls_name)}"
        cls_name = self.claim(module, cls_name)
        ctx = Context(module=module, hint=cls_name, parent=type_id, root=type_id, pointer=where)
        self._pending.add(type_id)
        try:
            self.define(type_id, cls_name, schema, mode, ctx, top_level=True)
        finally:
            self._pending.discard(type_id)
        for extra in placement.also:
            self.extra_name(type_id, extra, schema, mode, where)
        return TypeRef("ref", ref=type_id)

    def extra_name(self, primary: str, extra: ExtraName, schema: Any, mode: str, where: str) -> None:
        """`also:` names of a placed schema, in the mode being placed (name/module for models,
        param_name/param_module for params)."""
        if extra.package is not None:
            if mode == "model" and (extra.package, primary) not in self.package_exports:
                self.package_exports.append((extra.package, primary))
            return
        name, module = (extra.name, extra.module) if mode == "model" else (extra.param_name, extra.param_module)
        if not name:
            return
        module = module or f"types.{naming.safe_module_name(name)}"
        type_id = f"{mode}:{module}:{name}"
        if type_id in self.types:
            return
        cls_name = self.claim(module, name)
        if extra.distinct:
            ctx = Context(module=module, hint=cls_name, parent=type_id, root=type_id, pointer=where)
            self._pending.add(f"{mode}:{where}")  # the copy's own body is not a use of the primary
            try:
                self.define(type_id, cls_name, schema, mode, ctx, top_level=True)
            finally:
                self._pending.discard(f"{mode}:{where}")
        else:
            target = self.types[primary]
            self.types[type_id] = Alias(type_id, cls_name, module, TypeRef("ref", ref=primary),
                                        description=target.description, pointer=where)

    def config_union(self, name: str, module: str, members: list[str], discriminator: Optional[str], mode: str,
                     description: str = "") -> TypeRef:
        """A union config declares from existing schemas (`unions:`): a oneOf the spec never spells out."""
        type_id = f"{mode}:{module}:{name}"
        if type_id in self.types:
            return TypeRef("ref", ref=type_id)
        refs = [{"$ref": m if m.startswith("#/") else SCHEMA_PREFIX + escape_pointer_token(m)} for m in members]
        schema: dict[str, Any] = {"oneOf": refs, "description": description}
        if discriminator:
            schema["discriminator"] = {"propertyName": discriminator}
        cls_name = self.claim(module, name)
        ctx = Context(module=module, hint=cls_name, parent=type_id, root=type_id, pointer=f"unions.{name}")
        self.define(type_id, cls_name, schema, mode, ctx, top_level=True)
        return TypeRef("ref", ref=type_id)

    def define(self, type_id: str, name: str, schema: Any, mode: str, ctx: Context, top_level: bool) -> None:
        """Create the named type for `schema` under `type_id`."""
        raw = self.resolve(schema, ctx.pointer)
        description = raw.get("description", "") or raw.get("title", "") if top_level else raw.get("description", "")
        parent = None if top_level else ctx.parent
        core = without_null(raw)
        members = self.union_members(core)
        if members is not None and len(members) == 1 and isinstance(members[0], dict) and "$ref" not in members[0] \
                and "properties" not in core and "allOf" not in core:
            # `anyOf: [{object}, {type: null}]`: the type is the object; uses of it are Optional
            core = {**without_null(members[0]), **({"description": description} if description else {})}
        if self.is_object(core):
            model = Model(type_id, name, ctx.module, [], description=description, pointer=ctx.pointer, parent=parent,
                          deprecated=bool(raw.get("deprecated")))
            self.types[type_id] = model
            self.fill_model(model, core, mode, ctx)
        elif self.union_members(core) is not None and len(self.union_members(core) or []) > 1:
            union = Union(type_id, name, ctx.module, [], description=description, pointer=ctx.pointer, parent=parent,
                          nullable=is_nullable(raw))
            self.types[type_id] = union
            self.fill_union(union, core, mode, ctx, raw)
        elif core.get("enum") and core.get("type") != "array":  # `enum: [null]` alone is an alias of None
            self.types[type_id] = Enum(type_id, name, ctx.module, list(core["enum"]), description=description,
                                       pointer=ctx.pointer, parent=parent, nullable=is_nullable(raw))
        else:
            alias = Alias(type_id, name, ctx.module, ANY, description=description, pointer=ctx.pointer, parent=parent)
            self.types[type_id] = alias
            alias.target = self.type_of(raw, mode, ctx)
            if self.is_map(core) and is_nullable(raw):
                # a map or null is the map, as an object or null is the object: uses are Optional
                alias.target = alias.target.with_nullable(False)

    def placed_class_name(self, name: str, mode: str) -> str:
        """The class name the component `name` gets in `mode` when it is placed."""
        placement = self.placements.get(name, TypePlacement())
        base = placement.name or naming.spelled(self.class_names.get(name) or naming.safe_class_name(name), self.acronyms)
        return base if mode == "model" else placement.param_name or base + "Param"

    def member_class_names(self, schema: dict[str, Any], mode: str) -> set[str]:
        """The names the component schemas a union refers to directly get as classes."""
        names = set()
        for member in self.union_members(without_null(schema)) or []:
            ref = ref_name(member.get("$ref", "")) if isinstance(member, dict) else None
            if ref is not None:
                placement = self.placements.get(ref, TypePlacement())
                base = placement.name or self.class_names.get(ref) or naming.safe_class_name(ref)
                names.add(base if mode == "model" or self.is_plain(member) else placement.param_name or base + "Param")
        return names

    def undouble_param_names(self) -> None:
        """A component the spec already calls `FooParam` (or `FooParams`) whose only form is the
        request-side one keeps its name and module (`FooParam`, `foo_param.py`) instead of
        `FooParamParam`. With a response model beside it the model has that name, and the
        TypedDict stays `FooParamParam`, as the official SDK's `ResponseConversationParamParam`.
        Run once every type is translated: only then is it known that no model form exists."""
        taken = set(self.module_names) | {t.module for t in self.types.values()}
        for type_id, t in sorted(self.types.items()):
            schema = type_id.partition(":")[2]
            if not type_id.startswith("param:") or t.parent is not None or f"model:{schema}" in self.types:
                continue
            placement = self.placements.get(schema, TypePlacement())
            base = t.name[: -len("Param")]
            if placement.param_name or placement.param_module or not base.endswith(("Param", "Params")) \
                    or t.name != base + "Param" or t.module.rpartition(".")[2] != naming.safe_module_name(t.name):
                continue
            module = f"{t.module.rpartition('.')[0]}.{naming.safe_module_name(base)}"
            if module in taken:
                continue
            for other in self.types.values():  # the module's nested types move with it
                if other.module == t.module:
                    other.module = module
            self.module_names[module] = self.module_names.pop(t.module, set()) - {t.name} | {base}
            taken.add(module)
            t.name = base

    # ----- structure tests -----------------------------------------------------------------------

    def is_object(self, schema: dict[str, Any]) -> bool:
        if isinstance(schema.get("type"), str) and schema["type"] != "object":
            return False  # `type: array` beside `properties` (VTEX's `Images`): the value is an array
        if "properties" in schema:
            # `properties: {}` and nothing else says no more than a bare `{type: object}`
            return bool(schema["properties"]) or not self.bare_object_as_any or "additionalProperties" in schema \
                or "allOf" in schema
        if "allOf" in schema:
            members = [self.resolve(m, "") for m in schema["allOf"]]
            # a part that only says which properties are needed (`anyOf: [{required: [a]}, ...]`)
            # keeps it an object (DigitalOcean's firewall rules)
            return any(self.is_object(without_null(m)) for m in members) and not any(
                ("oneOf" in m or "anyOf" in m) and not is_required_choice(m) for m in members
            )
        return schema.get("type") == "object" and not self.is_map(schema) and "oneOf" not in schema and "anyOf" not in schema and bool(schema.get("properties"))

    def is_map(self, schema: dict[str, Any]) -> bool:
        return schema.get("type") == "object" and not schema.get("properties") and "allOf" not in schema

    def union_members(self, schema: dict[str, Any]) -> Optional[list[Any]]:
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return [m for m in schema[key] if not (isinstance(m, dict) and m.get("type") == "null")]
        return None

    def merged_properties(
        self, schema: dict[str, Any], where: str, pointer: str = ""
    ) -> tuple[dict[str, Any], set[str], Any, dict[str, str]]:
        """Properties, required names and additionalProperties of an object, allOf flattened; and
        where each property is written in the spec (allOf parts and their `$ref`s followed; `pointer`
        is where `schema` is), so that config can name an inline property schema by its JSON pointer."""
        props: dict[str, Any] = {}
        required: set[str] = set()
        extra: Any = None
        pointers: dict[str, str] = {}
        for i, part in enumerate(schema.get("allOf") or []):
            sub = without_null(self.resolve(part, where))
            p, r, e, w = self.merged_properties(sub, where, schema_pointer(part, f"{pointer}/allOf/{i}"))
            props.update(p)
            required |= r
            extra = e if e is not None else extra
            pointers.update(w)
        # a property whose schema is `false` may not be sent at all (vercel's `additionalProperties: false`
        # written among the properties)
        own = {k: v for k, v in (schema.get("properties") or {}).items() if v is not False}
        props.update(own)
        for wire in own:
            pointers[wire] = f"{pointer}/properties/{escape_pointer_token(wire)}"
        required |= set(schema.get("required") or [])
        if schema.get("additionalProperties") not in (None, False):
            extra = schema["additionalProperties"]
        return props, required, extra, pointers

    # ----- kinds ---------------------------------------------------------------------------------

    def fill_model(self, model: Model, schema: dict[str, Any], mode: str, ctx: Context) -> None:
        props, required, extra, sources = self.merged_properties(schema, ctx.pointer, ctx.pointer)
        root = ctx.root if ctx.root else model.id
        if mode == "model" and ctx.pointer.startswith(SCHEMA_PREFIX) and model.id == root:
            placement = self.placements.get(unescape_pointer_token(ctx.pointer[len(SCHEMA_PREFIX):]))
            if placement is not None and placement.optional:
                required = required - set(placement.optional)
        kept: dict[str, tuple[Any, dict[str, Any]]] = {}
        for wire, prop_schema in props.items():
            prop = self.resolve(prop_schema, ctx.pointer) if isinstance(prop_schema, dict) else {}
            if mode == "param" and prop.get("readOnly"):
                continue
            if mode == "model" and prop.get("writeOnly"):
                continue
            kept[wire] = (prop_schema, prop)
        names = naming.distinct_names(list(kept), naming.safe_field_name)
        for wire, (prop_schema, prop) in kept.items():
            name = names[wire]
            hint = naming.pascal(wire)
            if prop.get("type") == "array" or (isinstance(prop.get("type"), list) and "array" in prop["type"]):
                hint = naming.pascal(naming.singular(naming.snake(wire)))
            field_ctx = Context(
                ctx.module,
                hint if model.id == root else naming.bounded(model.name, hint, self.max_name),
                parent=model.id,
                root=root,
                pointer=sources.get(wire, f"{ctx.pointer}/properties/{escape_pointer_token(wire)}"),
            )
            ftype = self.type_of(prop_schema, mode, field_ctx)
            nullable = is_nullable(prop) or ftype.nullable
            desc = ""
            if isinstance(prop_schema, dict):
                desc = prop_schema.get("description") or prop.get("description") or ""
            constraints, has_example, example = self.constraints_and_example(prop_schema, ctx.pointer)
            model.fields.append(
                Field(
                    name=name,
                    wire_name=wire,
                    type=ftype.with_nullable(nullable),
                    required=wire in required,
                    nullable=nullable,
                    default=prop.get("default"),
                    has_default="default" in prop,
                    description=desc,
                    deprecated=bool(prop.get("deprecated")),
                    constraints=constraints,
                    example=example,
                    has_example=has_example,
                )
            )
        model.required_alternatives = self.required_alternatives(schema)
        if extra is not None and extra is not True and extra != {}:
            model.additional_properties = self.type_of(
                extra, mode, Context(ctx.module, model.name + "Extra", model.id, root, ctx.pointer + "/additionalProperties")
            )

    def fill_union(self, union: Union, schema: dict[str, Any], mode: str, ctx: Context, raw: Optional[dict[str, Any]] = None) -> None:
        placed = self.flat_members(raw if raw is not None else schema, schema, ctx.pointer, ctx.root)
        members = [m for m, _ in placed]
        disc = schema.get("discriminator") if isinstance(schema.get("discriminator"), dict) else None
        resolved = [without_null(self.resolve(m, ctx.pointer)) for m in members]
        prop = disc.get("propertyName") if disc else self.implied_discriminator(resolved)
        refs: list[TypeRef] = []
        for i, (member, pointer) in enumerate(placed):
            value = self.const_value(resolved[i], prop) if prop else None
            # A member is named by its tag (`mcp_call` -> McpCall), as the official SDK names
            # them; a title is a phrase for readers ("MCP tool call"). Without a tag, by its title,
            # else (a written-out component) by its schema name.
            inlined = ref_name(member.get("$ref", "")) if isinstance(member, dict) else None
            written_out = inlined is not None and self.inlines(inlined, ctx.root)
            label = str(value) if value is not None else resolved[i].get("title") or ""
            if written_out and mode == "model" and self.placements[inlined or ""].member_label:
                label = self.placements[inlined or ""].member_label or ""
            elif not label and written_out:
                label = inlined or ""
            if not label and inlined is None and resolved[i].get("properties"):
                # an untagged, untitled object is known by what it must carry (`{id}` -> VoiceID)
                props = resolved[i]["properties"]
                label = next((p for p in resolved[i].get("required") or [] if p in props), next(iter(props)))
            label = label or f"Variant{i}"
            top = union.id == ctx.root or (ctx.module, union.pointer) in self._alias_bodies
            hint = naming.pascal(label) if top else naming.bounded(union.name, naming.pascal(label), self.max_name)
            mctx = Context(ctx.module, hint, parent=union.id, root=ctx.root, pointer=pointer)
            refs.append(self.type_of(member, mode, mctx))
        union.members = refs
        if prop and all(r.kind == "ref" for r in refs):
            union.discriminator = prop
            mapping = {}
            for i, r in enumerate(refs):
                value = self.const_value(resolved[i], prop)
                if value is not None and r.ref is not None:
                    mapping[str(value)] = r.ref
            explicit = (disc or {}).get("mapping") or {}
            for value, ref in explicit.items():
                name = ref_name(ref)
                if name is not None:
                    mapping[str(value)] = self.named(name, mode).ref or ""
            union.mapping = dict(sorted(mapping.items()))

    def flat_members(self, raw: dict[str, Any], schema: dict[str, Any], pointer: str,
                     root: Optional[str]) -> list[tuple[Any, str]]:
        """A union's members with their pointers. A member that refers to an inlined union is
        replaced by that union's own members (recursively), so a union of unions reads as one flat
        union with one discriminator, as the official SDK writes `AssistantStreamEvent`."""
        key = "oneOf" if "oneOf" in schema else "anyOf"
        out: list[tuple[Any, str]] = []
        for member in self.union_members(schema) or []:
            name = ref_name(member.get("$ref", "")) if isinstance(member, dict) else None
            inner = without_null(self.schemas[name]) if name is not None and self.inlines(name, root) else None
            if inner is not None and self.union_members(inner) is not None and "properties" not in inner \
                    and "allOf" not in inner and name is not None:
                self._inlining.add(name)
                try:
                    out += self.flat_members(inner, inner, SCHEMA_PREFIX + escape_pointer_token(name), root)
                finally:
                    self._inlining.discard(name)
            else:
                out.append((member, branch_pointer(pointer, raw, key, member)))
        return out

    def const_value(self, schema: dict[str, Any], prop: Optional[str]) -> Any:
        if not prop:
            return None
        props, _, _, _ = self.merged_properties(schema, "")
        p = props.get(prop)
        if p is None:
            return None
        p = self.resolve(p, "")
        if "const" in p:
            return p["const"]
        if isinstance(p.get("enum"), list) and len(p["enum"]) == 1:
            return p["enum"][0]
        return None

    def implied_discriminator(self, members: list[dict[str, Any]]) -> Optional[str]:
        """A property every member has as a distinct constant (`type: {const: x}` or one-value enum)."""
        if len(members) < 2 or not all(self.is_object(m) for m in members):
            return None
        candidates: Optional[set[str]] = None
        for m in members:
            props, _, _, _ = self.merged_properties(m, "")
            names = {k for k in props if self.const_value(m, k) is not None}
            candidates = names if candidates is None else candidates & names
        for prop in sorted(candidates or (), key=lambda k: (k != "type", k)):
            values = [self.const_value(m, prop) for m in members]
            if len(set(map(str, values))) == len(values):
                return prop
        return None

    def type_of(self, schema: Any, mode: str, ctx: Context) -> TypeRef:
        # Translation recurses into properties, items and $ref targets. A bound with a located error
        # instead of a RecursionError: real specs stay far below it (OpenAI's deepest is 15).
        if self._depth >= MAX_SCHEMA_DEPTH:
            raise InputError.single(self.location, ctx.pointer, f"schemas nest more than {MAX_SCHEMA_DEPTH} levels "
                                    "deep here (through properties, items or $refs); the generator stops at that depth")
        self._depth += 1
        try:
            return self.type_of_unbounded(schema, mode, ctx)
        finally:
            self._depth -= 1

    def type_of_unbounded(self, schema: Any, mode: str, ctx: Context) -> TypeRef:
        if schema is True or schema is None or schema == {}:
            return ANY
        if not isinstance(schema, dict):
            return ANY
        if "$ref" in schema:
            name = ref_name(schema["$ref"])
            if name is not None and self.inlines(name, ctx.root):
                self._inlining.add(name)
                hint = ctx.hint
                root = self.types.get(ctx.root or "")
                placement = self.placements.get(name, TypePlacement())
                if isinstance(root, Alias) and ctx.parent == root.id and (placement.name or placement.param_name):
                    # the whole body of an alias (`ResponseInputParam = List[<InputItem>]`): the
                    # written-out schema takes its own class name, not the alias's, and its
                    # members are named as those of a placed union
                    hint = self.placed_class_name(name, mode)
                    self._alias_bodies.add((ctx.module, SCHEMA_PREFIX + escape_pointer_token(name)))
                try:
                    t = self.type_of(self.schemas[name], mode, Context(ctx.module, hint, ctx.parent, ctx.root,
                                                                       SCHEMA_PREFIX + escape_pointer_token(name)))
                finally:
                    self._inlining.discard(name)
                return t.with_nullable(True) if is_nullable(schema) else t
            if name is not None:
                t = self.named(name, mode)
                target_nullable = is_nullable(self.schemas.get(name) or {})
                return t.with_nullable(True) if is_nullable(schema) or target_nullable else t
            if self.is_placed_pointer(schema["$ref"]):
                return self.at_pointer(schema["$ref"], mode)
            return self.type_of(self.resolve(schema, ctx.pointer), mode, ctx)
        if self.is_placed_pointer(ctx.pointer) and not self.defining(ctx.pointer):
            return self.at_pointer(ctx.pointer, mode)
        nullable = is_nullable(schema)
        core = without_null(schema)
        t = self.type_of_core(core, mode, ctx, schema)
        return t.with_nullable(True) if nullable else t

    def inlines(self, name: str, root: Optional[str]) -> bool:
        """A `$ref` to `name` from inside the type `root` is written out in place (config `inline:
        true`, or `inline_in` naming the schema of `root`); a schema that refers back to itself is
        named at its second level instead of unrolled."""
        placement = self.placements.get(name)
        if placement is None or name not in self.schemas or name in self._inlining:
            return False
        if placement.inline:
            return True
        # a component's type id is `mode:Name` (or `mode:#/pointer`); ids of other types carry a module too
        parts = (root or "").split(":")
        return len(parts) == 2 and parts[1] in placement.inline_in

    def defining(self, pointer: str) -> bool:
        """The placed schema at `pointer` is being defined right now (its own body, not a use)."""
        return f"model:{pointer}" in self._pending or f"param:{pointer}" in self._pending

    def type_of_core(self, schema: dict[str, Any], mode: str, ctx: Context, raw: Optional[dict[str, Any]] = None) -> TypeRef:
        raw = raw if raw is not None else schema
        if "allOf" in schema and not schema.get("properties"):
            # parts that only annotate (DigitalOcean's `allOf: [{$ref: Tags}, {description, example}]`)
            parts = [p for p in schema["allOf"] if not (isinstance(p, dict) and set(p) <= ANNOTATION_KEYWORDS)]
            if len(parts) == 1 and "oneOf" not in schema and "anyOf" not in schema:
                return self.type_of(parts[0], mode, at(ctx, branch_pointer(ctx.pointer, raw, "allOf", parts[0])))
        members = self.union_members(schema)
        if members is not None:
            key = "oneOf" if "oneOf" in schema else "anyOf"
            if not members:
                return ANY
            if len(members) == 1 and "properties" not in schema:
                member = members[0]
                inner = next((k for k in ("oneOf", "anyOf") if isinstance(member, dict) and k in member), None)
                if inner is not None and is_nullable(raw) and not is_nullable(member):
                    # `anyOf: [{oneOf: [A, B]}, {type: null}]` is one union that admits null
                    member = {**member, inner: [*member[inner], {"type": "null"}]}
                return self.type_of(member, mode, at(ctx, branch_pointer(ctx.pointer, raw, key, members[0])))
            if "properties" not in schema and "allOf" not in schema:
                if all(self.is_plain(m) for m in members):
                    parts = [self.type_of(m, mode, at(ctx, branch_pointer(ctx.pointer, raw, key, m))) for m in members]
                    return TypeRef("union", args=tuple(dedupe(parts)))
                return self.inline_named(raw, mode, ctx)
        if "const" in schema:
            return TypeRef("literal", values=(schema["const"],))
        if isinstance(schema.get("enum"), list) and schema.get("type") != "array":
            values = tuple(v for v in schema["enum"] if v is not None)
            return TypeRef("literal", values=values) if values else TypeRef("null")
        t = schema.get("type")
        if isinstance(t, list):
            parts = [self.type_of_core({**schema, "type": x}, mode, ctx) for x in t if x != "null"]
            return parts[0] if len(parts) == 1 else TypeRef("union", args=tuple(dedupe(parts)))
        if t == "array" or (t is None and "items" in schema):
            item_hint = ctx.hint if not ctx.hint.endswith("s") else naming.pascal(naming.singular(naming.snake(ctx.hint)))
            if ctx.parent == ctx.root and isinstance(self.types.get(ctx.root or ""), Alias):
                # the items of a list alias: `GraderInputs = List[GraderInputItem]`, as the official
                # SDK names them (the alias itself has the plain name)
                item_hint += "Item"
            item_ctx = Context(ctx.module, item_hint, ctx.parent, ctx.root, ctx.pointer + "/items")
            return TypeRef("list", args=(self.type_of(schema.get("items", {}), mode, item_ctx),))
        if self.is_object(schema):
            return self.inline_named(schema, mode, ctx)
        if t == "object" and self.bare_object_as_any and "additionalProperties" not in schema:
            return ANY
        if t == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                vctx = Context(ctx.module, naming.bounded(ctx.hint, "Value", self.max_name), ctx.parent, ctx.root,
                               ctx.pointer + "/additionalProperties")
                return TypeRef("dict", args=(self.type_of(extra, mode, vctx),))
            return TypeRef("dict", args=(ANY,))
        if t == "string":
            fmt = schema.get("format")
            if fmt == "date-time":
                return TypeRef("datetime")
            if fmt == "date":
                return TypeRef("date")
            if fmt == "binary" and mode == "param":
                return TypeRef("file")
            return TypeRef("str")
        if isinstance(t, str) and t in PRIMITIVES:
            return TypeRef(PRIMITIVES[t])  # type: ignore[arg-type]
        return ANY  # no type, or one that is no JSON type (codat's `type: {...}`: the validator says so)

    def inline_named(self, schema: dict[str, Any], mode: str, ctx: Context) -> TypeRef:
        # With no `types:` config, an inline shape written out identically at many places (as
        # DigitalOcean's bundled spec does) is one class, named after its first place. Placed
        # types can make one shape translate differently by where it is, so configs keep each.
        shape = (mode, json.dumps(schema, sort_keys=True, default=str)) \
            if not self.placements and nests_within(schema, MAX_SCHEMA_DEPTH) else None
        if shape is not None and shape in self._shapes:
            return TypeRef("ref", ref=self._shapes[shape])
        hint = naming.safe_class_name(ctx.hint)
        parent = self.types.get(ctx.parent or "")
        if parent is not None and hint in self.member_class_names(schema, mode):
            # Stripe's expandable `file: Union[str, File]` would be an alias `File` of the class
            # `File`: confusing, and pydantic resolves the field's annotation to the class when the
            # class is being built (it puts the name of the model it is building in scope)
            hint = naming.safe_class_name(naming.bounded(parent.name, hint, self.max_name))
        name = self.claim(ctx.module, naming.spelled(hint, self.acronyms))
        type_id = f"{mode}:{ctx.module}:{name}"
        if shape is not None:
            self._shapes[shape] = type_id
        self.define(type_id, name, schema, mode, Context(ctx.module, name, ctx.parent, ctx.root, ctx.pointer), top_level=False)
        return TypeRef("ref", ref=type_id)



def nests_within(value: Any, limit: int) -> bool:
    """Whether a JSON value nests at most `limit` levels deep (counted without recursion, so that a
    hostile 3000-level schema reaches the translator's own located error instead of a crash)."""
    stack = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return False
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        stack.extend((child, depth + 1) for child in children)
    return True


def _number(value: Any) -> Optional[float]:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _count(value: Any) -> Optional[int]:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


ANNOTATION_KEYWORDS = frozenset({"description", "title", "default", "deprecated", "example", "examples"})


def is_required_choice(schema: dict[str, Any]) -> bool:
    """A `oneOf`/`anyOf` whose members only name required properties: `[{required: [a]}, {required: [b]}]`."""
    for key in ("oneOf", "anyOf"):
        members = schema.get(key)
        if isinstance(members, list) and members and all(
            isinstance(m, dict) and isinstance(m.get("required"), list) and set(m) <= {"required", "description", "title"}
            for m in members
        ):
            return True
    return False


def schema_constraints(s: dict[str, Any], items: Optional[Constraints]) -> Constraints:
    """The validation keywords of one (already flattened) schema."""
    minimum, maximum = _number(s.get("minimum")), _number(s.get("maximum"))
    xmin, xmax = s.get("exclusiveMinimum"), s.get("exclusiveMaximum")
    # OpenAPI 3.0 spells an exclusive bound as a flag on minimum/maximum (some 3.1 specs still do)
    if xmin is True:
        minimum, xmin = None, minimum
    if xmax is True:
        maximum, xmax = None, maximum
    fmt, pattern, enum = s.get("format"), s.get("pattern"), s.get("enum")
    return Constraints(
        format=fmt if isinstance(fmt, str) else None,
        pattern=pattern if isinstance(pattern, str) else None,
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=_number(xmin),
        exclusive_maximum=_number(xmax),
        multiple_of=_number(s.get("multipleOf")),
        min_length=_count(s.get("minLength")),
        max_length=_count(s.get("maxLength")),
        min_items=_count(s.get("minItems")),
        max_items=_count(s.get("maxItems")),
        items=items if items != NO_CONSTRAINTS else None,
        enum=tuple(enum) if isinstance(enum, list) and enum else None,
    )


def schema_example(s: dict[str, Any]) -> tuple[bool, Any]:
    if "example" in s:
        return True, s["example"]
    examples = s.get("examples")
    if isinstance(examples, list) and examples:
        return True, examples[0]
    return False, None


def branch_pointer(pointer: str, raw: dict[str, Any], key: str, member: Any) -> str:
    """The pointer of `member` inside `raw[key]` (by identity: null members were filtered out of the
    list the caller holds, so its index may differ from the spec's)."""
    for i, m in enumerate(raw.get(key) or []):
        if m is member:
            return f"{pointer}/{key}/{i}"
    return pointer


def at(ctx: Context, pointer: str) -> Context:
    return Context(ctx.module, ctx.hint, ctx.parent, ctx.root, pointer)


def dedupe(parts: list[TypeRef]) -> list[TypeRef]:
    out: list[TypeRef] = []
    for p in parts:
        if p not in out:
            out.append(p)
    return out
