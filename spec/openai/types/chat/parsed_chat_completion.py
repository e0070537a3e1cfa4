"""The result of `chat.completions.parse`: a `ChatCompletion` whose messages carry `parsed`."""

from __future__ import annotations

from typing import Generic, List, Optional, TypeVar

from .chat_completion import ChatCompletion, Choice
from .chat_completion_message import ChatCompletionMessage
from .parsed_function_tool_call import ParsedFunctionToolCall

__all__ = ["ParsedChatCompletion", "ParsedChoice", "ParsedChatCompletionMessage"]

ContentType = TypeVar("ContentType")


class ParsedChatCompletionMessage(ChatCompletionMessage, Generic[ContentType]):
    parsed: Optional[ContentType] = None
    """The content as an instance of the `response_format` type; None when the model refused
    (see `refusal`) or no format was given."""

    tool_calls: Optional[List[ParsedFunctionToolCall]] = None  # type: ignore[assignment]  # pyright: ignore[reportIncompatibleVariableOverride]


class ParsedChoice(Choice, Generic[ContentType]):
    message: ParsedChatCompletionMessage[ContentType]  # pyright: ignore[reportIncompatibleVariableOverride]


class ParsedChatCompletion(ChatCompletion, Generic[ContentType]):
    choices: List[ParsedChoice[ContentType]]  # type: ignore[assignment]  # pyright: ignore[reportIncompatibleVariableOverride]
