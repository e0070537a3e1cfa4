# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ...._models import BaseModel
from ....types.beta.chatkit.task_type import TaskType

__all__ = [
    "TaskGroupTask",
]


class TaskGroupTask(BaseModel):
    """Task entry that appears within a TaskGroup."""

    type: TaskType
    """Subtype for the grouped task."""

    heading: Optional[str] = None
    summary: Optional[str] = None
