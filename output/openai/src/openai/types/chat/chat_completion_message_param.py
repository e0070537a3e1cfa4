# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.chat.chat_completion_assistant_message_param import ChatCompletionAssistantMessageParam
from ...types.chat.chat_completion_developer_message_param import ChatCompletionDeveloperMessageParam
from ...types.chat.chat_completion_function_message_param import ChatCompletionFunctionMessageParam
from ...types.chat.chat_completion_system_message_param import ChatCompletionSystemMessageParam
from ...types.chat.chat_completion_tool_message_param import ChatCompletionToolMessageParam
from ...types.chat.chat_completion_user_message_param import ChatCompletionUserMessageParam

__all__ = [
    "ChatCompletionMessageParam",
]


ChatCompletionMessageParam: TypeAlias = Union[
    ChatCompletionDeveloperMessageParam,
    ChatCompletionSystemMessageParam,
    ChatCompletionUserMessageParam,
    ChatCompletionAssistantMessageParam,
    ChatCompletionToolMessageParam,
    ChatCompletionFunctionMessageParam,
]
