"""From a `response_format` type and the tools of a request to a `ParsedChatCompletion`."""

from __future__ import annotations

import inspect
import json
from typing import Any, Dict, Iterable, List, Optional, TypeVar, cast

import pydantic

from ..._types import Omit, omit
from ...types.chat.chat_completion import ChatCompletion
from ...types.chat.parsed_chat_completion import ParsedChatCompletion, ParsedChatCompletionMessage, ParsedChoice
from ...types.chat.parsed_function_tool_call import ParsedFunction, ParsedFunctionToolCall
from .._finish_reason_errors import ContentFilterFinishReasonError, LengthFinishReasonError
from .._pydantic import to_strict_json_schema
from .._tools import PydanticFunctionTool

ResponseFormatT = TypeVar("ResponseFormatT")


def is_response_format_type(value: object) -> bool:
    """A Python type given as `response_format` (rather than the JSON form the API takes)."""
    return inspect.isclass(value) or isinstance(value, pydantic.TypeAdapter)


def reject_response_format_type(body: object) -> None:
    """`create` sends what it gets; a pydantic class there is a mistake that `parse` handles."""
    if isinstance(body, dict) and is_response_format_type(cast(Dict[str, Any], body).get("response_format")):
        raise TypeError(
            "You tried to pass a `BaseModel` class to `chat.completions.create()`; "
            "use `chat.completions.parse()` instead, which converts it to a JSON schema and parses the reply"
        )


def type_to_response_format(response_format: object) -> object:
    """The JSON form of `response_format`: a strict `json_schema` for a type, as given otherwise."""
    if isinstance(response_format, Omit) or not is_response_format_type(response_format):
        return response_format
    if isinstance(response_format, pydantic.TypeAdapter):
        name = "response"
        schema = to_strict_json_schema(cast("pydantic.TypeAdapter[object]", response_format))
    elif issubclass(cast(type, response_format), pydantic.BaseModel):
        name = cast(type, response_format).__name__
        schema = to_strict_json_schema(cast("type[pydantic.BaseModel]", response_format))
    else:
        name = getattr(response_format, "__name__", "response")
        schema = to_strict_json_schema(pydantic.TypeAdapter(cast(Any, response_format)))
    return {"type": "json_schema", "json_schema": {"schema": schema, "name": name, "strict": True}}


def validate_input_tools(tools: Iterable[Any] | Omit) -> None:
    if isinstance(tools, Omit):
        return
    for tool in tools:
        if tool.get("type") != "function":
            raise ValueError(f"only function tools can be given to `parse`, got a `{tool.get('type')}` tool")
        if tool["function"].get("strict") is not True:
            raise ValueError(
                f"`{tool['function']['name']}` is not strict; only strict function tools can be auto-parsed "
                "(make it with `openai.pydantic_function_tool()`, or set `strict: True`)"
            )


def parse_content(response_format: object, content: str) -> object:
    if isinstance(response_format, pydantic.TypeAdapter):
        return cast("pydantic.TypeAdapter[object]", response_format).validate_json(content)
    if inspect.isclass(response_format) and issubclass(response_format, pydantic.BaseModel):
        return response_format.model_validate_json(content)
    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(cast(Any, response_format))
    return adapter.validate_json(content)


def _parse_arguments(tools: List[Any], name: str, arguments: str) -> object:
    tool = next((t for t in tools if t.get("type") == "function" and t["function"].get("name") == name), None)
    if isinstance(tool, PydanticFunctionTool):
        return tool.model.model_validate_json(arguments)
    if tool is not None and tool["function"].get("strict"):
        return json.loads(arguments)
    return None


def parse_chat_completion(
    *,
    response_format: object,
    input_tools: Iterable[Any] | Omit = omit,
    chat_completion: ChatCompletion,
    check_finish_reason: bool = True,
) -> ParsedChatCompletion[Any]:
    """`chat_completion` with `message.parsed` and `parsed_arguments` filled in. A choice cut off by
    the token limit or the content filter raises, as its content cannot be what was asked for."""
    tools = [] if isinstance(input_tools, Omit) else list(input_tools)
    choices: List[ParsedChoice[Any]] = []
    for choice in chat_completion.choices:
        if check_finish_reason and choice.finish_reason == "length":
            raise LengthFinishReasonError(completion=chat_completion)
        if check_finish_reason and choice.finish_reason == "content_filter":
            raise ContentFilterFinishReasonError(completion=chat_completion)
        message = choice.message
        tool_calls: Optional[List[ParsedFunctionToolCall]] = None
        if message.tool_calls is not None:
            tool_calls = []
            for call in message.tool_calls:
                function = getattr(call, "function", None)
                if getattr(call, "type", None) != "function" or function is None:
                    continue  # custom tool calls are not parsed
                function_values: Dict[str, Any] = dict(function)
                function_values["parsed_arguments"] = _parse_arguments(tools, function.name, function.arguments)
                call_values: Dict[str, Any] = dict(call)
                call_values["function"] = ParsedFunction.model_construct(**function_values)
                tool_calls.append(ParsedFunctionToolCall.model_construct(**call_values))
        parsed: object = None
        if message.content is not None and not message.refusal and is_response_format_type(response_format):
            parsed = parse_content(response_format, message.content)
        message_values: Dict[str, Any] = dict(message)
        message_values.update(parsed=parsed, tool_calls=tool_calls)
        choice_values: Dict[str, Any] = dict(choice)
        choice_values["message"] = ParsedChatCompletionMessage[Any].model_construct(**message_values)
        choices.append(ParsedChoice[Any].model_construct(**choice_values))
    completion_values: Dict[str, Any] = dict(chat_completion)
    completion_values["choices"] = choices
    return ParsedChatCompletion[Any].model_construct(**completion_values)
