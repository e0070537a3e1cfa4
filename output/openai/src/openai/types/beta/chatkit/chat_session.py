# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.beta.chatkit.chat_session_chatkit_configuration import ChatSessionChatKitConfiguration
from ....types.beta.chatkit.chat_session_rate_limits import ChatSessionRateLimits
from ....types.beta.chatkit.chat_session_status import ChatSessionStatus
from ....types.beta.chatkit_workflow import ChatKitWorkflow

__all__ = [
    "ChatSession",
]


class ChatSession(BaseModel):
    """Represents a ChatKit session and its resolved configuration."""

    id: str
    """Identifier for the ChatKit session."""

    object: Literal["chatkit.session"]
    """Type discriminator that is always `chatkit.session`."""

    expires_at: int
    """Unix timestamp (in seconds) for when the session expires."""

    client_secret: str
    """Ephemeral client secret that authenticates session requests."""

    workflow: ChatKitWorkflow
    """Workflow metadata for the session."""

    user: str
    """User identifier associated with the session."""

    rate_limits: ChatSessionRateLimits
    """Resolved rate limit values."""

    max_requests_per_1_minute: int
    """Convenience copy of the per-minute request limit."""

    status: ChatSessionStatus
    """Current lifecycle state of the session."""

    chatkit_configuration: ChatSessionChatKitConfiguration
    """Resolved ChatKit feature configuration for the session."""
