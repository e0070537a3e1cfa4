# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam

__all__ = [
    "ChatCompletionToolParam",
]


ChatCompletionToolParam: TypeAlias = ChatCompletionFunctionToolParam
"""A function tool that can be used to generate a response."""
