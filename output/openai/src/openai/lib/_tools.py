"""`pydantic_function_tool`: a function tool whose parameters are a pydantic model."""

from __future__ import annotations

from typing import Any, Dict, Optional, cast

import pydantic

from ..types.chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam
from ._pydantic import to_strict_json_schema


class PydanticFunctionTool(Dict[str, Any]):
    """The tool's JSON form (a dict, sent as it is) that also remembers the model, so that
    `chat.completions.parse` can turn the call's arguments back into an instance of it."""

    model: type[pydantic.BaseModel]

    def __init__(self, definition: Dict[str, Any], model: type[pydantic.BaseModel]) -> None:
        super().__init__(definition)
        self.model = model

    def cast(self) -> ChatCompletionFunctionToolParam:
        return cast(ChatCompletionFunctionToolParam, self)


def pydantic_function_tool(
    model: type[pydantic.BaseModel],
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
) -> ChatCompletionFunctionToolParam:
    """A strict function tool named after the model (or `name`), described by its docstring (or
    `description`), with the model's strict JSON Schema as parameters."""
    function: Dict[str, Any] = {
        "name": name or model.__name__,
        "strict": True,
        "parameters": to_strict_json_schema(model),
    }
    text = description if description is not None else (model.__doc__ or "").strip()
    if text:
        function["description"] = text
    return PydanticFunctionTool({"type": "function", "function": function}, model).cast()
