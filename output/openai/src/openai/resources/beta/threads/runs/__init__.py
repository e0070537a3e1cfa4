# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .runs import (
    AsyncRuns,
    AsyncRunsWithRawResponse,
    AsyncRunsWithStreamingResponse,
    Runs,
    RunsWithRawResponse,
    RunsWithStreamingResponse,
)
from .steps import (
    AsyncSteps,
    AsyncStepsWithRawResponse,
    AsyncStepsWithStreamingResponse,
    Steps,
    StepsWithRawResponse,
    StepsWithStreamingResponse,
)

__all__ = [
    "Runs",
    "AsyncRuns",
    "RunsWithRawResponse",
    "AsyncRunsWithRawResponse",
    "RunsWithStreamingResponse",
    "AsyncRunsWithStreamingResponse",
    "Steps",
    "AsyncSteps",
    "StepsWithRawResponse",
    "AsyncStepsWithRawResponse",
    "StepsWithStreamingResponse",
    "AsyncStepsWithStreamingResponse",
]
