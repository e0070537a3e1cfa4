"""The reconnection types of the realtime connections, where the official package keeps them."""

from __future__ import annotations

from ..lib.realtime._reconnection import (
    ReconnectingEvent as ReconnectingEvent,
    ReconnectingOverrides as ReconnectingOverrides,
    is_recoverable_close as is_recoverable_close,
)

__all__ = ["ReconnectingEvent", "ReconnectingOverrides", "is_recoverable_close"]
