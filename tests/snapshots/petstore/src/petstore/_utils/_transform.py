# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

"""Turns user supplied request params into wire JSON.

Each type gets a "transformer" (a plain function `value -> wire value`) built once from its
annotations and cached, so a call costs a dict walk and no type introspection.
"""

from __future__ import annotations

import base64
import datetime
import io
import pathlib
from typing import Any, Callable, Dict, List, Optional, Tuple, cast

import pydantic
from typing_extensions import Literal, get_args, get_type_hints, is_typeddict, override

from .._types import NotGiven, Omit
from ._typing import (
    annotated_metadata,
    is_dict_type,
    is_list_type,
    is_literal_type,
    is_type_alias_type,
    is_union_type,
    strip_annotated_type,
)

PropertyFormat = Literal["iso8601", "base64", "custom", "delimited"]

_Transformer = Callable[[object], object]
# Pre-built aliases: subscripting `Dict[...]` inside hot loops costs more than the work itself.
# element types unlike mypy's narrowed `dict[Any, Any]`: pyright needs the casts, mypy must not find them redundant
_AnyDict = Dict[str, Any]
_AnyList = List[object]


class PropertyInfo:
    """Metadata for a property, used inside `Annotated[...]`.

    - `alias`: the wire name of a TypedDict key, e.g. `Annotated[str, PropertyInfo(alias="fooBar")]`
    - `format`: how to serialize the value: `iso8601` for dates, `base64` for file contents,
      `custom` with `format_template` (a `strftime` pattern), `delimited` for a query list sent as
      one value joined by `format_template` (`ids=1,2,3`)
    - `discriminator`: the property that selects the member of a union in responses
    """

    __slots__ = ("alias", "format", "format_template", "discriminator")

    alias: Optional[str]
    format: Optional[PropertyFormat]
    format_template: Optional[str]
    discriminator: Optional[str]

    def __init__(
        self,
        *,
        alias: Optional[str] = None,
        format: Optional[PropertyFormat] = None,
        format_template: Optional[str] = None,
        discriminator: Optional[str] = None,
    ) -> None:
        self.alias = alias
        self.format = format
        self.format_template = format_template
        self.discriminator = discriminator

    @override
    def __repr__(self) -> str:
        return (
            f"{self.__class__.__name__}(alias={self.alias!r}, format={self.format!r}, "
            f"format_template={self.format_template!r}, discriminator={self.discriminator!r})"
        )


def _property_info(tp: Any) -> Optional[PropertyInfo]:
    """The `PropertyInfo` of an annotation; several (an aliased key of a formatted type,
    `Annotated[Annotated[datetime, PropertyInfo(format=...)], PropertyInfo(alias=...)]`, which
    Python flattens into one metadata list) are merged, the first value of each attribute kept."""
    infos = [entry for entry in annotated_metadata(tp) if isinstance(entry, PropertyInfo)]
    if len(infos) <= 1:
        return infos[0] if infos else None
    return PropertyInfo(
        alias=next((i.alias for i in infos if i.alias is not None), None),
        format=next((i.format for i in infos if i.format is not None), None),
        format_template=next((i.format_template for i in infos if i.format_template is not None), None),
        discriminator=next((i.discriminator for i in infos if i.discriminator is not None), None),
    )


_SKIP = (NotGiven, Omit)
_PRIMITIVES = (str, int, float, bool, type(None))


def _generic(value: object) -> object:
    """Transform for values with no (useful) declared type."""
    cls = type(value)
    if cls in _PRIMITIVES:
        return value
    if isinstance(value, dict):
        return {key: _generic(item) for key, item in cast(_AnyDict, value).items() if not isinstance(item, _SKIP)}
    if isinstance(value, (list, tuple)):
        return [_generic(item) for item in cast(_AnyList, value)]
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def _with_format(inner: _Transformer, info: PropertyInfo) -> _Transformer:
    fmt = info.format
    template = info.format_template

    def transform(value: object) -> object:
        if fmt == "iso8601" and isinstance(value, (datetime.date, datetime.datetime)):
            return value.isoformat()
        if fmt == "custom" and template is not None and isinstance(value, (datetime.date, datetime.datetime)):
            return value.strftime(template)
        if fmt == "base64":
            return _base64(value)
        if fmt == "delimited" and template is not None and _is_list_like(value):
            # a query list sent as one value (`ids=1,2,3`): its items in wire form, joined
            items = inner(value)
            return template.join(_delimited_item(item) for item in cast(_AnyList, items))
        return inner(value)

    return transform


def _delimited_item(item: object) -> str:
    if isinstance(item, bool):
        return "true" if item else "false"
    return str(item)


def _base64(value: object) -> object:
    data: Optional[bytes] = None
    if isinstance(value, (bytes, bytearray)):
        data = bytes(value)
    elif isinstance(value, pathlib.PurePath):
        data = pathlib.Path(value).read_bytes()
    elif isinstance(value, io.IOBase):
        content = value.read()
        data = content.encode() if isinstance(content, str) else content
    elif isinstance(value, str):
        return value
    if data is None:
        raise TypeError(f"Expected bytes, a path or a file object for base64 encoding, got {type(value)}")
    return base64.b64encode(data).decode("ascii")


