# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ...types.shared_params.function_definition import FunctionDefinition

__all__ = [
    "FunctionToolParam",
]


class FunctionToolParam(TypedDict, total=False):
    """Function tool"""

    type: Required[Literal["function"]]
    """The type of tool being defined: `function`"""

    function: Required[FunctionDefinition]
