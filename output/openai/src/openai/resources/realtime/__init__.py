# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .calls import (
    AsyncCalls,
    AsyncCallsWithRawResponse,
    AsyncCallsWithStreamingResponse,
    Calls,
    CallsWithRawResponse,
    CallsWithStreamingResponse,
)
from .client_secrets import (
    AsyncClientSecrets,
    AsyncClientSecretsWithRawResponse,
    AsyncClientSecretsWithStreamingResponse,
    ClientSecrets,
    ClientSecretsWithRawResponse,
    ClientSecretsWithStreamingResponse,
)
from .realtime import (
    AsyncRealtime,
    AsyncRealtimeWithRawResponse,
    AsyncRealtimeWithStreamingResponse,
    Realtime,
    RealtimeWithRawResponse,
    RealtimeWithStreamingResponse,
)

__all__ = [
    "Realtime",
    "AsyncRealtime",
    "RealtimeWithRawResponse",
    "AsyncRealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "AsyncRealtimeWithStreamingResponse",
    "Calls",
    "AsyncCalls",
    "CallsWithRawResponse",
    "AsyncCallsWithRawResponse",
    "CallsWithStreamingResponse",
    "AsyncCallsWithStreamingResponse",
    "ClientSecrets",
    "AsyncClientSecrets",
    "ClientSecretsWithRawResponse",
    "AsyncClientSecretsWithRawResponse",
    "ClientSecretsWithStreamingResponse",
    "AsyncClientSecretsWithStreamingResponse",
]
