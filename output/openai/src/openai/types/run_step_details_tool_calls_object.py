# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject
from ..types.run_step_details_tool_calls_file_search_object import RunStepDetailsToolCallsFileSearchObject
from ..types.run_step_details_tool_calls_function_object import RunStepDetailsToolCallsFunctionObject

__all__ = [
    "ToolCall",
    "RunStepDetailsToolCallsObject",
]


ToolCall: TypeAlias = Annotated[
    Union[
        RunStepDetailsToolCallsCodeObject,
        RunStepDetailsToolCallsFileSearchObject,
        RunStepDetailsToolCallsFunctionObject,
    ],
    PropertyInfo(discriminator="type"),
]


class RunStepDetailsToolCallsObject(BaseModel):
    """Details of the tool call."""

    type: Literal["tool_calls"]
    """Always `tool_calls`."""

    tool_calls: List[ToolCall]
    """An array of tool calls the run step was involved in. These can be associated with one of three types of tools: `code_interpreter`, `file_search`, or `function`."""
