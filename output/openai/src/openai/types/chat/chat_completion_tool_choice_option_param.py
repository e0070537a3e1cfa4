# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, TypeAlias

from ...types.chat.chat_completion_allowed_tool_choice_param import ChatCompletionAllowedToolChoiceParam
from ...types.chat.chat_completion_named_tool_choice_custom_param import ChatCompletionNamedToolChoiceCustomParam
from ...types.chat.chat_completion_named_tool_choice_param import ChatCompletionNamedToolChoiceParam

__all__ = [
    "ChatCompletionToolChoiceOptionParam",
]


ChatCompletionToolChoiceOptionParam: TypeAlias = Union[
    Literal["none", "auto", "required"],
    ChatCompletionAllowedToolChoiceParam,
    ChatCompletionNamedToolChoiceParam,
    ChatCompletionNamedToolChoiceCustomParam,
]
"""Controls which (if any) tool is called by the model.
`none` means the model will not call any tool and instead generates a message.
`auto` means the model can pick between generating a message or calling one or more tools.
`required` means the model must call one or more tools.
Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

`none` is the default when no tools are present. `auto` is the default if tools are present."""
