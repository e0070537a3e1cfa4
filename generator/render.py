"""IR -> file contents, through the Jinja templates in `templates/`.

This module prepares "views": the Python annotation strings, import lists and file paths the
templates need, so that templates hold nothing but loops and lookups. It returns a mapping of
relative path -> text; writing and formatting are `generator.writer`'s job.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

import jinja2

from .emitted_tests import emitted_test_files, readme_examples
from .custom import import_problems
from .errors import InputError, Problem
from .literals import docstring, string_literal
from .ir import Alias, Api, Enum, Field, Method, Model, NamedType, Resource, TypeRef, Union, XmlNode, walk_resources
from .naming import PATH_PLACEHOLDER, pascal, route_path, unique

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
HEADER = "# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand."


# ----- imports -----------------------------------------------------------------------------------


@dataclass
class Imports:
    """`from X import a, b` lines of one module, collected while annotations are built."""

    package_depth: int  # number of dots to reach the package root from this module
    absolute: str = ""  # the package's name when imports of its modules are absolute (emitted tests)
    names: dict[str, set[str]] = field(default_factory=dict)
    bottom: dict[str, set[str]] = field(default_factory=dict)  # cyclic imports placed after definitions
    plain: set[str] = field(default_factory=set)  # `import X` lines
    # Every name visible at module level -> the (module, name) it stands for; names defined in the
    # module itself or by its template map to ("", name). Two types of the same name from different
    # modules (nested `Tool` of two params modules) must not shadow each other.
    taken: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Resource modules refer to the nested types of `*_params` modules through the module
    # (`assistant_create_params.ToolResources`), as the methods' params TypedDicts are.
    qualify_params: bool = False
    # names imported last (cyclic imports) -> (module, `name` or `name as alias`), for the
    # `if TYPE_CHECKING:` imports of those an alias needs when it is defined
    deferred: dict[str, tuple[str, str]] = field(default_factory=dict)

    def add(self, module: str, name: str, bottom: bool = False) -> None:
        (self.bottom if bottom else self.names).setdefault(module, set()).add(name)

    def add_local(self, module: str, name: str, bottom: bool = False) -> None:
        """An import of a module of the package, made relative; or absolute, for a test module, which
        imports finished modules (no cyclic imports placed after definitions there)."""
        if self.absolute:
            self.add(f"{self.absolute}.{module}", name)
        else:
            self.add("." * self.package_depth + module, name, bottom)

    def reserve(self, names: Iterable[str]) -> None:
        """Names the module defines (or its template imports) that no type import may shadow."""
        for name in names:
            self.taken[name] = ("", name)

    def use(self, module: str, name: str, bottom: bool = False) -> str:
        """Import type `name` of package module `module`; returns how code refers to it here."""
        parent, _, leaf = module.rpartition(".")
        # through its params module, unless another params module of that leaf name is imported
        # here already (orgs' and enterprises' `configuration_create_params`, which share a type)
        if self.qualify_params and leaf.endswith("_params") and self.taken.setdefault(leaf, (module, "")) == (module, ""):
            self.add_local(parent, leaf)
            return f"{leaf}.{name}"
        wanted = (module, name)
        visible = next(c for c in alias_candidates(module, name) if self.taken.setdefault(c, wanted) == wanted)
        spelled = name if visible == name else f"{name} as {visible}"
        self.add_local(module, spelled, bottom)
        if bottom and not self.absolute:
            self.deferred[visible] = ("." * self.package_depth + module, spelled)
        return visible

    def checking_lines(self, names: Iterable[str]) -> list[str]:
        """`from X import a` lines for the deferred `names`, for an `if TYPE_CHECKING:` block."""
        which: dict[str, set[str]] = {}
        for name in names:
            module, spelled = self.deferred[name]
            which.setdefault(module, set()).add(spelled)
        return self.lines(which)

    def lines(self, which: Optional[dict[str, set[str]]] = None) -> list[str]:
        which = self.names if which is None else which
        std = sorted(m for m in which if not m.startswith(".") and m in STDLIB)
        third = sorted(m for m in which if not m.startswith(".") and m not in STDLIB)
        local = sorted((m for m in which if m.startswith(".")), key=lambda m: (-len(m) + len(m.lstrip(".")), m))
        out = [f"import {m}" for m in sorted(self.plain)] if which is self.names else []
        for group in (std, third, local):
            for m in group:
                out.append(f"from {m} import {', '.join(sorted(which[m]))}")
        return out


def alias_candidates(module: str, name: str) -> Iterable[str]:
    """Names to import type `name` of `module` under, in order of preference: the name itself, then
    prefixed with more and more of its packages (`ChatTool`, `TypesChatTool`), then numbered."""
    packages = module.split(".")[:-1]
    last = name
    yield name
    for i in reversed(range(len(packages))):
        last = "".join(pascal(p) for p in packages[i:]) + name
        yield last
    for i in range(2, 100):
        yield f"{last}{i}"


# Names the type-module and resource templates bind themselves; a spec type of the same name is
# imported under a qualified alias instead.
TYPE_MODULE_NAMES = (
    "BaseModel", "PropertyInfo", "FieldInfo", "TypedDict", "Required", "TypeAlias", "Annotated", "Literal",
    "TYPE_CHECKING", "List", "Dict", "Union", "Optional", "Iterable", "FileTypes", "SequenceNotStr", "date",
    "datetime",
)  # fmt: skip
RESOURCE_MODULE_NAMES = TYPE_MODULE_NAMES + (
    "Any", "Mapping", "cast", "overload", "deprecated", "httpx", "Body", "Omit", "Query", "Headers", "NoneType",
    "NotGiven", "omit", "not_given", "path_template", "maybe_transform", "async_maybe_transform", "extract_files",
    "deepcopy_minimal", "strip_not_given", "cached_property", "SyncAPIResource", "AsyncAPIResource",
    "to_raw_response_wrapper", "to_streamed_response_wrapper", "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper", "Stream", "AsyncStream", "make_request_options", "AsyncPaginator",
    "HttpxBinaryResponseContent",
)  # fmt: skip
RESOURCE_CLASS_SUFFIXES = ("", "WithRawResponse", "WithStreamingResponse")
# Builtins used in annotations that a field of the same name would shadow inside its class body.
BUILTIN_TYPE_NAMES = frozenset({"object", "str", "int", "float", "bool"})

STDLIB = {"typing", "datetime", "__future__", "functools", "typing_extensions", "pathlib", "os"}


STRING_LITERAL = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'""")
NAME_TOKEN = re.compile(r"(?<![\w.])[A-Za-z_]\w*")


