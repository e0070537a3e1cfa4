# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .containers import (
    AsyncContainers,
    AsyncContainersWithRawResponse,
    AsyncContainersWithStreamingResponse,
    Containers,
    ContainersWithRawResponse,
    ContainersWithStreamingResponse,
)
from .files import (
    AsyncFiles,
    AsyncFilesWithRawResponse,
    AsyncFilesWithStreamingResponse,
    Files,
    FilesWithRawResponse,
    FilesWithStreamingResponse,
)

__all__ = [
    "Containers",
    "AsyncContainers",
    "ContainersWithRawResponse",
    "AsyncContainersWithRawResponse",
    "ContainersWithStreamingResponse",
    "AsyncContainersWithStreamingResponse",
    "Files",
    "AsyncFiles",
    "FilesWithRawResponse",
    "AsyncFilesWithRawResponse",
    "FilesWithStreamingResponse",
    "AsyncFilesWithStreamingResponse",
]
