# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.
"""`assert_matches_type`: a response checked against its declared type, field by field.

The client builds response models without validation (a changed API must not break the SDK), so
the endpoint tests check the parsed value themselves. The walk follows the annotations:

- pydantic models (including page classes): the instance is of the class, and every field's
  value matches the field's annotation; a required field (no default) must be present;
- `List[X]`, `Dict[str, X]`, `Optional[X]`, `Union[...]` (at least one member matches),
  `Annotated[X, ...]` (the metadata, e.g. a discriminator, is ignored);
- `Literal[...]`: the value must be one of the literals. Unknown values are NOT accepted: the
  SDK's literals are the spec's enums and the tests run against a mock of that spec, so an unknown
  value means the spec's example disagrees with its own schema. An enum the spec declares open
  (`anyOf: [string, enum]`) is typed `Union[str, Literal[...]]`, whose `str` member accepts it;
- `datetime` / `date`, `str`, `int` (not `bool`), `float` (an `int` is accepted), `bool`, `None`;
- `object` / `Any` and unbound type variables accept anything;
- `Stream[X]` / `AsyncStream[X]`, `HttpxBinaryResponseContent` and other plain classes: an
  `isinstance` check (stream chunks are checked one by one by the tests that read them).
"""

from __future__ import annotations

import datetime as _dt
import inspect
import sys
import types
import typing
from typing import Any, Dict, List, Optional, Sequence, TypeVar

import pydantic
import typing_extensions

__all__ = ["assert_matches_type", "TypeMismatch"]

_UNION_TYPES: tuple[Any, ...] = (typing.Union,)
if hasattr(types, "UnionType"):
    _UNION_TYPES = (typing.Union, types.UnionType)  # `X | Y` on Python 3.10+
_LITERALS = {typing.Literal, typing_extensions.Literal}
_ANNOTATED = {typing_extensions.Annotated, getattr(typing, "Annotated", typing_extensions.Annotated)}
_PYDANTIC_V2 = pydantic.VERSION.startswith("2.")


class TypeMismatch(AssertionError):
    pass


def _where(path: Sequence[str]) -> str:
    return "".join(p if p.startswith("[") else (("." if i else "") + p) for i, p in enumerate(path)) or "value"


def _fail(path: Sequence[str], message: str) -> typing.NoReturn:
    raise TypeMismatch(f"{_where(path)}: {message}")


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 120 else text[:117] + "..."


def _name(type_: Any) -> str:
    return getattr(type_, "__name__", None) or repr(type_)


def assert_matches_type(type_: Any, value: object, *, path: Optional[Sequence[str]] = None) -> None:
    """Raise `TypeMismatch` (an AssertionError) naming the first place where `value` is not a `type_`."""
    _check(type_, value, list(path) if path is not None else ["response"])


