"""`uploads.upload_file_chunked` (placeholder)."""

from __future__ import annotations

from .._resource import AsyncAPIResource, SyncAPIResource

__all__ = ["UploadsHelpers", "AsyncUploadsHelpers"]


class UploadsHelpers(SyncAPIResource):
    pass


class AsyncUploadsHelpers(AsyncAPIResource):
    pass
