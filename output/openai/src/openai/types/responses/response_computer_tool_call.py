# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.responses.computer_action import ComputerAction
from ...types.responses.computer_action_list import ComputerActionList

__all__ = [
    "PendingSafetyCheck",
    "ResponseComputerToolCall",
]


class PendingSafetyCheck(BaseModel):
    """A pending safety check for the computer call."""

    id: str
    """The ID of the pending safety check."""

    code: Optional[str] = None
    message: Optional[str] = None


class ResponseComputerToolCall(BaseModel):
    """A tool call to a computer use tool. See the
    [computer use guide](/docs/guides/tools-computer-use) for more information."""

    type: Literal["computer_call"]
    """The type of the computer call. Always `computer_call`."""

    id: str
    """The unique ID of the computer call."""

    call_id: str
    """An identifier used when responding to the tool call with output."""

    action: Optional[ComputerAction] = None
    actions: Optional[ComputerActionList] = None
    """Flattened batched actions for `computer_use`. Each action includes an
    `type` discriminator and action-specific fields."""

    pending_safety_checks: List[PendingSafetyCheck]
    """The pending safety checks for the computer call."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""
