# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ...types.message_phase import MessagePhase
from ...types.output_message_content_param import OutputMessageContentParam

__all__ = [
    "ResponseOutputMessageParam",
]


class ResponseOutputMessageParam(TypedDict, total=False):
    """An output message from the model."""

    id: Required[str]
    """The unique ID of the output message."""

    type: Required[Literal["message"]]
    """The type of the output message. Always `message`."""

    role: Required[Literal["assistant"]]
    """The role of the output message. Always `assistant`."""

    content: Required[Iterable[OutputMessageContentParam]]
    """The content of the output message."""

    phase: Optional[MessagePhase]
    status: Required[Literal["in_progress", "completed", "incomplete"]]
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API."""
