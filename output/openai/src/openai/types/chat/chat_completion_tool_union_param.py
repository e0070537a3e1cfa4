# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.chat.chat_completion_custom_tool_param import ChatCompletionCustomToolParam
from ...types.chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam

__all__ = [
    "ChatCompletionToolUnionParam",
]


ChatCompletionToolUnionParam: TypeAlias = Union[ChatCompletionFunctionToolParam, ChatCompletionCustomToolParam]
