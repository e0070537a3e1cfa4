# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.empty_model_param import EmptyModelParam
from ..types.function_call_item_status import FunctionCallItemStatus
from ..types.tool_search_execution_type import ToolSearchExecutionType

__all__ = [
    "ToolSearchCallItemParam",
]


class ToolSearchCallItemParam(BaseModel):
    id: Optional[str] = None
    call_id: Optional[str] = None
    type: Literal["tool_search_call"]
    """The item type. Always `tool_search_call`."""

    execution: Optional[ToolSearchExecutionType] = None
    """Whether tool search was executed by the server or by the client."""

    arguments: EmptyModelParam
    """The arguments supplied to the tool search call."""

    status: Optional[FunctionCallItemStatus] = None
