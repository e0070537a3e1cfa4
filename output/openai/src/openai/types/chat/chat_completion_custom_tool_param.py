# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ...types.shared_params.custom_tool_input_format import CustomToolInputFormat

__all__ = [
    "Custom",
    "ChatCompletionCustomToolParam",
]


class Custom(TypedDict, total=False):
    """Properties of the custom tool."""

    name: Required[str]
    """The name of the custom tool, used to identify it in tool calls."""

    description: str
    """Optional description of the custom tool, used to provide more context."""

    format: CustomToolInputFormat
    """The input format for the custom tool. Default is unconstrained text."""


class ChatCompletionCustomToolParam(TypedDict, total=False):
    """A custom tool that processes input using a specified format."""

    type: Required[Literal["custom"]]
    """The type of the custom tool. Always `custom`."""

    custom: Required[Custom]
    """Properties of the custom tool."""
