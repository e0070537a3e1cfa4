# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .evals import (
    AsyncEvals,
    AsyncEvalsWithRawResponse,
    AsyncEvalsWithStreamingResponse,
    Evals,
    EvalsWithRawResponse,
    EvalsWithStreamingResponse,
)
from .runs import (
    AsyncRuns,
    AsyncRunsWithRawResponse,
    AsyncRunsWithStreamingResponse,
    Runs,
    RunsWithRawResponse,
    RunsWithStreamingResponse,
)

__all__ = [
    "Evals",
    "AsyncEvals",
    "EvalsWithRawResponse",
    "AsyncEvalsWithRawResponse",
    "EvalsWithStreamingResponse",
    "AsyncEvalsWithStreamingResponse",
    "Runs",
    "AsyncRuns",
    "RunsWithRawResponse",
    "AsyncRunsWithRawResponse",
    "RunsWithStreamingResponse",
    "AsyncRunsWithStreamingResponse",
]
