# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.responses.response_output_refusal import ResponseOutputRefusal
from ...types.responses.response_output_text import ResponseOutputText

__all__ = [
    "PartReasoningText",
    "Part",
    "ResponseContentPartAddedEvent",
]


class PartReasoningText(BaseModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: str
    """The reasoning text from the model."""


Part: TypeAlias = Annotated[
    Union[ResponseOutputText, ResponseOutputRefusal, PartReasoningText], PropertyInfo(discriminator="type")
]


class ResponseContentPartAddedEvent(BaseModel):
    """Emitted when a new content part is added."""

    type: Literal["response.content_part.added"]
    """The type of the event. Always `response.content_part.added`."""

    item_id: str
    """The ID of the output item that the content part was added to."""

    output_index: int
    """The index of the output item that the content part was added to."""

    content_index: int
    """The index of the content part that was added."""

    part: Part
    """The content part that was added."""

    sequence_number: int
    """The sequence number of this event."""
