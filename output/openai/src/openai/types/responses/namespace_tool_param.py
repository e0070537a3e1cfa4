# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.function_tool_param_param import FunctionToolParamParam
from ...types.responses.custom_tool_param import CustomToolParam

__all__ = [
    "Tool",
    "NamespaceToolParam",
]


Tool: TypeAlias = Union[FunctionToolParamParam, CustomToolParam]
"""A function or custom tool that belongs to a namespace."""


class NamespaceToolParam(TypedDict, total=False):
    """Groups function/custom tools under a shared namespace."""

    type: Required[Literal["namespace"]]
    """The type of the tool. Always `namespace`."""

    name: Required[str]
    """The namespace name used in tool calls (for example, `crm`)."""

    description: Required[str]
    """A description of the namespace shown to the model."""

    tools: Required[Iterable[Tool]]
    """The function/custom tools available inside this namespace."""
