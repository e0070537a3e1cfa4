# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.computer_call_safety_check_param import ComputerCallSafetyCheckParam
from ..types.computer_screenshot_image import ComputerScreenshotImage
from ..types.function_call_item_status import FunctionCallItemStatus

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

    output: ComputerScreenshotImage
    """A computer screenshot image used with the computer use tool."""

    acknowledged_safety_checks: Optional[List[ComputerCallSafetyCheckParam]] = None
    status: Optional[FunctionCallItemStatus] = None
