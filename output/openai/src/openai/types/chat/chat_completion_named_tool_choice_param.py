# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "Function",
    "ChatCompletionNamedToolChoiceParam",
]


class Function(TypedDict, total=False):
    name: Required[str]
    """The name of the function to call."""


class ChatCompletionNamedToolChoiceParam(TypedDict, total=False):
    """Specifies a tool the model should use. Use to force the model to call a specific function."""

    type: Required[Literal["function"]]
    """For function calling, the type is always `function`."""

    function: Required[Function]
