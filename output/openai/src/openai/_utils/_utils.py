# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import (
    Any,
    Callable,
    Dict,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    TypeVar,
    Union,
    cast,
)
from urllib.parse import quote

from typing_extensions import TypeGuard

from .._types import FileTypes, NotGiven, Omit

_T = TypeVar("_T")
_K = TypeVar("_K")
_V = TypeVar("_V")
CallableT = TypeVar("CallableT", bound=Callable[..., Any])


def is_given(value: Union[_T, NotGiven, Omit]) -> TypeGuard[_T]:
    return not isinstance(value, (NotGiven, Omit))


def strip_not_given(obj: Optional[Mapping[_K, Union[_V, NotGiven, Omit]]]) -> Dict[_K, _V]:
    """A copy of the mapping without the `NotGiven` / `Omit` values."""
    if obj is None:
        return {}
    return {key: value for key, value in obj.items() if not isinstance(value, (NotGiven, Omit))}


def is_mapping(obj: object) -> TypeGuard[Mapping[str, object]]:
    return isinstance(obj, Mapping)


def deepcopy_minimal(item: _T) -> _T:
    """Copies dicts and lists (recursively) but shares every other object.

    Used before `extract_files()` pops file objects out of a request body, so the caller's
    data stays untouched while file handles are not duplicated.
    """
    if isinstance(item, dict):
        return cast(_T, {key: deepcopy_minimal(value) for key, value in cast(Dict[Any, Any], item).items()})
    if isinstance(item, list):
        return cast(_T, [deepcopy_minimal(entry) for entry in cast(List[Any], item)])
    return item


def extract_files(query: Mapping[str, object], *, paths: Sequence[Sequence[str]]) -> List[Tuple[str, FileTypes]]:
    """Removes the files found at `paths` from `query` (in place) and returns them as multipart entries.

    A path is a list of keys; `"<array>"` stands for every item of a list. Nested keys are named
    `a[b]`, list items `a[]`:

    `extract_files({"file": f}, paths=[["file"]])` -> `[("file", f)]`
    `extract_files({"files": [f1, f2]}, paths=[["files", "<array>"]])` -> `[("files[]", f1), ("files[]", f2)]`
    """
    found: List[Tuple[str, FileTypes]] = []
    for path in paths:
        _extract(query, list(path), 0, None, found)
    return found


def _extract(obj: object, path: List[str], index: int, name: Optional[str], found: List[Tuple[str, FileTypes]]) -> None:
    if index >= len(path):
        if obj is None or isinstance(obj, (NotGiven, Omit)):
            return
        if name is None:
            raise ValueError("Cannot extract a file at the top level of the body")
        found.append((name, cast(FileTypes, obj)))
        return

    key = path[index]
    if key == "<array>":
        if isinstance(obj, list):
            for entry in cast(List[object], obj):
                _extract(entry, path, index + 1, f"{name}[]" if name is not None else "[]", found)
        return

    if not isinstance(obj, dict):
        return
    mapping = cast(Dict[str, object], obj)
    if key not in mapping:
        return
    child_name = key if name is None else f"{name}[{key}]"
    # a list of files is taken out whole: it must not also travel as a form field, and a later
    # path to the same key (a param that is "a file or a list of files") then finds nothing
    list_of_files = path[index + 1 :] == ["<array>"] and isinstance(mapping[key], list)
    if index == len(path) - 1 and isinstance(mapping[key], dict):
        # the object member of a "file or reference object" union: sent as form fields, `a[b]`
        return
    if index == len(path) - 1 or list_of_files:
        value = mapping.pop(key)
        _extract(value, path, index + 1, child_name, found)
    else:
        _extract(mapping[key], path, index + 1, child_name, found)


_PATH_PARAM_RE = re.compile(r"\{([^{}]+)\}")


def path_template(template: str, /, **params: object) -> str:
    """Fills `{name}` placeholders, percent-encoding each value as one path segment.

    `path_template("/files/{file_id}", file_id="a/b c")` -> `"/files/a%2Fb%20c"`

    A value that would fill a whole segment with `.` or `..` raises `ValueError`: URL parsers
    and proxies resolve such segments, so the request would go to another route.
    """

    def replace(match: "re.Match[str]") -> str:
        name = match.group(1)
        if name not in params:
            raise KeyError(f"Missing value for path parameter {name!r} in {template!r}")
        value = params[name]
        if isinstance(value, bool):
            text = "true" if value else "false"
        else:
            text = str(value)
        return quote(text, safe="")

    path = _PATH_PARAM_RE.sub(replace, template)
    if "." in path:
        # The values hold no "/" once encoded, so the segments of `path` and `template` pair up.
        for filled, raw in zip(path.split("/"), template.split("/")):
            if filled in (".", "..") and filled != raw:
                names = ", ".join(f"`{name}`" for name in _PATH_PARAM_RE.findall(raw))
                raise ValueError(
                    f"Invalid value for path parameter {names} of {template!r}: {filled!r} (a path "
                    "segment cannot be `.` or `..`, as it would change the route the request goes to)"
                )
    return path


def lru_cache(*, maxsize: Optional[int] = 128) -> Callable[[CallableT], CallableT]:
    """A typed wrapper of `functools.lru_cache`."""

    def decorator(func: CallableT) -> CallableT:
        return cast(CallableT, functools.lru_cache(maxsize=maxsize)(func))

    return decorator


def file_from_path(path: Union[str, "os.PathLike[str]"]) -> FileTypes:
    """Reads a file into a `(filename, content)` tuple ready for upload."""
    contents = Path(path).read_bytes()
    return (os.path.basename(os.fspath(path)), contents)
