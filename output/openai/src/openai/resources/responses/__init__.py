# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .input_items import (
    AsyncInputItems,
    AsyncInputItemsWithRawResponse,
    AsyncInputItemsWithStreamingResponse,
    InputItems,
    InputItemsWithRawResponse,
    InputItemsWithStreamingResponse,
)
from .input_tokens import (
    AsyncInputTokens,
    AsyncInputTokensWithRawResponse,
    AsyncInputTokensWithStreamingResponse,
    InputTokens,
    InputTokensWithRawResponse,
    InputTokensWithStreamingResponse,
)
from .responses import (
    AsyncResponses,
    AsyncResponsesWithRawResponse,
    AsyncResponsesWithStreamingResponse,
    Responses,
    ResponsesWithRawResponse,
    ResponsesWithStreamingResponse,
)

__all__ = [
    "Responses",
    "AsyncResponses",
    "ResponsesWithRawResponse",
    "AsyncResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
    "AsyncResponsesWithStreamingResponse",
    "InputItems",
    "AsyncInputItems",
    "InputItemsWithRawResponse",
    "AsyncInputItemsWithRawResponse",
    "InputItemsWithStreamingResponse",
    "AsyncInputItemsWithStreamingResponse",
    "InputTokens",
    "AsyncInputTokens",
    "InputTokensWithRawResponse",
    "AsyncInputTokensWithRawResponse",
    "InputTokensWithStreamingResponse",
    "AsyncInputTokensWithStreamingResponse",
]
