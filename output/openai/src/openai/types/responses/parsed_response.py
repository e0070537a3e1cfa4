"""The result of `responses.parse`: a `Response` whose output text parts and function calls carry
their parsed values."""

from __future__ import annotations

from typing import Generic, List, Optional, TypeVar, Union, cast

from .response import Response
from .response_function_tool_call import ResponseFunctionToolCall
from .response_output_item import ResponseOutputItem
from .response_output_message import ResponseOutputMessage
from .response_output_refusal import ResponseOutputRefusal
from .response_output_text import ResponseOutputText

__all__ = [
    "ParsedResponse",
    "ParsedResponseOutputMessage",
    "ParsedResponseOutputText",
    "ParsedResponseFunctionToolCall",
]

ContentType = TypeVar("ContentType")


class ParsedResponseOutputText(ResponseOutputText, Generic[ContentType]):
    parsed: Optional[ContentType] = None
    """The text as an instance of the `text_format` type."""


class ParsedResponseOutputMessage(ResponseOutputMessage, Generic[ContentType]):
    content: List[Union[ParsedResponseOutputText[ContentType], ResponseOutputRefusal]]  # type: ignore[assignment]  # pyright: ignore[reportIncompatibleVariableOverride]


class ParsedResponseFunctionToolCall(ResponseFunctionToolCall):
    parsed_arguments: object = None
    """The arguments as an instance of the tool's model (`openai.pydantic_function_tool()`), or
    the decoded JSON of a strict tool's arguments."""


class ParsedResponse(Response, Generic[ContentType]):
    output: List[Union[ParsedResponseOutputMessage[ContentType], ParsedResponseFunctionToolCall, ResponseOutputItem]]  # pyright: ignore[reportIncompatibleVariableOverride]

    @property
    def output_parsed(self) -> Optional[ContentType]:
        """The parsed value of the first output text part that has one."""
        for item in self.output:
            if not isinstance(item, ParsedResponseOutputMessage):
                continue
            message = cast("ParsedResponseOutputMessage[ContentType]", item)
            for part in message.content:
                if isinstance(part, ParsedResponseOutputText) and part.parsed is not None:
                    return part.parsed
        return None
