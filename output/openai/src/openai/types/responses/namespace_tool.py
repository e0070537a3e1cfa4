# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.responses.custom_tool import CustomTool

__all__ = [
    "ToolFunction",
    "Tool",
    "NamespaceTool",
]


class ToolFunction(BaseModel):
    name: str
    description: Optional[str] = None
    parameters: Optional[object] = None
    strict: Optional[bool] = None
    type: Literal["function"]
    defer_loading: Optional[bool] = None
    """Whether this function should be deferred and discovered via tool search."""


Tool: TypeAlias = Annotated[Union[ToolFunction, CustomTool], PropertyInfo(discriminator="type")]
"""A function or custom tool that belongs to a namespace."""


class NamespaceTool(BaseModel):
    """Groups function/custom tools under a shared namespace."""

    type: Literal["namespace"]
    """The type of the tool. Always `namespace`."""

    name: str
    """The namespace name used in tool calls (for example, `crm`)."""

    description: str
    """A description of the namespace shown to the model."""

    tools: List[Tool]
    """The function/custom tools available inside this namespace."""
