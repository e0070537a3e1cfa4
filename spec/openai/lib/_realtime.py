"""`client.realtime.connect(...)` (placeholder, being written)."""

from __future__ import annotations

from .._resource import AsyncAPIResource, SyncAPIResource

__all__ = ["RealtimeHelpers", "AsyncRealtimeHelpers", "BetaRealtimeHelpers", "AsyncBetaRealtimeHelpers"]


class RealtimeHelpers(SyncAPIResource):
    pass


class AsyncRealtimeHelpers(AsyncAPIResource):
    pass


class BetaRealtimeHelpers(SyncAPIResource):
    pass


class AsyncBetaRealtimeHelpers(AsyncAPIResource):
    pass
