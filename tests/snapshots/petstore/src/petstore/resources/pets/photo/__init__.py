# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .content import (
    AsyncContent,
    AsyncContentWithRawResponse,
    AsyncContentWithStreamingResponse,
    Content,
    ContentWithRawResponse,
    ContentWithStreamingResponse,
)
from .photo import (
    AsyncPhoto,
    AsyncPhotoWithRawResponse,
    AsyncPhotoWithStreamingResponse,
    Photo,
    PhotoWithRawResponse,
    PhotoWithStreamingResponse,
)

__all__ = [
    "Photo",
    "AsyncPhoto",
    "PhotoWithRawResponse",
    "AsyncPhotoWithRawResponse",
    "PhotoWithStreamingResponse",
    "AsyncPhotoWithStreamingResponse",
    "Content",
    "AsyncContent",
    "ContentWithRawResponse",
    "AsyncContentWithRawResponse",
    "ContentWithStreamingResponse",
    "AsyncContentWithStreamingResponse",
]
