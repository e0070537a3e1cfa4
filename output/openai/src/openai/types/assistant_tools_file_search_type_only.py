# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "AssistantToolsFileSearchTypeOnly",
]


class AssistantToolsFileSearchTypeOnly(BaseModel):
    """FileSearch tool"""

    type: Literal["file_search"]
    """The type of tool being defined: `file_search`"""
