"""`uploads.upload_file_chunked`: a file of any size sent as an Upload of parts.

The parts are windows onto the file, read 64 KiB at a time while the request body is written, so
a file is never in memory whole, nor is a part: a 1 GB file costs what one request buffer costs.
Sync sends the parts one after another; async sends up to MAX_CONCURRENT_PARTS at once. The
Upload is completed with the part ids in file order; when a part fails, the Upload is cancelled
and the failure raised."""

from __future__ import annotations

import io
import os
from typing import IO, TYPE_CHECKING, Any, List, Optional, Tuple, Union, cast

from typing_extensions import Literal, Protocol

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import FileContent, Omit, omit
from ..types.upload import Upload
from ._concurrency import async_upload_all

if TYPE_CHECKING:
    from ..resources.uploads.uploads import AsyncUploads, Uploads

__all__ = ["UploadsHelpers", "AsyncUploadsHelpers", "DEFAULT_PART_SIZE", "MAX_CONCURRENT_PARTS"]

DEFAULT_PART_SIZE = 64 * 1024 * 1024  # the largest part the API accepts
MAX_CONCURRENT_PARTS = 4

BinaryFile = IO[bytes]  # named here: inside the methods `bytes` is the size parameter
Purpose = Literal["assistants", "batch", "fine-tune", "vision"]


class _Window(io.RawIOBase):
    """Bytes `start` to `start + length` of a seekable binary file, as a file of its own. It seeks
    before every read, so several windows may share one handle (async parts interleave reads
    on the event loop thread, never inside one read)."""

    def __init__(self, handle: "_Handle", start: int, length: int) -> None:
        super().__init__()
        self._handle = handle
        self._start = start
        self._length = length
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: self._length}[whence]
        self._pos = min(max(base + offset, 0), self._length)
        return self._pos

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        wanted = min(len(view), self._length - self._pos)
        if wanted <= 0:
            return 0
        self._handle.seek(self._start + self._pos)
        data = self._handle.read(wanted)
        view[: len(data)] = data
        self._pos += len(data)
        return len(data)


class _Handle(Protocol):
    def seek(self, offset: int, whence: int = ..., /) -> int: ...

    def read(self, size: int = ..., /) -> bytes: ...


def _open(file: Union[FileContent, "os.PathLike[str]"], filename: Optional[str],
          size: Optional[int]) -> Tuple[Optional[IO[bytes]], Optional[_Handle], int, str, int]:
    """(handle to close or None, seekable handle or None for a one-way stream, where the data
    starts in it, filename, size)."""
    if isinstance(file, os.PathLike):
        path = os.fspath(file)
        handle = open(path, "rb")  # noqa: SIM115 - closed by the caller once every part is sent
        length = os.fstat(handle.fileno()).st_size if size is None else size
        return handle, handle, 0, filename or os.path.basename(path), length
    if isinstance(file, (bytes, bytearray)):
        if filename is None:
            raise TypeError("`filename` is required when the file is given as bytes")
        return None, io.BytesIO(file), 0, filename, len(file) if size is None else size
    name = filename or (os.path.basename(file.name) if isinstance(getattr(file, "name", None), str) else None)
    if name is None:
        raise TypeError("`filename` is required for a file object without a name")
    if file.seekable():
        here = file.tell()
        end = file.seek(0, os.SEEK_END)
        file.seek(here)
        return None, file, here, name, end - here if size is None else size
    if size is None:
        raise TypeError("`bytes` (the size) is required for a file object that cannot seek")
    return None, None, 0, name, size


def _windows(handle: _Handle, base: int, size: int, part_size: int) -> List[_Window]:
    starts = range(0, size, part_size) if size else range(1)
    return [_Window(handle, base + start, min(part_size, size - start)) for start in starts]


def _check_part_size(part_size: Optional[int]) -> int:
    size = DEFAULT_PART_SIZE if part_size is None else part_size
    if size < 1:
        raise ValueError(f"`part_size` must be positive, got {size}")
    return size


class UploadsHelpers(SyncAPIResource):
    def upload_file_chunked(
        self,
        *,
        file: Union[FileContent, "os.PathLike[str]"],
        mime_type: str,
        purpose: Purpose,
        filename: Optional[str] = None,
        bytes: Optional[int] = None,
        part_size: Optional[int] = None,
        md5: str | Omit = omit,
    ) -> Upload:
        """Uploads a file of any size in parts of `part_size` bytes (64 MiB by default): creates
        the Upload, sends the parts in order, and completes it.

        `file` is a path, bytes, or a binary file object (read from its current position; one that
        cannot seek is read a part at a time and needs `bytes`). `filename` defaults to the path's
        or file's name. A failed part cancels the Upload and raises."""
        uploads = cast("Uploads", self)
        step = _check_part_size(part_size)
        owned, handle, base, name, size = _open(file, filename, bytes)
        try:
            upload = uploads.create(bytes=size, filename=name, mime_type=mime_type, purpose=purpose)
            try:
                part_ids: List[str] = []
                if handle is None:
                    stream = cast(IO[Any], file)
                    for start in range(0, max(size, 1), step):
                        data = stream.read(min(step, size - start))
                        part_ids.append(uploads.parts.create(upload.id, data=data).id)
                else:
                    for window in _windows(handle, base, size, step):
                        part_ids.append(uploads.parts.create(upload.id, data=cast(BinaryFile, window)).id)
            except BaseException:
                _cancel_quietly(uploads, upload.id)
                raise
            return uploads.complete(upload.id, part_ids=part_ids, md5=md5)
        finally:
            if owned is not None:
                owned.close()


class AsyncUploadsHelpers(AsyncAPIResource):
    async def upload_file_chunked(
        self,
        *,
        file: Union[FileContent, "os.PathLike[str]"],
        mime_type: str,
        purpose: Purpose,
        filename: Optional[str] = None,
        bytes: Optional[int] = None,
        part_size: Optional[int] = None,
        md5: str | Omit = omit,
    ) -> Upload:
        """Uploads a file of any size in parts of `part_size` bytes (64 MiB by default), up to
        MAX_CONCURRENT_PARTS parts at once, and completes the Upload with the part ids in file
        order. A failed part cancels the others and the Upload, and raises."""
        uploads = cast("AsyncUploads", self)
        step = _check_part_size(part_size)
        owned, handle, base, name, size = _open(file, filename, bytes)
        try:
            upload = await uploads.create(bytes=size, filename=name, mime_type=mime_type, purpose=purpose)
            try:
                if handle is None:  # a one-way stream: parts in order, one at a time
                    stream = cast(IO[Any], file)
                    part_ids: List[str] = []
                    for start in range(0, max(size, 1), step):
                        data = stream.read(min(step, size - start))
                        part_ids.append((await uploads.parts.create(upload.id, data=data)).id)
                else:

                    async def send(window: _Window) -> str:
                        return (await uploads.parts.create(upload.id, data=cast(BinaryFile, window))).id

                    part_ids = await async_upload_all(send, _windows(handle, base, size, step), MAX_CONCURRENT_PARTS)
            except Exception:
                await _async_cancel_quietly(uploads, upload.id)
                raise
            return await uploads.complete(upload.id, part_ids=part_ids, md5=md5)
        finally:
            if owned is not None:
                owned.close()


def _cancel_quietly(uploads: "Uploads", upload_id: str) -> None:
    try:
        uploads.cancel(upload_id)
    except Exception:
        pass  # the part's failure is what the caller needs to see


async def _async_cancel_quietly(uploads: "AsyncUploads", upload_id: str) -> None:
    try:
        await uploads.cancel(upload_id)
    except Exception:
        pass
