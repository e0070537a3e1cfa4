# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.beta.threads.run import Run

__all__ = [
    "ThreadRunCreated",
    "ThreadRunQueued",
    "ThreadRunInProgress",
    "ThreadRunRequiresAction",
    "ThreadRunCompleted",
    "ThreadRunIncomplete",
    "ThreadRunFailed",
    "ThreadRunCancelling",
    "ThreadRunCancelled",
    "ThreadRunExpired",
    "RunStreamEvent",
]


class ThreadRunCreated(BaseModel):
    """Occurs when a new [run](/docs/api-reference/runs/object) is created."""

    event: Literal["thread.run.created"]
    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunQueued(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `queued` status."""

    event: Literal["thread.run.queued"]
    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunInProgress(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to an `in_progress` status."""

    event: Literal["thread.run.in_progress"]
    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunRequiresAction(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `requires_action` status."""

    event: Literal["thread.run.requires_action"]
    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunCompleted(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) is completed."""

    event: Literal["thread.run.completed"]
    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunIncomplete(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) ends with status `incomplete`."""

    event: Literal["thread.run.incomplete"]
    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunFailed(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) fails."""

    event: Literal["thread.run.failed"]
    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunCancelling(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `cancelling` status."""

    event: Literal["thread.run.cancelling"]
    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunCancelled(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) is cancelled."""

    event: Literal["thread.run.cancelled"]
    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


class ThreadRunExpired(BaseModel):
    """Occurs when a [run](/docs/api-reference/runs/object) expires."""

    event: Literal["thread.run.expired"]
    data: Run
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""


RunStreamEvent: TypeAlias = Annotated[
    Union[
        ThreadRunCreated,
        ThreadRunQueued,
        ThreadRunInProgress,
        ThreadRunRequiresAction,
        ThreadRunCompleted,
        ThreadRunIncomplete,
        ThreadRunFailed,
        ThreadRunCancelling,
        ThreadRunCancelled,
        ThreadRunExpired,
    ],
    PropertyInfo(discriminator="event"),
]
