# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ...types.chat.chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
from ...types.chat.chat_completion_message_function_tool_call import ChatCompletionMessageFunctionToolCall

__all__ = [
    "ChatCompletionMessageToolCallUnion",
]


ChatCompletionMessageToolCallUnion: TypeAlias = Annotated[
    Union[ChatCompletionMessageFunctionToolCall, ChatCompletionMessageCustomToolCall],
    PropertyInfo(discriminator="type"),
]
