# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.custom_tool_param import CustomToolParam
from ..types.function_tool_param import FunctionToolParam2

__all__ = [
    "Tool",
    "NamespaceToolParam",
]


Tool: TypeAlias = Annotated[Union[FunctionToolParam2, CustomToolParam], PropertyInfo(discriminator="type")]
"""A function or custom tool that belongs to a namespace."""


class NamespaceToolParam(BaseModel):
    """Groups function/custom tools under a shared namespace."""

    type: Literal["namespace"]
    """The type of the tool. Always `namespace`."""

    name: str
    """The namespace name used in tool calls (for example, `crm`)."""

    description: str
    """A description of the namespace shown to the model."""

    tools: List[Tool]
    """The function/custom tools available inside this namespace."""
