# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ....._utils import PropertyInfo
from .....types.beta.threads.runs.code_interpreter_tool_call import CodeInterpreterToolCall
from .....types.beta.threads.runs.file_search_tool_call import FileSearchToolCall
from .....types.beta.threads.runs.function_tool_call import FunctionToolCall

__all__ = [
    "ToolCall",
]


ToolCall: TypeAlias = Annotated[
    Union[CodeInterpreterToolCall, FileSearchToolCall, FunctionToolCall], PropertyInfo(discriminator="type")
]