class _TypedDictTransformer:
    """Renames aliased keys and transforms values key by key. The key table is built lazily so
    recursive TypedDicts need no special casing."""

    __slots__ = ("_td", "_keys")

    def __init__(self, td: Any) -> None:
        self._td = td
        self._keys: Optional[Dict[str, Tuple[str, _Transformer]]] = None

    def keys(self) -> Dict[str, Tuple[str, _Transformer]]:
        keys = self._keys
        if keys is None:
            keys = {}
            hints = get_type_hints(self._td, include_extras=True)
            wire_keys: Dict[str, Tuple[str, _Transformer]] = {}
            for name, annotation in hints.items():
                info = _property_info(annotation)
                alias = info.alias if info is not None and info.alias else name
                keys[name] = (alias, get_transformer(annotation))
                wire_keys[alias] = keys[name]
            # The resource methods key their dicts by wire name; the value under a wire key is
            # transformed like the one under its Python name (nested aliases, dates, files).
            for alias, spec in wire_keys.items():
                if alias not in keys:
                    keys[alias] = spec
            self._keys = keys
        return keys

    def __call__(self, value: object) -> object:
        return _transform_mapping(value, self.keys())


def _transform_mapping(value: object, keys: Dict[str, Tuple[str, _Transformer]]) -> object:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if not isinstance(value, dict):
        return _generic(value)
    result: Dict[str, object] = {}
    for key, item in cast(_AnyDict, value).items():
        if isinstance(item, _SKIP):
            continue
        spec = keys.get(key)
        if spec is None:
            result[key] = _generic(item)
        else:
            result[spec[0]] = spec[1](item)
    return result


def _is_list_like(value: object) -> bool:
    return not isinstance(value, (str, bytes, dict)) and hasattr(value, "__iter__")


def _list_transformer(item: _Transformer) -> _Transformer:
    def transform(value: object) -> object:
        if not _is_list_like(value):
            return _generic(value)
        return [item(entry) for entry in cast(_AnyList, value)]

    return transform


def _dict_transformer(item: _Transformer) -> _Transformer:
    def transform(value: object) -> object:
        if not isinstance(value, dict):
            return _generic(value)
        return {key: item(entry) for key, entry in cast(_AnyDict, value).items() if not isinstance(entry, _SKIP)}

    return transform


def _union_transformer(members: Tuple[Any, ...]) -> _Transformer:
    """Mapping data gets the merged key table of the TypedDict members; list data the first list member."""
    typed_dicts = [get_transformer(member) for member in members if is_typeddict(strip_annotated_type(member))]
    lists = [member for member in members if is_list_type(strip_annotated_type(member))]
    list_transform = get_transformer(lists[0]) if lists else None
    formatted = [member for member in members if _property_info(member) is not None]
    format_transform = get_transformer(formatted[0]) if formatted else None
    merged: List[Optional[Dict[str, Tuple[str, _Transformer]]]] = [None]

    def table() -> Dict[str, Tuple[str, _Transformer]]:
        keys = merged[0]
        if keys is None:
            built: Dict[str, Tuple[str, _Transformer]] = {}
            for transformer in typed_dicts:
                for name, spec in cast(_TypedDictTransformer, transformer).keys().items():
                    built.setdefault(name, spec)
            merged[0] = keys = built
        return keys

    def transform(value: object) -> object:
        # `type(...)` checks keep `value` an `object` for the type checker (no `dict[Unknown, ...]`).
        if typed_dicts and (isinstance(value, pydantic.BaseModel) or issubclass(type(value), dict)):
            return _transform_mapping(value, table())
        if list_transform is not None and issubclass(type(value), (list, tuple)):
            return list_transform(value)
        if format_transform is not None:
            return format_transform(value)
        return _generic(value)

    return transform


def _build(tp: Any) -> _Transformer:
    if is_type_alias_type(tp):
        return get_transformer(tp.__value__)
    info = _property_info(tp)
    inner_type = strip_annotated_type(tp)
    inner = _build_plain(inner_type)
    if info is not None and info.format is not None:
        return _with_format(inner, info)
    return inner


def _build_plain(tp: Any) -> _Transformer:
    if tp is Any or tp is object or tp in _PRIMITIVES or is_literal_type(tp):
        return _generic
    if is_typeddict(tp):
        return _TypedDictTransformer(tp)
    if is_union_type(tp):
        members = get_args(tp)
        return _union_transformer(members)
    if is_list_type(tp):
        args = get_args(tp)
        if len(args) == 0 or (len(args) == 2 and args[1] is Ellipsis) or len(args) == 1:
            return _list_transformer(get_transformer(args[0]) if args else _generic)
        return _generic
    if is_dict_type(tp):
        args = get_args(tp)
        return _dict_transformer(get_transformer(args[1]) if len(args) == 2 else _generic)
    # pydantic models included: `_generic` dumps them
    return _generic


_cache: Dict[Any, _Transformer] = {}


def get_transformer(tp: Any) -> _Transformer:
    try:
        return _cache[tp]
    except KeyError:
        pass
    except TypeError:  # unhashable annotation
        return _build(tp)
    transformer = _build(tp)
    _cache[tp] = transformer
    return transformer


def transform(data: Any, expected_type: object) -> Any:
    """Turns `data` (user params) into its wire form according to `expected_type`.

    - keys annotated with `PropertyInfo(alias=...)` are renamed
    - `NotGiven` / `Omit` values are dropped, `None` is kept
    - dates and datetimes become ISO 8601 strings, `format="base64"` values base64 strings
    - pydantic models become their JSON-able dict (by alias, only set fields)
    """
    return get_transformer(expected_type)(data)


def maybe_transform(data: Any, expected_type: object) -> Any:
    """`transform()` that passes `None` through."""
    if data is None:
        return None
    return get_transformer(expected_type)(data)


async def async_transform(data: Any, expected_type: object) -> Any:
    return get_transformer(expected_type)(data)


async def async_maybe_transform(data: Any, expected_type: object) -> Any:
    if data is None:
        return None
    return get_transformer(expected_type)(data)
