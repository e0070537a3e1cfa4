# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .content import (
    AsyncContent,
    AsyncContentWithRawResponse,
    AsyncContentWithStreamingResponse,
    Content,
    ContentWithRawResponse,
    ContentWithStreamingResponse,
)
from .versions import (
    AsyncVersions,
    AsyncVersionsWithRawResponse,
    AsyncVersionsWithStreamingResponse,
    Versions,
    VersionsWithRawResponse,
    VersionsWithStreamingResponse,
)

__all__ = [
    "Versions",
    "AsyncVersions",
    "VersionsWithRawResponse",
    "AsyncVersionsWithRawResponse",
    "VersionsWithStreamingResponse",
    "AsyncVersionsWithStreamingResponse",
    "Content",
    "AsyncContent",
    "ContentWithRawResponse",
    "AsyncContentWithRawResponse",
    "ContentWithStreamingResponse",
    "AsyncContentWithStreamingResponse",
]
