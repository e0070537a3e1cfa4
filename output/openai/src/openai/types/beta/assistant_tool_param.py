# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.beta.code_interpreter_tool_param import CodeInterpreterToolParam
from ...types.beta.file_search_tool_param import FileSearchToolParam
from ...types.beta.function_tool_param import FunctionToolParam

__all__ = [
    "AssistantToolParam",
]


AssistantToolParam: TypeAlias = Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]
