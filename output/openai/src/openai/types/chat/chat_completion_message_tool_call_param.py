# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.chat.chat_completion_message_function_tool_call_param import ChatCompletionMessageFunctionToolCallParam

__all__ = [
    "ChatCompletionMessageToolCallParam",
]


ChatCompletionMessageToolCallParam: TypeAlias = ChatCompletionMessageFunctionToolCallParam
"""A call to a function tool created by the model."""
