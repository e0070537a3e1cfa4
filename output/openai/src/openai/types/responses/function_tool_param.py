# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "FunctionToolParam",
]


class FunctionToolParam(TypedDict, total=False):
    """Defines a function in your own code the model can choose to call. Learn more about [function calling](https://platform.openai.com/docs/guides/function-calling)."""

    type: Required[Literal["function"]]
    """The type of the function tool. Always `function`."""

    name: Required[str]
    """The name of the function to call."""

    description: Optional[str]
    parameters: Required[Optional[Dict[str, object]]]
    strict: Required[Optional[bool]]
    defer_loading: bool
    """Whether this function is deferred and loaded via tool search."""
