# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .output_items import (
    AsyncOutputItems,
    AsyncOutputItemsWithRawResponse,
    AsyncOutputItemsWithStreamingResponse,
    OutputItems,
    OutputItemsWithRawResponse,
    OutputItemsWithStreamingResponse,
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
    "Runs",
    "AsyncRuns",
    "RunsWithRawResponse",
    "AsyncRunsWithRawResponse",
    "RunsWithStreamingResponse",
    "AsyncRunsWithStreamingResponse",
    "OutputItems",
    "AsyncOutputItems",
    "OutputItemsWithRawResponse",
    "AsyncOutputItemsWithRawResponse",
    "OutputItemsWithStreamingResponse",
    "AsyncOutputItemsWithStreamingResponse",
]
