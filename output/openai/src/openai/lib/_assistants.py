"""The hand-written side of `beta.threads` and `beta.threads.runs`: the polling helpers
(lib/_pollers.py) and the stream helpers (lib/_assistants_streams.py) on one base class each, as
the config names one base per resource."""

from __future__ import annotations

from ._assistants_streams import AsyncRunsStreams, AsyncThreadsStreams, RunsStreams, ThreadsStreams
from ._pollers import AsyncRunsPolling, AsyncThreadsPolling, RunsPolling, ThreadsPolling

__all__ = ["RunsHelpers", "AsyncRunsHelpers", "ThreadsHelpers", "AsyncThreadsHelpers"]


class RunsHelpers(RunsPolling, RunsStreams):
    pass


class AsyncRunsHelpers(AsyncRunsPolling, AsyncRunsStreams):
    pass


class ThreadsHelpers(ThreadsPolling, ThreadsStreams):
    pass


class AsyncThreadsHelpers(AsyncThreadsPolling, AsyncThreadsStreams):
    pass
