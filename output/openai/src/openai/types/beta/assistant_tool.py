# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ...types.beta.code_interpreter_tool import CodeInterpreterTool
from ...types.beta.file_search_tool import FileSearchTool
from ...types.beta.function_tool import FunctionTool

__all__ = [
    "AssistantTool",
]


AssistantTool: TypeAlias = Annotated[
    Union[CodeInterpreterTool, FileSearchTool, FunctionTool], PropertyInfo(discriminator="type")
]
