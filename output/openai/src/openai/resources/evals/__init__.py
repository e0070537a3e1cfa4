# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .evals import (
    AsyncEvals,
    AsyncEvalsWithRawResponse,
    AsyncEvalsWithStreamingResponse,
    Evals,
    EvalsWithRawResponse,
    EvalsWithStreamingResponse,
)

__all__ = [
    "Evals",
    "AsyncEvals",
    "EvalsWithRawResponse",
    "AsyncEvalsWithRawResponse",
    "EvalsWithStreamingResponse",
    "AsyncEvalsWithStreamingResponse",
]
