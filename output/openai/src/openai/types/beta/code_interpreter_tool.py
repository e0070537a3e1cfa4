# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "CodeInterpreterTool",
]


class CodeInterpreterTool(BaseModel):
    """Code interpreter tool"""

    type: Literal["code_interpreter"]
    """The type of tool being defined: `code_interpreter`"""
