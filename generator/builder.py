"""OpenAPI document + config -> IR (`generator.ir.Api`).

Operations are placed into a resource tree either by the config (`resources:`) or by inference
from their paths; their parameters, bodies and responses become IR params and types through
`generator.schemas.SchemaTranslator`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from . import naming
from .config import Config, MethodConfig, PageConfig, ResourceConfig, VERBS
from .errors import InputError, Problem, escape_pointer_token, pointer
from .custom import CustomModules, parse_ref, read_custom_files
from .ir import (
    Api, Auth, Azure, ClassRef, ClientOption, CustomCode, Method, Model, PageScheme, Param, Resource, StreamVariant, TypeRef,
    XmlNode, walk_resources,
)
from .loader import LoadedSpec, resolve_pointer
from .xml_shape import body_shape, is_xml_media
from .schemas import (SCHEMA_PREFIX, Context, SchemaTranslator, TypePlacement, is_nullable, ref_name, schema_pointer,
                      without_null)

JSON_TYPES = ("application/json",)
# JSON lines: one JSON value per line, decoded into a list of the items' type
JSONL_TYPES = ("application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
               "application/jsonlines")
FORM = "application/x-www-form-urlencoded"
RUNTIME_EXTRAS = frozenset({"aiohttp", "realtime"})  # the extras templates/package/pyproject.toml declares
BINARY_PREFIXES = ("application/octet-stream", "application/zip", "application/pdf", "audio/", "image/", "video/")
# the method names inference gives by verb and shape (besides an HTTP verb's own name: `head`)
INFERRED_VERBS = frozenset({"list", "retrieve", "create", "update", "replace", "delete", "delete_all"})
DEFAULT_PAGES = [
    PageConfig(name="SyncCursorPage", async_name="AsyncCursorPage", kind="cursor"),
    PageConfig(name="SyncPage", async_name="AsyncPage", kind="list", has_more=None),
]


@dataclass
class Placement:
    """Where an operation goes in the client: its resource and method name (and the method's config
    entry, for configured ones), decided for every operation before any method is built."""

    op: "Operation"
    res: Resource
    name: str
    mc: Optional[MethodConfig] = None
    types_module: Optional[str] = None  # config `types_module` of the resource
    source: str = "config"  # where the name comes from (`Method.name_source`)


@dataclass
class Operation:
    verb: str
    path: str
    op: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def route(self) -> str:
        return f"{self.verb} {self.path}"

    @property
    def pointer(self) -> str:
        return pointer("paths", self.path, self.verb)


def collect_operations(document: dict[str, Any]) -> list[Operation]:
    ops = []
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for verb in VERBS:
            if isinstance(item.get(verb), dict):
                ops.append(Operation(verb, path, item[verb], item))
    return ops


class Builder:
    def __init__(self, spec: LoadedSpec, config: Config) -> None:
        self.spec = spec
        self.doc = spec.document
        self.config = config
        placements = {
            type_key(t.schema): TypePlacement(t.name, t.module, t.param_name, t.param_module, tuple(t.also), t.inline,
                                          tuple(t.optional), tuple(t.inline_in), t.member_label)
            for t in config.types
        }
        self.schemas = SchemaTranslator(self.doc, spec.location, placements, config.acronyms, config.max_type_name,
                                        bare_object_as_any=config.free_form_objects == "object")
        # a copy: inferred page styles are added to it (`inferred_page`)
        self.pages = list(config.pages or DEFAULT_PAGES)
        # security scheme -> the client option (a second credential) that answers it
        self.credential_schemes = {o["security_scheme"]: o["name"] for o in config.client_options if o.get("security_scheme")}
        # page name -> the response properties every list it parses has (what the page class may require)
        self.page_properties: dict[str, set[str]] = {}
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []  # the spec is wrong but its intent is clear; generation goes on
        # (header, scheme) of the credential a spec without securitySchemes asks for as a header param
        self.header_auth: Optional[tuple[str, str]] = None
        # header -> value: a header param every operation takes with one default (`inferred_default_headers`)
        self.default_headers: dict[str, str] = {}
        self.item_shapes: set[tuple[str, str]] = set()  # (verb, segment shape) of GET and DELETE routes

    # ----- entry ---------------------------------------------------------------------------------

    def build(self) -> Api:
        self.check_credentials()
        ops = collect_operations(self.doc)
        self.header_auth = self.inferred_header_auth(ops)
        self.default_headers = self.inferred_default_headers(ops)
        by_route = {o.route: o for o in ops}
        for route in self.config.skip:
            if route not in by_route:
                self.problems.append(Problem(self.config.file, f"skip[{route}]", "no such operation in the spec"))
        for i, issue in enumerate(self.config.known_issues):
            if issue.route not in by_route:
                where = f"tests.known_issues[{i}].route"
                self.problems.append(Problem(self.config.file, where, f"no such operation in the spec: {issue.route}"))
        roots: list[Resource] = []
        placed: set[str] = set()
        # Every operation is placed (resource and method name) before any method is built: names
        # derived from a method (its params module) depend on the whole tree, and an inferred name
        # is checked against sub-resources that later operations create.
        placements: list[Placement] = []
        for rc in self.config.resources:
            roots.append(self.configured_resource(rc, (), by_route, placed, placements))
        unmapped = [o for o in ops if o.route not in placed and o.route not in self.config.skip]
        if unmapped and self.config.unmapped == "error":
            for o in unmapped:
                self.problems.append(Problem(self.config.file, "resources", f"operation `{o.route}` is neither mapped nor skipped"))
        else:
            shapes = [segments_shape(naming.path_segments(o.path, self.config.strip_prefixes)) for o in ops]
            # where an item GET or DELETE is, the collection's above it are `list` and `delete_all`
            # (shapes with and without the versions, for the routes that keep them)
            for o in ops:
                if o.verb in ("get", "delete"):
                    for keep in (False, True):
                        shape = segments_shape(naming.path_segments(o.path, self.config.strip_prefixes, keep))
                        self.item_shapes.add((o.verb, shape))
                        # an item of a composite key (`/suggestions/{seller}/{sku}`) is below its collection too
                        while shape.endswith("/{}/{}"):
                            shape = shape[: -len("/{}")]
                            self.item_shapes.add((o.verb, shape))
            versioned = self.versioned_routes(unmapped)
            inferred = [self.place_inferred(o, roots, shapes, o.route in versioned) for o in unmapped]
            placements += self.name_inferred(inferred, placements)
        stems = params_stems((p.res.path, types_package(p.res.path, p.types_module)) for p in placements)
        for p in placements:
            tmod = types_package(p.res.path, p.types_module)
            p.res.methods.append(self.method(p.op, p.name, p.res, p.mc, tmod, stems[(p.res.path, tmod)], p.source))
        if self.problems:
            raise InputError(self.problems)
        self.sort_resources(roots)
        self.apply_method_marks(roots)
        self.configured_types()
        self.schemas.undouble_param_names()
        custom = self.custom_code(roots) if self.config.custom is not None else CustomCode()
        return self.api(roots, custom)

    def methods_by_key(self, roots: list[Resource], keys: Iterable[str], section: str) -> list[tuple[str, list[Method]]]:
        """The methods each key of a config section names: a client path (a resource covers its
        whole subtree, or one method) or a `verb /route`. Broad keys come first, so applying them in
        order lets the more specific one (a deeper path, then a route) win. A key that names
        nothing is a problem under `section`."""
        resources = {r.path: r for r in walk_resources(roots)}
        methods = {f"{r.path}.{m.name}": m for r in walk_resources(roots) for m in r.methods}
        routes: dict[str, list[Method]] = {}
        for m in methods.values():
            routes.setdefault(f"{m.http_method} {m.path}", []).append(m)

        def specificity(key: str) -> tuple[bool, int, str]:
            return (" " in key, key.count("."), key)

        out = []
        for key in sorted(keys, key=specificity):
            if " " in key:
                targets = routes.get(key, [])
            elif key in resources:
                targets = [m for r in walk_resources([resources[key]]) for m in r.methods]
            else:
                targets = [methods[key]] if key in methods else []
            if not targets:
                self.problems.append(Problem(self.config.file, f"{section}.{key}",
                                             "no resource, method or operation of the client has this name"))
            out.append((key, targets))
        return out

    def apply_method_marks(self, roots: list[Resource]) -> None:
        """Config `deprecated` (the DeprecationWarning and its message) and `headers` (sent by
        every call, before the caller's extra_headers) on the methods their keys name."""
        for key, targets in self.methods_by_key(roots, self.config.deprecated, "deprecated"):
            for m in targets:
                m.deprecated = True
                m.deprecation = self.config.deprecated[key]
        for key, targets in self.methods_by_key(roots, self.config.headers, "headers"):
            for m in targets:
                m.fixed_headers = {**m.fixed_headers, **self.config.headers[key]}
        if self.problems:
            raise InputError(self.problems)

    def custom_code(self, roots: list[Resource]) -> CustomCode:
        """Read the hand-written tree and attach its classes where the config says: bases of
        resources (whose listed methods the raw/streaming wrappers also wrap) and of models (whose
        members replace the spec fields of the same name), and the names to export."""
        custom = self.config.custom
        assert custom is not None
        file = self.config.file
        files = read_custom_files(custom, file)
        modules = CustomModules(files, custom, file)
        problems: list[Problem] = []
        by_path = {r.path: r for r in walk_resources(roots)}
        for path, spec in sorted(custom.resources.items()):
            key = f"custom.resources.{path}"
            res = by_path.get(path)
            if res is None:
                problems.append(Problem(file, key, "no resource has this path from the client"))
                continue
            defined: list[set[str]] = []
            for attr in ("base", "async_base"):
                if attr in spec:
                    ref = parse_ref(spec[attr])
                    members = modules.class_members(ref, f"{key}.{attr}", problems)
                    setattr(res, attr, ref)
                    defined.append(members or set())
            if ("base" in spec) != ("async_base" in spec):
                problems.append(Problem(file, key, "give both `base` and `async_base`: every resource is sync and async"))
            generated = {m.name for m in res.methods} | {c.name for c in res.resources}
            for attr in ("base", "async_base"):
                ref = getattr(res, attr)
                if ref is None:
                    continue
                where = f"{custom.key_dir}/{modules.class_file(ref)}"
                for name in modules.public_methods(ref):
                    if name in generated:
                        # the generated class's own method would hide the hand-written one
                        problems.append(Problem(file, f"{key}.{attr}", f"`{name}` in {where} is also a generated method or sub-resource"))
            if res.base is not None:
                res.custom_methods = [n for n in modules.public_methods(res.base) if n not in generated]
                res.custom_file = modules.class_file(res.base)
            for name in spec.get("methods") or []:
                if name in generated:
                    problems.append(Problem(file, f"{key}.methods", f"`{name}` is a generated method or sub-resource"))
                elif any(name not in d for d in defined) or not defined:
                    problems.append(Problem(file, f"{key}.methods", f"`{name}` is not defined by both base classes"))
                else:
                    res.wrapped_methods.append(name)
        for path, value in sorted(custom.request_hooks.items()):
            key = f"custom.request_hooks.{path}"
            parent, _, name = path.rpartition(".")
            method = next((m for m in by_path[parent].methods if m.name == name), None) if parent in by_path else None
            ref = parse_ref(value)
            if method is None:
                problems.append(Problem(file, key, "no generated method has this path from the client"))
            elif method.body_kind != "json" or not method.body_params or method.response_kind == "page":
                problems.append(Problem(file, key, "a request hook needs a method with a JSON object body and no pages"))
            elif not modules.defines(ref.module, ref.name):
                problems.append(Problem(file, key, f"`{value}` is not defined in {custom.key_dir}/"))
            else:
                method.request_hook = ref
        models = {t.name: t for t in self.schemas.types.values() if isinstance(t, Model) and t.parent is None and t.id.startswith("model:")}
        for name, value in sorted(custom.models.items()):
            key = f"custom.models.{name}"
            model = models.get(name)
            if model is None:
                problems.append(Problem(file, key, "no response model has this name"))
                continue
            ref = parse_ref(value)
            members = modules.class_members(ref, key, problems)
            model.base = ref
            model.fields = [f for f in model.fields if f.name not in (members or set())]
        exports: dict[str, list[tuple[str, str]]] = {}
        for module, names in sorted(custom.exports.items()):
            for name, source in sorted(names.items()):
                if not modules.defines(source, name):
                    problems.append(Problem(file, f"custom.exports.{module}.{name}",
                                            f"`{source}` in {custom.key_dir}/ does not define `{name}`"))
                exports.setdefault("" if module == "." else module, []).append((name, source))
        for name in sorted(set(custom.extras) & RUNTIME_EXTRAS):
            problems.append(Problem(file, f"custom.extras.{name}", "the emitted pyproject.toml defines this extra already"))
        docs: dict[str, bytes] = {}
        for i, name in enumerate(custom.docs):
            if name not in files:
                problems.append(Problem(file, f"custom.docs[{i}]", f"no such file in {custom.key_dir}/"))
            else:
                docs[name] = files.pop(name)
        for i, o in enumerate(self.config.client_options):
            for attr in ("type", "key_provider"):
                value = str(o.get(attr, ""))
                if ":" in value and not modules.defines(parse_ref(value).module, parse_ref(value).name):
                    problems.append(Problem(file, f"client.options[{i}].{attr}",
                                            f"`{value}` is not defined in {custom.key_dir}/"))
        client_resources: dict[str, ClassRef] = {}
        taken = {r.name for r in roots}
        for name, value in sorted(custom.client_resources.items()):
            key = f"custom.client_resources.{name}"
            ref = parse_ref(value)
            if name in taken:
                problems.append(Problem(file, key, "the client has a generated resource of this name"))
                continue
            if modules.class_members(ref, key, problems) is not None:
                modules.class_members(ClassRef(ref.module, "Async" + ref.name), key, problems)
            client_resources[name] = ref
        if problems:
            raise InputError(problems)
        return CustomCode(custom.dir, files, docs, exports, list(custom.dependencies), dict(custom.extras),
                          client_resources)

    def configured_types(self) -> None:
        """Every schema named under `types:` is emitted, used by an operation or not (event and
        webhook payloads, model-name enums): in its model form, and its param form when it has a
        `param_name`."""
        for t in self.config.types:
            key = type_key(t.schema)
            if key.startswith("#/"):
                if not self.points_at_schema(key):
                    self.problems.append(Problem(self.config.file, f"types.{t.schema}", "the pointer does not lead to an inline schema"))
                    continue
                place = self.schemas.at_pointer
            elif key not in self.schemas.schemas:
                self.problems.append(Problem(self.config.file, f"types.{t.schema}", "no such schema in the spec"))
                continue
            else:
                place = self.schemas.named
            for name in t.inline_in:
                if name not in self.schemas.schemas and not (name.startswith("#/") and self.points_at_schema(name)):
                    self.problems.append(Problem(self.config.file, f"types.{t.schema}.inline_in",
                                                 f"`{name}` is not a schema of the spec"))
            if t.optional:
                props, _, _, _ = self.schemas.merged_properties(
                    self.schemas.resolve(self.schemas.schemas.get(key) or {}, SCHEMA_PREFIX + key), SCHEMA_PREFIX + key)
                for wire in t.optional:
                    if wire not in props:
                        self.problems.append(Problem(self.config.file, f"types.{t.schema}.optional",
                                                     f"`{wire}` is not a property of this schema"))
            for i, extra in enumerate(t.also):
                module = t.module or "types._"
                if extra.package is not None and not module.startswith(extra.package + "."):
                    self.problems.append(Problem(self.config.file, f"types.{t.schema}.also[{i}].package",
                                                 f"`{extra.package}` is not a package that holds `{module}`"))
            if t.name or t.module or any(a.name or a.package for a in t.also):
                place(key, "model")
            if t.param_name or t.param_module or any(a.param_name for a in t.also):
                place(key, "param")
        for u in self.config.unions:
            for member in u.members:
                member_key = type_key(member)
                known = self.points_at_schema(member_key) if member_key.startswith("#/") else member_key in self.schemas.schemas
                if not known:
                    self.problems.append(Problem(self.config.file, f"unions.{u.name}.members", f"no such schema: {member}"))
            if self.problems:
                continue
            module = u.module or f"types.{naming.safe_module_name(u.name)}"
            self.schemas.config_union(u.name, module, u.members, u.discriminator, "model", u.description)
            if u.param_name or u.param_module:
                package = module.rpartition(".")[0]
                param_name = u.param_name or u.name + "Param"
                param_module = u.param_module or f"{package}.{naming.safe_module_name(param_name)}"
                self.schemas.config_union(param_name, param_module, u.members, u.discriminator, "param", u.description)
        if self.problems:
            raise InputError(self.problems)

    def points_at_schema(self, pointer: str) -> bool:
        """A `types:`/`unions:` pointer must lead to a schema object written inline (a `$ref` there
        is named by naming its target)."""
        try:
            target = resolve_pointer(self.doc, pointer)
        except (KeyError, IndexError, ValueError):
            return False
        return isinstance(target, dict) and "$ref" not in target

    def api(self, resources: list[Resource], custom: CustomCode) -> Api:
        info = self.doc.get("info") or {}
        cfg = self.config
        title = str(info.get("title") or "API")
        servers = self.doc.get("servers") or [{}]
        server_url = str(servers[0].get("url") or "") if isinstance(servers[0], dict) else ""
        base_url = cfg.base_url or server_url or "http://localhost"
        # the product's words, from the title or the host: one word each in the package and env
        # names (`GitHub` -> `github`, `GITHUB_API_KEY`), not split at its capitals
        product = naming.product_words(title, server_url) or [title]
        client_name = cfg.client_name or naming.safe_client_name(naming.client_class_words(product))
        if not cfg.client_name and client_name in {r.class_name for r in resources}:
            # `Account API` with a top-level `/account`: the client would share its class name
            # with the resource class that `_client.py` imports
            client_name += "Client"
        package = cfg.package_name or naming.safe_package_name(
            naming.package_words(product) if not cfg.client_name else client_name)
        prefix = cfg.env_prefix or (naming.snake(client_name) if cfg.client_name else naming.package_words(product)).upper()
        auth = self.auth(prefix)
        azure = Azure(**cfg.azure) if cfg.azure is not None else None
        params_modules = {m.params_module for r in walk_resources(resources) for m in r.methods if m.params_module}
        moves = modules_moved_into_packages({t.module for t in self.schemas.types.values()} | params_modules)
        for t in self.schemas.types.values():
            t.module = moves.get(t.module, t.module)
        for r in walk_resources(resources):
            for m in r.methods:
                if m.params_module:
                    m.params_module = moves.get(m.params_module, m.params_module)
        pages = [
            PageScheme(p.name, p.async_name, p.kind, p.items, p.cursor_param, p.has_more, p.next_cursor, p.item_id,  # type: ignore[arg-type]
                       object_field="object" in self.page_properties.get(p.name, {"object"}),
                       by_path=p.kind == "next_url" or "." in (p.next_cursor or ""), array_body=p.array_body)
            for p in self.pages
        ]
        return Api(
            title=title,
            description=cfg.description or str(info.get("description") or "").strip(),
            version=cfg.version,
            spec_version=str(info.get("version") or ""),
            package_name=package,
            distribution=cfg.distribution or package.replace("_", "-"),
            client_name=client_name,
            async_client_name="Async" + client_name,
            error_base=cfg.error_base or client_name + "Error",
            env_prefix=prefix,
            base_url=base_url,
            base_url_env=cfg.base_url_env or f"{prefix}_BASE_URL",
            auth=auth,
            client_options=[
                ClientOption(o["name"], o.get("env"), o.get("header"), o.get("description", ""), o.get("type") == "url",
                             o.get("security_scheme"),
                             parse_ref(o["type"]) if ":" in str(o.get("type", "")) else None,
                             parse_ref(o["key_provider"]) if o.get("key_provider") else None)
                for o in cfg.client_options
            ] + self.joint_credentials(prefix, auth),
            resources=resources,
            types=sorted(self.schemas.types.values(), key=lambda t: (t.module, t.id)),
            package_exports=sorted(self.schemas.package_exports),
            pages=pages,
            page_paths=any(p.by_path for p in pages),
            page_items=any(not p.items_field for p in pages),
            page_from_response=any(p.array_body for p in pages),
            license=cfg.license,
            author=cfg.author,
            homepage=cfg.homepage,
            changelog=cfg.changelog,
            skipped=[f"{route}: {reason}" for route, reason in sorted(cfg.skip.items())],
            spec_sha256=self.spec.sha256,
            module_client=cfg.module_client,
            azure=azure,
            platform_header_prefix=cfg.platform_header_prefix,
            known_issues=list(cfg.known_issues),
            warnings=list(self.warnings),
            custom=custom,
        )

    def inferred_header_auth(self, ops: list[Operation]) -> Optional[tuple[str, str]]:
        """A spec without security schemes (and no config `auth`) whose operations mostly take a
        required credential header (`X-Api-Key`, `Authorization`): that header and its scheme,
        `bearer` for an `Authorization` header whose description or example says Bearer, else
        `header` (the key sent as it is). The client sends it; the methods lose the param."""
        if self.config.auth or (self.doc.get("components") or {}).get("securitySchemes"):
            return None
        uses: dict[str, int] = {}  # lower-case name -> the operations that take it
        spelling: dict[str, str] = {}  # lower-case name -> its first spelling
        bearer: set[str] = set()  # lower-case names whose description or example says Bearer
        for op in ops:
            taken = set()
            for raw in self.parameters(op):
                p = self.schemas.resolve(raw, op.pointer)
                name = str(p.get("name"))
                if p.get("in") != "header" or not p.get("required") or not naming.is_credential_header(name):
                    continue
                taken.add(name.lower())
                spelling.setdefault(name.lower(), name)
                if "bearer" in f"{p.get('description') or ''} {p.get('example') or ''}".lower():
                    bearer.add(name.lower())
            for lower in taken:
                uses[lower] = uses.get(lower, 0) + 1
        if not uses:
            return None
        lower = min(uses, key=lambda n: (-uses[n], n))  # the most used, then by name
        if uses[lower] * 2 <= len(ops):
            return None
        return spelling[lower], "bearer" if lower == "authorization" and lower in bearer else "header"

    def inferred_default_headers(self, ops: list[Operation]) -> dict[str, str]:
        """Header params that every operation takes with the same default (an API version such as
        `Api-Version: 2024-01-01`), with no config: each method sends the default itself, and a call
        overrides it with `extra_headers`, instead of every method taking the param."""
        if not ops or self.config.resources:
            return {}
        common: Optional[set[tuple[str, str]]] = None  # (header, default) pairs every operation has so far
        for op in ops:
            own = set()
            for raw in self.parameters(op):
                p = self.schemas.resolve(raw, op.pointer)
                schema = self.schemas.resolve(p["schema"], op.pointer) if isinstance(p.get("schema"), dict) else {}
                default = schema.get("default")
                if p.get("in") == "header" and isinstance(default, (str, int, float)) and not isinstance(default, bool):
                    own.add((str(p.get("name")), str(default)))
            common = own if common is None else common & own
            if not common:
                return {}
        return dict(sorted(common or ()))

    def auth(self, prefix: str) -> Auth:
        given = self.config.auth
        if given:
            scheme = given.get("scheme", "bearer")
            return Auth(
                scheme=scheme,
                param=given.get("param", "api_key"),
                env=given.get("env", f"{prefix}_API_KEY"),
                header=given.get("header", "Authorization" if scheme == "bearer" else None),
                required=given.get("required", scheme != "none"),
            )
        if self.header_auth is not None:
            header, scheme = self.header_auth
            return Auth(scheme, env=f"{prefix}_API_KEY", header=header)  # type: ignore[arg-type]
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        # the schemes the spec's own first requirement names come first, in its order
        for _, s in sorted(schemes.items(), key=lambda kv: (kv[0] not in self.first_requirement(), kv[0])):
            s = self.schemas.resolve(s, "#/components/securitySchemes")
            if s.get("type") == "http" and str(s.get("scheme", "")).lower() == "bearer":
                return Auth("bearer", env=f"{prefix}_API_KEY", header="Authorization")
            if s.get("type") == "apiKey" and s.get("in") in ("header", "query"):
                return Auth(s["in"], env=f"{prefix}_API_KEY", header=s.get("name"))
            if s.get("type") == "http" and str(s.get("scheme", "")).lower() == "basic":
                return Auth("basic", env=f"{prefix}_API_KEY", header="Authorization")
            if s.get("type") in ("oauth2", "openIdConnect"):
                return Auth("bearer", env=f"{prefix}_API_KEY", header="Authorization")
        return Auth("none", env=None, header=None, required=False)

    def first_requirement(self) -> list[str]:
        """The scheme names of the spec's first top-level security requirement, in its order."""
        security = self.doc.get("security")
        first = security[0] if isinstance(security, list) and security else None
        return [str(name) for name in first] if isinstance(first, dict) else []

    def joint_credentials(self, prefix: str, auth: Auth) -> list[ClientOption]:
        """With no `auth` config: the API-key schemes the spec's first requirement asks for together
        with the main key (VTEX's `{appKey: [], appToken: []}`), each a client option read from
        `<PREFIX>_<NAME>` and sent as its header on every call."""
        if self.config.auth or auth.scheme != "header":
            return []
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        taken = {auth.param} | {str(o.get("name")) for o in self.config.client_options}
        out = []
        for name in self.first_requirement():
            s = self.schemas.resolve(schemes.get(name) or {}, "#/components/securitySchemes")
            header = s.get("name")
            if s.get("type") != "apiKey" or s.get("in") != "header" or not isinstance(header, str) \
                    or header.lower() == str(auth.header).lower():
                continue
            option = naming.unique(naming.safe_param_name(naming.snake(name)), taken)
            taken.add(option)
            out.append(ClientOption(option, f"{prefix}_{option.upper()}", header,
                                    f"the `{name}` key, sent as `{header}` with the main key", credential=True))
        return out

    # ----- resource tree -------------------------------------------------------------------------

    def configured_resource(
        self, rc: ResourceConfig, parents: tuple[str, ...], by_route: dict[str, Operation], placed: set[str],
        placements: list[Placement],
    ) -> Resource:
        path = parents + (rc.name,)
        res = self.new_resource(path, rc.class_name)
        for mc in rc.methods:
            op = by_route.get(mc.route)
            key = f"resources.{'.resources.'.join(path)}.methods.{mc.name}"
            if op is None:
                self.problems.append(Problem(self.config.file, key, f"route `{mc.route}` is not in the spec"))
                continue
            if mc.route in self.config.skip:
                self.problems.append(Problem(self.config.file, key, f"route `{mc.route}` is also listed under skip"))
                continue
            placed.add(mc.route)
            placements.append(Placement(op, res, mc.name, mc, rc.types_module))
        for child in rc.resources:
            res.resources.append(self.configured_resource(child, path, by_route, placed, placements))
        return res

    def new_resource(self, path: tuple[str, ...], class_name: Optional[str] = None) -> Resource:
        names = [naming.safe_module_name(p) for p in path]
        return Resource(
            name=names[-1],
            class_name=class_name or naming.spelled(resource_class_name(names), self.config.acronyms),
            module="resources." + ".".join(resource_module_parts(names)),
            path=".".join(names),
        )

    def versioned_routes(self, ops: list[Operation]) -> set[str]:
        """Routes that keep their version segments in their names: of operations that differ only
        by a version (Cohere's `POST /v1/chat` and `POST /v2/chat`, Kubernetes' autoscaling/v1
        and /v2), the lowest version has the plain name (`client.chat`) and each later one its
        version's namespace (`client.v2.chat`), as their official SDKs have it."""
        groups: dict[tuple[str, str], list[Operation]] = {}
        for o in ops:
            groups.setdefault((segments_shape(naming.path_segments(o.path, self.config.strip_prefixes)), o.verb), []).append(o)
        out: set[str] = set()
        for group in groups.values():
            kept = {segments_shape(naming.path_segments(o.path, self.config.strip_prefixes, keep_versions=True)) for o in group}
            if len(group) > 1 and len(kept) == len(group):
                out |= {o.route for o in sorted(group, key=lambda o: naming.version_key(o.path))[1:]}
        return out

    def place_inferred(self, op: Operation, roots: list[Resource], shapes: list[str],
                       keep_versions: bool = False) -> tuple[Operation, Resource, str]:
        """The resource an unmapped operation belongs to and the method name its verb and shape
        suggest (clashes are settled by `name_inferred`, once the whole tree is known)."""
        segs = naming.path_segments(op.path, self.config.strip_prefixes, keep_versions)
        literals = [s for s in segs if not naming.is_param_segment(s)]
        name: Optional[str] = None
        if segs and not naming.is_param_segment(segs[-1]) and len(segs) >= 2 and naming.is_param_segment(segs[-2]):
            # paths that differ only in the names of their params are one shape: GitHub has
            # /users/{user_id}/projectsV2/{n}/views and /users/{username}/projectsV2/{n}/views/{v}/items
            prefix = segments_shape(segs) + "/"
            deeper = any(s.startswith(prefix) for s in shapes)
            siblings = [v for v in VERBS if isinstance(op.path_item.get(v), dict)]
            # a DELETE removes the thing the leaf names: `DELETE /applications/{id}/grant` is
            # `applications.grant.delete`, never a method called `grant`
            if not deeper and len(siblings) == 1 and op.verb != "delete" and not self.looks_like_list(op):
                name = naming.safe_param_name(naming.snake(segs[-1]))
                literals = literals[:-1]
        headers, flags = self.fragment_pairs(op)
        if name is None and len(headers) == 1:
            # an RPC route told apart by a header its `#fragment` names (AWS's
            # `/#X-Amz-Target=AmazonML_20141212.CreateBatchPrediction`): named by the action
            service, _, action = next(iter(headers.values())).rpartition(".")
            noun, action_name = naming.action_placement(action)
            name = naming.safe_param_name(action_name)  # `ImportCertificate...` -> `import_`
            service_words = [w for w in naming.words(service) if not w.isdigit() and not naming.is_version(w)]
            if noun:
                literals = literals + [noun]
            elif not literals and service_words:
                literals = ["_".join(service_words)]  # `Predict` of `AmazonML_20141212`: client.amazon_ml.predict
        if not literals:
            literals = ["root"]
        # a query-keyed variant (`/things?beta=true`, `/things#beta=true`) lives in a namespace named after its flag
        literals = naming.flag_namespaces({**naming.route_flags(op.path), **flags}) + literals
        if name is None:
            last_is_param = bool(segs) and naming.is_param_segment(segs[-1])
            # an item with both PUT and PATCH (Kubernetes' objects): PATCH updates, PUT replaces
            patched = isinstance(op.path_item.get("patch"), dict)
            below = segments_shape(segs) + "/{}"
            name = {
                # a collection GET is `list` when its answer is one, or when an item GET is below
                # it (Kubernetes' watch routes answer events, and `retrieve` is the item's)
                "get": "retrieve" if last_is_param or not (self.looks_like_list(op) or ("get", below) in self.item_shapes)
                else "list",
                "post": "update" if last_is_param else "create",
                "put": "update" if last_is_param and not patched else "replace",
                "patch": "update",
                "delete": "delete" if last_is_param or ("delete", below) not in self.item_shapes else "delete_all",
            }.get(op.verb, op.verb)
        res = self.ensure_resource(roots, tuple(naming.safe_module_name(naming.snake(s)) for s in literals))
        return op, res, name

    def fragment_pairs(self, op: Operation) -> tuple[dict[str, str], dict[str, str]]:
        """The `name=value` pairs of the path key's `#fragment`, as (headers the operation declares by
        that name, with the declared spelling; the others, which are query flags)."""
        pairs = naming.route_fragment(op.path)
        if not pairs:
            return {}, {}
        declared = {}
        for raw in self.parameters(op):
            p = self.schemas.resolve(raw, op.pointer)
            if p.get("in") == "header":
                declared[str(p.get("name")).lower()] = str(p.get("name"))
        headers = {declared[k.lower()]: v for k, v in pairs.items() if k.lower() in declared}
        return headers, {k: v for k, v in pairs.items() if k.lower() not in declared}

    def name_inferred(self, inferred: list[tuple[Operation, Resource, str]], configured: list[Placement]) -> list[Placement]:
        """Inferred method names made unique within their resource, among its methods and its
        sub-resources: a clash falls back to the operationId, then a numeric suffix. A method that
        would share its name with a sub-resource is reported, naming both routes, since the
        fallback name is not the one the path suggests."""
        taken: dict[str, set[str]] = {}
        for p in configured:
            taken.setdefault(p.res.path, set()).add(p.name)
        first_route: dict[str, str] = {}  # resource path -> the first route placed in its subtree
        for p_op, p_res in [(p.op, p.res) for p in configured] + [(op, res) for op, res, _ in inferred]:
            parts = p_res.path.split(".")
            for i in range(1, len(parts) + 1):
                first_route.setdefault(".".join(parts[:i]), p_op.route)
        out: dict[int, Placement] = {}
        # a POST on an item is `update` only where no PATCH or PUT is: those claim the name first
        # (the methods keep the spec's order)
        order = sorted(range(len(inferred)), key=lambda i: inferred[i][0].verb == "post" and inferred[i][2] == "update")
        for index in order:
            op, res, name = inferred[index]
            methods = taken.setdefault(res.path, set())
            children = {c.name for c in res.resources}
            source = "verb" if name in INFERRED_VERBS or name == op.verb else "action"
            if name in methods or name in children:
                used = methods | children
                op_id = op.op.get("operationId")
                # the operationId without the words the resource path says (`gists_get_revision` on
                # `gists` is `get_revision`), else all of it, else the path's name numbered
                alts = [naming.safe_param_name(n) for n in naming.operation_names(str(op_id), res.path)] if op_id else []
                # a verb said by what sets the call apart (`list_by_parent`, `list_by_customer_id`) where
                # the operationId reads worse: missing, glued (`Getsubscriptionstocustomer`) or a
                # dotted discovery id (`ideahub.platforms.properties.ideas.list`)
                by = self.by_params_name(op, name) if name in INFERRED_VERBS else None
                shaped = [by] if by is not None and (not op_id or naming.poor_operation_id(str(op_id))) else []
                alt = next((a for a in shaped + alts if a not in used), name)
                new = naming.unique(alt, used)
                if name in children:
                    child = f"{res.path}.{name}"
                    self.warnings.append(Problem(
                        self.spec.location, op.pointer,
                        f"`{op.route}` would be the method `{child}`, but `{first_route.get(child, child)}` makes "
                        f"`{child}` a sub-resource; the method is named `{res.path}.{new}`"
                        + (" (from its operationId)" if new in alts and new not in shaped else "")))
                name, source = new, "verb" if new in shaped else "operation_id" if new in alts else "numbered"
            methods.add(name)
            out[index] = Placement(op, res, name, source=source)
        return [out[i] for i in range(len(inferred))]

    def by_params_name(self, op: Operation, verb: str) -> Optional[str]:
        """`<verb>_by_<params>`: the params that set an operation apart from a namesake route, its
        item keys (the params after the last literal segment), else its required query params,
        else its path params (`list_all` for a list with none); None when there are none or the
        name would run past 40 characters."""
        segs = naming.path_segments(op.path, self.config.strip_prefixes)
        literal_at = max((i for i, s in enumerate(segs) if not naming.is_param_segment(s)), default=-1)
        keys = [n for s in segs[literal_at + 1:] for n in re.findall(r"\{([^}]+)\}", s)]
        if not keys:
            for raw in self.parameters(op):
                p = self.schemas.resolve(raw, op.pointer)
                if p.get("in") == "query" and p.get("required"):
                    keys.append(str(p.get("name")))
        if not keys:
            keys = re.findall(r"\{([^}]+)\}", op.path)
        if not keys:
            return "list_all" if verb == "list" else None  # beside a sub-resource named `list`
        name = f"{verb}_by_" + "_and_".join(naming.snake(k) for k in keys[:3])
        return naming.safe_param_name(name) if len(name) <= 40 else None

    def ensure_resource(self, roots: list[Resource], path: tuple[str, ...]) -> Resource:
        level = roots
        res: Optional[Resource] = None
        for i in range(len(path)):
            found = next((r for r in level if r.name == path[i]), None)
            if found is None:
                found = self.new_resource(path[: i + 1])
                level.append(found)
            res = found
            level = found.resources
        assert res is not None
        return res

    def sort_resources(self, resources: list[Resource]) -> None:
        for r in resources:
            self.sort_resources(r.resources)
            clash = {m.name for m in r.methods} & {c.name for c in r.resources}
            for c in r.resources:
                if c.name in clash:
                    self.problems.append(Problem(self.config.file, f"resources.{c.path}", "a method and a sub-resource share this name"))
        if self.problems:
            raise InputError(self.problems)

    def looks_like_list(self, op: Operation) -> bool:
        schema = self.success_json_schema(op)
        decoded, media = self.decoded_media(op) if schema is None else ("", None)
        if decoded == "xml":
            schema = next(((b or {}).get("schema") for m, b in (self.success(op)[1].get("content") or {}).items()
                           if m.split(";")[0].strip() == media), None)
        if schema is None:
            return False
        s = without_null(self.schemas.resolve(schema, op.pointer))
        if s.get("type") == "array":
            return True
        props, _, _, _ = self.schemas.merged_properties(s, op.pointer)
        if any(
            isinstance(props.get(p.items), dict) and self.schemas.resolve(props[p.items], op.pointer).get("type") == "array"
            for p in self.pages
        ):
            return True
        if op.verb != "get":
            return False  # a POST answering a report with one array (`PetActivity.events`) is no list
        literals = [seg for seg in naming.path_segments(op.path, self.config.strip_prefixes) if not naming.is_param_segment(seg)]
        return self.main_array(props, op.pointer, literals[-1] if literals else "") is not None

    def main_array(self, props: dict[str, Any], where: str, leaf: str) -> Optional[str]:
        """The property holding the items of a list wrapper (GitHub's `{total_count, workflow_runs}`,
        Kubernetes' `{kind, apiVersion, metadata, items}`, DigitalOcean's `{droplets, links, meta}`):
        the one array property, when every other is a scalar or names list metadata (links, meta,
        paging) and the array is called like a list (`items`, `data`...) or like the path's plural
        leaf. None for an object that merely has an array (a user's `emails`)."""
        arrays, others = [], []
        for wire, prop in props.items():
            resolved = without_null(self.schemas.resolve(prop, where)) if isinstance(prop, dict) else {}
            (arrays if resolved.get("type") == "array" else others).append((wire, resolved))
        if len(arrays) != 1:
            return None
        for wire, resolved in others:
            nested = self.schemas.is_object(resolved) or resolved.get("type") == "object" or "allOf" in resolved
            if nested and not naming.is_list_metadata(wire):
                return None
        wire = arrays[0][0]
        leaf_words = set(naming.words(leaf))
        if wire.lower() in naming.ITEMS_NAMES or set(naming.words(wire)) & (leaf_words | {naming.singular(w) for w in leaf_words}):
            return wire
        return wire if leaf and naming.singular(naming.snake(leaf)) != naming.snake(leaf) else None

    # ----- methods -------------------------------------------------------------------------------

    def method(self, op: Operation, name: str, res: Resource, mc: Optional[MethodConfig], tmod: str, stem: str,
               source: str = "config") -> Method:
        """`tmod`: the package of the method's params and response types; `stem`: the first word of
        their names (see `params_stems`); `source`: where the name comes from (`Method.name_source`)."""
        o = op.op
        params_name = (mc.params_name if mc and mc.params_name else None) or naming.spelled(
            naming.bounded(naming.pascal(f"{stem}_{name}"), "Params", self.config.max_type_name), self.config.acronyms)
        params_module = f"{tmod}.{naming.snake(params_name)}"
        if not (mc and mc.params_name):
            base, n = params_name[: -len("Params")], 2
            while params_module in self.schemas.module_names:
                # another method's params are there already: bounding a long name to max_type_name
                # dropped the words that told them apart (paylocity's `details` and `summary`)
                params_name = f"{base}{n}Params"
                params_module, n = f"{tmod}.{naming.snake(params_name)}", n + 1
        params_name = self.schemas.claim(params_module, params_name)
        root_id = f"params:{params_module}"
        pctx = Context(params_module, params_name, parent=root_id, root=root_id, pointer=op.pointer)

        path_params, query_params, header_params = [], [], []
        used: set[str] = set()
        fragment_headers, fragment_flags = self.fragment_pairs(op)
        fixed_query = {**naming.route_flags(op.path), **fragment_flags}
        for raw in self.parameters(op):
            p = self.schemas.resolve(raw, op.pointer)
            loc = p.get("in")
            if loc not in ("path", "query", "header"):
                continue
            wire = str(p.get("name"))
            if loc == "header" and self.header_auth is not None and wire.lower() == self.header_auth[0].lower():
                continue  # the client's credential: it sends the header on every call
            if loc == "header" and wire.lower() in {h.lower() for h in self.default_headers}:
                continue  # sent with its default by every method (`fixed_headers`)
            if loc == "header" and wire in fragment_headers:
                continue  # the value the path key's fragment gives (`fixed_headers`)
            if loc == "query" and wire in fixed_query:
                continue  # the flag the path key gives (`/apis/{id}#export=true` declares `export` too)
            schema = p.get("schema") or {}
            pname = naming.unique(naming.safe_param_name(wire), used)
            used.add(pname)
            ctx = Context(params_module, naming.pascal(wire), parent=root_id, root=root_id,
                          pointer=self.parameter_pointer(op, raw) + "/schema")
            t = self.schemas.type_of(schema, "param", ctx) if loc != "path" else self.path_type(schema)
            rs = self.schemas.resolve(schema, op.pointer) if isinstance(schema, dict) else {}
            constraints, has_example, example = self.schemas.constraints_and_example(schema, op.pointer)
            param = Param(
                name=pname,
                wire_name=wire,
                location=loc,
                type=t,
                required=bool(p.get("required")) or loc == "path",
                nullable=is_nullable(rs),
                default=rs.get("default"),
                has_default="default" in rs,
                description=str(p.get("description") or rs.get("description") or ""),
                deprecated=bool(p.get("deprecated")),
                constraints=constraints,
                delimiter=query_delimiter(p, rs) if loc == "query" else None,
                **self.param_example(p, op.pointer, (has_example, example)),
            )
            {"path": path_params, "query": query_params, "header": header_params}[loc].append(param)
        for wire in undeclared_path_params(op.path, path_params):
            # The template names a parameter the operation never declares: the call still needs a
            # value for it, so it becomes a required string argument.
            pname = naming.unique(naming.safe_param_name(wire), used)
            used.add(pname)
            path_params.append(Param(name=pname, wire_name=wire, location="path", type=TypeRef("str"), required=True))
            self.warnings.append(Problem(self.spec.location, op.pointer,
                                         f"path template {op.path!r} names {{{wire}}}, which is not a declared path "
                                         f"parameter; it is taken as a required string argument `{pname}`"))
        # keep path params in the order they appear in the template
        path_params.sort(key=lambda p: op.path.find("{" + p.wire_name + "}"))

        body_kind, body_params, body_type, alternatives = self.body(op, pctx, used, mc, res)
        response_kind, response_type, page, page_item, stream = self.response(op, name, res, tmod, body_params, mc, query_params, stem)
        has_params = bool(query_params or body_params)
        return Method(
            name=name,
            http_method=op.verb,
            path=op.path,
            operation_id=str(o.get("operationId") or ""),
            path_params=path_params,
            query_params=query_params,
            header_params=header_params,
            body_params=body_params,
            body_kind=body_kind,
            empty_body=body_kind == "json" and not body_params and body_type is None
            and bool((self.schemas.resolve(op.op.get("requestBody") or {}, op.pointer)).get("required")),
            response_kind=response_kind,
            response_type=response_type,
            body_type=body_type,
            page=page,
            page_item=page_item,
            stream=stream,
            deprecated=bool(o.get("deprecated")),
            summary=str(o.get("summary") or "").strip(),
            description=str(o.get("description") or "").strip(),
            params_module=params_module if has_params else None,
            params_name=params_name if has_params else None,
            pointer=op.pointer,
            body_required_alternatives=alternatives,
            accept=self.accept(op, response_kind),
            content_type=self.content_type(op),
            xml_body=self.xml_body(op, body_kind),
            xml_response=self.xml_response(op, response_kind),
            credential=self.credential_of(o),
            fixed_query=fixed_query,
            fixed_headers={**self.default_headers, **fragment_headers},
            name_source=source,  # type: ignore[arg-type]
        )

    def credential_of(self, op: dict[str, Any]) -> Optional[str]:
        """The client option (config `client.options[].security_scheme`) that authenticates an
        operation whose own `security` names only such schemes; None for the main key."""
        by_scheme = self.credential_schemes
        security = op.get("security")
        if not by_scheme or not isinstance(security, list):
            return None
        names = [name for requirement in security if isinstance(requirement, dict) for name in requirement]
        if names and all(name in by_scheme for name in names):
            return by_scheme[names[0]]
        return None

    def check_credentials(self) -> None:
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        for i, o in enumerate(self.config.client_options):
            if (o.get("key_provider") or ":" in str(o.get("type", ""))) and self.config.custom is None:
                self.problems.append(Problem(self.config.file, f"client.options[{i}]",
                                             "names hand-written code, but the config has no `custom` section"))
            if o.get("key_provider") and ":" not in str(o.get("type", "")):
                self.problems.append(Problem(self.config.file, f"client.options[{i}].type",
                                             "an option with a key_provider needs its hand-written `type: module:Type`"))
            name = o.get("security_scheme")
            if name is None:
                continue
            scheme = schemes.get(name)
            if not isinstance(scheme, dict):
                self.problems.append(Problem(self.config.file, f"client.options[{i}].security_scheme",
                                             f"no security scheme `{name}` in the spec's components"))
            elif not (scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer"):
                self.problems.append(Problem(self.config.file, f"client.options[{i}].security_scheme",
                                             f"`{name}` is not an HTTP bearer scheme; only those can be a second credential"))

    def param_example(self, p: dict[str, Any], where: str, schema_example: tuple[bool, Any]) -> dict[str, Any]:
        """`example`/`has_example` of a parameter: its own example, a named example's value, or its
        schema's (`schema_example`: found, value)."""
        if "example" in p:
            return {"example": p["example"], "has_example": True}
        for named in (p.get("examples") or {}).values() if isinstance(p.get("examples"), dict) else ():
            named = self.schemas.resolve(named, where) if isinstance(named, dict) else {}
            if "value" in named:
                return {"example": named["value"], "has_example": True}
        found, value = schema_example
        return {"example": value, "has_example": found}

    def accept(self, op: Operation, response_kind: str) -> Optional[str]:
        """Binary and text responses ask for the media type the spec declares (a server may answer
        406 to any other); `application/binary` when the spec names none."""
        _, resp = self.success(op)
        medias = [m.split(";")[0].strip() for m in resp.get("content") or {}]
        jsonl = next((m for m in medias if m in JSONL_TYPES), None)
        if jsonl is not None and not any(m in JSON_TYPES or m.endswith("+json") for m in medias):
            return jsonl  # JSON lines are asked for by name: the same route may answer JSON otherwise
        if response_kind not in ("binary", "text"):
            # a response offered only as a vendor `+json` (Kubernetes' `application/jwk-set+json`) is
            # asked for by name too: the client's default `application/json` may get a 406; so is
            # an XML document
            if medias and not any(m in JSON_TYPES for m in medias):
                return next((m for m in medias if m.endswith("+json") and "*" not in m), None) or (
                    self.decoded_media(op)[1] if self.xml_response(op, response_kind) else None)
            return None
        return next((m for m in medias if m != "text/event-stream"), "application/binary")

    def path_type(self, schema: Any) -> TypeRef:
        s = self.schemas.resolve(schema, "") if isinstance(schema, dict) else {}
        return {"integer": TypeRef("int"), "number": TypeRef("float")}.get(str(s.get("type")), TypeRef("str"))

    def parameter_pointer(self, op: Operation, raw: Any) -> str:
        """Where a parameter is written: its `$ref` target, or its place in the operation's or the
        path item's `parameters` list."""
        if isinstance(raw, dict) and isinstance(raw.get("$ref"), str) and raw["$ref"].startswith("#/"):
            return raw["$ref"]
        for i, p in enumerate(op.op.get("parameters") or []):
            if p is raw:
                return f"{op.pointer}/parameters/{i}"
        for i, p in enumerate(op.path_item.get("parameters") or []):
            if p is raw:
                return f"{pointer('paths', op.path)}/parameters/{i}"
        return f"{op.pointer}/parameters"

    def parameters(self, op: Operation) -> list[Any]:
        merged: dict[tuple[str, str], Any] = {}
        for raw in list(op.path_item.get("parameters") or []) + list(op.op.get("parameters") or []):
            p = self.schemas.resolve(raw, op.pointer)
            merged[(str(p.get("name")), str(p.get("in")))] = raw
        return list(merged.values())

    def body(
        self, op: Operation, ctx: Context, used: set[str], mc: Optional[MethodConfig] = None,
        res: Optional[Resource] = None,
    ) -> tuple[str, list[Param], Optional[TypeRef], list[tuple[str, ...]]]:
        rb = op.op.get("requestBody")
        if not rb:
            return "none", [], None, []
        rb = self.schemas.resolve(rb, op.pointer)
        content = rb.get("content") or {}
        kind, match = self.body_media(content, op)
        if match is None and self.text_body_media(content, op) is not None:
            return "content", [], TypeRef("str"), []  # sent as it is, in UTF-8
        if match is None and self.binary_body_media(content, op) is not None:
            return "binary", [], TypeRef("file"), []  # a file's bytes, sent as they are
        if match is None:
            return "json", [], TypeRef("str") if content else None, []
        if mc is not None and mc.body is not None and res is not None:
            chosen = self.configured_body(op, content, mc, res)
            if chosen is not None:
                kind, match = chosen
        schema = (content[match] or {}).get("schema") or {}
        resolved = without_null(self.schemas.resolve(schema, op.pointer))
        if not self.schemas.is_object(resolved):
            # a body that is a union or a list is the method's `body`, named as one (the params
            # class has the `...Params` name: the union would be `...Params2`)
            hint = ctx.hint[: -len("Params")] + "Body" if ctx.hint.endswith("Params") else ctx.hint
            t = self.schemas.type_of(schema, "param", Context(ctx.module, hint, ctx.parent, ctx.root, ctx.pointer))
            return kind, [], t, []
        media_pointer = f"{op.pointer}/requestBody/content/{escape_pointer_token(match)}/schema"
        props, required, _, sources = self.schemas.merged_properties(
            resolved, op.pointer, schema_pointer(schema, media_pointer)
        )
        if isinstance(schema, dict) and "$ref" in schema and isinstance(schema.get("required"), list):
            # `{$ref: X, required: [a]}`: OpenAPI 3.0 ignores keywords beside a $ref, but the intent
            # is plain and servers (and Prism) hold to it (DigitalOcean's load balancer droplets)
            required |= {str(n) for n in schema["required"] if n in props}
        params = []
        for wire, prop_schema in props.items():
            prop = self.schemas.resolve(prop_schema, op.pointer)
            if prop.get("readOnly"):
                continue
            name = naming.unique(naming.safe_param_name(wire), used)
            used.add(name)
            hint = naming.pascal(wire)
            if prop.get("type") == "array":
                hint = naming.pascal(naming.singular(naming.snake(wire)))
            pctx = Context(ctx.module, hint, ctx.parent, ctx.root, sources[wire])
            t = self.schemas.type_of(prop_schema, "param", pctx)
            if kind == "multipart" and t.kind == "str" and prop.get("format") == "binary":
                t = TypeRef("file")
            constraints, has_example, example = self.schemas.constraints_and_example(prop_schema, op.pointer)
            params.append(
                Param(
                    name=name,
                    wire_name=wire,
                    location="body",
                    type=t,
                    required=wire in required,
                    nullable=is_nullable(prop) or t.nullable,
                    default=prop.get("default"),
                    has_default="default" in prop,
                    description=str(prop_schema.get("description") or prop.get("description") or "") if isinstance(prop_schema, dict) else "",
                    deprecated=bool(prop.get("deprecated")),
                    constraints=constraints,
                    example=example,
                    has_example=has_example,
                )
            )
        for wire in sorted(required - set(props)):
            # `required` names what no property defines (DigitalOcean's uptime checks need
            # `method`): the server wants it sent, so the method takes it, of any type
            name = naming.unique(naming.safe_param_name(wire), used)
            used.add(name)
            params.append(Param(name=name, wire_name=wire, location="body", type=TypeRef("any"), required=True,
                                description="Required by the API; the spec does not describe it."))
            self.warnings.append(Problem(self.spec.location, media_pointer,
                                         f"`required` names {wire!r}, which no property defines; the method takes it "
                                         f"as a required argument `{name}` of any type"))
        return kind, params, None, self.schemas.required_alternatives(resolved)

    def configured_body(self, op: Operation, content: dict[str, Any], mc: MethodConfig,
                        res: Resource) -> Optional[tuple[str, str]]:
        """`body: json | multipart` in a method's config: which of the route's request bodies the
        method takes and sends."""
        where = "resources." + ".resources.".join(res.path.split(".")) + f".methods.{mc.name}.body"
        wanted = {"json": "application/json", "multipart": "multipart/form-data"}[str(mc.body)]
        match = next((m for m in content if m.split(";")[0].strip() == wanted
                      or (mc.body == "json" and m.split(";")[0].strip().endswith("+json"))), None)
        if match is None:
            offered = ", ".join(sorted(content)) or "none"
            self.problems.append(Problem(self.config.file, where, f"`{op.route}` has no {wanted} body (it offers: {offered})"))
            return None
        return str(mc.body), match

    def body_media(self, content: dict[str, Any], op: Operation) -> tuple[str, Optional[str]]:
        """The body kind and the media type (a key of `content`) it is sent as: JSON (also
        `application/*+json` and a JSON object offered as `*/*`), multipart or a form, in that order
        of preference, then an XML document of an object; multipart when the JSON form would have to
        carry bytes."""
        def media(m: str) -> str:
            return m.split(";")[0].strip().lower()

        kind, match = "json", None
        for wanted, k in (("application/json", "json"), ("multipart/form-data", "multipart"), (FORM, "form"),
                          ("application/xml", "xml"), ("*/*", "json")):
            match = next((m for m in content if media(m) == wanted or (k == "json" and media(m).endswith("+json"))
                          or (k == "xml" and is_xml_media(m))), None)
            if match is not None and (k == "xml" or wanted == "*/*") and not self.schemas.is_object(
                    without_null(self.schemas.resolve((content[match] or {}).get("schema") or {}, op.pointer))):
                match = None  # an XML string is text, sent as it is; `*/*` of a string or bytes is no JSON body
            if match is not None:
                kind = k
                break
        if match is None:
            return "json", None
        multipart = next((m for m in content if media(m) == "multipart/form-data"), None)
        if kind == "json" and multipart is not None and (
            self.has_binary_property((content[multipart] or {}).get("schema"), op)
            or self.has_binary_property((content[match] or {}).get("schema"), op)
        ):
            # A route offering both: the multipart variant when a file can be passed in it (bytes
            # cannot travel in JSON), as the official SDK does for images.edit and videos.create
            return "multipart", multipart
        return kind, match

    def text_body_media(self, content: dict[str, Any], op: Operation) -> Optional[str]:
        """The media type of a body that is text (`text/plain`, `text/csv`, a string schema that is
        not binary), sent as it is rather than as a JSON string; None for anything else. Only the
        verbs whose runtime call takes raw content (POST, PUT, PATCH, DELETE) send it so."""
        if op.verb not in ("post", "put", "patch", "delete"):
            return None
        for m, body in content.items():
            media = m.split(";")[0].strip()
            schema = self.schemas.resolve((body or {}).get("schema") or {}, op.pointer)
            if "*" in media or schema.get("format") == "binary" or media.startswith(BINARY_PREFIXES):
                continue
            if media.startswith("text/") or schema.get("type") == "string":
                return media
        return None

    def binary_body_media(self, content: dict[str, Any], op: Operation) -> Optional[str]:
        """The media type of a body that is a file's bytes (`application/octet-stream`, `image/png`, a
        binary string schema), sent as they are; `*/*` is sent as `application/octet-stream`. Only
        the verbs whose runtime call takes raw content send it so."""
        if op.verb not in ("post", "put", "patch", "delete"):
            return None
        for m, body in content.items():
            media = m.split(";")[0].strip()
            schema = self.schemas.resolve((body or {}).get("schema") or {}, op.pointer)
            if schema.get("format") == "binary" or media.startswith(BINARY_PREFIXES):
                return "application/octet-stream" if "*" in media else media
        return None

    def content_type(self, op: Operation) -> Optional[str]:
        """The Content-Type of a body that is neither plain JSON nor multipart: a form, or a JSON
        flavour the server insists on (Kubernetes' `application/merge-patch+json`)."""
        rb = op.op.get("requestBody")
        if not rb:
            return None
        content = self.schemas.resolve(rb, op.pointer).get("content") or {}
        kind, match = self.body_media(content, op)
        if match is None:
            return self.text_body_media(content, op) or self.binary_body_media(content, op)
        media = (match or "").split(";")[0].strip()
        if kind == "form":
            return FORM
        if kind == "xml":
            return media
        if kind == "json" and media.lower().endswith("+json") and "*" not in media:
            return media
        return None

    def xml_body(self, op: Operation, body_kind: str) -> Optional[XmlNode]:
        """The XML document of an `xml` body: its root element and the `xml` objects below it."""
        if body_kind != "xml":
            return None
        content = self.schemas.resolve(op.op.get("requestBody") or {}, op.pointer).get("content") or {}
        _, match = self.body_media(content, op)
        return body_shape(self.schemas, (content.get(match) or {}).get("schema") or {}, op.pointer)

    def has_binary_property(self, schema: Any, op: Operation) -> bool:
        """A body property that is a binary string, alone or as array items."""
        resolved = without_null(self.schemas.resolve(schema, op.pointer)) if isinstance(schema, dict) else {}
        if not self.schemas.is_object(resolved):
            return False
        props, _, _, _ = self.schemas.merged_properties(resolved, op.pointer)
        return any(self.is_binary(prop_schema, op.pointer, 0) for prop_schema in props.values())

    def is_binary(self, schema: Any, where: str, depth: int) -> bool:
        """A binary string, a list of them, or a union with such a member."""
        if not isinstance(schema, dict) or depth > 4:
            return False
        view = self.schemas.constraint_view(schema, where)
        if view.get("format") == "binary":
            return True
        parts = [view.get("items"), *(self.schemas.union_members(view) or [])]
        return any(self.is_binary(part, where, depth + 1) for part in parts)

    def configured_stream(self, op: Operation, mc: MethodConfig, params: list[Param],
                          ctx: Context, res: Resource) -> Optional[StreamVariant]:
        """`stream: <schema>` in a method's config: the spec documents only the JSON answer, but
        `stream=True` makes the server send these events."""
        assert mc.stream is not None
        where = "resources." + ".resources.".join(res.path.split(".")) + f".methods.{mc.name}.stream"
        if not any(p.wire_name == "stream" and p.location in ("query", "body") for p in params):
            self.problems.append(Problem(self.config.file, where, f"`{op.route}` has no `stream` parameter"))
            return None
        pointer = type_key(mc.stream)
        if pointer.startswith("#/"):
            if not self.points_at_schema(pointer):
                self.problems.append(Problem(self.config.file, where, f"`{mc.stream}` does not lead to a schema"))
                return None
        elif pointer not in self.schemas.schemas:
            self.problems.append(Problem(self.config.file, where, f"no schema `{mc.stream}` in the spec"))
            return None
        ref = pointer if pointer.startswith("#/") else f"#/components/schemas/{pointer}"
        chunk = self.schemas.type_of({"$ref": ref}, "model", ctx)
        return StreamVariant(param="stream", chunk_type=chunk, required_param=False)

    def success(self, op: Operation) -> tuple[Optional[str], dict[str, Any]]:
        responses = op.op.get("responses") or {}
        codes = sorted(c for c in map(str, responses) if c.startswith("2"))
        code = codes[0] if codes else ("default" if "default" in responses else None)
        if code is None:
            return None, {}
        raw = responses.get(code, responses.get(int(code)) if code.isdigit() else None)
        return code, self.schemas.resolve(raw, op.pointer) if raw is not None else {}

    def success_json_schema(self, op: Operation) -> Any:
        _, resp = self.success(op)
        content = resp.get("content") or {}
        for media, body in content.items():
            m = media.split(";")[0].strip()
            if m in JSON_TYPES or m.endswith("+json"):
                return (body or {}).get("schema")
        return None

    def response(self, op: Operation, name: str, res: Resource, tmod: str, body_params: list[Param],
                 mc: Optional[MethodConfig], query_params: list[Param], stem: str):
        code, resp = self.success(op)
        forced = mc.returns if mc is not None else None
        if forced == "binary":
            return "binary", None, None, None, None
        if forced == "none":
            return "none", None, None, None, None
        if forced == "text":
            return "text", TypeRef("str"), None, None, None
        content = resp.get("content") or {}
        medias = {m.split(";")[0].strip(): (b or {}) for m, b in content.items()}
        hint = naming.bounded(naming.pascal(f"{stem}_{name}"), "Response", self.config.max_type_name)
        module = f"{tmod}.{naming.snake(hint)}"
        ctx = Context(module, hint, pointer=f"{op.pointer}/responses/{code}")
        stream = None
        if "text/event-stream" in medias:
            chunk_schema = medias["text/event-stream"].get("schema") or {}
            cctx = Context(f"{tmod}.{naming.snake(hint)}_chunk", hint + "Chunk", pointer=ctx.pointer)
            chunk = self.schemas.type_of(chunk_schema, "model", cctx)
            flag = next((p for p in body_params if p.wire_name == "stream"), None)
            only_stream = not any(m in JSON_TYPES or m.endswith("+json") for m in medias)
            sse = medias["text/event-stream"]
            examples = [sse.get("example"), *[(e or {}).get("value") for e in (sse.get("examples") or {}).values()
                                              if isinstance(e, dict)]]
            stream = StreamVariant(param="stream", chunk_type=chunk, required_param=flag is None or only_stream,
                                   wire_example=any(isinstance(e, str) and "data:" in e for e in examples))
            if only_stream:
                return "none", None, None, None, stream
        elif mc is not None and mc.stream is not None:
            stream = self.configured_stream(op, mc, query_params + body_params, ctx, res)
        decoded, decoded_media = self.decoded_media(op)
        if decoded == "jsonl":
            # each line is one item: the schema is the item's, or an array of them
            schema = medias[decoded_media].get("schema") or {}
            resolved = without_null(self.schemas.resolve(schema, op.pointer))
            item_schema = resolved.get("items", {}) if resolved.get("type") == "array" else schema
            ictx = Context(module, hint, pointer=ctx.pointer)
            return "json", TypeRef("list", args=(self.schemas.type_of(item_schema, "model", ictx),)), None, None, stream
        if decoded_media is not None:
            schema = medias[decoded_media].get("schema") or {}
            # pages are read from JSON; an XML list is the method's list type
            page = self.match_page(op, schema, mc) if decoded == "json" else None
            if page is not None:
                props, _, _, _ = self.schemas.merged_properties(without_null(self.schemas.resolve(schema, op.pointer)), op.pointer)
                self.page_properties[page.name] = self.page_properties.get(page.name, set(props)) & set(props)
                items_schema, items_pointer = self.page_items(schema, page, op, ctx.pointer)
                ictx = Context(module, hint, pointer=items_pointer)
                item = self.schemas.type_of(items_schema, "model", ictx)
                if forced:
                    item = self.renamed_response(items_schema, item, forced, tmod, ctx.pointer)
                # a page's type argument is the item's class: a nullable item (DigitalOcean's
                # kernels) would make it `Kernel | None`, which is no class to build
                return "page", None, page.name, item.with_nullable(False), stream
            t = self.schemas.type_of(schema, "model", ctx)
            if forced:
                t = self.renamed_response(schema, t, forced, tmod, ctx.pointer)
            kind = "json"
            if t.kind == "ref" and t.ref in self.schemas.types:
                kind = {"Model": "model", "Union": "union"}.get(type(self.schemas.types[t.ref]).__name__, "json")
            return kind, t, None, None, stream
        if any(m.startswith(BINARY_PREFIXES) for m in medias) or any(
            (b.get("schema") or {}).get("format") == "binary" for b in medias.values()
        ) or ("*/*" in medias and not medias["*/*"].get("schema")):
            # `*/*` with no schema could be anything: bytes, which never fail to decode
            return "binary", None, None, None, stream
        if any(m.startswith("text/") or m.startswith("application/") or "*" in m for m in medias) or any(
            self.schemas.resolve(b.get("schema") or {}, op.pointer).get("type") == "string" for b in medias.values()
        ):
            # text media, a wildcard without a JSON schema, or any media of a string (`message/http`)
            return "text", TypeRef("str"), None, None, stream
        return "none", None, None, None, stream

    def decoded_media(self, op: Operation) -> tuple[str, Optional[str]]:
        """How the success response is decoded into the method's type, and from which media type:
        `json` (also `+json`, and a wildcard with an object or array schema), `jsonl` (JSON lines
        offered without JSON), `xml` (an XML object or array offered in neither); ("", None) else."""
        _, resp = self.success(op)
        medias = {m.split(";")[0].strip(): (b or {}) for m, b in (resp.get("content") or {}).items()}
        json_media = next((m for m in medias if m in JSON_TYPES or m.endswith("+json")), None)
        if json_media is not None:
            return "json", json_media
        jsonl = next((m for m in medias if m in JSONL_TYPES), None)
        if jsonl is not None:
            return "jsonl", jsonl
        wildcard = next((m for m in medias if "*" in m and self.is_json_schema(medias[m].get("schema"), op)), None)
        if wildcard is not None:
            return "json", wildcard
        xml = next((m for m in medias if is_xml_media(m) and "*" not in m and self.is_json_schema(medias[m].get("schema"), op)), None)
        return ("xml", xml) if xml is not None else ("", None)

    def xml_response(self, op: Operation, response_kind: str) -> bool:
        """The method's response is an XML document decoded into its type (`response` chose it)."""
        return response_kind not in ("binary", "text", "none", "page") and self.decoded_media(op)[0] == "xml"

    def is_json_schema(self, schema: Any, op: Operation) -> bool:
        """A schema whose values are JSON documents: an object, an array or a union of those."""
        if not isinstance(schema, dict):
            return False
        s = without_null(self.schemas.resolve(schema, op.pointer))
        return self.schemas.is_object(s) or s.get("type") == "array" or any(
            self.is_json_schema(m, op) for m in self.schemas.union_members(s) or [])

    def renamed_response(self, schema: Any, t: TypeRef, name: str, tmod: str, where: str) -> TypeRef:
        """`returns: Name` (a type name, not binary/none/text): the method's response type (its page
        item for pages) is named Name, in `<types module>.<snake(Name)>`. When the response schema
        already translates to a type of that name it is used as is; otherwise the method gets its
        own copy of the schema under that name (the official SDK's per-method `*Response` models)."""
        module = f"{tmod}.{naming.snake(name)}"
        type_id = f"model:{module}:{name}"
        current = self.schemas.types.get(t.ref or "") if t.kind == "ref" else None
        if current is not None and current.name == name:
            # a class of this name made for this resource's module (a `distinct` name of `also`) is
            # the one it returns, as the official SDK's per-resource `RoleDeleteResponse`s are
            return TypeRef("ref", ref=type_id, nullable=t.nullable) if type_id in self.schemas.types else t
        if type_id not in self.schemas.types:
            cls_name = self.schemas.claim(module, name)
            ctx = Context(module, cls_name, parent=type_id, root=type_id, pointer=where)
            self.schemas.define(type_id, cls_name, schema, "model", ctx, top_level=True)
        return TypeRef("ref", ref=type_id, nullable=t.nullable)

    def match_page(self, op: Operation, schema: Any, mc: Optional[MethodConfig]) -> Optional[PageConfig]:
        if mc is not None and mc.page == "none":
            return None
        if mc is not None and mc.page is not None:
            page = next((p for p in self.pages if p.name == mc.page), None)
            if page is None:
                self.problems.append(Problem(self.config.file, f"method {mc.name}.page", f"no pagination scheme named {mc.page!r}"))
            return page
        if op.verb != "get":
            return None
        resolved = without_null(self.schemas.resolve(schema, op.pointer))
        props, _, _, _ = self.schemas.merged_properties(resolved, op.pointer)
        query = {str(self.schemas.resolve(p, op.pointer).get("name")) for p in self.parameters(op)
                 if self.schemas.resolve(p, op.pointer).get("in") == "query"}
        if not self.config.pages:
            inferred = self.array_page(op, query) if resolved.get("type") == "array" else self.inferred_page(op, props, query)
            if inferred is not None:
                return inferred
        for page in self.pages:
            items = props.get(page.items)
            if not isinstance(items, dict) or self.schemas.resolve(items, op.pointer).get("type") != "array":
                continue
            if page.kind == "list":
                return page
            if page.cursor_param not in query:
                continue
            if page.kind == "cursor" and page.has_more and page.has_more in props:
                return page
            if page.kind == "next_cursor" and page.next_cursor and page.next_cursor in props:
                return page
            if page.kind == "offset":
                return page
        return None

    def inferred_page(self, op: Operation, props: dict[str, Any], query: set[str]) -> Optional[PageConfig]:
        """The pagination style a list response and its query params show, with no config: the
        page class of that style (one of DEFAULT_PAGES, or a new one added to `self.pages`), or
        None for a list that does not page (then the `data` list pages, the wrapper is returned).
        Styles, in order: an item cursor with `has_more` (`after`, Stripe's `starting_after`); a
        next cursor in the body (`next_cursor`, Kubernetes' `metadata.continue`) sent back as a
        query param; a next URL in the body (`next`, DigitalOcean's `links.pages.next`); page
        numbers (`page`); offsets (`offset`)."""
        array = "data" if self.is_array(props.get("data"), op) else self.main_array(props, op.pointer, self.leaf(op))
        if array is None:
            return None
        items = "data" if array == "data" else ""  # "": the page finds its one array (`items`, `droplets`)
        strings = self.string_paths(props, op, 3)
        page: Optional[PageConfig] = None
        cursor = next((q for q in naming.ITEM_CURSOR_PARAMS if q in query), None)
        token = next(((path, q) for path in strings for q in sorted(query)
                      if naming.is_next_cursor(path) and naming.is_cursor_param(q)), None)
        next_url = next((path for path in strings if naming.is_next_url(path)), None)
        numbers = next((q for q in naming.PAGE_NUMBER_PARAMS if q in query), None)
        offset = next((q for q in naming.OFFSET_PARAMS if q in query), None)
        has_more = "has_more" if self.is_bool(props.get("has_more"), op) else None
        if cursor is not None and has_more:
            page = PageConfig("", "", "cursor", items, cursor, has_more)
        elif token is not None:
            page = PageConfig("", "", "next_cursor", items, token[1], has_more, token[0])
        elif next_url is not None:
            page = PageConfig("", "", "next_url", items, "", has_more, next_url)
        elif numbers is not None:
            page = PageConfig("", "", "page_number", items, numbers, has_more)
        elif offset is not None:
            page = PageConfig("", "", "offset", items, offset, has_more)
        return self.page_class(page) if page is not None else None

    def array_page(self, op: Operation, query: set[str]) -> Optional[PageConfig]:
        """The page of a list whose body is the array itself: by the response's `Link` header when
        the spec declares one (GitHub's), else by page numbers; None for a list that does not page."""
        _, resp = self.success(op)
        headers = {str(h).lower() for h in resp.get("headers") or {}}
        numbers = next((q for q in naming.PAGE_NUMBER_PARAMS if q in query), None)
        if "link" in headers:
            return self.page_class(PageConfig("", "", "link", "data", "", None, array_body=True))
        if numbers is not None:
            return self.page_class(PageConfig("", "", "page_number", "data", numbers, None, array_body=True))
        return None

    def page_class(self, page: PageConfig) -> PageConfig:
        """The page class of an inferred style: a known one of the same fields, else `page` named
        and added to `self.pages`."""
        for known in self.pages:
            if (known.kind, known.items, known.cursor_param, known.has_more, known.next_cursor, known.item_id,
                    known.array_body) == (page.kind, page.items, page.cursor_param, page.has_more, page.next_cursor,
                                          page.item_id, page.array_body):
                return known
        # the first page of a style has the style's name, a later one says what it differs by
        # (`SyncStartingAfterCursorPage` beside `SyncCursorPage`)
        base = naming.PAGE_CLASS_NAMES[page.kind]
        taken = {p.name for p in self.pages}
        qualifier = "Array" if page.array_body else naming.pascal(page.cursor_param or (page.next_cursor or "").rpartition(".")[2])
        name = f"Sync{base}" if f"Sync{base}" not in taken else naming.unique(f"Sync{qualifier}{base}", taken)
        page.name, page.async_name = name, "Async" + name[len("Sync"):]
        self.pages.append(page)
        return page

    def leaf(self, op: Operation) -> str:
        """The last literal segment of an operation's path (`/namespaces/{ns}/pods` -> `pods`)."""
        literals = [s for s in naming.path_segments(op.path, self.config.strip_prefixes) if not naming.is_param_segment(s)]
        return literals[-1] if literals else ""

    def is_array(self, schema: Any, op: Operation) -> bool:
        return isinstance(schema, dict) and without_null(self.schemas.resolve(schema, op.pointer)).get("type") == "array"

    def is_bool(self, schema: Any, op: Operation) -> bool:
        return isinstance(schema, dict) and without_null(self.schemas.resolve(schema, op.pointer)).get("type") == "boolean"

    def string_paths(self, props: dict[str, Any], op: Operation, depth: int) -> list[str]:
        """Dotted paths to the string properties of an object, nested objects followed `depth` deep
        (`links.pages.next`, `metadata.continue`), in the spec's order."""
        out = []
        for wire, prop in props.items():
            resolved = without_null(self.schemas.resolve(prop, op.pointer)) if isinstance(prop, dict) else {}
            if resolved.get("type") == "string":
                out.append(wire)
            elif depth > 1 and self.schemas.is_object(resolved):
                inner, _, _, _ = self.schemas.merged_properties(resolved, op.pointer)
                out += [f"{wire}.{path}" for path in self.string_paths(inner, op, depth - 1)]
        return out

    def page_items(self, schema: Any, page: PageConfig, op: Operation, fallback: str) -> tuple[Any, str]:
        """A page's item schema, and its JSON pointer so that config can name it (`types: {"#/...": ...}`)."""
        resolved = without_null(self.schemas.resolve(schema, op.pointer))
        if page.array_body:
            return resolved.get("items", {}), schema_pointer(schema, fallback) + "/items"
        props, _, _, sources = self.schemas.merged_properties(resolved, op.pointer, schema_pointer(schema, fallback))
        array = page.items or self.main_array(props, op.pointer, self.leaf(op)) or ""
        items = props.get(array) or {}
        where = sources.get(array, fallback)
        return self.schemas.resolve(items, op.pointer).get("items", {}), schema_pointer(items, where) + "/items"


def query_delimiter(param: dict[str, Any], schema: dict[str, Any]) -> Optional[str]:
    """The separator of a query list sent as one value (OpenAPI's `style`/`explode`); None for the
    default, one `key=value` per item."""
    if schema.get("type") != "array":
        return None
    style = param.get("style", "form")
    if style == "form" and param.get("explode") is False:
        return ","
    return {"spaceDelimited": " ", "pipeDelimited": "|"}.get(str(style))


def segments_shape(segments: list[str]) -> str:
    """The shape of a path's naming segments (`naming.path_segments`), params blanked out:
    `/2010-04-01/Accounts/{AccountSid}/Calls.json` and `/Accounts/{Sid}/Calls/{CallSid}` are
    `/Accounts/{}/Calls` and `/Accounts/{}/Calls/{}`, one below the other. A segment made of
    params (`{day}F{start}T{end}`) is one param."""
    return path_shape("/" + "/".join("{}" if naming.is_param_segment(s) else s for s in segments))


def path_shape(path: str) -> str:
    """A path with its parameter names blanked out (`/users/{}/views`): two templates that differ
    only in what they call a parameter address the same place."""
    return naming.PATH_PLACEHOLDER.sub("{}", path)


def types_package(resource_path: str, types_module: Optional[str]) -> str:
    """The package of a resource's `*_params` and response modules: config `types_module`, else
    `types` plus the resource's parents (`beta.threads.runs` -> `types.beta.threads`)."""
    return types_module or "types" + "".join("." + p for p in resource_path.split(".")[:-1])


def params_stems(resources: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """For each (resource path, types package): the first word of its methods' params and response
    type names, the resource's name in the singular (`files` -> `file_create_params`). When two
    resources of one types package have the same singular (Stripe's `account` and `accounts`),
    each keeps its own name (`account_retrieve_params`, `accounts_retrieve_params`), so that
    neither writes over the other's modules."""
    keys = sorted(set(resources))
    by_singular: dict[tuple[str, str], set[str]] = {}
    for path, tmod in keys:
        by_singular.setdefault((tmod, naming.singular(path.rpartition(".")[2])), set()).add(path.rpartition(".")[2])
    out = {}
    for path, tmod in keys:
        leaf = path.rpartition(".")[2]
        shared = len(by_singular[(tmod, naming.singular(leaf))]) > 1
        out[(path, tmod)] = leaf if shared else naming.singular(leaf)
    return out


def undeclared_path_params(path: str, declared: list[Param]) -> list[str]:
    """Placeholders of a path template without a declared path parameter, in template order."""
    names = {p.wire_name for p in declared}
    return list(dict.fromkeys(n for n in naming.PATH_PLACEHOLDER.findall(path) if n not in names))


def type_key(key: str) -> str:
    """`#/components/schemas/Name` in config means the component `Name`, like the bare name."""
    name = ref_name(key)
    return key if name is None else name


def build_api(spec: LoadedSpec, config: Config) -> Api:
    return Builder(spec, config).build()


def resource_module_parts(names: list[str]) -> list[str]:
    """Module segments for a resource path. A parent with sub-resources lives in `<name>/<name>.py`,
    so a child of the same name (`data.data`) would be that very file, or a package beside it that
    Python imports in its place; such a child gets a doubled segment (`data/data_data`)."""
    parts: list[str] = []
    for name in names:
        parts.append(f"{name}_{name}" if parts and name == parts[-1] else name)
    return parts


def resource_class_name(names: list[str]) -> str:
    """The class of a resource; a child named like its parent would shadow the parent's class in
    the parent's own module, so it takes the parent's name as a prefix (`DataData`)."""
    own = naming.safe_class_name(names[-1])
    if len(names) > 1:
        parent = resource_class_name(names[:-1])
        if own == parent:
            return parent + own
    return own


def modules_moved_into_packages(modules: set[str]) -> dict[str, str]:
    """A type module that is also a package of other modules (`types/installation.py` beside
    `types/installation/`, a schema and the params of a resource of the same name) would be hidden
    by the package, which Python imports in its place. It moves into that package under its own
    leaf name (`types/installation/installation.py`), whose `__init__` exports its types."""
    packages = {m.rsplit(".", i)[0] for m in modules for i in range(1, m.count(".") + 1)}
    moves: dict[str, str] = {}
    for module in sorted(modules & packages):
        new = f"{module}.{module.rpartition('.')[2]}"
        while new in packages or new in modules:
            new += "_"
        moves[module] = new
    return moves
