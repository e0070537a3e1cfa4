"""`runs.stream`, `runs.create_and_stream`, `runs.submit_tool_outputs_stream` and
`threads.create_and_run_stream` (placeholder, being written)."""

from __future__ import annotations

from .._resource import AsyncAPIResource, SyncAPIResource

__all__ = ["RunsStreams", "AsyncRunsStreams", "ThreadsStreams", "AsyncThreadsStreams"]


class RunsStreams(SyncAPIResource):
    pass


class AsyncRunsStreams(AsyncAPIResource):
    pass


class ThreadsStreams(SyncAPIResource):
    pass


class AsyncThreadsStreams(AsyncAPIResource):
    pass
