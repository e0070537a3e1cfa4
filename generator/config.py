"""The generator config: everything a user may override, checked key by key.

A spec with no config generates with inferred names; every section here overrides part of that
inference. Unknown keys are errors (a typo must not silently do nothing), reported with their
dotted path.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from .errors import InputError, Problem
from .ir import TEST_VARIANTS, ExtraName, KnownIssue
from .loader import VERBS, parse_document

PAGE_KINDS = ("cursor", "list", "next_cursor", "offset")
AUTH_SCHEMES = ("bearer", "header", "query", "basic", "none")


@dataclass
class PageConfig:
    name: str
    async_name: str
    kind: str
    items: str = "data"
    cursor_param: str = "after"
    has_more: Optional[str] = "has_more"
    next_cursor: Optional[str] = None
    item_id: str = "id"
    array_body: bool = False  # inferred: the body is the list itself (GitHub's), wrapped as `data`


@dataclass
class MethodConfig:
    name: str
    route: str  # "verb /path"
    page: Optional[str] = None
    returns: Optional[str] = None  # binary | text | none, or the name of the response type
    params_name: Optional[str] = None
    # the schema of the server-sent events `stream=True` switches to, when the spec declares only
    # the JSON response (OpenAI's Assistants runs)
    stream: Optional[str] = None
    # which request body of a route offering several the method takes and sends: json | multipart
    body: Optional[str] = None


@dataclass
class ResourceConfig:
    name: str
    methods: list[MethodConfig] = field(default_factory=list)
    resources: list["ResourceConfig"] = field(default_factory=list)
    class_name: Optional[str] = None
    types_module: Optional[str] = None  # where this resource's *_params modules live


@dataclass
class TypeConfig:
    schema: str  # a component schema name, or a JSON pointer (`#/...`) to an inline schema
    name: Optional[str] = None
    module: Optional[str] = None
    param_name: Optional[str] = None
    param_module: Optional[str] = None
    also: list[ExtraName] = field(default_factory=list)
    # written out where it is used, as if the spec had it inline there: a class of each using
    # module, named after its place (`types: {FileCitationBody: {inline: true}}`)
    inline: bool = False
    # written out in place only inside these schemas (their own modules); named elsewhere
    inline_in: list[str] = field(default_factory=list)
    # properties the spec requires that the response model still treats as optional (the API
    # leaves them out in practice, and the official SDK declares them so)
    optional: list[str] = field(default_factory=list)
    # a written-out (inline / inline_in) component as a member of a response union is named
    # <union> + this label instead of its tag (`Usage` + `TranscriptTextUsageDuration`)
    member_label: Optional[str] = None


@dataclass
class UnionConfig:
    """A named union of existing schemas that the spec never spells out as one schema."""

    name: str
    members: list[str]  # schema names or JSON pointers
    module: Optional[str] = None
    discriminator: Optional[str] = None
    param_name: Optional[str] = None
    param_module: Optional[str] = None
    description: str = ""


@dataclass
class CustomConfig:
    """`custom`: hand-written code kept beside the config (see README, "Custom code")."""

    dir: str  # absolute; its tree mirrors the package
    key_dir: str  # the value as written, for messages
    resources: dict[str, dict[str, Any]] = field(default_factory=dict)  # path -> base/async_base/methods
    models: dict[str, str] = field(default_factory=dict)  # type name -> "module:Class"
    exports: dict[str, dict[str, str]] = field(default_factory=dict)  # package module ("." root) -> name -> module
    dependencies: list[str] = field(default_factory=list)
    extras: dict[str, list[str]] = field(default_factory=dict)
    docs: list[str] = field(default_factory=list)  # files of `dir` placed beside the package (helpers.md)
    client_resources: dict[str, str] = field(default_factory=dict)  # client attribute -> "module:Class"
    # client path of a method -> "module:function" that sees the method's body params before the
    # request is sent and returns them with a post-parser (OpenAI's base64 embeddings)
    request_hooks: dict[str, str] = field(default_factory=dict)


@dataclass
class Config:
    file: str = "<no config>"
    package_name: Optional[str] = None
    distribution: Optional[str] = None
    version: str = "0.1.0"
    description: Optional[str] = None
    license: str = "Apache-2.0"
    author: str = ""
    homepage: str = ""
    # release notes kept beside the config (`package.changelog`, a path relative to it): `release`
    # prepends to the file, `generate` emits it as CHANGELOG.md, so regeneration keeps the history
    changelog_file: Optional[str] = None
    changelog: str = ""
    client_name: Optional[str] = None
    error_base: Optional[str] = None
    env_prefix: Optional[str] = None
    base_url: Optional[str] = None
    base_url_env: Optional[str] = None
    auth: dict[str, Any] = field(default_factory=dict)
    client_options: list[dict[str, Any]] = field(default_factory=list)
    module_client: bool = False
    azure: Optional[dict[str, Any]] = None
    platform_header_prefix: str = "X-Sdkgen"
    pages: list[PageConfig] = field(default_factory=list)
    resources: list[ResourceConfig] = field(default_factory=list)
    skip: dict[str, str] = field(default_factory=dict)  # route -> reason
    types: list[TypeConfig] = field(default_factory=list)
    unions: list[UnionConfig] = field(default_factory=list)
    unmapped: str = "infer"  # operations not in `resources`: infer | error
    strip_prefixes: list[str] = field(default_factory=list)
    # words of inferred class names and how to spell them (`API`, `URL`, `Mcp`): lower case -> spelling
    acronyms: dict[str, str] = field(default_factory=dict)
    # the longest name of a class nested by inference (0: no bound), cut to its nearest words
    max_type_name: int = 60
    ignore_validation: list[str] = field(default_factory=list)
    formatter: str = "ruff"
    # `{type: object}` with no properties and no additionalProperties: `dict` types it
    # Dict[str, object], `object` as plain `object` (the official OpenAI SDK's spelling)
    free_form_objects: str = "dict"
    known_issues: list[KnownIssue] = field(default_factory=list)  # tests.known_issues
    custom: Optional[CustomConfig] = None
    # client path (`beta.threads`, `beta.threads.runs.create`) or `verb /route` -> the message of
    # the DeprecationWarning its methods emit (a resource covers its sub-resources)
    deprecated: dict[str, str] = field(default_factory=dict)
    # the same keys -> headers every call of those methods sends (`OpenAI-Beta: assistants=v2`)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Text:
    """A string value that becomes a name in generated code, a file, an env var or a header: it must
    match `pattern` (and, when `python`, name no keyword in any dotted part), so that no config value
    can smuggle code or a path into the package."""

    pattern: str
    meaning: str
    python: bool = False  # a Python name: keywords are refused

    def problem(self, value: str) -> Optional[str]:
        if not re.fullmatch(self.pattern, value) or (self.python and any(keyword.iskeyword(p) for p in value.split("."))):
            return f"must be {self.meaning}, got {value!r}"
        return None


NAME = r"[A-Za-z_][A-Za-z0-9_]*"
IDENTIFIER = Text(NAME, "a Python identifier (ASCII letters, digits, _; not a keyword)", python=True)
MODULE = Text(rf"{NAME}(?:\.{NAME})*", "a dotted module path of Python identifiers", python=True)
QUALIFIED = Text(rf"{NAME}(?:\.{NAME})*", "a (dotted) Python name")
ENV_NAME = Text(NAME, "an environment variable name (ASCII letters, digits, _)")
HEADER_NAME = Text(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", "an HTTP header name (RFC 9110 token characters)")
HEADER_VALUE = Text(r"[^\x00-\x1f\x7f]*", "a header value (no control characters)")
CLASS_REF = Text(rf"{NAME}(?:\.{NAME})*:{NAME}", "`module:Class`, the module relative to the package", python=True)
REQUIREMENT = Text(r"[A-Za-z0-9][A-Za-z0-9._\-\[\], <>=!~;()*+/@:]*", "a PEP 508 requirement (no quotes)")
DISTRIBUTION = Text(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?", "a PyPI project name (PEP 508)")

# A small declarative shape: key -> (type, children). Keeps unknown-key detection in one place.
SHAPE: dict[str, Any] = {
    "package": {
        "name": IDENTIFIER,
        "distribution": DISTRIBUTION,
        "version": str,
        "description": str,
        "license": str,
        "author": str,
        "homepage": str,
        "changelog": str,
    },
    "client": {
        "name": IDENTIFIER,
        "error_base": IDENTIFIER,
        "env_prefix": ENV_NAME,
        "base_url": str,
        "base_url_env": ENV_NAME,
        "auth": {"scheme": str, "param": IDENTIFIER, "env": ENV_NAME, "header": HEADER_NAME, "required": bool},
        "options": [{"name": IDENTIFIER, "env": ENV_NAME, "header": HEADER_NAME, "description": str,
                     "type": Text(rf"str|url|{NAME}(?:\.{NAME})*:{NAME}", "`str`, `url` or `module:Type` of the custom code"),
                     "security_scheme": str, "key_provider": CLASS_REF}],
        "module_client": bool,
        "azure": {
            "api_version_env": ENV_NAME,
            "api_key_env": ENV_NAME,
            "endpoint_env": ENV_NAME,
            "ad_token_env": ENV_NAME,
            "deployment_paths": [str],
        },
        "platform_header_prefix": HEADER_NAME,
    },
    "pagination": [
        {
            "name": IDENTIFIER,
            "async_name": IDENTIFIER,
            "kind": str,
            "items": IDENTIFIER,
            "cursor_param": str,
            "has_more": IDENTIFIER,
            "next_cursor": IDENTIFIER,
            "item_id": str,
        }
    ],
    "resources": "resources",  # recursive, checked by _check_resources
    "skip": [{"route": str, "reason": str}],
    "types": "types",
    "unions": "unions",
    "unmapped": str,
    "strip_prefixes": [str],
    "acronyms": [Text(r"[A-Za-z][A-Za-z0-9]*", "a word of letters and digits, spelled as class names should have it")],
    "max_type_name": int,
    "ignore_validation": [str],
    "formatter": str,
    "free_form_objects": str,
    "custom": "custom",
    "deprecated": "deprecated",
    "headers": "fixed-headers",
    "tests": {"known_issues": [{"route": str, "reason": str, "kind": str, "raises": QUALIFIED, "variants": [str]}]},
}


_NAMES = {"name": IDENTIFIER, "module": MODULE, "param_name": IDENTIFIER, "param_module": MODULE}
TYPE_SHAPE = {**_NAMES, "also": [{**_NAMES, "distinct": bool, "package": MODULE}], "inline": bool,
              "inline_in": [str], "optional": [str], "member_label": IDENTIFIER}
UNION_SHAPE = {**_NAMES, "members": [str], "discriminator": str, "description": str}


CUSTOM_SHAPE: dict[str, Any] = {
    "dir": str,
    "resources": "custom-resources",
    "models": "custom-models",
    "exports": "custom-exports",
    "dependencies": [REQUIREMENT],
    "extras": "custom-extras",
    "docs": [Text(r"[A-Za-z0-9_][A-Za-z0-9_.-]*\.md", "a Markdown file name in the custom directory (NAME.md)")],
    "client_resources": "custom-client-resources",
    "request_hooks": "custom-request-hooks",
}
CUSTOM_RESOURCE_SHAPE = {"base": CLASS_REF, "async_base": CLASS_REF, "methods": [IDENTIFIER]}


def _check_mapping(value: Any, where: str, file: str, problems: list[Problem], key: Text, item: Any, meaning: str) -> None:
    if not isinstance(value, dict):
        problems.append(Problem(file, where, f"must be a mapping of {meaning}"))
        return
    for name, body in value.items():
        _check(str(name), key, f"{where}.{name}", file, problems)
        _check(body, item, f"{where}.{name}", file, problems)


def _check_method_key(name: object, key: str, file: str, problems: list[Problem]) -> None:
    """A key of `deprecated` / `headers`: a client path or a route."""
    if not isinstance(name, str) or not (_valid_route(name) or QUALIFIED.problem(name) is None):
        problems.append(Problem(file, key, "expected a client path (`beta.threads`, `files.create`) or `verb /route`"))


def _method_keyed(value: dict[str, Any]) -> dict[str, Any]:
    """`deprecated` / `headers` with their route keys in the normal form builder lookups use."""
    return {normalize_route(k) if _valid_route(k) else k: v for k, v in value.items()}


def _check(value: Any, shape: Any, where: str, file: str, problems: list[Problem]) -> None:
    if shape == "resources":
        _check_resources(value, where, file, problems)
        return
    if shape == "custom":
        _check(value, CUSTOM_SHAPE, where, file, problems)
        if isinstance(value, dict) and not isinstance(value.get("dir"), str):
            problems.append(Problem(file, f"{where}.dir", "name the directory of the hand-written code"))
        return
    if shape == "deprecated":
        if not isinstance(value, dict):
            problems.append(Problem(file, where, "must be a mapping of client path or `verb /route` to the message users see"))
            return
        for name, message in value.items():
            key = f"{where}.{name}"
            _check_method_key(name, key, file, problems)
            if not isinstance(message, str) or not message.strip():
                problems.append(Problem(file, key, "give the deprecation message users see"))
        return
    if shape == "fixed-headers":
        if not isinstance(value, dict):
            problems.append(Problem(file, where, "must be a mapping of client path or `verb /route` to {header: value}"))
            return
        for name, headers in value.items():
            key = f"{where}.{name}"
            _check_method_key(name, key, file, problems)
            _check_mapping(headers, key, file, problems, HEADER_NAME, HEADER_VALUE, "header name to value")
        return
    if shape == "custom-resources":
        _check_mapping(value, where, file, problems, MODULE, CUSTOM_RESOURCE_SHAPE, "resource path to {base, async_base, methods}")
        return
    if shape == "custom-client-resources":
        _check_mapping(value, where, file, problems, IDENTIFIER, CLASS_REF, "client attribute to `module:Class`")
        return
    if shape == "custom-request-hooks":
        _check_mapping(value, where, file, problems, MODULE, CLASS_REF, "client path of a method to `module:function`")
        return
    if shape == "custom-models":
        _check_mapping(value, where, file, problems, IDENTIFIER, CLASS_REF, "type name to `module:Class`")
        return
    if shape == "custom-exports":
        if isinstance(value, dict):
            for module, names in value.items():
                if module != ".":
                    _check(str(module), MODULE, f"{where}.{module}", file, problems)
                _check_mapping(names, f"{where}.{module}", file, problems, IDENTIFIER, MODULE, "exported name to module")
        else:
            problems.append(Problem(file, where, "must be a mapping of package module (`.` for the root) to names"))
        return
    if shape == "custom-extras":
        _check_mapping(value, where, file, problems, IDENTIFIER, [REQUIREMENT], "extra name to requirements")
        return
    if shape == "types":
        if not isinstance(value, dict):
            problems.append(Problem(file, where, "must be a mapping of schema name to {name, module}"))
            return
        for schema, spec in value.items():
            if isinstance(spec, str):
                _check(spec, IDENTIFIER, f"{where}.{schema}", file, problems)
                continue
            _check(spec, TYPE_SHAPE, f"{where}.{schema}", file, problems)
            if isinstance(spec, dict) and spec.get("inline") is True and set(spec) - {"inline", "member_label"}:
                # an inlined schema is named by each place that uses it; a name of its own would
                # contradict that
                problems.append(Problem(file, f"{where}.{schema}.inline", "an inlined schema takes no other keys "
                                        "but member_label "
                                        f"(found: {', '.join(sorted(set(spec) - {'inline', 'member_label'}))})"))
            if isinstance(spec, dict) and "member_label" in spec and not (spec.get("inline") is True or spec.get("inline_in")):
                problems.append(Problem(file, f"{where}.{schema}.member_label",
                                        "names a written-out schema: give it with inline or inline_in"))
        return
    if shape == "unions":
        if not isinstance(value, dict):
            problems.append(Problem(file, where, "must be a mapping of union name to {members, module}"))
            return
        for name, spec in value.items():
            _check(name, IDENTIFIER, f"{where}.{name}", file, problems)
            _check(spec, UNION_SHAPE, f"{where}.{name}", file, problems)
            if isinstance(spec, dict) and not (isinstance(spec.get("members"), list) and spec["members"]):
                problems.append(Problem(file, f"{where}.{name}.members", "list the member schemas"))
        return
    if isinstance(shape, dict):
        if not isinstance(value, dict):
            problems.append(Problem(file, where or "<top>", "must be a mapping"))
            return
        for key, child in value.items():
            path = f"{where}.{key}" if where else str(key)
            if key not in shape:
                problems.append(Problem(file, path, f"unknown config key (known: {', '.join(sorted(shape))})"))
                continue
            _check(child, shape[key], path, file, problems)
    elif isinstance(shape, list):
        if not isinstance(value, list):
            problems.append(Problem(file, where, "must be a list"))
            return
        for i, item in enumerate(value):
            _check(item, shape[0], f"{where}[{i}]", file, problems)
    elif isinstance(shape, Text):
        if not isinstance(value, str):
            problems.append(Problem(file, where, f"must be a string, got {type(value).__name__}"))
        elif (problem := shape.problem(value)) is not None:
            problems.append(Problem(file, where, problem))
    elif shape is str:
        if not isinstance(value, str):
            problems.append(Problem(file, where, f"must be a string, got {type(value).__name__}"))
    elif shape is bool:
        if not isinstance(value, bool):
            problems.append(Problem(file, where, f"must be true or false, got {value!r}"))
    elif shape is int:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            problems.append(Problem(file, where, f"must be a whole number, 0 or more, got {value!r}"))


RESOURCE_KEYS = {"methods", "resources", "class_name", "types_module"}
METHOD_KEYS = {"route", "page", "returns", "params_name", "stream", "body"}


def _check_resources(value: Any, where: str, file: str, problems: list[Problem]) -> None:
    if not isinstance(value, dict):
        problems.append(Problem(file, where, "must be a mapping of resource name to resource"))
        return
    for name, body in value.items():
        here = f"{where}.{name}"
        _check(name, IDENTIFIER, here, file, problems)
        if body is None:
            continue
        if not isinstance(body, dict):
            problems.append(Problem(file, here, "must be a mapping with `methods` and/or `resources`"))
            continue
        for key in body:
            if key not in RESOURCE_KEYS:
                problems.append(Problem(file, f"{here}.{key}", f"unknown config key (known: {', '.join(sorted(RESOURCE_KEYS))})"))
        for key, kind in (("class_name", IDENTIFIER), ("types_module", MODULE)):
            if key in body:
                _check(body[key], kind, f"{here}.{key}", file, problems)
        for mname, mbody in (body.get("methods") or {}).items():
            mhere = f"{here}.methods.{mname}"
            _check(mname, IDENTIFIER, mhere, file, problems)
            if isinstance(mbody, dict) and "params_name" in mbody:
                _check(mbody["params_name"], IDENTIFIER, f"{mhere}.params_name", file, problems)
            if isinstance(mbody, dict) and "stream" in mbody:
                _check(mbody["stream"], str, f"{mhere}.stream", file, problems)
            if isinstance(mbody, dict) and "body" in mbody and mbody["body"] not in ("json", "multipart"):
                problems.append(Problem(file, f"{mhere}.body", f"must be `json` or `multipart`, got {mbody['body']!r}"))
            route = mbody if isinstance(mbody, str) else (mbody or {}).get("route") if isinstance(mbody, dict) else None
            if isinstance(mbody, dict):
                for key in mbody:
                    if key not in METHOD_KEYS:
                        problems.append(Problem(file, f"{mhere}.{key}", f"unknown config key (known: {', '.join(sorted(METHOD_KEYS))})"))
            returns = mbody.get("returns") if isinstance(mbody, dict) else None
            if returns is not None and not (isinstance(returns, str) and returns.isidentifier()):
                problems.append(Problem(file, f"{mhere}.returns", "must be `binary`, `text`, `none` or a type name"))
            if not isinstance(route, str) or not _valid_route(route):
                problems.append(Problem(file, mhere, f"expected a route like `post /chat/completions`, got {route!r}"))
        _check_resources(body.get("resources") or {}, f"{here}.resources", file, problems)


def _valid_route(route: str) -> bool:
    verb, _, path = route.partition(" ")
    return verb.lower() in VERBS and path.startswith("/")


def normalize_route(route: str) -> str:
    verb, _, path = route.strip().partition(" ")
    return f"{verb.lower()} {path.strip()}"


def _resources(value: dict[str, Any]) -> list[ResourceConfig]:
    out = []
    for name, body in (value or {}).items():
        body = body or {}
        methods = []
        for mname, mbody in (body.get("methods") or {}).items():
            if isinstance(mbody, str):
                methods.append(MethodConfig(mname, normalize_route(mbody)))
            else:
                methods.append(
                    MethodConfig(
                        mname,
                        normalize_route(mbody["route"]),
                        page=mbody.get("page"),
                        returns=mbody.get("returns"),
                        params_name=mbody.get("params_name"),
                        stream=mbody.get("stream"),
                        body=mbody.get("body"),
                    )
                )
        out.append(
            ResourceConfig(
                name,
                methods,
                _resources(body.get("resources") or {}),
                class_name=body.get("class_name"),
                types_module=body.get("types_module"),
            )
        )
    return out


def load_config(path: Optional[str]) -> Config:
    if path is None:
        return Config()
    p = Path(path)
    if not p.is_file():
        raise InputError.single(path, "", "no such config file")
    data = parse_document(p.read_bytes(), path) or {}
    problems: list[Problem] = []
    _check(data, SHAPE, "", path, problems)
    changelog_file, changelog = None, ""
    changelog_name = (data.get("package") or {}).get("changelog") if isinstance(data.get("package"), dict) else None
    if isinstance(changelog_name, str):
        changelog_file = str(p.parent / changelog_name)
        if Path(changelog_file).is_file():
            changelog = Path(changelog_file).read_text(encoding="utf-8")
        else:
            problems.append(Problem(path, "package.changelog", f"no such file: {changelog_file}"))
    client = data.get("client") or {}
    auth = client.get("auth") or {}
    if auth.get("scheme") not in (None, *AUTH_SCHEMES):
        problems.append(Problem(path, "client.auth.scheme", f"must be one of {', '.join(AUTH_SCHEMES)}"))
    pages = []
    for i, page in enumerate(data.get("pagination") or []):
        if not isinstance(page, dict):
            continue
        if page.get("kind") not in PAGE_KINDS:
            problems.append(Problem(path, f"pagination[{i}].kind", f"must be one of {', '.join(PAGE_KINDS)}"))
            continue
        if "name" not in page:
            problems.append(Problem(path, f"pagination[{i}].name", "missing"))
            continue
        name = page["name"]
        pages.append(
            PageConfig(
                name=name,
                async_name=page.get("async_name") or ("Async" + name[4:] if name.startswith("Sync") else "Async" + name),
                kind=page["kind"],
                items=page.get("items", "data"),
                cursor_param=page.get("cursor_param", "after"),
                has_more=page.get("has_more", "has_more" if page["kind"] != "list" else None),
                next_cursor=page.get("next_cursor"),
                item_id=page.get("item_id", "id"),
            )
        )
    if data.get("unmapped", "infer") not in ("infer", "error"):
        problems.append(Problem(path, "unmapped", "must be `infer` or `error`"))
    if data.get("formatter", "ruff") not in ("ruff", "black"):
        problems.append(Problem(path, "formatter", "must be `ruff` or `black`"))
    if data.get("free_form_objects", "dict") not in ("dict", "object"):
        problems.append(Problem(path, "free_form_objects", "must be `dict` or `object`"))
    skip: dict[str, str] = {}
    for i, item in enumerate(data.get("skip") or []):
        if isinstance(item, dict) and isinstance(item.get("route"), str):
            if not _valid_route(item["route"]):
                problems.append(Problem(path, f"skip[{i}].route", f"expected `verb /path`, got {item['route']!r}"))
            elif not item.get("reason"):
                problems.append(Problem(path, f"skip[{i}].reason", "say why the route is skipped"))
            else:
                skip[normalize_route(item["route"])] = item["reason"]
    known = _known_issues((data.get("tests") or {}).get("known_issues") or [], path, problems)
    custom = None
    if isinstance(data.get("custom"), dict) and isinstance(data["custom"].get("dir"), str):
        c = data["custom"]
        custom_dir = (p.parent / c["dir"]).resolve()
        if not custom_dir.is_dir():
            problems.append(Problem(path, "custom.dir", f"no such directory: {custom_dir}"))
        custom = CustomConfig(
            dir=str(custom_dir),
            key_dir=c["dir"],
            resources={k: dict(v or {}) for k, v in (c.get("resources") or {}).items()},
            models=dict(c.get("models") or {}),
            exports={k: dict(v or {}) for k, v in (c.get("exports") or {}).items()},
            dependencies=list(c.get("dependencies") or []),
            extras={k: list(v) for k, v in (c.get("extras") or {}).items()},
            docs=list(c.get("docs") or []),
            client_resources=dict(c.get("client_resources") or {}),
            request_hooks=dict(c.get("request_hooks") or {}),
        )
    if problems:
        raise InputError(problems)
    package = data.get("package") or {}
    types = []
    for schema, spec in (data.get("types") or {}).items():
        if isinstance(spec, str):
            types.append(TypeConfig(schema, name=spec))
        else:
            spec = dict(spec or {})
            also = [ExtraName(**a) for a in spec.pop("also", None) or []]
            types.append(TypeConfig(schema, also=also, **spec))
    unions = [
        UnionConfig(name, list(spec["members"]), **{k: v for k, v in spec.items() if k != "members"})
        for name, spec in (data.get("unions") or {}).items()
    ]
    return Config(
        file=path,
        package_name=package.get("name"),
        distribution=package.get("distribution"),
        version=package.get("version", "0.1.0"),
        description=package.get("description"),
        license=package.get("license", "Apache-2.0"),
        author=package.get("author", ""),
        homepage=package.get("homepage", ""),
        changelog_file=changelog_file,
        changelog=changelog,
        client_name=client.get("name"),
        error_base=client.get("error_base"),
        env_prefix=client.get("env_prefix"),
        base_url=client.get("base_url"),
        base_url_env=client.get("base_url_env"),
        auth=auth,
        client_options=client.get("options") or [],
        module_client=bool(client.get("module_client", False)),
        azure=client.get("azure"),
        platform_header_prefix=client.get("platform_header_prefix", "X-Sdkgen"),
        pages=pages,
        resources=_resources(data.get("resources") or {}),
        skip=skip,
        types=types,
        unions=unions,
        unmapped=data.get("unmapped", "infer"),
        strip_prefixes=data.get("strip_prefixes") or [],
        acronyms={str(w).lower(): str(w) for w in data.get("acronyms") or []},
        max_type_name=int(data.get("max_type_name", 60)),
        ignore_validation=data.get("ignore_validation") or [],
        formatter=data.get("formatter", "ruff"),
        free_form_objects=data.get("free_form_objects", "dict"),
        known_issues=known,
        custom=custom,
        deprecated={k: v.strip() for k, v in _method_keyed(data.get("deprecated") or {}).items()},
        headers={k: dict(v) for k, v in _method_keyed(data.get("headers") or {}).items()},
    )


def _known_issues(items: list[Any], path: str, problems: list[Problem]) -> list[KnownIssue]:
    """`tests.known_issues`: emitted tests expected to fail (xfail, with the exception) or not run
    (skip) against the mock server, each with its reason."""
    out = []
    for i, item in enumerate(items):
        where = f"tests.known_issues[{i}]"
        if not isinstance(item, dict):
            continue
        route, kind, raises = item.get("route"), item.get("kind", "xfail"), item.get("raises")
        variants = tuple(item.get("variants") or ("required", "all", "raw", "streaming"))
        bad = [v for v in variants if v not in TEST_VARIANTS]
        if not isinstance(route, str) or not _valid_route(route):
            problems.append(Problem(path, f"{where}.route", f"expected `verb /path`, got {route!r}"))
        elif not item.get("reason"):
            problems.append(Problem(path, f"{where}.reason", "say why the test cannot pass"))
        elif kind not in ("xfail", "skip"):
            problems.append(Problem(path, f"{where}.kind", "must be `xfail` or `skip`"))
        elif kind == "xfail" and not raises:
            problems.append(Problem(path, f"{where}.raises", "an xfail names the exception the test fails with"))
        elif bad:
            problems.append(Problem(path, f"{where}.variants", f"unknown {bad}; one of {', '.join(TEST_VARIANTS)}"))
        else:
            out.append(KnownIssue(normalize_route(route), str(item["reason"]), kind, raises, variants))
    return out
