# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.chat.chat_completion_assistant_message_param import ChatCompletionAssistantMessageParam
from ...types.chat.chat_completion_developer_message_param import ChatCompletionDeveloperMessageParam
from ...types.chat.chat_completion_tool_message_param import ChatCompletionToolMessageParam
from ...types.chat_completion_request_function_message_param import ChatCompletionRequestFunctionMessageParam
from ...types.chat_completion_request_system_message_param import ChatCompletionRequestSystemMessageParam
from ...types.chat_completion_request_user_message_param import ChatCompletionRequestUserMessageParam

__all__ = [
    "ChatCompletionMessageParam",
]


ChatCompletionMessageParam: TypeAlias = Union[
    ChatCompletionDeveloperMessageParam,
    ChatCompletionRequestSystemMessageParam,
    ChatCompletionRequestUserMessageParam,
    ChatCompletionAssistantMessageParam,
    ChatCompletionToolMessageParam,
    ChatCompletionRequestFunctionMessageParam,
]
