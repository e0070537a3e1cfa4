# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ....._utils import PropertyInfo
from .....types.beta.threads.runs.code_interpreter_tool_call_delta import CodeInterpreterToolCallDelta
from .....types.beta.threads.runs.file_search_tool_call_delta import FileSearchToolCallDelta
from .....types.beta.threads.runs.function_tool_call_delta import FunctionToolCallDelta

__all__ = [
    "ToolCallDelta",
]


ToolCallDelta: TypeAlias = Annotated[
    Union[CodeInterpreterToolCallDelta, FileSearchToolCallDelta, FunctionToolCallDelta],
    PropertyInfo(discriminator="type"),
]
