"""The Realtime API over WebSocket: `client.realtime.connect(...)` (GA, `connection`) and
`client.beta.realtime.connect(...)` (`beta`). Importing this package does not import `websockets`;
opening a connection does."""

from __future__ import annotations

from ._common import WebSocketConnectionClosedError, WebSocketQueueFullError
from ._reconnection import ReconnectingEvent, ReconnectingOverrides, is_recoverable_close
from .connection import (
    AsyncRealtimeConnection,
    AsyncRealtimeConnectionManager,
    OnReconnecting,
    RealtimeConnection,
    RealtimeConnectionManager,
)

__all__ = [
    "RealtimeConnection",
    "AsyncRealtimeConnection",
    "RealtimeConnectionManager",
    "AsyncRealtimeConnectionManager",
    "OnReconnecting",
    "ReconnectingEvent",
    "ReconnectingOverrides",
    "is_recoverable_close",
    "WebSocketConnectionClosedError",
    "WebSocketQueueFullError",
]
