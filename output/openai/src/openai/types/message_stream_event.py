# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.beta.threads.message import Message
from ..types.beta.threads.message_delta_event import MessageDeltaEvent

__all__ = [
    "ThreadMessageCreated",
    "ThreadMessageInProgress",
    "ThreadMessageDelta",
    "ThreadMessageCompleted",
    "ThreadMessageIncomplete",
    "MessageStreamEvent",
]


class ThreadMessageCreated(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) is created."""

    event: Literal["thread.message.created"]
    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class ThreadMessageInProgress(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) moves to an `in_progress` state."""

    event: Literal["thread.message.in_progress"]
    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class ThreadMessageDelta(BaseModel):
    """Occurs when parts of a [Message](/docs/api-reference/messages/object) are being streamed."""

    event: Literal["thread.message.delta"]
    data: MessageDeltaEvent
    """Represents a message delta i.e. any changed fields on a message during streaming."""


class ThreadMessageCompleted(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) is completed."""

    event: Literal["thread.message.completed"]
    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class ThreadMessageIncomplete(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) ends before it is completed."""

    event: Literal["thread.message.incomplete"]
    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


MessageStreamEvent: TypeAlias = Annotated[
    Union[
        ThreadMessageCreated,
        ThreadMessageInProgress,
        ThreadMessageDelta,
        ThreadMessageCompleted,
        ThreadMessageIncomplete,
    ],
    PropertyInfo(discriminator="event"),
]
