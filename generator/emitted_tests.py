"""Views and rendering of the tests emitted with the SDK (`tests/api_resources/...`).

The emitted package carries endpoint tests like the official library's: for every method, sync and
async, a call with only the required params, a call with every param, `.with_raw_response`,
`.with_streaming_response`, and the empty-path-param check. The tests run against a Prism mock of
the spec (`TEST_API_BASE_URL`), so every example argument must satisfy the spec's schema: the
values come from `ExampleBuilder`, a pure function of the IR types and the schema constraints the
IR carries (the spec's example when it fits, else a default that fits, else enum/literal -> first
value, a sample per format, numbers inside min/max, strings inside min/max length and the
pattern, lists of `minItems` items, one alternative of a `oneOf` of `required` lists ...).

Tests that cannot pass against the mock are listed in the config (`tests.known_issues`), each an
xfail (strict, with the exception) or a skip, with its reason.

Everything here prepares strings; the templates under `templates/tests/` only loop over them.
"""

from __future__ import annotations

import builtins
import functools
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .literals import string_literal
from .ir import (
    NO_CONSTRAINTS,
    Alias,
    Constraints,
    Enum,
    Field,
    KnownIssue,
    Method,
    Model,
    Param,
    Resource,
    TypeRef,
    Union,
    walk_resources,
)

if TYPE_CHECKING:
    from .render import Imports, Renderer

# Prism (static mode) cannot serialise an object schema as text/event-stream: it answers
# 500 NO_COMPLEX_OBJECT_TEXT unless the spec gives a wire-form string example for the SSE body.
STREAM_SKIP_REASON = (
    "Prism cannot serve this text/event-stream response: its schema is an object and the spec gives no "
    "example of the event stream, so Prism answers 500 NO_COMPLEX_OBJECT_TEXT"
)

FILE_VALUE = 'b"raw file contents"'
DATETIME_VALUE = "datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=timezone.utc)"
DATE_VALUE = "date(2019, 12, 27)"


def known_issues(issues: list[KnownIssue], m: Method) -> dict[str, KnownIssue]:
    """Test variant -> the configured known issue that makes it an expected failure or a skip."""
    route = f"{m.http_method} {m.path}"
    out: dict[str, KnownIssue] = {}
    for issue in issues:
        if issue.route == route:
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
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    return string_literal(str(value))


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
# formats a string sample must look like (a validator such as Prism's ajv-formats checks them)
FORMAT_SHAPES = {
    "uri": re.compile(r"^[a-z][a-z0-9+.-]*:\S+$", re.I),
    "url": re.compile(r"^[a-z][a-z0-9+.-]*://\S+$", re.I),
    "email": re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
    "uuid": re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I),
    "date": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "date-time": re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", re.I),
}
# tried in turn when the format sample or "string" does not match a `pattern`
PATTERN_CANDIDATES = ("string", "abc", "a", "A", "1", "a1", "abc-123", "example_1", "x" * 8, "0" * 8)


def number_fits(value: float, c: Constraints) -> bool:
    if c.enum is not None and value not in c.enum:
        return False
    if c.minimum is not None and value < c.minimum:
        return False
    if c.maximum is not None and value > c.maximum:
        return False
    if c.exclusive_minimum is not None and value <= c.exclusive_minimum:
        return False
    if c.exclusive_maximum is not None and value >= c.exclusive_maximum:
        return False
    if c.multiple_of:
        ratio = value / c.multiple_of
        if abs(ratio - round(ratio)) > 1e-9:
            return False
    return True


def string_fits(text: str, c: Constraints) -> bool:
    if c.enum is not None and text not in c.enum:
        return False
    if c.min_length is not None and len(text) < c.min_length:
        return False
    if c.max_length is not None and len(text) > c.max_length:
        return False
    if c.pattern is not None:
        if len(text) > RISKY_MATCH_LENGTH and backtracks_badly(c.pattern):
            return False  # matching could take exponential time: do not trust a value against it
        try:
            if re.search(c.pattern, text) is None:
                return False
        except re.error:
            return False  # a pattern Python cannot read: do not trust a value against it
    shape = FORMAT_SHAPES.get(c.format or "")
    return shape is None or shape.match(text) is not None


