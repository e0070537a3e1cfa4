# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ....._models import BaseModel
from ....._utils import PropertyInfo
from .....types.run_step_details_tool_calls_code_output_image_object import RunStepDetailsToolCallsCodeOutputImageObject
from .....types.run_step_details_tool_calls_code_output_logs_object import RunStepDetailsToolCallsCodeOutputLogsObject

__all__ = [
    "CodeInterpreterOutput",
    "CodeInterpreter",
    "CodeInterpreterToolCall",
]


CodeInterpreterOutput: TypeAlias = Annotated[
    Union[RunStepDetailsToolCallsCodeOutputLogsObject, RunStepDetailsToolCallsCodeOutputImageObject],
    PropertyInfo(discriminator="type"),
]


class CodeInterpreter(BaseModel):
    """The Code Interpreter tool call definition."""

    input: str
    """The input to the Code Interpreter tool call."""

    outputs: List[CodeInterpreterOutput]
    """The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including text (`logs`) or images (`image`). Each of these are represented by a different object type."""


class CodeInterpreterToolCall(BaseModel):
    """Details of the Code Interpreter tool call the run step was involved in."""

    id: str
    """The ID of the tool call."""

    type: Literal["code_interpreter"]
    """The type of tool call. This is always going to be `code_interpreter` for this type of tool call."""

    code_interpreter: CodeInterpreter
    """The Code Interpreter tool call definition."""
