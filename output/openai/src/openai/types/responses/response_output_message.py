# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.responses.response_output_refusal import ResponseOutputRefusal
from ...types.responses.response_output_text import ResponseOutputText

__all__ = [
    "Content",
    "ResponseOutputMessage",
]


Content: TypeAlias = Annotated[Union[ResponseOutputText, ResponseOutputRefusal], PropertyInfo(discriminator="type")]


class ResponseOutputMessage(BaseModel):
    """An output message from the model."""

    id: str
    """The unique ID of the output message."""

    type: Literal["message"]
    """The type of the output message. Always `message`."""

    role: Literal["assistant"]
    """The role of the output message. Always `assistant`."""

    content: List[Content]
    """The content of the output message."""

    phase: Optional[Literal["commentary", "final_answer"]] = None
    status: Literal["in_progress", "completed", "incomplete"]
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API."""
