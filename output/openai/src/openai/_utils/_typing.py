# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

"""Small helpers for looking inside type annotations."""

from __future__ import annotations

import collections.abc
import sys
import types
import typing
from typing import Any, Tuple, Union

from typing_extensions import (
    Annotated,
    NotRequired,
    Required,
    get_args,
    get_origin,
)

_UNION_TYPES: Tuple[Any, ...] = (Union,)
if sys.version_info >= (3, 10):
    _UNION_TYPES = (Union, types.UnionType)

_LIST_ORIGINS: Tuple[Any, ...] = (
    list,
    tuple,
    set,
    frozenset,
    collections.abc.Sequence,
    collections.abc.MutableSequence,
    collections.abc.Iterable,
    collections.abc.Collection,
    collections.abc.Set,
    collections.abc.MutableSet,
    typing.Sequence,
    typing.Iterable,
    typing.List,
)
_DICT_ORIGINS: Tuple[Any, ...] = (dict, collections.abc.Mapping, collections.abc.MutableMapping, typing.Dict)


def is_union_type(tp: Any) -> bool:
    return get_origin(tp) in _UNION_TYPES


def is_list_type(tp: Any) -> bool:
    return get_origin(tp) in _LIST_ORIGINS or tp in (list, tuple, set)


def is_dict_type(tp: Any) -> bool:
    return get_origin(tp) in _DICT_ORIGINS or tp is dict


def is_literal_type(tp: Any) -> bool:
    return get_origin(tp) is typing.Literal or str(get_origin(tp)) == "typing_extensions.Literal"


def strip_annotated_type(tp: Any) -> Any:
    """`Required[Annotated[T, ...]]` -> `T`."""
    while True:
        origin = get_origin(tp)
        if origin is Annotated or origin in (Required, NotRequired):
            tp = get_args(tp)[0]
            continue
        return tp


def annotated_metadata(tp: Any) -> Tuple[Any, ...]:
    """All `Annotated[...]` metadata found on the outer layers of `tp`."""
    found: list[Any] = []
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            found.extend(tp.__metadata__)
            tp = get_args(tp)[0]
        elif origin in (Required, NotRequired):
            tp = get_args(tp)[0]
        else:
            return tuple(found)


def is_type_alias_type(tp: Any) -> bool:
    return type(tp).__name__ == "TypeAliasType"
