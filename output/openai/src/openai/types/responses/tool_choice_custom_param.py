# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ToolChoiceCustomParam",
]


class ToolChoiceCustomParam(TypedDict, total=False):
    """Use this option to force the model to call a specific custom tool."""

    type: Required[Literal["custom"]]
    """For custom tool calling, the type is always `custom`."""

    name: Required[str]
    """The name of the custom tool to call."""
