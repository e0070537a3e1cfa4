# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ..types.responses.response_input_message_content_list_param import ResponseInputMessageContentListParam

__all__ = [
    "InputMessageParam",
]


class InputMessageParam(TypedDict, total=False):
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role."""

    type: Literal["message"]
    """The type of the message input. Always set to `message`."""

    role: Required[Literal["user", "system", "developer"]]
    """The role of the message input. One of `user`, `system`, or `developer`."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""

    content: Required[ResponseInputMessageContentListParam]
    """A list of one or many input items to the model, containing different content 
    types."""
