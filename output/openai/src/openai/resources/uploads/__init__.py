# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .parts import (
    AsyncParts,
    AsyncPartsWithRawResponse,
    AsyncPartsWithStreamingResponse,
    Parts,
    PartsWithRawResponse,
    PartsWithStreamingResponse,
)
from .uploads import (
    AsyncUploads,
    AsyncUploadsWithRawResponse,
    AsyncUploadsWithStreamingResponse,
    Uploads,
    UploadsWithRawResponse,
    UploadsWithStreamingResponse,
)

__all__ = [
    "Uploads",
    "AsyncUploads",
    "UploadsWithRawResponse",
    "AsyncUploadsWithRawResponse",
    "UploadsWithStreamingResponse",
    "AsyncUploadsWithStreamingResponse",
    "Parts",
    "AsyncParts",
    "PartsWithRawResponse",
    "AsyncPartsWithRawResponse",
    "PartsWithStreamingResponse",
    "AsyncPartsWithStreamingResponse",
]
