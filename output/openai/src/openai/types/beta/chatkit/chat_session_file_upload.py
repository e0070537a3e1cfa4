# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ...._models import BaseModel

__all__ = [
    "ChatSessionFileUpload",
]


class ChatSessionFileUpload(BaseModel):
    """Upload permissions and limits applied to the session."""

    enabled: bool
    """Indicates if uploads are enabled for the session."""

    max_file_size: Optional[int] = None
    max_files: Optional[int] = None
