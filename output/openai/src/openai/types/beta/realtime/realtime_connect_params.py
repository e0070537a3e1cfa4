# Hand-written: the query of the beta realtime WebSocket handshake, which the spec does not describe.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["RealtimeConnectParams"]


class RealtimeConnectParams(TypedDict, total=False):
    """What `client.beta.realtime.connect(...)` puts in the handshake URL's query."""

    model: Required[str]
    """The realtime model the session runs on."""
