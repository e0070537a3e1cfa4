# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "CodeInterpreterToolParam",
]


class CodeInterpreterToolParam(TypedDict, total=False):
    """Code interpreter tool"""

    type: Required[Literal["code_interpreter"]]
    """The type of tool being defined: `code_interpreter`"""
