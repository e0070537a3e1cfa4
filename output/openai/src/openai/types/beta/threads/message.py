# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ...._models import BaseModel
from ...._utils import PropertyInfo
from ....types.beta.code_interpreter_tool import CodeInterpreterTool
from ....types.beta.threads.message_content import MessageContent
from ....types.shared.metadata import Metadata

__all__ = [
    "IncompleteDetails",
    "AttachmentToolFileSearch",
    "AttachmentTool",
    "Attachment",
    "Message",
]


class IncompleteDetails(BaseModel):
    """On an incomplete message, details about why the message is incomplete."""

    reason: Literal["content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"]
    """The reason the message is incomplete."""


class AttachmentToolFileSearch(BaseModel):
    type: Literal["file_search"]
    """The type of tool being defined: `file_search`"""


AttachmentTool: TypeAlias = Annotated[
    Union[CodeInterpreterTool, AttachmentToolFileSearch], PropertyInfo(discriminator="type")
]


class Attachment(BaseModel):
    file_id: Optional[str] = None
    """The ID of the file to attach to the message."""

    tools: Optional[List[AttachmentTool]] = None
    """The tools to add this file to."""


class Message(BaseModel):
    """Represents a message within a [thread](/docs/api-reference/threads)."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["thread.message"]
    """The object type, which is always `thread.message`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the message was created."""

    thread_id: str
    """The [thread](/docs/api-reference/threads) ID that this message belongs to."""

    status: Literal["in_progress", "incomplete", "completed"]
    """The status of the message, which can be either `in_progress`, `incomplete`, or `completed`."""

    incomplete_details: Optional[IncompleteDetails] = None
    completed_at: Optional[int] = None
    incomplete_at: Optional[int] = None
    role: Literal["user", "assistant"]
    """The entity that produced the message. One of `user` or `assistant`."""

    content: List[MessageContent]
    """The content of the message in array of text and/or images."""

    assistant_id: Optional[str] = None
    run_id: Optional[str] = None
    attachments: Optional[List[Attachment]] = None
    metadata: Optional[Metadata] = None
