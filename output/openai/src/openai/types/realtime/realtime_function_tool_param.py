# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypedDict

__all__ = [
    "RealtimeFunctionToolParam",
]


class RealtimeFunctionToolParam(TypedDict, total=False):
    """Function tool"""

    type: Literal["function"]
    """The type of the tool, i.e. `function`."""

    name: str
    """The name of the function."""

    description: str
    """The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything)."""

    parameters: object
    """Parameters of the function in JSON Schema."""
