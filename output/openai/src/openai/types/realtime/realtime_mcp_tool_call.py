# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.realtime.realtime_mcp_protocol_error import RealtimeMcpProtocolError
from ...types.realtime.realtime_mcp_tool_execution_error import RealtimeMcpToolExecutionError
from ...types.realtime.realtime_mcphttp_error import RealtimeMcphttpError

__all__ = [
    "Error",
    "RealtimeMcpToolCall",
]


Error: TypeAlias = Annotated[
    Union[RealtimeMcpProtocolError, RealtimeMcpToolExecutionError, RealtimeMcphttpError, None],
    PropertyInfo(discriminator="type"),
]
"""The error from the tool call, if any."""


class RealtimeMcpToolCall(BaseModel):
    """A Realtime item representing an invocation of a tool on an MCP server."""

    type: Literal["mcp_call"]
    """The type of the item. Always `mcp_call`."""

    id: str
    """The unique ID of the tool call."""

    server_label: str
    """The label of the MCP server running the tool."""

    name: str
    """The name of the tool that was run."""

    arguments: str
    """A JSON string of the arguments passed to the tool."""

    approval_request_id: Optional[str] = None
    output: Optional[str] = None
    error: Optional[Error] = None
