# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.done_event import DoneEvent
from ...types.error_event import ErrorEvent
from ...types.message_stream_event import MessageStreamEvent
from ...types.run_step_stream_event import RunStepStreamEvent
from ...types.run_stream_event import RunStreamEvent
from ...types.thread_stream_event import ThreadStreamEvent

__all__ = [
    "AssistantStreamEvent",
]


AssistantStreamEvent: TypeAlias = Union[
    ThreadStreamEvent, RunStreamEvent, RunStepStreamEvent, MessageStreamEvent, ErrorEvent, DoneEvent
]
"""Represents an event emitted when streaming a Run.

Each event in a server-sent events stream has an `event` and `data` property:

```
event: thread.created
data: {"id": "thread_123", "object": "thread", ...}
```

We emit events whenever a new object is created, transitions to a new state, or is being
streamed in parts (deltas). For example, we emit `thread.run.created` when a new run
is created, `thread.run.completed` when a run completes, and so on. When an Assistant chooses
to create a message during a run, we emit a `thread.message.created event`, a
`thread.message.in_progress` event, many `thread.message.delta` events, and finally a
`thread.message.completed` event.

We may add additional events over time, so we recommend handling unknown events gracefully
in your code. See the [Assistants API quickstart](/docs/assistants/overview) to learn how to
integrate the Assistants API with streaming."""
