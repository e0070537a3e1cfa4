# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .vector_stores import (
    AsyncVectorStores,
    AsyncVectorStoresWithRawResponse,
    AsyncVectorStoresWithStreamingResponse,
    VectorStores,
    VectorStoresWithRawResponse,
    VectorStoresWithStreamingResponse,
)

__all__ = [
    "VectorStores",
    "AsyncVectorStores",
    "VectorStoresWithRawResponse",
    "AsyncVectorStoresWithRawResponse",
    "VectorStoresWithStreamingResponse",
    "AsyncVectorStoresWithStreamingResponse",
]