def names_bound_in(code: Iterable[str]) -> set[str]:
    """The plain names (not attributes, not inside string literals) that annotations and defaults
    refer to."""
    return {n for text in code for n in NAME_TOKEN.findall(STRING_LITERAL.sub('""', text))}


def forward_refs(value: str, names: Iterable[str]) -> str:
    """`value` with each of `names` (as a plain name, outside string literals) spelled
    `forward_ref("Name", __name__)`."""
    return respell(value, names, lambda name: f'forward_ref("{name}", __name__)')


def quoted_refs(value: str, names: Iterable[str]) -> str:
    """`value` with each of `names` quoted: how a type alias names a class defined after it."""
    return respell(value, names, lambda name: f'"{name}"')


def respell(value: str, names: Iterable[str], spell: Callable[[str], str]) -> str:
    """`value` with each of `names` (as a plain name, outside string literals) replaced by `spell(name)`."""
    wanted = set(names)

    def one(m: re.Match[str]) -> str:
        return spell(m.group(0)) if m.group(0) in wanted else m.group(0)

    out, last = [], 0
    for literal in STRING_LITERAL.finditer(value):
        out.append(NAME_TOKEN.sub(one, value[last : literal.start()]))
        out.append(literal.group(0))
        last = literal.end()
    out.append(NAME_TOKEN.sub(one, value[last:]))
    return "".join(out)


# The formatter's line length (generator/writer.py, the emitted pyproject's `[tool.ruff]`).
LINE_LENGTH = 120
BOTTOM_IMPORT = re.compile(r"from (\S+) import (.+)")


def noqa_import(line: str) -> str:
    """An import placed after the definitions (a cyclic one), with the `noqa` ruff needs: E402 on
    the statement's first line, F401 on each name. A line the formatter would wrap is written
    wrapped already, since wrapping moves a trailing comment onto the last name's line."""
    if len(line) <= LINE_LENGTH:
        return f"{line}  # noqa: E402, F401"
    m = BOTTOM_IMPORT.fullmatch(line)
    assert m, line  # Imports.lines writes nothing else
    names = "".join(f"    {name},  # noqa: F401\n" for name in m.group(2).split(", "))
    return f"from {m.group(1)} import (  # noqa: E402\n{names})"


def package_depth(module: str) -> int:
    """`types.chat.chat_completion` sits two packages below the root: `..` reaches it... plus one."""
    return module.count(".") + 1 if module else 1


# ----- annotations -------------------------------------------------------------------------------


class Annotator:
    """Python annotation strings for IR types, in model (pydantic) or param (TypedDict) mode."""

    def __init__(self, types: dict[str, NamedType], cyclic: set[tuple[str, str]]) -> None:
        self.types = types
        self.cyclic = cyclic  # (from module, to module) edges that close an import cycle
        self.local_names = local_names(types)

    def annotation(
        self,
        t: TypeRef,
        mode: str,
        imports: Imports,
        module: str,
        nullable: Optional[bool] = None,
        shadowed: frozenset[str] = frozenset(),
        own: str = "",
    ) -> str:
        """`shadowed`: builtin names a class body redefines as fields (`object`, `type`), spelled
        `builtins.X` in that class's annotations. `own`: the id of the alias whose target this is,
        which must not refer to itself."""
        inner = self.core(t, mode, imports, module, shadowed, own)
        if (t.nullable if nullable is None else nullable) and inner != "None":
            imports.add("typing", "Optional")
            return f"Optional[{inner}]"
        return inner

    def core(self, t: TypeRef, mode: str, imports: Imports, module: str, shadowed: frozenset[str], own: str = "") -> str:
        k = t.kind

        def builtin(name: str) -> str:
            if name in shadowed:
                imports.plain.add("builtins")
                return f"builtins.{name}"
            return name

        if k in ("str", "int", "float", "bool"):
            return builtin(k)
        if k == "any":
            return builtin("object")
        if k == "null":
            return "None"
        if k in ("date", "datetime"):
            imports.add("datetime", k)
            if mode == "param":
                imports.add("typing", "Union")
                imports.add("typing_extensions", "Annotated")
                imports.add_local("_utils", "PropertyInfo")
                return f'Annotated[Union[str, {k}], PropertyInfo(format="iso8601")]'
            return k
        if k == "file":
            imports.add_local("_types", "FileTypes")
            return "FileTypes"
        if k == "literal":
            imports.add("typing_extensions", "Literal")
            return "Literal[" + ", ".join(string_literal(v) if isinstance(v, str) else repr(v) for v in t.values) + "]"
        if k == "list":
            item = self.annotation(t.args[0], mode, imports, module, shadowed=shadowed, own=own)
            if mode == "param":
                if t.args[0].kind == "str" and not t.args[0].nullable and "str" not in shadowed:
                    imports.add_local("_types", "SequenceNotStr")
                    return "SequenceNotStr[str]"
                imports.add("typing", "Iterable")
                return f"Iterable[{item}]"
            imports.add("typing", "List")
            return f"List[{item}]"
        if k == "dict":
            imports.add("typing", "Dict")
            return f"Dict[{builtin('str')}, {self.annotation(t.args[0], mode, imports, module, shadowed=shadowed, own=own)}]"
        if k == "union":
            parts = [self.annotation(a, mode, imports, module, shadowed=shadowed, own=own) for a in t.args]
            if len(parts) == 1:
                return parts[0]
            imports.add("typing", "Union")
            return "Union[" + ", ".join(parts) + "]"
        if k == "ref":
            target = self.types[t.ref or ""]
            local = self.local_names.get((module, t.ref or ""))
            if local is not None and local.id != own:
                # the module re-exports this type under a name of its own (`also`): it says that name
                return local.name
            if target.module != module:
                return imports.use(target.module, target.name, bottom=(module, target.module) in self.cyclic)
            return target.name
        return "object"


