# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.responses.response_input_message_content_list import ResponseInputMessageContentList

__all__ = [
    "InputMessage",
]


class InputMessage(BaseModel):
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role."""

    type: Optional[Literal["message"]] = None
    """The type of the message input. Always set to `message`."""

    role: Literal["user", "system", "developer"]
    """The role of the message input. One of `user`, `system`, or `developer`."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""

    content: ResponseInputMessageContentList
    """A list of one or many input items to the model, containing different content 
    types."""
