# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ...types.responses.tool_param import ToolParam

__all__ = [
    "ResponseToolSearchOutputItemParamParam",
]


class ResponseToolSearchOutputItemParamParam(TypedDict, total=False):
    id: Optional[str]
    call_id: Optional[str]
    type: Required[Literal["tool_search_output"]]
    """The item type. Always `tool_search_output`."""

    execution: Literal["server", "client"]
    """Whether tool search was executed by the server or by the client."""

    tools: Required[Iterable[ToolParam]]
    """The loaded tool definitions returned by the tool search output."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]]