def local_names(types: dict[str, NamedType]) -> dict[tuple[str, str], NamedType]:
    """(module, type id) -> the type's own name in that module, for a type of another module: a
    re-export (`also`) or a distinct copy of the same schema made for the module (`also` with
    `distinct`, a method's `returns:`). Code in the module then says that name (`ExpiresAfter` in
    `types.vector_store` for `VectorStoreExpirationAfter`), as the official SDK's per-module
    classes read."""
    out: dict[tuple[str, str], NamedType] = {}
    top = [t for t in sorted(types.values(), key=lambda t: t.id) if t.parent is None]
    by_pointer: dict[tuple[str, str], list[NamedType]] = {}
    for t in top:
        if t.pointer and not isinstance(t, Alias):
            by_pointer.setdefault((t.id.partition(":")[0], t.pointer), []).append(t)
    for t in top:
        if isinstance(t, Alias) and t.target.kind == "ref" and not t.target.nullable and t.target.ref in types:
            if types[t.target.ref].module != t.module:
                out.setdefault((t.module, t.target.ref), t)
        elif not isinstance(t, Alias):
            # every other type of the same schema and mode says this one inside this module
            for other in by_pointer.get((t.id.partition(":")[0], t.pointer), []):
                if other.module != t.module:
                    out.setdefault((t.module, other.id), t)
    return out


def type_refs(t: NamedType) -> list[TypeRef]:
    if isinstance(t, Model):
        out = [f.type for f in t.fields]
        if t.additional_properties is not None:
            out.append(t.additional_properties)
        return out
    if isinstance(t, Union):
        return list(t.members)
    if isinstance(t, Alias):
        return [t.target]
    return []


def referenced_ids(t: TypeRef) -> Iterable[str]:
    if t.kind == "ref" and t.ref:
        yield t.ref
    for a in t.args:
        yield from referenced_ids(a)


