"""A function tool call whose arguments were parsed (see `chat.completions.parse`)."""

from __future__ import annotations

from typing import Optional

from .chat_completion_message_function_tool_call import ChatCompletionMessageFunctionToolCall, Function

__all__ = ["ParsedFunctionToolCall", "ParsedFunction"]


class ParsedFunction(Function):
    parsed_arguments: Optional[object] = None
    """The arguments as an instance of the tool's model when the tool was made with
    `openai.pydantic_function_tool()`, else the decoded JSON of `arguments` (for strict tools)."""


class ParsedFunctionToolCall(ChatCompletionMessageFunctionToolCall):
    function: ParsedFunction  # pyright: ignore[reportIncompatibleVariableOverride]
