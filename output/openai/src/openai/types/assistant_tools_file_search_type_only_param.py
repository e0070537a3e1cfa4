# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "AssistantToolsFileSearchTypeOnlyParam",
]


class AssistantToolsFileSearchTypeOnlyParam(TypedDict, total=False):
    """FileSearch tool"""

    type: Required[Literal["file_search"]]
    """The type of tool being defined: `file_search`"""
