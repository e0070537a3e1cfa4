# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ...._models import BaseModel
from ....types.beta.chatkit.chat_session_automatic_thread_titling import ChatSessionAutomaticThreadTitling
from ....types.beta.chatkit.chat_session_file_upload import ChatSessionFileUpload
from ....types.beta.chatkit.chat_session_history import ChatSessionHistory

__all__ = [
    "ChatSessionChatKitConfiguration",
]


class ChatSessionChatKitConfiguration(BaseModel):
    """ChatKit configuration for the session."""

    automatic_thread_titling: ChatSessionAutomaticThreadTitling
    """Automatic thread titling preferences."""

    file_upload: ChatSessionFileUpload
    """Upload settings for the session."""

    history: ChatSessionHistory
    """History retention configuration."""
