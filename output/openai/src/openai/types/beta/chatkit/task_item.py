# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel
from ....types.beta.chatkit.task_type import TaskType

__all__ = [
    "TaskItem",
]


class TaskItem(BaseModel):
    """Task emitted by the workflow to show progress and status updates."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.task"]
    """Type discriminator that is always `chatkit.task`."""

    task_type: TaskType
    """Subtype for the task."""

    heading: Optional[str] = None
    summary: Optional[str] = None
