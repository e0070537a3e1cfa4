"""Views and rendering of the tests emitted with the SDK (`tests/api_resources/...`).

The emitted package carries endpoint tests like the official library's: for every method, sync and
async, a call with only the required params, a call with every param, `.with_raw_response`,
`.with_streaming_response`, and the empty-path-param check. The tests run against a Prism mock of
the spec (`TEST_API_BASE_URL`), so every example argument must satisfy the spec's schema: the
values come from `ExampleBuilder`, a pure function of the IR types (enum -> first value, literal
-> first value, defaults when present, a valid sample per format, lists of one item ...).

Everything here prepares strings; the templates under `templates/tests/` only loop over them.
"""

from __future__ import annotations

import builtins
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .ir import Alias, Enum, Method, Model, Param, Resource, TypeRef, Union

if TYPE_CHECKING:
    from .render import Renderer

# Prism (static mode) cannot serialise an object schema as text/event-stream: it answers
# 500 NO_COMPLEX_OBJECT_TEXT unless the spec gives a wire-form string example for the SSE body.
STREAM_SKIP_REASON = "Prism cannot serve text/event-stream for object schemas"

# Prism matches the Accept header against the response media types of the spec (406 otherwise).
BINARY_ACCEPT = 'extra_headers={"Accept": "*/*"}'
FILE_VALUE = 'b"raw file contents"'
DATETIME_VALUE = "datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=timezone.utc)"
DATE_VALUE = "date(2019, 12, 27)"

SPEC_EXAMPLE_REASON = "the spec's response example disagrees with its schema ({detail}); Prism serves the example"


REQUIRED_ARGS = ("required", "raw", "streaming")  # the test variants that call with the required args
ALL_VARIANTS = ("required", "all", "raw", "streaming")
# reasons of the cases the generator cannot yet give a schema-valid example for (see the report of
# the emitted-tests work: they need schema constraints / required-alternatives in the IR)
NEEDS_CONSTRAINT = "the example argument breaks a schema constraint the IR does not carry ({detail}); Prism answers 422"
NEEDS_ALTERNATIVES = (
    "the schema requires one of several properties (anyOf/oneOf of `required` lists) which the IR does not "
    "carry ({detail}); Prism answers 422"
)
JSON_BODY_WITH_FILE = (
    "the generator sends this body as JSON although a property is a binary file "
    "(the spec also offers multipart/form-data); the JSON encoder rejects bytes"
)


@dataclass(frozen=True)
class KnownIssue:
    """A case that cannot pass against Prism yet: those test variants are strict xfails."""

    reason: str
    raises: str  # exception the test fails with: a builtin, or a class exported by the emitted package
    variants: tuple[str, ...] = ALL_VARIANTS  # of "required", "all", "raw", "streaming"


