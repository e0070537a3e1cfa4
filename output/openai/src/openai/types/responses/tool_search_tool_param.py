# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ToolSearchToolParam",
]


class ToolSearchToolParam(TypedDict, total=False):
    """Hosted or BYOT tool search configuration for deferred tools."""

    type: Required[Literal["tool_search"]]
    """The type of the tool. Always `tool_search`."""

    execution: Literal["server", "client"]
    """Whether tool search is executed by the server or by the client."""

    description: Optional[str]
    parameters: Optional[object]