def _check(type_: Any, value: object, path: List[str]) -> None:
    if type_ is Any or type_ is object or isinstance(type_, TypeVar):
        return
    if isinstance(type_, typing.ForwardRef) and getattr(type_, "__forward_module__", None):
        # a recursive schema's alias names a type of its module through a module-bound forward ref
        module = sys.modules.get(type_.__forward_module__ or "")
        resolved = getattr(module, type_.__forward_arg__, None) if module is not None else None
        if resolved is not None:
            return _check(resolved, value, path)
    if isinstance(type_, (str, typing.ForwardRef)):
        _fail(path, f"unresolved annotation {type_!r}")
    if type_ is None or type_ is type(None):
        if value is not None:
            _fail(path, f"expected None, got {_short(value)}")
        return

    origin = typing_extensions.get_origin(type_)
    args = typing_extensions.get_args(type_)

    if origin in _ANNOTATED:
        _check(args[0], value, path)
        return
    if origin in _UNION_TYPES:
        _check_union(args, value, path)
        return
    if origin in _LITERALS:
        if not any(value == a and type(value) is type(a) for a in args):
            _fail(path, f"expected one of {list(args)!r}, got {_short(value)}")
        return
    if origin in (list, List, Sequence, typing.Iterable):
        if not isinstance(value, list):
            _fail(path, f"expected a list, got {type(value).__name__} {_short(value)}")
        item = args[0] if args else Any
        for i, v in enumerate(value):
            _check(item, v, [*path, f"[{i}]"])
        return
    if origin in (dict, Dict, typing.Mapping):
        if not isinstance(value, dict):
            _fail(path, f"expected a dict, got {type(value).__name__} {_short(value)}")
        item = args[1] if len(args) == 2 else Any
        for k, v in value.items():
            if not isinstance(k, str):
                _fail([*path, f"[{k!r}]"], "expected a string key")
            _check(item, v, [*path, f"[{k!r}]"])
        return

    if inspect.isclass(type_) and issubclass(type_, pydantic.BaseModel):
        _check_model(type_, value, path)
        return
    if origin is not None and inspect.isclass(origin):
        # a parametrised plain generic, e.g. Stream[ChatCompletionChunk]
        if not isinstance(value, origin):
            _fail(path, f"expected {_name(origin)}, got {type(value).__name__}")
        return

    if type_ is bool:
        if not isinstance(value, bool):
            _fail(path, f"expected bool, got {type(value).__name__} {_short(value)}")
        return
    if type_ is int:
        if isinstance(value, bool) or not isinstance(value, int):
            _fail(path, f"expected int, got {type(value).__name__} {_short(value)}")
        return
    if type_ is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            _fail(path, f"expected float, got {type(value).__name__} {_short(value)}")
        return
    if type_ is str:
        if not isinstance(value, str):
            _fail(path, f"expected str, got {type(value).__name__} {_short(value)}")
        return
    if type_ is _dt.datetime:
        if not isinstance(value, _dt.datetime):
            _fail(path, f"expected datetime, got {type(value).__name__} {_short(value)}")
        return
    if type_ is _dt.date:
        if not isinstance(value, _dt.date) or isinstance(value, _dt.datetime):
            _fail(path, f"expected date, got {type(value).__name__} {_short(value)}")
        return
    if inspect.isclass(type_):
        if not isinstance(value, type_):
            _fail(path, f"expected {_name(type_)}, got {type(value).__name__}")
        return
    _fail(path, f"cannot check against the annotation {type_!r}")


def _check_union(members: Sequence[Any], value: object, path: List[str]) -> None:
    errors = []
    for member in members:
        try:
            _check(member, value, path)
            return
        except TypeMismatch as error:
            errors.append(f"  - {_name(member)}: {error}")
    _fail(path, f"matches no member of the union; {_short(value)}\n" + "\n".join(errors))


def _generic_origin(type_: Any) -> Any:
    """`SyncCursorPage[Model]` (a pydantic parametrised subclass) -> `SyncCursorPage`."""
    if _PYDANTIC_V2:
        meta = getattr(type_, "__pydantic_generic_metadata__", None) or {}
        return meta.get("origin") or type_
    return getattr(type_, "__origin__", None) or type_


def _fields(type_: Any) -> Dict[str, tuple[Any, bool]]:
    """Field name -> (annotation, required) with type variables substituted."""
    out: Dict[str, tuple[Any, bool]] = {}
    if _PYDANTIC_V2:
        for name, info in type_.model_fields.items():
            out[name] = (info.annotation, info.is_required())
    else:  # pragma: no cover - pydantic v1
        for name, info in type_.__fields__.items():
            out[name] = (info.outer_type_ if info.allow_none is False else Optional[info.outer_type_], info.required)
    unresolved = [n for n, (a, _) in out.items() if isinstance(a, (str, typing.ForwardRef))]
    if unresolved:
        hints = typing_extensions.get_type_hints(type_, include_extras=True)
        for name in unresolved:
            out[name] = (hints.get(name, Any), out[name][1])
    return out


def _check_model(type_: Any, value: object, path: List[str]) -> None:
    origin = _generic_origin(type_)
    if not isinstance(value, origin):
        _fail(path, f"expected {_name(origin)}, got {type(value).__name__} {_short(value)}")
    # what the response set: a model built lazily holds a property that still needs converting
    # outside `__dict__` until it is read, but lists it among its fields set
    present = set(getattr(value, "__dict__", {})) | set(getattr(value, "model_fields_set", None) or ())
    for name, (annotation, required) in _fields(type_).items():
        if name not in present:
            if required:
                _fail([*path, name], f"required field missing from {_name(origin)}")
            continue  # an optional field the response left out
        _check(annotation, getattr(value, name), [*path, name])
