"""From a `text_format` type and the tools of a request to a `ParsedResponse`."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List

from ..._types import Omit, omit
from ...types.responses.parsed_response import (
    ParsedResponse,
    ParsedResponseFunctionToolCall,
    ParsedResponseOutputMessage,
    ParsedResponseOutputText,
)
from ...types.responses.response import Response
from .._tools import PydanticFunctionTool
from ._completions import is_response_format_type, parse_content, type_to_response_format


def text_with_format(text: Any, text_format: object, verbosity: Any = omit) -> Any:
    """The `text` param with `format` set to the strict JSON schema of `text_format`, and
    `verbosity` (a parameter of `parse` and `stream`) moved in where the API reads it."""
    if (isinstance(text_format, Omit) or not is_response_format_type(text_format)) and isinstance(verbosity, Omit):
        return text
    merged: Dict[str, Any] = {} if isinstance(text, Omit) else dict(text)
    if not isinstance(text_format, Omit) and is_response_format_type(text_format):
        converted: Dict[str, Any] = dict(type_to_response_format(text_format))  # type: ignore[call-overload]
        merged["format"] = {"type": "json_schema", **converted["json_schema"]}
    if not isinstance(verbosity, Omit):
        merged["verbosity"] = verbosity
    return merged


def _tool_arguments(tools: List[Any], name: str, arguments: str) -> object:
    for tool in tools:
        if isinstance(tool, PydanticFunctionTool) and tool["function"]["name"] == name:
            return tool.model.model_validate_json(arguments)
        # the Responses API takes function tools flat: {type, name, parameters, strict}
        if tool.get("type") == "function" and tool.get("name") == name and tool.get("strict"):
            return json.loads(arguments)
    return None


def parse_response(*, text_format: object, input_tools: Iterable[Any] | Omit, response: Response) -> ParsedResponse[Any]:
    tools = [] if isinstance(input_tools, Omit) else list(input_tools)
    output: List[Any] = []
    for item in response.output:
        if item.type == "message":
            content: List[Any] = []
            for part in item.content:
                if part.type == "output_text":
                    values: Dict[str, Any] = dict(part)
                    values["parsed"] = (
                        parse_content(text_format, part.text) if is_response_format_type(text_format) else None
                    )
                    content.append(ParsedResponseOutputText[Any].model_construct(**values))
                else:
                    content.append(part)
            message: Dict[str, Any] = dict(item)
            message["content"] = content
            output.append(ParsedResponseOutputMessage[Any].model_construct(**message))
        elif item.type == "function_call":
            call: Dict[str, Any] = dict(item)
            call["parsed_arguments"] = _tool_arguments(tools, item.name, item.arguments)
            output.append(ParsedResponseFunctionToolCall.model_construct(**call))
        else:
            output.append(item)
    values = dict(response)
    values["output"] = output
    return ParsedResponse[Any].model_construct(**values)
