# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.computer_screenshot_content import ComputerScreenshotContent
from ..types.input_file_content import InputFileContent
from ..types.input_image_content import InputImageContent
from ..types.input_text_content import InputTextContent
from ..types.message_phase2 import MessagePhase2
from ..types.message_role import MessageRole
from ..types.message_status import MessageStatus
from ..types.output_text_content import OutputTextContent
from ..types.reasoning_text_content import ReasoningTextContent
from ..types.refusal_content import RefusalContent
from ..types.summary_text_content import SummaryTextContent
from ..types.text_content import TextContent

__all__ = [
    "Content",
    "Message",
]


Content: TypeAlias = Annotated[
    Union[
        InputTextContent,
        OutputTextContent,
        TextContent,
        SummaryTextContent,
        ReasoningTextContent,
        RefusalContent,
        InputImageContent,
        ComputerScreenshotContent,
        InputFileContent,
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

    status: MessageStatus
    """The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API."""

    role: MessageRole
    """The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`, `discriminator`, `developer`, or `tool`."""

    content: List[Content]
    """The content of the message"""

    phase: Optional[MessagePhase2] = None