def fit_number(c: Constraints, fallback: float, integer: bool) -> float:
    """`fallback`, moved inside the bounds (and onto a multiple of `multipleOf`); the first allowed
    value when the schema lists them."""
    listed = [v for v in c.enum or () if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if listed and (not integer or float(listed[0]).is_integer()):
        return listed[0]
    lo, hi = c.minimum, c.maximum
    if c.exclusive_minimum is not None:
        bound = math.floor(c.exclusive_minimum) + 1 if integer else c.exclusive_minimum + 0.5
        lo = bound if lo is None else max(lo, bound)
    if c.exclusive_maximum is not None:
        bound = math.ceil(c.exclusive_maximum) - 1 if integer else c.exclusive_maximum - 0.5
        hi = bound if hi is None else min(hi, bound)
    if integer:
        lo = math.ceil(lo) if lo is not None else None
        hi = math.floor(hi) if hi is not None else None
    value = fallback
    if lo is not None and value < lo:
        value = lo
    if hi is not None and value > hi:
        value = hi
    if c.multiple_of:
        value = math.ceil(value / c.multiple_of - 1e-9) * c.multiple_of
        if hi is not None and value > hi:
            value -= c.multiple_of
    if not number_fits(value, c) and not integer:
        # a narrow float range (e.g. exclusive 0 .. 0.1): its middle
        low = c.minimum if c.minimum is not None else c.exclusive_minimum
        high = c.maximum if c.maximum is not None else c.exclusive_maximum
        if low is not None and high is not None:
            value = (low + high) / 2
    return value


# one character for each class escape, used where a pattern asks for "any of" them
CATEGORY_SAMPLES = {
    "CATEGORY_DIGIT": "0", "CATEGORY_NOT_DIGIT": "a", "CATEGORY_WORD": "a", "CATEGORY_NOT_WORD": "-",
    "CATEGORY_SPACE": " ", "CATEGORY_NOT_SPACE": "a",
}
CATEGORY_ESCAPES = {
    "CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W",
    "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S",
}
CLASS_CANDIDATES = "aA0_-. x"


# a nested repeat (`([\w .-]*)*`, beezup.com's URL pattern) backtracks exponentially in Python's
# `re` on a string that almost matches; up to this length that stays well under a second
RISKY_MATCH_LENGTH = 24


def regex_parser() -> Any:
    try:
        from re import _parser as sre  # type: ignore[attr-defined]  # the stdlib's own regex parser
    except ImportError:  # Python < 3.11
        import sre_parse as sre  # type: ignore[no-redef]
    return sre


@functools.lru_cache(maxsize=None)
def backtracks_badly(pattern: str) -> bool:
    """A repeat that holds another repeat of more than one (`(a*)*`, `(\w+\.?)+`): the shape whose
    failing matches take exponential time. Unreadable patterns count as risky too."""
    try:
        tree = regex_parser().parse(pattern)
    except (re.error, RecursionError, OverflowError):
        return True

    def repeats(nodes: Any, inside: bool, depth: int) -> bool:
        if depth > 50:
            return True
        for op, arg in nodes:
            name = str(op)
            if name in ("MAX_REPEAT", "MIN_REPEAT"):
                low, high, sub = arg
                many = high > 1
                if many and inside:
                    return True
                if repeats(sub, inside or many, depth + 1):
                    return True
            elif name == "BRANCH":
                if any(repeats(branch, inside, depth + 1) for branch in arg[1]):
                    return True
            elif name in ("SUBPATTERN", "ATOMIC_GROUP", "ASSERT", "ASSERT_NOT"):
                if repeats(arg[-1], inside, depth + 1):
                    return True
        return False

    return repeats(tree, False, 0)


def pattern_sample(pattern: str) -> str | None:
    """A short string that `re.search(pattern, ...)` accepts, built from the pattern's parse tree
    (first branch, fewest repeats but one, the first character of each class); None when the
    pattern is not one Python reads or the sample does not match (lookarounds, back-references
    across branches)."""
    try:
        tree = regex_parser().parse(pattern)
    except (re.error, RecursionError, OverflowError):
        return None
    groups: dict[int, str] = {}

    def in_class(ch: str, items: list[tuple[Any, Any]]) -> bool:
        for op, arg in items:
            name = str(op)
            if name == "LITERAL" and ord(ch) == arg:
                return True
            if name == "RANGE" and arg[0] <= ord(ch) <= arg[1]:
                return True
            if name == "CATEGORY" and re.fullmatch(CATEGORY_ESCAPES.get(str(arg), "(?!)"), ch):
                return True
        return False

    def one_of(items: list[tuple[Any, Any]]) -> str:
        if items and str(items[0][0]) == "NEGATE":
            return next((ch for ch in CLASS_CANDIDATES if not in_class(ch, items[1:])), "a")
        op, arg = items[0]
        name = str(op)
        if name == "LITERAL":
            return chr(arg)
        if name == "RANGE":
            return chr(arg[0])
        return CATEGORY_SAMPLES.get(str(arg), "a")

    def text(nodes: Any, depth: int = 0) -> str:
        if depth > 50:
            raise RecursionError
        out = []
        for op, arg in nodes:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(arg))
            elif name == "NOT_LITERAL":
                out.append("b" if chr(arg) == "a" else "a")
            elif name == "ANY":
                out.append("a")
            elif name == "IN":
                out.append(one_of(list(arg)))
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, high, sub = arg
                out.append(text(sub, depth + 1) * max(low, min(1, high)))
            elif name == "BRANCH":
                out.append(text(arg[1][0], depth + 1))
            elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
                group, sub = (arg[0], arg[-1]) if name == "SUBPATTERN" else (None, arg)
                piece = text(sub, depth + 1)
                if group is not None:
                    groups[group] = piece
                out.append(piece)
            elif name == "GROUPREF":
                out.append(groups.get(arg, ""))
            # AT (anchors), ASSERT, ASSERT_NOT, GROUPREF_EXISTS: nothing; the final check decides
        return "".join(out)

    try:
        sample = text(tree)
        return sample if re.search(pattern, sample) else None
    except (re.error, RecursionError, ValueError, IndexError, TypeError):
        return None


