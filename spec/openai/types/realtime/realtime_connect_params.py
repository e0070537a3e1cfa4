# Hand-written: the query of the realtime WebSocket handshake, which the spec does not describe.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["RealtimeConnectParams"]


class RealtimeConnectParams(TypedDict, total=False):
    """What `client.realtime.connect(...)` puts in the handshake URL's query."""

    call_id: str
    """Join the session of an incoming SIP call instead of starting a new one."""

    model: str
    """The realtime model the session runs on."""
