# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.responses.response_stream_event import ResponseStreamEvent

__all__ = [
    "ResponsesServerEvent",
]


ResponsesServerEvent: TypeAlias = ResponseStreamEvent
"""Server events emitted by the Responses WebSocket server."""
