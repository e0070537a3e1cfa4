# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ...._models import BaseModel
from ...._utils import PropertyInfo
from ....types.beta.chatkit.chatkit_attachment import ChatKitAttachment
from ....types.beta.chatkit.inference_options import InferenceOptions
from ....types.beta.chatkit.user_message_input_text import UserMessageInputText
from ....types.beta.chatkit.user_message_quoted_text import UserMessageQuotedText

__all__ = [
    "Content",
    "ChatKitThreadUserMessageItem",
]


Content: TypeAlias = Annotated[Union[UserMessageInputText, UserMessageQuotedText], PropertyInfo(discriminator="type")]
"""Content blocks that comprise a user message."""


class ChatKitThreadUserMessageItem(BaseModel):
    """User-authored messages within a thread."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.user_message"]
    content: List[Content]
    """Ordered content elements supplied by the user."""

    attachments: List[ChatKitAttachment]
    """Attachments associated with the user message. Defaults to an empty list."""

    inference_options: Optional[InferenceOptions] = None
