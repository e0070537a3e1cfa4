# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ...._models import BaseModel
from ....types.beta.chatkit.attachment_type import AttachmentType

__all__ = [
    "ChatKitAttachment",
]


class ChatKitAttachment(BaseModel):
    """Attachment metadata included on thread items."""

    type: AttachmentType
    """Attachment discriminator."""

    id: str
    """Identifier for the attachment."""

    name: str
    """Original display name for the attachment."""

    mime_type: str
    """MIME type of the attachment."""

    preview_url: Optional[str] = None
