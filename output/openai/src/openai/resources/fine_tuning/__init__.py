# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .fine_tuning import (
    AsyncFineTuning,
    AsyncFineTuningWithRawResponse,
    AsyncFineTuningWithStreamingResponse,
    FineTuning,
    FineTuningWithRawResponse,
    FineTuningWithStreamingResponse,
)

__all__ = [
    "FineTuning",
    "AsyncFineTuning",
    "FineTuningWithRawResponse",
    "AsyncFineTuningWithRawResponse",
    "FineTuningWithStreamingResponse",
    "AsyncFineTuningWithStreamingResponse",
]
