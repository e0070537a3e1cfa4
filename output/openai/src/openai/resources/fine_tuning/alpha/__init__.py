# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .alpha import (
    Alpha,
    AlphaWithRawResponse,
    AlphaWithStreamingResponse,
    AsyncAlpha,
    AsyncAlphaWithRawResponse,
    AsyncAlphaWithStreamingResponse,
)
from .graders import (
    AsyncGraders,
    AsyncGradersWithRawResponse,
    AsyncGradersWithStreamingResponse,
    Graders,
    GradersWithRawResponse,
    GradersWithStreamingResponse,
)

__all__ = [
    "Alpha",
    "AsyncAlpha",
    "AlphaWithRawResponse",
    "AsyncAlphaWithRawResponse",
    "AlphaWithStreamingResponse",
    "AsyncAlphaWithStreamingResponse",
    "Graders",
    "AsyncGraders",
    "GradersWithRawResponse",
    "AsyncGradersWithRawResponse",
    "GradersWithStreamingResponse",
    "AsyncGradersWithStreamingResponse",
]
