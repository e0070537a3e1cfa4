# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.computer_call_safety_check_param import ComputerCallSafetyCheckParam
from ..types.function_call_item_status import FunctionCallItemStatus
from ..types.responses.response_computer_tool_call_output_screenshot import ResponseComputerToolCallOutputScreenshot

__all__ = [
    "ComputerCallOutputItemParam",
]


class ComputerCallOutputItemParam(BaseModel):
    """The output of a computer tool call."""

    id: Optional[str] = None
    call_id: str
    """The ID of the computer tool call that produced the output."""

    type: Literal["computer_call_output"]
    """The type of the computer tool call output. Always `computer_call_output`."""

    output: ResponseComputerToolCallOutputScreenshot
    """A computer screenshot image used with the computer use tool."""

    acknowledged_safety_checks: Optional[List[ComputerCallSafetyCheckParam]] = None
    status: Optional[FunctionCallItemStatus] = None