# (package, "verb /path") -> issues. Strict: a case that starts passing fails the run, so that its
# entry gets removed. The stream=True variants are handled separately (STREAM_SKIP_REASON).
_SPEC_EXAMPLE_EVALS = SPEC_EXAMPLE_REASON.format(
    detail="EvalCustomDataSourceConfig.schema is an object, its example a string"
)
_SPEC_EXAMPLE_RESPONSES = SPEC_EXAMPLE_REASON.format(
    detail="output items lack required fields, e.g. OutputTextContent.logprobs, Message.id"
)
PRISM_KNOWN_ISSUES: dict[tuple[str, str], list[KnownIssue]] = {
    # Prism cannot serve these
    ("openai", "post /audio/speech"): [
        KnownIssue(
            "Prism answers POST /audio/speech with a Transfer-Encoding header that httpx rejects", "APIConnectionError"
        ),
    ],
    **{
        ("openai", op): [KnownIssue(_SPEC_EXAMPLE_EVALS, "AssertionError")]
        for op in ("post /evals", "get /evals", "get /evals/{eval_id}", "post /evals/{eval_id}")
    },
    ("openai", "post /responses"): [
        KnownIssue(_SPEC_EXAMPLE_RESPONSES, "AssertionError", REQUIRED_ARGS),
        KnownIssue(
            NEEDS_CONSTRAINT.format(detail="context_management[].compact_threshold >= 1000"),
            "UnprocessableEntityError",
            ("all",),
        ),
    ],
    **{
        ("openai", op): [KnownIssue(_SPEC_EXAMPLE_RESPONSES, "AssertionError")]
        for op in ("get /responses/{response_id}", "post /responses/{response_id}/cancel", "post /responses/compact")
    },
    # the generator cannot build a valid request yet
    ("openai", "post /batches"): [
        KnownIssue(
            NEEDS_CONSTRAINT.format(detail="output_expires_after.seconds >= 3600"), "UnprocessableEntityError", ("all",)
        ),
    ],
    ("openai", "post /uploads"): [
        KnownIssue(
            NEEDS_CONSTRAINT.format(detail="expires_after.seconds >= 3600"), "UnprocessableEntityError", ("all",)
        ),
    ],
    ("openai", "post /videos"): [
        KnownIssue(
            NEEDS_CONSTRAINT.format(detail='input_reference.image_url has format "uri"'),
            "UnprocessableEntityError",
            ("all",),
        ),
    ],
    ("openai", "post /images/edits"): [
        KnownIssue(
            NEEDS_ALTERNATIVES.format(detail='images[] needs image_url (format "uri") or file_id, not both'),
            "UnprocessableEntityError",
        ),
    ],
    **{
        ("openai", op): [
            KnownIssue(
                NEEDS_ALTERNATIVES.format(detail="tool_resources.file_search takes vector_store_ids or vector_stores"),
                "UnprocessableEntityError",
                ("all",),
            ),
        ]
        for op in ("post /assistants", "post /threads")
    },
    ("openai", "post /vector_stores/{vector_store_id}/file_batches"): [
        KnownIssue(NEEDS_ALTERNATIVES.format(detail="file_ids or files"), "UnprocessableEntityError", REQUIRED_ARGS),
    ],
    ("openai", "post /containers/{container_id}/files"): [KnownIssue(JSON_BODY_WITH_FILE, "TypeError", ("all",))],
    ("openai", "post /skills"): [KnownIssue(JSON_BODY_WITH_FILE, "TypeError", REQUIRED_ARGS)],
    ("openai", "post /skills/{skill_id}/versions"): [KnownIssue(JSON_BODY_WITH_FILE, "TypeError")],
}


def known_issues(package: str, m: Method) -> dict[str, KnownIssue]:
    """Test variant -> the known issue that makes it an expected failure."""
    out: dict[str, KnownIssue] = {}
    for issue in PRISM_KNOWN_ISSUES.get((package, f"{m.http_method} {m.path}"), []):
        for variant in issue.variants:
            out.setdefault(variant, issue)
    return out


# Nested objects deeper than this are filled with their required fields only, so that the
# "all params" calls of large specs stay readable (and the request stays schema-valid).
MAX_FULL_DEPTH = 3
# A hard stop for pathological (required-only) recursion.
MAX_DEPTH = 12


# ----- example values ----------------------------------------------------------------------------


