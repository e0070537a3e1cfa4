# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.message_phase import MessagePhase
from ...types.output_message_content import OutputMessageContent

__all__ = [
    "ResponseOutputMessage",
]


class ResponseOutputMessage(BaseModel):
    """An output message from the model."""

    id: str
    """The unique ID of the output message."""

    type: Literal["message"]
    """The type of the output message. Always `message`."""

    role: Literal["assistant"]
    """The role of the output message. Always `assistant`."""

    content: List[OutputMessageContent]
    """The content of the output message."""

    phase: Optional[MessagePhase] = None
    status: Literal["in_progress", "completed", "incomplete"]
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API."""
