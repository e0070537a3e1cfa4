# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

"""Query string (and form body) encoding.

- lists: repeated keys by default (`a=1&a=2`), or `a[]=1&a[]=2` (`brackets`), or `a=1,2` (`comma`)
- nested dicts: `a[b]=1` (`brackets`) or `a.b=1` (`dots`)
- booleans: `true` / `false`; `None`: an empty value
"""

from __future__ import annotations

import datetime
from typing import Any, List, Mapping, Optional, Tuple, Union, cast
from urllib.parse import urlencode

from typing_extensions import Literal

from ._types import NotGiven, Omit

ArrayFormat = Literal["comma", "repeat", "indices", "brackets"]
NestedFormat = Literal["dots", "brackets"]

_AnyMapping = Mapping[str, Any]
PrimitiveData = Union[str, int, float, bool, None]
Params = Mapping[str, object]


class Querystring:
    array_format: ArrayFormat
    nested_format: NestedFormat

    def __init__(self, *, array_format: ArrayFormat = "repeat", nested_format: NestedFormat = "brackets") -> None:
        self.array_format = array_format
        self.nested_format = nested_format

    def stringify(
        self,
        params: Params,
        *,
        array_format: Optional[ArrayFormat] = None,
        nested_format: Optional[NestedFormat] = None,
    ) -> str:
        return urlencode(self.stringify_items(params, array_format=array_format, nested_format=nested_format))

    def stringify_items(
        self,
        params: Params,
        *,
        array_format: Optional[ArrayFormat] = None,
        nested_format: Optional[NestedFormat] = None,
    ) -> List[Tuple[str, str]]:
        arrays = array_format or self.array_format
        nested = nested_format or self.nested_format
        items: List[Tuple[str, str]] = []
        for key, value in params.items():
            self._add(items, key, value, arrays, nested)
        return items

    def _add(
        self, items: List[Tuple[str, str]], key: str, value: object, arrays: ArrayFormat, nested: NestedFormat
    ) -> None:
        if isinstance(value, (NotGiven, Omit)):
            return
        if isinstance(value, Mapping):
            for sub_key, sub_value in cast(_AnyMapping, value).items():
                name = f"{key}.{sub_key}" if nested == "dots" else f"{key}[{sub_key}]"
                self._add(items, name, sub_value, arrays, nested)
            return
        if isinstance(value, (list, tuple, set, frozenset)):
            entries = list(cast(Any, value))
            if arrays == "comma":
                if entries:
                    items.append((key, ",".join(primitive(entry) for entry in entries)))
                return
            for index, entry in enumerate(entries):
                if arrays == "brackets":
                    name = f"{key}[]"
                elif arrays == "indices":
                    name = f"{key}[{index}]"
                else:
                    name = key
                self._add(items, name, entry, arrays, nested)
            return
        items.append((key, primitive(value)))


def primitive(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


_default = Querystring()


def stringify(
    params: Params, *, array_format: Optional[ArrayFormat] = None, nested_format: Optional[NestedFormat] = None
) -> str:
    return _default.stringify(params, array_format=array_format, nested_format=nested_format)


def stringify_items(
    params: Params, *, array_format: Optional[ArrayFormat] = None, nested_format: Optional[NestedFormat] = None
) -> List[Tuple[str, str]]:
    return _default.stringify_items(params, array_format=array_format, nested_format=nested_format)
