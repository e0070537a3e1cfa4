# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .messages import (
    AsyncMessages,
    AsyncMessagesWithRawResponse,
    AsyncMessagesWithStreamingResponse,
    Messages,
    MessagesWithRawResponse,
    MessagesWithStreamingResponse,
)
from .runs import (
    AsyncRuns,
    AsyncRunsWithRawResponse,
    AsyncRunsWithStreamingResponse,
    Runs,
    RunsWithRawResponse,
    RunsWithStreamingResponse,
)
from .threads import (
    AsyncThreads,
    AsyncThreadsWithRawResponse,
    AsyncThreadsWithStreamingResponse,
    Threads,
    ThreadsWithRawResponse,
    ThreadsWithStreamingResponse,
)

__all__ = [
    "Threads",
    "AsyncThreads",
    "ThreadsWithRawResponse",
    "AsyncThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
    "AsyncThreadsWithStreamingResponse",
    "Messages",
    "AsyncMessages",
    "MessagesWithRawResponse",
    "AsyncMessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "AsyncMessagesWithStreamingResponse",
    "Runs",
    "AsyncRuns",
    "RunsWithRawResponse",
    "AsyncRunsWithRawResponse",
    "RunsWithStreamingResponse",
    "AsyncRunsWithStreamingResponse",
]