def cyclic_edges(types: dict[str, NamedType]) -> set[tuple[str, str]]:
    """Module import edges that lie on a cycle (Tarjan's SCC over the module graph)."""
    graph: dict[str, set[str]] = {}
    for t in types.values():
        for ref in type_refs(t):
            for rid in referenced_ids(ref):
                other = types[rid].module
                if other != t.module:
                    graph.setdefault(t.module, set()).add(other)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    comp: dict[str, int] = {}
    counter = [0, 0]

    def strong(v: str) -> None:
        # iterative Tarjan to stay clear of the recursion limit on big specs
        work = [(v, iter(sorted(graph.get(v, ()))))]
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        while work:
            node, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                    advanced = True
                    break
                if w in on_stack:
                    low[node] = min(low[node], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp[w] = counter[1]
                    if w == node:
                        break
                counter[1] += 1

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return {(a, b) for a, bs in graph.items() for b in bs if comp.get(a) == comp.get(b)}


# ----- views -------------------------------------------------------------------------------------


@dataclass
class FieldView:
    name: str
    annotation: str
    default: str  # "" when none (then the field is required)
    description: str


@dataclass
class TypeView:
    kind: str  # model | typeddict | union | enum | alias
    name: str
    description: str
    fields: list[FieldView] = field(default_factory=list)
    value: str = ""  # right-hand side for aliases/unions/enums
    extra: str = ""  # annotation of additional properties (__pydantic_extra__)
    base: str = "BaseModel"  # the class a model derives from (a hand-written one, or BaseModel)
    # aliases and unions whose value names a type imported last (a cyclic import): the value run at
    # import time, with those names as `forward_ref`s; `value` is then for type checkers only
    runtime_value: str = ""


@dataclass
class ModuleView:
    path: str
    imports: list[str]
    bottom_imports: list[str]
    types: list[TypeView]
    rebuild: list[str]
    checking_imports: list[str] = field(default_factory=list)  # under `if TYPE_CHECKING:`


class Renderer:
    def __init__(self, api: Api, templates: Path = TEMPLATES) -> None:
        self.api = api
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates)),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
            autoescape=False,
        )
        self.env.filters["docstring"] = docstring
        self.env.filters["pyrepr"] = repr
        self.env.filters["pystr"] = string_literal
        self.templates = templates
        self.types = {t.id: t for t in api.types}
        self.add_params_models()
        self.cyclic = cyclic_edges(self.types)
        self.annotator = Annotator(self.types, self.cyclic)

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(api=self.api, header=HEADER, **context)

    # ----- whole package -------------------------------------------------------------------------

    def files(self) -> dict[str, str]:
        api = self.api
        src = f"src/{api.package_name}"
        out: dict[str, str] = {}
        # every file goes through `claim`: a second claim of a path fails the run instead of
        # silently replacing the first file
        claim(out, {f"{src}/{rel}": text for rel, text in self.runtime_files().items()}, "the runtime")
        claim(out, {f"{src}/{rel}": text for rel, text in self.type_files().items()}, "the types")
        tree = self.resource_views(api.resources)
        self.api_md_types(tree, set())
        claim(out, {f"{src}/{rel}": text for rel, text in self.resource_files(tree).items()}, "the resources")
        examples = readme_examples(self)
        claim(out, {name: self.render(f"package/{name}.jinja", tree=tree, examples=examples)
                    for name in ("pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "api.md")}, "the package files")
        claim(out, emitted_test_files(self), "the emitted tests")
        out.update(self.custom_files(src, out))
        check_modules_beside_packages(out)
        return dict(sorted(out.items()))

    def custom_files(self, src: str, generated: dict[str, str]) -> dict[str, str]:
        """The hand-written tree, placed into the package as it is (its `docs` beside the
        package); it never shares a file with generated code."""
        out: dict[str, str] = {}
        problems = []
        placed = [(f"{src}/{rel}", rel, data) for rel, data in self.api.custom.files.items()]
        placed += [(rel, rel, data) for rel, data in self.api.custom.docs.items()]
        for path, rel, data in placed:
            if path in generated:
                problems.append(Problem(f"{self.api.custom.root}/{rel}", "", "the generator writes this file itself; hand-written code needs a file of its own"))
                continue
            try:
                out[path] = data.decode("utf-8")
            except UnicodeDecodeError as e:
                problems.append(Problem(f"{self.api.custom.root}/{rel}", f"byte {e.start}", "not UTF-8 text"))
        if not problems:
            problems = import_problems({**generated, **out}, self.api.package_name, list(self.api.custom.files),
                                       self.api.custom.root)
        if problems:
            raise InputError(problems)
        return out

    def runtime_files(self) -> dict[str, str]:
        """`templates/runtime/`, rendered: path inside the package -> text."""
        runtime = self.templates / "runtime"
        out: dict[str, str] = {}
        # the XML codec only in a package with an XML body or response
        uses_xml = any(m.xml_body is not None or m.xml_response
                       for res in walk_resources(self.api.resources) for m in res.methods)
        for tpl in sorted(runtime.rglob("*.jinja")):
            rel = tpl.relative_to(runtime).as_posix()[: -len(".jinja")]
            if rel.startswith("lib/azure") and self.api.azure is None:
                continue
            if rel == "_xml.py" and not uses_xml:
                continue
            # `custom.exports.lib`: the hand-written names `<package>.lib` exports
            extra = {"exports": self.package_export_entries("lib")} if rel == "lib/__init__.py" else {}
            out[rel] = self.render(f"runtime/{rel}.jinja", uses_xml=uses_xml, **extra)
        return out

    # ----- types ---------------------------------------------------------------------------------

    def add_params_models(self) -> None:
        """Adds the `<method>_params` TypedDicts to the type table, as IR models."""
        for res in walk_resources(self.api.resources):
            for m in res.methods:
                if m.params_module is None or m.params_name is None:
                    continue
                fields = [
                    Field(p.name, p.wire_name, p.type, p.required, p.nullable, description=p.description,
                          delimiter=p.delimiter)
                    for p in m.query_params + m.body_params
                ]
                model = Model(f"params:{m.params_module}", m.params_name, m.params_module, fields)
                for variant in stream_variant_params(m, fields):
                    self.types[variant.id] = variant
                if model.id in self.types:
                    # two methods' params in one module: one TypedDict would replace the other
                    other = next(f"{o.http_method} {o.path}" for r in walk_resources(self.api.resources) for o in r.methods
                                 if o.params_module == m.params_module)
                    raise file_clash(m.params_module.replace(".", "/") + ".py",
                                     f"the params of `{other}` and of `{m.http_method} {m.path}`")
                self.types[model.id] = model

    def type_files(self) -> dict[str, str]:
        by_module: dict[str, list[NamedType]] = {}
        for t in self.types.values():
            by_module.setdefault(t.module, []).append(t)
        files: dict[str, str] = {}
        packages: dict[str, list[tuple[str, str]]] = {}
        for module, types in sorted(by_module.items()):
            view = self.module_view(module, types)
            files[module.replace(".", "/") + ".py"] = self.render("types/module.py.jinja", module=view)
            parent, _, leaf = module.rpartition(".")
            grandparent, _, package = parent.rpartition(".")
            for t in types:
                if t.parent is None:
                    packages.setdefault(parent, []).append((leaf, t.name))
                    if leaf.rstrip("_") == package and grandparent:
                        # a module moved into the package of its own name (modules_moved_into_packages)
                        # is still exported where it was: `types.installation.Installation`
                        packages.setdefault(grandparent, []).append((package, t.name))
        # every package directory gets an __init__ exporting its top-level types
        dirs = set()
        for module in by_module:
            parts = module.split(".")
            for i in range(1, len(parts)):
                dirs.add(".".join(parts[:i]))
        problems = []
        resource_modules = {v.replace("/", ".")[: -len(".py")] for v in self.resource_file_names()}
        for package in self.api.custom.exports:
            if not package or package in resource_modules or package == "lib":
                continue
            if package not in dirs:
                problems.append(Problem(self.api.custom.root, f"custom.exports.{package}", "no such package of types"))
            packages.setdefault(package, []).extend(self.package_export_entries(package))
        for package, type_id in self.api.package_exports:
            t = self.types[type_id]
            # the package's own exports first: an `also` module of the same name re-exports this class
            packages[package] = [(m, n) for m, n in packages.get(package, []) if n != t.name]
            packages[package].append((t.module[len(package) + 1:], t.name))
        if problems:
            raise InputError(problems)
        for d in sorted(dirs):
            entries = packages.get(d, [])
            # a name two modules of the package define (the per-module `Data` of each usage
            # response) is exported by neither: the package cannot say which one it means
            counts: dict[str, set[str]] = {}
            for m, n in entries:
                counts.setdefault(n, set()).add(m)
            exports = sorted((e for e in set(entries) if len(counts[e[1]]) == 1), key=lambda x: x[1])
            files[d.replace(".", "/") + "/__init__.py"] = self.render("types/package_init.py.jinja", exports=exports)
        return files

    def package_export_entries(self, package: str) -> list[tuple[str, str]]:
        """`custom.exports.<package>` as (module relative to the package, name): its `__init__`
        imports `.` + the module."""
        return [("." * package.count(".") + "." + src, n) for n, src in self.api.custom.exports.get(package, [])]

    def module_view(self, module: str, types: list[NamedType]) -> ModuleView:
        imports = Imports(package_depth(module))
        imports.reserve(TYPE_MODULE_NAMES)
        imports.reserve(t.name for t in types)
        # an imported type named like a field is imported under another name (see model_field)
        imports.reserve(f.name for t in types if isinstance(t, Model) for f in t.fields)
        local = {rid: alias.id for (m, rid), alias in self.annotator.local_names.items() if m == module}
        ordered = order_types(types, local)
        views = []
        rebuild = []
        for t in ordered:
            mode = "param" if t.id.startswith(("param:", "params:")) else "model"
            views.append(self.type_view(t, mode, imports, module))
            if isinstance(t, Model) and mode == "model":
                rebuild.append(t.name)
        needs_rebuild = bool(imports.bottom)
        # An alias's value runs at import time, before the names imported last exist (their module
        # imports this one): type checkers get them from `if TYPE_CHECKING:` imports, and the value
        # run at import time refers to them through `forward_ref`, resolved on first use.
        # An alias that names a class of its own module defined after it (a schema whose field is
        # `Union[str, <the schema>]`, Stripe's `Invoice.latest_revision`: the class uses the alias,
        # the alias names the class, so neither can come first) names it the same way at import
        # time, and quoted for type checkers.
        early: set[str] = set()
        refs = False
        for i, v in enumerate(views):
            if v.kind in ("union", "alias"):
                bound = names_bound_in([v.value])
                names = sorted(bound & set(imports.deferred))
                ahead = sorted(bound & {w.name for w in views[i + 1 :]})
                if names or ahead:
                    v.runtime_value = forward_refs(v.value, names + ahead)
                    v.value = quoted_refs(v.value, ahead)
                    early.update(names)
                    refs = True
        if refs:
            imports.add("typing", "TYPE_CHECKING")
            imports.add_local("_compat", "forward_ref")
        return ModuleView(
            path=module,
            imports=imports.lines(),
            bottom_imports=[noqa_import(line) for line in imports.lines(imports.bottom)],
            types=views,
            rebuild=rebuild if needs_rebuild else [],
            checking_imports=imports.checking_lines(sorted(early)),
        )

    def type_view(self, t: NamedType, mode: str, imports: Imports, module: str) -> TypeView:
        a = self.annotator
        if isinstance(t, Model):
            shadowed = frozenset(f.name for f in t.fields) & BUILTIN_TYPE_NAMES
            if mode == "model":
                imports.add_local("_models", "BaseModel")
                fields = [self.model_field(f, f.name, imports, module, shadowed) for f in t.fields]
                # pydantic evaluates annotations in the class namespace, where a field with a default
                # has replaced the module name it spells (`date: Optional[date] = None`); such a field
                # takes a trailing `_` and keeps its wire name as the alias
                bound = names_bound_in(v.annotation + " " + v.default for v in fields) | {"FieldInfo"}
                if any(v.name in bound for v in fields):
                    taken = {v.name for v in fields} | bound
                    fields = [
                        self.model_field(f, unique(f.name + "_", taken) if f.name in bound else f.name,
                                         imports, module, shadowed)
                        for f in t.fields
                    ]
                extra = ""
                if t.additional_properties is not None and t.additional_properties.kind != "any":
                    imports.add("typing", "Dict")
                    imports.add("typing", "TYPE_CHECKING")
                    extra = a.annotation(t.additional_properties, mode, imports, module)
                base = "BaseModel" if t.base is None else imports.use(t.base.module, t.base.name)
                return TypeView("model", t.name, t.description, fields, extra=extra, base=base)
            imports.add("typing_extensions", "TypedDict")
            fields = [self.param_field(f, imports, module, shadowed) for f in t.fields]
            return TypeView("typeddict", t.name, t.description, fields)
        if isinstance(t, Union):
            imports.add("typing_extensions", "TypeAlias")
            parts = [a.annotation(m, mode, imports, module) for m in t.members]
            if t.nullable and mode == "model":
                # a response may hold null here; the request side leaves None to the field that uses it
                parts.append("None")
            imports.add("typing", "Union")
            value = "Union[" + ", ".join(parts) + "]"
            if t.discriminator and mode == "model":
                imports.add("typing_extensions", "Annotated")
                imports.add_local("_utils", "PropertyInfo")
                value = f"Annotated[{value}, PropertyInfo(discriminator={string_literal(t.discriminator)})]"
            return TypeView("union", t.name, t.description, value=value)
        if isinstance(t, Enum):
            imports.add("typing_extensions", "TypeAlias")
            lit = a.annotation(TypeRef("literal", values=tuple(t.values)), mode, imports, module)
            if t.nullable:
                imports.add("typing", "Optional")
                lit = f"Optional[{lit}]"
            return TypeView("alias", t.name, t.description, value=lit)
        imports.add("typing_extensions", "TypeAlias")
        return TypeView("alias", t.name, t.description, value=a.annotation(t.target, mode, imports, module, own=t.id))

    def model_field(self, f: Field, name: str, imports: Imports, module: str, shadowed: frozenset[str]) -> FieldView:
        ann = self.annotator.annotation(
            f.type, "model", imports, module, nullable=f.nullable or not f.required, shadowed=shadowed
        )
        alias = f.wire_name != name
        if alias:
            imports.add("pydantic", "Field as FieldInfo")
        if f.required and not f.nullable:
            default = f"FieldInfo(alias={string_literal(f.wire_name)})" if alias else ""
        else:
            # nullable fields default to None even when the spec lists them as required: a server
            # that leaves out a null must not break parsing
            default = f"FieldInfo(alias={string_literal(f.wire_name)}, default=None)" if alias else "None"
        return FieldView(name, ann, default, f.description)

    def param_field(self, f: Field, imports: Imports, module: str, shadowed: frozenset[str]) -> FieldView:
        ann = self.annotator.annotation(f.type, "param", imports, module, nullable=f.nullable, shadowed=shadowed)
        info = [f"alias={string_literal(f.wire_name)}"] if f.wire_name != f.name else []
        if f.delimiter is not None:
            info += ['format="delimited"', f"format_template={string_literal(f.delimiter)}"]
        if info:
            imports.add("typing_extensions", "Annotated")
            imports.add_local("_utils", "PropertyInfo")
            ann = f"Annotated[{ann}, PropertyInfo({', '.join(info)})]"
        if f.required:
            imports.add("typing_extensions", "Required")
            ann = f"Required[{ann}]"
        return FieldView(f.name, ann, "", f.description)

    # ----- resources -----------------------------------------------------------------------------

    def resource_views(self, resources: list[Resource]) -> list[dict[str, Any]]:
        return [self.resource_view(r) for r in resources]

    def resource_view(self, r: Resource) -> dict[str, Any]:
        imports = Imports(package_depth(r.module) + (1 if r.resources else 0), qualify_params=True)
        imports.reserve(RESOURCE_MODULE_NAMES)
        for cls in [r.class_name, *(c.class_name for c in r.resources)]:
            imports.reserve(f"{pre}{cls}{post}" for pre in ("", "Async") for post in RESOURCE_CLASS_SUFFIXES)
        # a type named like a parameter is imported under another name, or the parameter would hide it
        imports.reserve(p.name for m in r.methods for p in m.path_params + m.query_params + m.body_params + m.header_params)
        for m in r.methods:  # the methods' own params modules claim their names before any other's
            if m.params_module:
                imports.taken.setdefault(m.params_module.rpartition(".")[2], (m.params_module, ""))
        methods = [self.method_view(m, imports, r) for m in r.methods]
        leaf = r.module.rpartition(".")[2]  # a package resource's own module is `<package>/<leaf>.py`
        bases = ["SyncAPIResource", "AsyncAPIResource"]
        for i, ref in enumerate((r.base, r.async_base)):
            if ref is not None:
                bases[i] = imports.use(ref.module, ref.name)
        return {
            "name": r.name,
            "class_name": r.class_name,
            "base": bases[0],
            "async_base": bases[1],
            "custom_methods": r.custom_methods,
            "wrapped_methods": r.wrapped_methods,
            "custom_file": r.custom_file,
            "module": r.module,
            "path": r.path,
            "description": r.description,
            "methods": methods,
            "children": [self.resource_view(c) for c in r.resources],
            "type_ids": list(dict.fromkeys(rid for m in r.methods for rid in method_type_ids(m))),
            "imports": imports,
            "is_package": bool(r.resources),
            "leaf": leaf,
            "file": resource_file(r),
            "reexports": self.resource_reexports(resource_file(r).replace("/", ".")[: -len(".py")]),
        }

    def resource_reexports(self, module: str) -> list[tuple[str, str]]:
        """`custom.exports.<resource module>`: names of hand-written code the resource module
        re-exports (`resources.realtime.realtime.RealtimeConnection`), as (name, relative module)."""
        prefix = "." * module.count(".") + "."
        return [(name, prefix + src) for name, src in self.api.custom.exports.get(module, [])]

    def method_view(self, m: Method, imports: Imports, r: Resource) -> dict[str, Any]:
        a = self.annotator
        module = r.module
        signature_required: list[str] = []
        signature_optional: list[str] = []
        streams_by_overload = m.stream is not None and not m.stream.required_param
        for p in m.query_params + m.body_params + m.header_params:
            if streams_by_overload and p.location in ("body", "query") and p.wire_name == m.stream.param:
                continue  # each overload declares `stream` with its own Literal type
            ann = a.annotation(p.type, "param", imports, module, nullable=p.nullable)
            if p.location == "header":
                ann = "str"
            if p.required:
                signature_required.append(f"{p.name}: {ann}")
            else:
                imports.add_local("_types", "Omit")
                imports.add_local("_types", "omit")
                signature_optional.append(f"{p.name}: {ann} | Omit = omit")
        # As in the official SDK: the last path param is positional, the ones before it (the parent
        # ids) keyword-only, so `messages.retrieve(message_id, thread_id=...)` reads as it does there.
        path_args = [f"{p.name}: {a.annotation(p.type, 'param', imports, module)}" for p in m.path_params[-1:]]
        signature_required[:0] = [
            f"{p.name}: {a.annotation(p.type, 'param', imports, module)}" for p in m.path_params[:-1]
        ]
        body_annotation = a.annotation(m.body_type, "param", imports, module) if m.body_type is not None else None
        if body_annotation is not None:
            signature_required.append(f"body: {body_annotation}")
        returns, cast_to, sync_ret, async_ret = self.returns(m, imports, module)
        chunk = ""
        if m.stream is not None:
            chunk = a.annotation(m.stream.chunk_type, "model", imports, module)
            if m.stream.required_param:
                sync_ret, async_ret = f"Stream[{chunk}]", f"AsyncStream[{chunk}]"
        page_sync = page_async = ""
        page_model = cast_to
        if m.page:
            page = next(p for p in self.api.pages if p.name == m.page)
            page_sync, page_async = f"{page.name}[{cast_to}]", f"{page.async_name}[{cast_to}]"
            if m.page_item is not None and not self.is_class(m.page_item):
                # a Union is not a `Type[T]` to type checkers; the runtime takes it all the same
                imports.add("typing", "cast")
                imports.add("typing", "Any")
                page_model = f"cast(Any, {cast_to})"
        sync_impl, async_impl = sync_ret, async_ret
        if m.stream is not None and not m.stream.required_param:
            sync_impl, async_impl = f"{sync_ret} | Stream[{chunk}]", f"{async_ret} | AsyncStream[{chunk}]"
        if m.params_module:
            parent, _, leaf = m.params_module.rpartition(".")
            imports.add_local(parent, leaf)
        if m.request_hook is not None:
            imports.add_local(m.request_hook.module, m.request_hook.name)
        if m.xml_body is not None:
            imports.add_local("_xml", "to_xml")
        if m.body_kind == "binary":
            imports.add_local("_files", "file_body")
            imports.add_local("_files", "async_file_body")
        return {
            "name": m.name,
            "http_method": m.http_method,
            "path": m.path,
            # placeholders renamed to the keyword arguments that fill them (`{b.c}` -> `{b_c}`)
            "request_path": request_path(m),
            "path_args": path_args,
            "path_params": m.path_params,
            "required": signature_required,
            "optional": signature_optional,
            "query": [p for p in m.query_params],
            "fixed_query": list(m.fixed_query.items()),
            "body": [p for p in m.body_params],
            "headers": [p for p in m.header_params],
            "body_kind": m.body_kind,
            "empty_body": m.empty_body,
            "body_type": m.body_type,
            # the transform renames the keys of a list or union body by its own annotation
            "body_annotation": body_annotation,
            "file_paths": [[p.wire_name, *tail] for p in m.body_params for tail in file_paths(p.type, self.types)],
            "accept": m.accept,
            "content_type": m.content_type,
            # the shape `to_xml` writes an XML body by: a literal of plain dicts
            "xml_shape": repr(xml_literal(m.xml_body)) if m.xml_body is not None else None,
            "credential": m.credential,
            "request_hook": m.request_hook,
            "params_ref": f"{m.params_module.rpartition('.')[2]}.{m.params_name}" if m.params_module else None,
            "sync_returns": sync_ret,
            "async_returns": async_ret,
            "cast_to": cast_to,
            # cast_to=cast(Any, X) makes the call return Any; the method casts it back to its annotation
            "cast_return": cast_to.startswith("cast(") and m.response_kind != "page",
            "page_model": page_model,
            "sync_impl_returns": sync_impl,
            "async_impl_returns": async_impl,
            "kind": m.response_kind,
            "stream": m.stream,
            "stream_chunk": chunk,
            "sync_stream": f"Stream[{chunk}]",
            "async_stream": f"AsyncStream[{chunk}]",
            "page_sync": page_sync,
            "page_async": page_async,
            "deprecated": m.deprecated,
            "deprecation": m.deprecation or "deprecated",
            "fixed_headers": sorted(m.fixed_headers.items()),
            "doc": (m.description or m.summary),
            "md_args": api_md_args(m, self.api.package_name),
            "md_returns": self.api_md_returns(m, returns),
            "params_doc": [(p.name, p.description) for p in m.path_params + m.query_params + m.body_params if p.description],
        }

    def returns(self, m: Method, imports: Imports, module: str) -> tuple[str, str, str, str]:
        """(api.md name, cast_to expression, sync annotation, async annotation)."""
        a = self.annotator
        if m.response_kind == "page" and m.page and m.page_item is not None:
            item = a.annotation(m.page_item, "model", imports, module)
            page = next(p for p in self.api.pages if p.name == m.page)
            imports.add_local("pagination", page.name)
            imports.add_local("pagination", page.async_name)
            imports.add_local("_base_client", "AsyncPaginator")
            return f"{page.name}[{item}]", item, f"{page.name}[{item}]", f"AsyncPaginator[{item}, {page.async_name}[{item}]]"
        if m.response_kind == "binary":
            imports.add_local("_response", "HttpxBinaryResponseContent")
            return "HttpxBinaryResponseContent", "HttpxBinaryResponseContent", "HttpxBinaryResponseContent", "HttpxBinaryResponseContent"
        if m.response_kind == "none" or m.response_type is None:
            imports.add_local("_types", "NoneType")
            return "None", "NoneType", "None", "None"
        ann = a.annotation(m.response_type, "model", imports, module)
        # only a plain class is a `type[ResponseT]`; a union, a list or a nullable schema
        # (`Optional[Integration]`) goes through `cast(Any, ...)`
        if m.response_kind == "union" or m.response_type.kind != "ref" or m.response_type.nullable:
            imports.add("typing", "cast")
            imports.add("typing", "Any")
            return ann, f"cast(Any, {ann})", ann, ann
        return ann, ann, ann, ann

    def api_md_returns(self, m: Method, returns: str) -> str:
        """The return type of an api.md line, linked to the module of the type it names."""
        t = m.page_item if m.response_kind == "page" else m.response_type
        if m.response_kind in ("binary", "none") or t is None or t.kind != "ref":
            return returns
        target = self.types[t.ref or ""]
        return f'<a href="./src/{self.api.package_name}/{target.module.replace(".", "/")}.py">{returns}</a>'

    def api_md_types(self, views: list[dict[str, Any]], seen: set[str]) -> None:
        """Give each resource view the `Types:` block of api.md: the named types its methods take and
        return, each listed once, under the first resource (in document order) that uses it."""
        for view in views:
            names: dict[str, set[str]] = {}
            for rid in view["type_ids"]:
                t = self.types[rid]
                if rid in seen or t.parent is not None or rid.startswith("params:"):
                    continue
                if t.module.rpartition(".")[2].endswith("_params"):
                    continue
                seen.add(rid)
                package = f"{self.api.package_name}.{t.module.rpartition('.')[0]}"
                names.setdefault(package, set()).add(t.name)
            view["md_types"] = [(pkg, sorted(names[pkg])) for pkg in sorted(names)]
            self.api_md_types(view["children"], seen)

    def is_class(self, t: TypeRef) -> bool:
        return t.kind == "ref" and isinstance(self.types[t.ref or ""], Model)

    def resource_file_names(self) -> list[str]:
        """The file of every resource module (`resources/realtime/realtime.py`)."""
        return [resource_file(r) for r in walk_resources(self.api.resources)]

    def resource_files(self, views: list[dict[str, Any]]) -> dict[str, str]:
        files: dict[str, str] = {}

        def emit(view: dict[str, Any]) -> None:
            files[view["file"]] = self.render("resources/resource.py.jinja", r=view)
            if view["is_package"]:
                init = view["module"].replace(".", "/") + "/__init__.py"
                files[init] = self.render("resources/package_init.py.jinja", r=view)
            for child in view["children"]:
                emit(child)

        for v in views:
            emit(v)
        files["resources/__init__.py"] = self.render("resources/root_init.py.jinja", resources=views)
        return files


def request_path(m: Method) -> str:
    """The method's path template with each `{wire_name}` replaced by `{python_name}`."""
    names = {p.wire_name: p.name for p in m.path_params}
    # split() with the pattern's group gives literal text and placeholder names in turn. Literal text
    # the spec left unencoded (spaces, control characters, non-ASCII) is percent-encoded here, as no
    # HTTP client sends it raw; placeholders are filled (and encoded) at call time.
    # a query-keyed variant (`/things?beta=true`) sends its flags as query params (`fixed_query`)
    parts = PATH_PLACEHOLDER.split(route_path(m.path))
    return "".join(
        "{" + names.get(part, part) + "}" if i % 2 else urllib.parse.quote(part, safe=PATH_SAFE)
        for i, part in enumerate(parts)
    )


PATH_SAFE = "/:@!$&'()*+,;=-._~%"


def file_paths(t: TypeRef, types: Optional[dict[str, NamedType]] = None, depth: int = 0) -> list[list[str]]:
    """Where uploads sit inside a body param of type `t`: `[]` itself, `["<array>"]` its items.
    A list of files comes before the lone file so that a list is taken out whole. Named unions
    and aliases (`InputReference = Union[FileTypes, ImageInputReferenceParam]`) are looked through."""
    if t.kind == "file":
        return [[]]
    if t.kind == "list" and t.args and t.args[0].kind == "file":
        return [["<array>"]]
    if t.kind == "union":
        found = {tuple(p) for member in t.args for p in file_paths(member, types, depth + 1)}
        return [list(p) for p in sorted(found, key=lambda p: (-len(p), p))]
    named = (types or {}).get(t.ref or "") if t.kind == "ref" and depth < 8 else None
    if isinstance(named, Union):
        return file_paths(TypeRef("union", args=tuple(named.members)), types, depth + 1)
    if isinstance(named, Alias):
        return file_paths(named.target, types, depth + 1)
    return []


def api_md_args(m: Method, package: str) -> str:
    """The argument list of an api.md line: `(run_id, \\*, thread_id, \\*\\*params)`."""
    parts = [p.name for p in m.path_params[-1:]]
    if m.path_params[:-1]:
        parts += ["\\*", *(p.name for p in m.path_params[:-1])]
    if m.params_module:
        parts.append(f'\\*\\*<a href="src/{package}/{m.params_module.replace(".", "/")}.py">params</a>')
    return ", ".join(parts)


def method_type_ids(m: Method) -> list[str]:
    """Named types a method takes or returns directly (not those nested inside them)."""
    refs = [m.response_type, m.page_item, m.body_type, m.stream.chunk_type if m.stream else None]
    refs += [p.type for p in m.query_params + m.body_params]
    return [rid for t in refs if t is not None for rid in referenced_ids(t)]


def order_types(types: list[NamedType], local: Optional[dict[str, str]] = None) -> list[NamedType]:
    """Definitions before uses inside a module (aliases are evaluated at import time). `local`:
    type id -> id of its alias in this module, which uses of the type say instead."""
    local = local or {}
    by_id = {t.id: t for t in types}
    done: list[NamedType] = []
    seen: set[str] = set()

    def visit(t: NamedType, stack: set[str]) -> None:
        if t.id in seen or t.id in stack:
            return
        stack.add(t.id)
        for ref in type_refs(t):
            for rid in referenced_ids(ref):
                rid = local.get(rid, rid) if local.get(rid) != t.id else rid
                if rid in by_id:
                    visit(by_id[rid], stack)
        stack.discard(t.id)
        seen.add(t.id)
        done.append(t)

    for t in sorted(types, key=lambda t: (t.parent is not None, t.name)):
        visit(t, set())
    return done


def resource_file(r: Resource) -> str:
    """A resource's module file; a resource with sub-resources is a package holding `<leaf>.py`."""
    leaf = r.module.rpartition(".")[2]
    return r.module.replace(".", "/") + (f"/{leaf}.py" if r.resources else ".py")


def stream_variant_params(m: Method, fields: list[Field]) -> list[Model]:
    """For a method that a `stream` flag switches to events: `<Params>Base` without the flag, and
    `<Params>NonStreaming` / `<Params>Streaming` with it as `Literal[False]` / `Literal[True]`, as
    the official SDK spells the two call shapes (`CompletionCreateParamsStreaming`)."""
    if m.stream is None or m.stream.required_param or m.params_module is None or m.params_name is None:
        return []
    flag = next((f for f in fields if f.wire_name == m.stream.param), None)
    if flag is None:
        return []
    rest = [f for f in fields if f is not flag]
    module, name = m.params_module, m.params_name
    off = Field(flag.name, flag.wire_name, TypeRef("literal", values=(False,)), False, True,
                description=flag.description)
    on = Field(flag.name, flag.wire_name, TypeRef("literal", values=(True,)), True, False, description=flag.description)
    return [
        Model(f"params:{module}:{name}Base", f"{name}Base", module, rest),
        Model(f"params:{module}:{name}NonStreaming", f"{name}NonStreaming", module, [*rest, off]),
        Model(f"params:{module}:{name}Streaming", f"{name}Streaming", module, [*rest, on]),
    ]


def file_clash(path: str, claimants: str) -> InputError:
    return InputError.single(path, "", f"{claimants} would both be written to this file; the generator "
                             "refuses to drop one of them (a naming bug: please report it with the spec)")


def claim(out: dict[str, str], files: dict[str, str], what: str) -> None:
    """Add `files` (made by `what`) to `out`; a path `out` already holds is an error naming it."""
    for path, text in files.items():
        if path in out:
            raise file_clash(path, f"{what} and an earlier part of the package")
        out[path] = text


def check_modules_beside_packages(files: Iterable[str]) -> None:
    """`x.py` beside a package `x/`: Python imports the package and the module is unreachable."""
    paths = set(files)
    for path in sorted(paths):
        if path.endswith(".py") and path[: -len(".py")] + "/__init__.py" in paths:
            raise InputError.single(path, "", f"a module beside the package {path[: -len('.py')]}/ of the same "
                                    "name, which Python would import instead (a naming bug: please report it with the spec)")


def render_files(api: Api, templates: Path = TEMPLATES) -> dict[str, str]:
    files = Renderer(api, templates).files()
    for rel in files:
        check_output_path(rel)
    return files


SAFE_PATH_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


def check_output_path(rel: str) -> None:
    """Every emitted file stays inside the output directory, whatever names the spec holds: a
    relative path of plain parts, none of them `.`/`..`, empty, or with a separator or NUL. Names are
    made safe long before this; this is the last guard before anything is written."""
    parts = rel.split("/")
    if rel.startswith("/") or not all(SAFE_PATH_PART.fullmatch(p) and p not in (".", "..") for p in parts):
        raise ValueError(f"refusing to write {rel!r}: not a plain relative path inside the output directory")


def xml_literal(node: XmlNode) -> dict[str, Any]:
    """The node as the plain dict the runtime's `to_xml` reads: only the keys that differ."""
    out: dict[str, Any] = {}
    for key, value in (("name", node.name), ("namespace", node.namespace), ("prefix", node.prefix),
                       ("attribute", node.attribute), ("wrapped", node.wrapped)):
        if value:
            out[key] = value
    if node.children:
        out["children"] = {wire: xml_literal(child) for wire, child in node.children}
    if node.items is not None:
        out["items"] = xml_literal(node.items)
    return out
