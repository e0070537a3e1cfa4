# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.responses.response_computer_tool_call_output_screenshot import ResponseComputerToolCallOutputScreenshot

__all__ = [
    "AcknowledgedSafetyCheck",
    "ResponseComputerToolCallOutputItem",
]


class AcknowledgedSafetyCheck(BaseModel):
    """A pending safety check for the computer call."""

    id: str
    """The ID of the pending safety check."""

    code: Optional[str] = None
    message: Optional[str] = None


class ResponseComputerToolCallOutputItem(BaseModel):
    type: Literal["computer_call_output"]
    """The type of the computer tool call output. Always `computer_call_output`."""

    id: str
    """The unique ID of the computer call tool output."""

    call_id: str
    """The ID of the computer tool call that produced the output."""

    acknowledged_safety_checks: Optional[List[AcknowledgedSafetyCheck]] = None
    """The safety checks reported by the API that have been acknowledged by the
    developer."""

    output: ResponseComputerToolCallOutputScreenshot
    """A computer screenshot image used with the computer use tool."""

    status: Literal["completed", "incomplete", "failed"]
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API."""

    created_by: Optional[str] = None
    """The identifier of the actor that created the item."""
