# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.beta.threads.runs.code_interpreter_tool_call_delta import CodeInterpreterToolCallDelta
from ..types.beta.threads.runs.file_search_tool_call_delta import FileSearchToolCallDelta
from ..types.run_step_delta_step_details_tool_calls_function_object import (
    RunStepDeltaStepDetailsToolCallsFunctionObject,
)

__all__ = [
    "ToolCall",
    "RunStepDeltaStepDetailsToolCallsObject",
]


ToolCall: TypeAlias = Annotated[
    Union[CodeInterpreterToolCallDelta, FileSearchToolCallDelta, RunStepDeltaStepDetailsToolCallsFunctionObject],
    PropertyInfo(discriminator="type"),
]


class RunStepDeltaStepDetailsToolCallsObject(BaseModel):
    """Details of the tool call."""

    type: Literal["tool_calls"]
    """Always `tool_calls`."""

    tool_calls: Optional[List[ToolCall]] = None
    """An array of tool calls the run step was involved in. These can be associated with one of three types of tools: `code_interpreter`, `file_search`, or `function`."""
