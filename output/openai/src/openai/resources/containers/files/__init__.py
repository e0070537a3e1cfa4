# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .content import (
    AsyncContent,
    AsyncContentWithRawResponse,
    AsyncContentWithStreamingResponse,
    Content,
    ContentWithRawResponse,
    ContentWithStreamingResponse,
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
    "Files",
    "AsyncFiles",
    "FilesWithRawResponse",
    "AsyncFilesWithRawResponse",
    "FilesWithStreamingResponse",
    "AsyncFilesWithStreamingResponse",
    "Content",
    "AsyncContent",
    "ContentWithRawResponse",
    "AsyncContentWithRawResponse",
    "ContentWithStreamingResponse",
    "AsyncContentWithStreamingResponse",
]