def py_literal(value: Any) -> str:
    """Python source for a JSON-like value (spec defaults and examples)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return "0.0"
        return repr(value)
    if isinstance(value, (int, str)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    return repr(str(value))


def _constraint(obj: Any, name: str) -> Any:
    """A schema constraint of a Param/Field, if the IR carries it (see `ir.Param.constraints`)."""
    constraints = getattr(obj, "constraints", None)
    if constraints is None:
        return None
    if isinstance(constraints, dict):
        return constraints.get(name)
    return getattr(constraints, name, None)


def _has_example(obj: Any) -> bool:
    return bool(getattr(obj, "has_example", False))


FORMAT_SAMPLES = {
    "uri": "https://example.com",
    "url": "https://example.com",
    "uri-reference": "https://example.com",
    "iri": "https://example.com",
    "email": "dev@example.com",
    "idn-email": "dev@example.com",
    "uuid": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
    "date": "2019-12-27",
    "date-time": "2019-12-27T18:11:19.117Z",
    "time": "18:11:19Z",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "byte": "U3dhZ2dlciByb2Nrcw==",
    "binary": "raw file contents",
    "duration": "P1D",
}


class ExampleBuilder:
    """Python source of an example value for an IR type, valid against the spec's schema.

    `full=True` fills every optional field of request objects (up to `MAX_FULL_DEPTH`);
    `full=False` only the required ones. `needs` collects the stdlib names the source uses.
    """

    def __init__(self, types: dict[str, Any]) -> None:
        self.types = types
        self.needs: set[str] = set()

    # -- params --

    def param(self, p: Param, full: bool) -> str:
        if _has_example(p):
            return py_literal(getattr(p, "example", None))
        if p.has_default and p.default is not None and self._default_fits(p.type, p.default):
            return py_literal(p.default)
        if p.location == "path" and p.type.kind == "str" and not _constraint(p, "pattern"):
            return repr(p.name)  # readable, and any non-empty string is a valid path segment
        return self.value(p.type, full, owner=p)

    # -- types --

    def value(self, t: TypeRef, full: bool, owner: Any = None, depth: int = 0, stack: tuple[str, ...] = ()) -> str:
        k = t.kind
        if k == "str":
            return repr(self.string(owner))
        if k == "int":
            return repr(int(self.number(owner, 1)))
        if k == "float":
            return repr(float(self.number(owner, 1.0)))
        if k == "bool":
            return "True"
        if k == "null":
            return "None"
        if k == "any":
            return '{"foo": "bar"}'
        if k == "date":
            self.needs.add("date")
            return DATE_VALUE
        if k == "datetime":
            self.needs.update(("datetime", "timezone"))
            return DATETIME_VALUE
        if k == "file":
            return FILE_VALUE
        if k == "literal":
            return py_literal(t.values[0]) if t.values else "None"
        if k == "list":
            count = max(1, int(_constraint(owner, "min_items") or 1))
            item = self.value(t.args[0], full, None, depth + 1, stack) if t.args else '"string"'
            return "[" + ", ".join([item] * count) + "]"
        if k == "dict":
            item = self.value(t.args[0], full, None, depth + 1, stack) if t.args else '"bar"'
            return '{"foo": ' + item + "}"
        if k == "union":
            return self.union_member(list(t.args), full, depth, stack, owner)
        if k == "ref":
            return self.named(t.ref or "", full, owner, depth, stack)
        return "None"

    def named(self, type_id: str, full: bool, owner: Any, depth: int, stack: tuple[str, ...]) -> str:
        target = self.types.get(type_id)
        if target is None:
            return '"string"'
        if isinstance(target, Enum):
            return py_literal(target.values[0]) if target.values else '"string"'
        if isinstance(target, Alias):
            return self.value(target.target, full, owner, depth, stack)
        if isinstance(target, Union):
            return self.union_member(list(target.members), full, depth, stack, owner)
        if isinstance(target, Model):
            return self.model(target, full, depth, stack)
        return '"string"'

    def model(self, model: Model, full: bool, depth: int, stack: tuple[str, ...]) -> str:
        recursive = model.id in stack
        if recursive or depth >= MAX_FULL_DEPTH:
            full = False
        if depth >= MAX_DEPTH:
            return "{}"
        stack = stack + (model.id,)
        items = []
        for f in model.fields:
            if not (f.required or full):
                continue
            if not f.required and recursive:
                continue
            if f.deprecated and not f.required:
                continue
            if _has_example(f):
                source = py_literal(getattr(f, "example", None))
            elif f.has_default and f.default is not None and self._default_fits(f.type, f.default):
                source = py_literal(f.default)
            else:
                source = self.value(f.type, full, f, depth + 1, stack)
            # request TypedDicts are keyed by the Python name (the transform applies the alias)
            items.append(f"{py_literal(f.name)}: {source}")
        return "{" + ", ".join(items) + "}"

    def union_member(self, members: list[TypeRef], full: bool, depth: int, stack: tuple[str, ...], owner: Any) -> str:
        candidates = [m for m in members if m.kind != "null"]
        if not candidates:
            return "None"
        # avoid walking back into a type we are already inside when another member will do
        fresh = [m for m in candidates if not (m.kind == "ref" and m.ref in stack)]
        chosen = (fresh or candidates)[0]
        return self.value(chosen, full, owner, depth, stack)

    # -- scalars --

    def string(self, owner: Any) -> str:
        fmt = _constraint(owner, "format")
        if isinstance(fmt, str) and fmt in FORMAT_SAMPLES:
            text = FORMAT_SAMPLES[fmt]
        else:
            text = "string"
        lo = _constraint(owner, "min_length")
        hi = _constraint(owner, "max_length")
        if isinstance(lo, int) and len(text) < lo:
            text = text + "x" * (lo - len(text))
        if isinstance(hi, int) and len(text) > hi:
            text = text[: max(hi, 0)]
        return text

    def number(self, owner: Any, fallback: float) -> float:
        lo = _constraint(owner, "minimum")
        hi = _constraint(owner, "maximum")
        xlo = _constraint(owner, "exclusive_minimum")
        xhi = _constraint(owner, "exclusive_maximum")
        value = fallback
        if isinstance(lo, (int, float)) and value < lo:
            value = lo
        if isinstance(xlo, (int, float)) and not isinstance(xlo, bool) and value <= xlo:
            value = xlo + 1
        if isinstance(hi, (int, float)) and value > hi:
            value = hi
        if isinstance(xhi, (int, float)) and not isinstance(xhi, bool) and value >= xhi:
            value = xhi - 1 if not isinstance(lo, (int, float)) or xhi - 1 >= lo else (lo + xhi) / 2
        return value

    def _default_fits(self, t: TypeRef, value: Any) -> bool:
        """Use a spec default only when it is a plain value of the declared shape."""
        k = t.kind
        if k == "ref":
            target = self.types.get(t.ref or "")
            if isinstance(target, Enum):
                return value in target.values
            if isinstance(target, Alias):
                return self._default_fits(target.target, value)
            return False
        if k == "str":
            return isinstance(value, str)
        if k == "bool":
            return isinstance(value, bool)
        if k == "int":
            return isinstance(value, int) and not isinstance(value, bool)
        if k == "float":
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        if k == "literal":
            return value in t.values
        return False


# ----- views -------------------------------------------------------------------------------------


@dataclass
class StreamTestView:
    required_args: list[str]
    all_args: list[str]
    chunk_type: str
    sync_type: str
    async_type: str
    skip_reason: str | None


@dataclass
class MethodTestView:
    name: str
    call: str  # attribute path from the client, e.g. "chat.completions.create"
    raw_call: str  # e.g. "chat.completions.with_raw_response.create"
    streaming_call: str
    deprecated: bool
    kind: str  # the IR response kind
    required_args: list[str]  # "name=source" keyword arguments
    all_args: list[str]
    has_optional: bool  # all_args adds something to required_args
    sync_type: str  # declared return type, as a Python expression
    async_type: str
    only_streams: bool  # the method always answers with server-sent events
    path_checks: list[tuple[str, list[str]]] = field(default_factory=list)  # (param, args with it empty)
    stream: StreamTestView | None = None
    xfails: dict[str, KnownIssue] = field(default_factory=dict)  # test variant -> strict expected failure


@dataclass
class ResourceTestView:
    class_name: str
    path: str  # dotted from the client
    methods: list[MethodTestView]
    imports: list[str]
    module_path: str  # file path relative to the package root


class AbsoluteImports:
    """Collects `from pkg.module import Name` lines for a test module (absolute imports)."""

    def __init__(self, package: str) -> None:
        from .render import Imports

        outer = self

        class _Imports(Imports):
            def add_local(self, module: str, name: str, bottom: bool = False) -> None:
                self.add(f"{outer.package}.{module}", name)

        self.package = package
        self.imports = _Imports(0)

    def lines(self) -> list[str]:
        # cyclic "bottom" imports do not exist here: tests import finished modules
        merged = dict(self.imports.names)
        for module, names in self.imports.bottom.items():
            merged.setdefault(module, set()).update(names)
        return self.imports.lines(merged)


def test_module_path(resource: Resource) -> str:
    """`chat.completions` -> `tests/api_resources/chat/test_completions.py` (the official layout)."""
    parts = resource.path.split(".")
    return "/".join(["tests", "api_resources", *parts[:-1], f"test_{parts[-1]}.py"])


class EmittedTests:
    def __init__(self, renderer: Renderer) -> None:
        self.renderer = renderer
        self.api = renderer.api
        self.types = renderer.types
        self.annotator = renderer.annotator
        self.pages = {p.name: p for p in self.api.pages}
        self.stream_tests = 0
        self.skipped_stream_tests = 0

    # -- annotations of declared return types --

    def annotation(self, t: TypeRef | None, imports: AbsoluteImports) -> str:
        if t is None:
            return "object"
        return self.annotator.annotation(t, "model", imports.imports, "")

    def return_types(self, m: Method, imports: AbsoluteImports) -> tuple[str, str]:
        imp = imports.imports
        if m.response_kind == "page" and m.page and m.page_item is not None and m.page in self.pages:
            page = self.pages[m.page]
            item = self.annotation(m.page_item, imports)
            imp.add_local("pagination", page.name)
            imp.add_local("pagination", page.async_name)
            return f"{page.name}[{item}]", f"{page.async_name}[{item}]"
        if m.response_kind == "binary":
            imp.add_local("_response", "HttpxBinaryResponseContent")
            return "HttpxBinaryResponseContent", "HttpxBinaryResponseContent"
        if m.response_kind == "none":
            return "None", "None"
        if m.response_type is None:
            fallback = {"text": "str", "json": "object"}.get(m.response_kind, "None")
            return fallback, fallback
        ann = self.annotation(m.response_type, imports)
        return ann, ann

    # -- arguments --

    def arguments(self, m: Method, full: bool, builder: ExampleBuilder, stream: bool | None) -> list[str]:
        """Keyword arguments of a call; `stream` True/False forces the stream flag, None leaves it out."""
        stream_param = m.stream.param if m.stream is not None else None
        args: list[str] = []
        for p in m.path_params:
            args.append(f"{p.name}={builder.param(p, full)}")
        for p in m.query_params + m.body_params + m.header_params:
            if p.location == "body" and p.wire_name == stream_param:
                continue
            if not (p.required or full):
                continue
            args.append(f"{p.name}={builder.param(p, full)}")
        if m.body_type is not None:
            args.append(f"body={builder.value(m.body_type, full)}")
        if stream_param is not None and stream is not None:
            name = next((p.name for p in m.body_params if p.wire_name == stream_param), stream_param)
            args.append(f"{name}={stream!r}")
        if m.response_kind in ("binary", "text"):
            # the SDK asks for `application/binary` / `application/json`; Prism only answers the
            # media types the spec lists for the response (406 otherwise)
            args.append(BINARY_ACCEPT)
        return args

    def method_view(self, r: Resource, m: Method, builder: ExampleBuilder, imports: AbsoluteImports) -> MethodTestView:
        only_streams = m.stream is not None and m.stream.required_param
        sync_type, async_type = self.return_types(m, imports)
        stream_view = None
        if m.stream is not None:
            chunk = self.annotation(m.stream.chunk_type, imports)
            imports.imports.add_local("_streaming", "Stream")
            imports.imports.add_local("_streaming", "AsyncStream")
            reason = None if getattr(m.stream, "wire_example", False) else STREAM_SKIP_REASON
            stream_view = StreamTestView(
                required_args=self.arguments(m, False, builder, None if only_streams else True),
                all_args=self.arguments(m, True, builder, None if only_streams else True),
                chunk_type=chunk,
                sync_type=f"Stream[{chunk}]",
                async_type=f"AsyncStream[{chunk}]",
                skip_reason=reason,
            )
        # the non-stream call: the stream flag left out (required args) or False (all args)
        required = self.arguments(m, False, builder, None)
        full = self.arguments(m, True, builder, None if (only_streams or m.stream is None) else False)
        xfails = known_issues(self.api.package_name, m)
        for issue in xfails.values():
            if not hasattr(builtins, issue.raises):
                imports.imports.add(self.api.package_name, issue.raises)
        checks = []
        for i, p in enumerate(m.path_params):
            args = list(required)
            args[i] = f'{p.name}=""'
            checks.append((p.name, args))
        return MethodTestView(
            name=m.name,
            call=f"{r.path}.{m.name}",
            raw_call=f"{r.path}.with_raw_response.{m.name}",
            streaming_call=f"{r.path}.with_streaming_response.{m.name}",
            deprecated=m.deprecated,
            kind=m.response_kind,
            required_args=required,
            all_args=full,
            has_optional=full != required,
            sync_type=sync_type,
            async_type=async_type,
            only_streams=only_streams,
            path_checks=checks,
            stream=stream_view,
            xfails=xfails,
        )

    def resource_view(self, r: Resource) -> ResourceTestView:
        imports = AbsoluteImports(self.api.package_name)
        imports.imports.add(self.api.package_name, self.api.client_name)
        imports.imports.add(self.api.package_name, self.api.async_client_name)
        builder = ExampleBuilder(self.types)
        methods = [self.method_view(r, m, builder, imports) for m in r.methods]
        lines = imports.lines()
        stdlib = sorted(builder.needs)
        if stdlib:
            lines.insert(0, "from datetime import " + ", ".join(stdlib))
        for mv in methods:
            if mv.stream is not None:
                variants = 4 * 2  # method, all params, raw, streaming response; sync and async
                self.stream_tests += variants
                if mv.stream.skip_reason:
                    self.skipped_stream_tests += variants
        return ResourceTestView(
            class_name=r.class_name,
            path=r.path,
            methods=methods,
            imports=lines,
            module_path=test_module_path(r),
        )

    def files(self) -> dict[str, str]:
        from .render import walk_resources

        render = self.renderer.render
        out = {
            "tests/__init__.py": render("tests/__init__.py.jinja"),
            "tests/conftest.py": render("tests/conftest.py.jinja"),
            "tests/utils.py": render("tests/utils.py.jinja"),
            "tests/api_resources/__init__.py": render("tests/__init__.py.jinja"),
        }
        for r in walk_resources(self.api.resources):
            if not r.methods:
                continue
            view = self.resource_view(r)
            out[view.module_path] = render("tests/resource_test.py.jinja", t=view)
            directory = view.module_path.rpartition("/")[0]
            while directory != "tests/api_resources":
                out.setdefault(f"{directory}/__init__.py", render("tests/__init__.py.jinja"))
                directory = directory.rpartition("/")[0]
        return out


def emitted_test_files(renderer: Renderer) -> dict[str, str]:
    """Relative path (from the package root, e.g. `tests/api_resources/test_files.py`) -> text."""
    return EmittedTests(renderer).files()


def readme_examples(renderer: Renderer) -> dict[str, dict[str, str] | None]:
    """One example call per runtime feature for the emitted README: the first method (in resource
    order) of each kind, with valid values for its required params."""
    from .render import walk_resources

    emitted = EmittedTests(renderer)
    builder = ExampleBuilder(emitted.types)
    kinds = {
        "call": lambda m: m.response_kind == "model" and m.http_method == "post" and m.stream is None
        and m.body_kind == "json" and bool(m.body_params),
        "page": lambda m: m.response_kind == "page",
        "stream": lambda m: m.stream is not None and not m.stream.required_param,
        "upload": lambda m: m.body_kind == "multipart",
        "binary": lambda m: m.response_kind == "binary" and m.http_method == "get",
        "retrieve": lambda m: m.http_method == "get" and bool(m.path_params) and m.response_kind == "model",
    }
    found: dict[str, dict[str, str] | None] = dict.fromkeys(kinds)
    for r in walk_resources(renderer.api.resources):
        for m in r.methods:
            for kind, test in kinds.items():
                if found[kind] is None and test(m):
                    args = [a for a in emitted.arguments(m, False, builder, None) if a != BINARY_ACCEPT]
                    joined = ", ".join(args)
                    found[kind] = {
                        "call": f"client.{r.path}.{m.name}",
                        "path": f"{r.path}.{m.name}",
                        "args": joined,
                        "file_args": joined.replace('b"raw file contents"', 'Path("input.jsonl")').replace(
                            "b'raw file contents'", 'Path("input.jsonl")'
                        ),
                        "route": f"{m.http_method.upper()} {m.path}",
                    }
    return found
