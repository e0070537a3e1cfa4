# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from ..types.empty_model_param_param import EmptyModelParamParam
from ..types.function_call_item_status import FunctionCallItemStatus
from ..types.tool_search_execution_type import ToolSearchExecutionType

__all__ = [
    "ToolSearchCallItemParamParam",
]


class ToolSearchCallItemParamParam(TypedDict, total=False):
    id: Optional[str]
    call_id: Optional[str]
    type: Required[Literal["tool_search_call"]]
    """The item type. Always `tool_search_call`."""

    execution: ToolSearchExecutionType
    """Whether tool search was executed by the server or by the client."""

    arguments: Required[EmptyModelParamParam]
    """The arguments supplied to the tool search call."""

    status: Optional[FunctionCallItemStatus]
