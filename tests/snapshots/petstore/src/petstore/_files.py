# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

"""Normalises upload values into what httpx accepts.

An upload may be a `pathlib.Path` (or any `os.PathLike`), `bytes`, a binary file object, or a
tuple `(filename, content)`, `(filename, content, content_type)` or
`(filename, content, content_type, headers)` whose content is one of the former.
"""

from __future__ import annotations

import io
import os
import pathlib
from typing import Any, List, Mapping, Optional, Sequence, Tuple, cast

from typing_extensions import TypeGuard

from ._types import (
    FileContent,
    FileTypes,
    HttpxFileContent,
    HttpxFileTypes,
    HttpxRequestFiles,
    RequestFiles,
)
from ._utils import file_from_path as file_from_path

__all__ = [
    "file_from_path",
    "is_file_content",
    "assert_is_file_content",
    "to_httpx_files",
    "async_to_httpx_files",
    "read_file_content",
    "async_read_file_content",
    "file_body",
    "async_file_body",
]


def is_base64_file_input(obj: object) -> bool:
    return isinstance(obj, (io.IOBase, os.PathLike))


def is_file_content(obj: object) -> TypeGuard[FileContent]:
    return isinstance(obj, (bytes, bytearray, tuple, io.IOBase, os.PathLike))


def assert_is_file_content(obj: object, *, key: Optional[str] = None) -> None:
    if not is_file_content(obj):
        prefix = f"Expected entry at `{key}`" if key is not None else f"Expected file input `{obj!r}`"
        raise RuntimeError(
            f"{prefix} to be bytes, an io.IOBase instance, PathLike or a tuple but received {type(obj)} instead."
        ) from None


def _items(files: RequestFiles) -> List[Tuple[str, FileTypes]]:
    if isinstance(files, Mapping):
        return list(files.items())
    # Not redundant for callers without a type checker.
    if isinstance(files, Sequence):  # pyright: ignore[reportUnnecessaryIsInstance]
        return list(files)
    raise TypeError(f"`files` must be a mapping or a sequence of (name, file) pairs, got {type(files)}")


def to_httpx_files(files: Optional[RequestFiles]) -> Optional[HttpxRequestFiles]:
    if files is None:
        return None
    return [(key, _transform_file(value)) for key, value in _items(files)]


def _transform_file(file: FileTypes) -> HttpxFileTypes:
    if isinstance(file, tuple):
        parts = cast(Tuple[Any, ...], file)
        return cast(HttpxFileTypes, (parts[0], read_file_content(parts[1]), *parts[2:]))
    if isinstance(file, os.PathLike):
        path = pathlib.Path(file)
        return (path.name, path.read_bytes())
    if isinstance(file, (bytes, bytearray)) or isinstance(file, io.IOBase):
        return cast(HttpxFileContent, file)
    raise TypeError(
        "A file must be bytes, a path, an open binary file or a (filename, content[, content_type[, headers]]) tuple"
    )


def read_file_content(file: FileContent) -> HttpxFileContent:
    if isinstance(file, os.PathLike):
        return pathlib.Path(file).read_bytes()
    return file


def file_body(file: FileTypes) -> bytes:
    """The bytes of an upload sent as the whole request body (`application/octet-stream` and the
    like): a path is read, a file object read to its end, a tuple's content taken."""
    content = cast(FileContent, cast(Tuple[Any, ...], file)[1]) if isinstance(file, tuple) else file
    if isinstance(content, os.PathLike):
        return pathlib.Path(content).read_bytes()
    if isinstance(content, (bytes, bytearray)):
        return bytes(content)
    if not isinstance(content, (str, os.PathLike)):
        return bytes(content.read())
    raise TypeError(
        "A file must be bytes, a path, an open binary file or a (filename, content[, content_type[, headers]]) tuple"
    )


async def async_file_body(file: FileTypes) -> bytes:
    """`file_body` without blocking the event loop on a path or a file object."""
    content = cast(FileContent, cast(Tuple[Any, ...], file)[1]) if isinstance(file, tuple) else file
    if isinstance(content, os.PathLike):
        return await _read_bytes_off_loop(pathlib.Path(content))
    if not isinstance(content, (bytes, bytearray, str)):
        import anyio

        return bytes(await anyio.to_thread.run_sync(content.read))
    return file_body(content)


async def async_to_httpx_files(files: Optional[RequestFiles]) -> Optional[HttpxRequestFiles]:
    """Like `to_httpx_files()` but reads files from disk without blocking the event loop."""
    if files is None:
        return None
    return [(key, await _async_transform_file(value)) for key, value in _items(files)]


async def _async_transform_file(file: FileTypes) -> HttpxFileTypes:
    if isinstance(file, tuple):
        parts = cast(Tuple[Any, ...], file)
        return cast(HttpxFileTypes, (parts[0], await async_read_file_content(parts[1]), *parts[2:]))
    if isinstance(file, os.PathLike):
        path = pathlib.Path(file)
        return (path.name, await _read_bytes_off_loop(path))
    if isinstance(file, (bytes, bytearray)) or isinstance(file, io.IOBase):
        return cast(HttpxFileContent, file)
    raise TypeError(
        "A file must be bytes, a path, an open binary file or a (filename, content[, content_type[, headers]]) tuple"
    )


async def async_read_file_content(file: FileContent) -> HttpxFileContent:
    if isinstance(file, os.PathLike):
        return await _read_bytes_off_loop(pathlib.Path(file))
    return file


async def _read_bytes_off_loop(path: pathlib.Path) -> bytes:
    import anyio

    return await anyio.Path(path).read_bytes()
