# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .owners import (
    AsyncOwners,
    AsyncOwnersWithRawResponse,
    AsyncOwnersWithStreamingResponse,
    Owners,
    OwnersWithRawResponse,
    OwnersWithStreamingResponse,
)

__all__ = [
    "Owners",
    "AsyncOwners",
    "OwnersWithRawResponse",
    "AsyncOwnersWithRawResponse",
    "OwnersWithStreamingResponse",
    "AsyncOwnersWithStreamingResponse",
]