def fit_string(c: Constraints) -> str:
    """A string of the right format, inside the length bounds, matching the pattern when one of a
    few candidates does; the first allowed value when the schema lists them."""
    listed = [v for v in c.enum or () if isinstance(v, str)]
    if listed:
        return listed[0]
    text = FORMAT_SAMPLES.get(c.format or "", "string")
    if c.pattern is not None and not string_fits(text, Constraints(pattern=c.pattern)):
        text = next(
            (t for t in (text, *PATTERN_CANDIDATES) if string_fits(t, Constraints(pattern=c.pattern))),
            pattern_sample(c.pattern) or text,
        )
    if c.min_length is not None and len(text) < c.min_length:
        text = text + "x" * (c.min_length - len(text))
    if c.max_length is not None and len(text) > c.max_length:
        text = text[: c.max_length]
    return text


class ExampleBuilder:
    """Python source of an example value for an IR type, valid against the spec's schema.

    `full=True` fills every optional field of request objects (up to `MAX_FULL_DEPTH`);
    `full=False` only the required ones. `needs` collects the stdlib names the source uses.
    """

    def __init__(self, types: dict[str, Any]) -> None:
        self.types = types
        self.needs: set[str] = set()

    # -- params --

    def given(self, p: Param | Field) -> str | None:
        """The spec's example of a param or field, else its default, when it fits."""
        if p.has_example and self.fits(p.type, p.constraints, p.example):
            return py_literal(p.example)
        if p.has_default and p.default is not None and self.fits(p.type, p.constraints, p.default):
            return py_literal(p.default)
        return None

    def param(self, p: Param, full: bool) -> str:
        given = self.given(p)
        # an empty example of a path param would be refused before the call (vtex's `groupId: ""`),
        # and a required query param sent empty counts as missing (Prism: vtex's `keyword=`)
        if given is not None and not (p.location in ("path", "query") and p.required and p.example == ""):
            return given
        c = p.constraints
        plain = c.pattern is None and c.format is None and c.enum is None
        if p.location == "path" and p.type.kind == "str" and plain:
            return string_literal(p.name)  # readable, and any non-empty string is a valid path segment
        return self.value(p.type, full, c)

    # -- types --

    def value(
        self, t: TypeRef, full: bool, c: Constraints = NO_CONSTRAINTS, depth: int = 0, stack: tuple[str, ...] = ()
    ) -> str:
        k = t.kind
        if k == "str":
            return string_literal(fit_string(c))
        if k == "int":
            return repr(int(fit_number(c, 1, integer=True)))
        if k == "float":
            return repr(float(fit_number(c, 1.0, integer=False)))
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
            count = max(1, c.min_items or 1)
            if c.max_items is not None:
                count = min(count, c.max_items)
            items = c.items or NO_CONSTRAINTS
            item = self.value(t.args[0], full, items, depth + 1, stack) if t.args else '"string"'
            return "[" + ", ".join([item] * count) + "]"
        if k == "dict":
            item = self.value(t.args[0], full, NO_CONSTRAINTS, depth + 1, stack) if t.args else '"bar"'
            return '{"foo": ' + item + "}"
        if k == "union":
            return self.union_member(list(t.args), full, depth, stack, c)
        if k == "ref":
            return self.named(t.ref or "", full, c, depth, stack)
        return "None"

    def named(self, type_id: str, full: bool, c: Constraints, depth: int, stack: tuple[str, ...]) -> str:
        target = self.types.get(type_id)
        if target is None:
            return '"string"'
        if isinstance(target, Enum):
            return py_literal(target.values[0]) if target.values else '"string"'
        if isinstance(target, Alias):
            return self.value(target.target, full, c, depth, stack)
        if isinstance(target, Union):
            return self.union_member(list(target.members), full, depth, stack, c)
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
        chosen, excluded = pick_alternative(model.required_alternatives)
        items = []
        for f in model.fields:
            required = f.required or f.wire_name in chosen
            if f.wire_name in excluded or not (required or full):
                continue
            if not required and (recursive or f.deprecated):
                continue
            source = self.given(f)
            if source is None:
                source = self.value(f.type, full, f.constraints, depth + 1, stack)
            # request TypedDicts are keyed by the Python name (the transform applies the alias)
            items.append(f"{py_literal(f.name)}: {source}")
        return "{" + ", ".join(items) + "}"

    def union_member(
        self, members: list[TypeRef], full: bool, depth: int, stack: tuple[str, ...], c: Constraints
    ) -> str:
        candidates = [m for m in members if m.kind != "null"]
        if not candidates:
            return "None"
        # avoid walking back into a type we are already inside when another member will do
        fresh = [m for m in candidates if not (m.kind == "ref" and m.ref in stack)]
        # "a file or a list of files": a lone file, since a list goes out as `name[]` form parts, a
        # convention a mock server's form parser need not share
        chosen = next((m for m in fresh if m.kind == "file"), (fresh or candidates)[0])
        return self.value(chosen, full, c, depth, stack)

    # -- does a spec value (example, default) fit the declared type? --

    def fits(self, t: TypeRef, c: Constraints, value: Any, depth: int = 0) -> bool:
        """True when `value` (JSON from the spec) is valid for `t` under `c`, so that it can be sent
        as is. Types whose Python form is not JSON (dates, files) never fit."""
        if value is None:
            return t.nullable or t.kind == "null"
        if depth > MAX_DEPTH:
            return False
        k = t.kind
        if k == "str":
            return isinstance(value, str) and string_fits(value, c)
        if k == "bool":
            return isinstance(value, bool)
        if k in ("int", "float"):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return False
            return (k == "float" or isinstance(value, int)) and number_fits(value, c)
        if k == "literal":
            return value in t.values
        if k == "any":
            return True
        if k == "list":
            if not isinstance(value, list) or (c.min_items or 0) > len(value):
                return False
            if c.max_items is not None and len(value) > c.max_items:
                return False
            item = t.args[0] if t.args else TypeRef("any")
            return all(self.fits(item, c.items or NO_CONSTRAINTS, v, depth + 1) for v in value)
        if k == "dict":
            item = t.args[0] if t.args else TypeRef("any")
            return isinstance(value, dict) and all(self.fits(item, NO_CONSTRAINTS, v, depth + 1) for v in value.values())
        if k == "union":
            return any(self.fits(m, c, value, depth + 1) for m in t.args)
        if k == "ref":
            return self.fits_named(self.types.get(t.ref or ""), c, value, depth)
        return False

    def fits_named(self, target: Any, c: Constraints, value: Any, depth: int) -> bool:
        if isinstance(target, Enum):
            return value in target.values or (target.open and isinstance(value, str))
        if isinstance(target, Alias):
            return self.fits(target.target, c, value, depth + 1)
        if isinstance(target, Union):
            return any(self.fits(m, c, value, depth + 1) for m in target.members)
        if not isinstance(target, Model) or not isinstance(value, dict):
            return False
        fields = {f.wire_name: f for f in target.fields}
        for key, item in value.items():
            f = fields.get(key)
            if f is None:
                if target.additional_properties is None or not self.fits(
                    target.additional_properties, NO_CONSTRAINTS, item, depth + 1
                ):
                    return False
            # a TypedDict is keyed by the Python name; a renamed key would not be sent as the spec's
            elif f.name != f.wire_name or not self.fits(f.type, f.constraints, item, depth + 1):
                return False
        if any(f.required and f.wire_name not in value for f in target.fields):
            return False
        alternatives = target.required_alternatives
        return not alternatives or sum(all(n in value for n in names) for names in alternatives) == 1


