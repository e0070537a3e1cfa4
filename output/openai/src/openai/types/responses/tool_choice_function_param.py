# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ToolChoiceFunctionParam",
]


class ToolChoiceFunctionParam(TypedDict, total=False):
    """Use this option to force the model to call a specific function."""

    type: Required[Literal["function"]]
    """For function calling, the type is always `function`."""

    name: Required[str]
    """The name of the function to call."""
