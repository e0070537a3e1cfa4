"""Options passed to the WebSocket connection of `client.realtime.connect` (placeholder)."""

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["WebSocketConnectionOptions", "WebsocketConnectionOptions"]


class WebSocketConnectionOptions(TypedDict, total=False):
    pass


WebsocketConnectionOptions = WebSocketConnectionOptions