def pick_alternative(alternatives: list[tuple[str, ...]]) -> tuple[set[str], set[str]]:
    """For `oneOf` of `required` lists: the names of the first set (sent as if required) and the
    names only the other sets have (left out, since `oneOf` forbids two sets at once)."""
    if not alternatives:
        return set(), set()
    chosen = set(alternatives[0])
    others = set().union(*map(set, alternatives[1:]))
    return chosen, others - chosen


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
    issues: dict[str, KnownIssue] = field(default_factory=dict)  # test variant -> configured xfail or skip


@dataclass
class ResourceTestView:
    class_name: str
    methods: list[MethodTestView]
    imports: list[str]
    module_path: str  # file path relative to the package root


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

    # -- annotations of declared return types --

    def annotation(self, t: TypeRef, imports: Imports) -> str:
        return self.annotator.annotation(t, "model", imports, "")

    def return_types(self, m: Method, imports: Imports) -> tuple[str, str]:
        if m.response_kind == "page" and m.page and m.page_item is not None:
            page = self.pages[m.page]
            item = self.annotation(m.page_item, imports)
            imports.add_local("pagination", page.name)
            imports.add_local("pagination", page.async_name)
            return f"{page.name}[{item}]", f"{page.async_name}[{item}]"
        if m.response_kind == "binary":
            imports.add_local("_response", "HttpxBinaryResponseContent")
            return "HttpxBinaryResponseContent", "HttpxBinaryResponseContent"
        if m.response_kind == "none" or m.response_type is None:
            return "None", "None"
        ann = self.annotation(m.response_type, imports)
        return ann, ann

    def method_view(self, r: Resource, m: Method, builder: ExampleBuilder, imports: Imports) -> MethodTestView:
        only_streams = m.stream is not None and m.stream.required_param
        issues = known_issues(self.api.known_issues, m)
        for issue in issues.values():
            if issue.kind == "xfail" and issue.raises and not hasattr(builtins, issue.raises):
                imports.add(self.api.package_name, issue.raises)
        sync_type, async_type = self.return_types(m, imports)
        stream_view = None
        if m.stream is not None:
            chunk = self.annotation(m.stream.chunk_type, imports)
            imports.add_local("_streaming", "Stream")
            imports.add_local("_streaming", "AsyncStream")
            reason = None if m.stream.wire_example or "stream" in issues else STREAM_SKIP_REASON
            stream_view = StreamTestView(
                required_args=arguments(m, False, builder, None if only_streams else True),
                all_args=arguments(m, True, builder, None if only_streams else True),
                chunk_type=chunk,
                sync_type=f"Stream[{chunk}]",
                async_type=f"AsyncStream[{chunk}]",
                skip_reason=reason,
            )
        # the non-stream call: the stream flag left out (required args) or False (all args)
        required = arguments(m, False, builder, None)
        full = arguments(m, True, builder, None if (only_streams or m.stream is None) else False)
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
            issues=issues,
        )

    def resource_view(self, r: Resource) -> ResourceTestView:
        from .render import Imports  # render imports this module

        imports = Imports(0, absolute=self.api.package_name)
        imports.add(self.api.package_name, self.api.client_name)
        imports.add(self.api.package_name, self.api.async_client_name)
        builder = ExampleBuilder(self.types)
        methods = [self.method_view(r, m, builder, imports) for m in r.methods]
        for name in builder.needs:
            imports.add("datetime", name)
        return ResourceTestView(
            class_name=r.class_name,
            methods=methods,
            imports=imports.lines(),
            module_path=test_module_path(r),
        )

    def files(self) -> dict[str, str]:
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


