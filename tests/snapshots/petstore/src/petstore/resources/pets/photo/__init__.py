# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

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
]
