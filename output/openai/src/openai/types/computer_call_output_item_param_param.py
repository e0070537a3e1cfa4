# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ..types.computer_call_safety_check_param_param import ComputerCallSafetyCheckParamParam
from ..types.function_call_item_status import FunctionCallItemStatus
from ..types.responses.response_computer_tool_call_output_screenshot_param import (
    ResponseComputerToolCallOutputScreenshotParam,
)

__all__ = [
    "ComputerCallOutputItemParamParam",
]


class ComputerCallOutputItemParamParam(TypedDict, total=False):
    """The output of a computer tool call."""

    id: Optional[str]
    call_id: Required[str]
    """The ID of the computer tool call that produced the output."""

    type: Required[Literal["computer_call_output"]]
    """The type of the computer tool call output. Always `computer_call_output`."""

    output: Required[ResponseComputerToolCallOutputScreenshotParam]
    """A computer screenshot image used with the computer use tool."""

    acknowledged_safety_checks: Optional[Iterable[ComputerCallSafetyCheckParamParam]]
    status: Optional[FunctionCallItemStatus]