def arguments(m: Method, full: bool, builder: ExampleBuilder, stream: bool | None) -> list[str]:
    """Keyword arguments of a call; `stream` True/False forces the stream flag, None leaves it out."""
    stream_param = m.stream.param if m.stream is not None else None
    chosen, excluded = pick_alternative(m.body_required_alternatives)
    args: list[str] = []
    for p in m.path_params:
        args.append(f"{p.name}={builder.param(p, full)}")
    for p in m.query_params + m.body_params + m.header_params:
        if p.location in ("body", "query") and p.wire_name == stream_param:
            continue
        body_alternative = p.location == "body" and p.wire_name in chosen
        if (p.location == "body" and p.wire_name in excluded) or not (p.required or body_alternative or full):
            continue
        args.append(f"{p.name}={media_header_value(p, m) or builder.param(p, full)}")
    if m.body_type is not None:
        args.append(f"body={builder.value(m.body_type, full)}")
    if stream_param is not None and stream is not None:
        name = next((p.name for p in m.body_params + m.query_params if p.wire_name == stream_param), stream_param)
        args.append(f"{name}={stream!r}")
    return args


def media_header_value(p: Param, m: Method) -> str | None:
    """An `Accept` or `Content-Type` header param with no example of its own gets a media type the
    operation has (a made-up string such as "string" is no media type: Prism 5.16.0 crashes on it)."""
    name = p.wire_name.lower()
    if p.location != "header" or name not in ("accept", "content-type") or p.has_example or p.has_default:
        return None
    media = m.accept if name == "accept" else m.content_type
    return string_literal(media or "application/json")


def readme_examples(renderer: Renderer) -> dict[str, dict[str, str] | None]:
    """One example call per runtime feature for the emitted README: the first method (in resource
    order) of each kind, with valid values for its required params (and `stream=True` for the
    streaming one)."""
    builder = ExampleBuilder(renderer.types)
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
                    joined = ", ".join(arguments(m, False, builder, True if kind == "stream" else None))
                    found[kind] = {
                        "call": f"client.{r.path}.{m.name}",
                        "path": f"{r.path}.{m.name}",
                        "args": joined,
                        "file_args": joined.replace(FILE_VALUE, 'Path("input.jsonl")'),
                        "route": f"{m.http_method.upper()} {m.path}",
                    }
    return found
