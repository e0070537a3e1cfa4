# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.beta.thread import Thread

__all__ = [
    "ThreadStreamEvent",
]


class ThreadStreamEvent(BaseModel):
    enabled: Optional[bool] = None
    """Whether to enable input audio transcription."""

    event: Literal["thread.created"]
    data: Thread
    """Represents a thread that contains [messages](/docs/api-reference/messages)."""
