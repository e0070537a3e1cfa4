# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.conversations.computer_screenshot_content import ComputerScreenshotContent
from ...types.conversations.summary_text_content import SummaryTextContent
from ...types.conversations.text_content import TextContent
from ...types.message_phase2 import MessagePhase2
from ...types.responses.response_input_file import ResponseInputFile
from ...types.responses.response_input_image import ResponseInputImage
from ...types.responses.response_input_text import ResponseInputText
from ...types.responses.response_output_refusal import ResponseOutputRefusal
from ...types.responses.response_output_text import ResponseOutputText

__all__ = [
    "ContentReasoningText",
    "Content",
    "Message",
]


class ContentReasoningText(BaseModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: str
    """The reasoning text from the model."""


Content: TypeAlias = Annotated[
    Union[
        ResponseInputText,
        ResponseOutputText,
        TextContent,
        SummaryTextContent,
        ContentReasoningText,
        ResponseOutputRefusal,
        ResponseInputImage,
        ComputerScreenshotContent,
        ResponseInputFile,
    ],
    PropertyInfo(discriminator="type"),
]
"""A content part that makes up an input or output item."""


class Message(BaseModel):
    """A message to or from the model."""

    type: Literal["message"]
    """The type of the message. Always set to `message`."""

    id: str
    """The unique ID of the message."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API."""

    role: Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"]
    """The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`, `discriminator`, `developer`, or `tool`."""

    content: List[Content]
    """The content of the message"""

    phase: Optional[MessagePhase2] = None
