# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.shared.function_definition import FunctionDefinition

__all__ = [
    "FunctionTool",
]


class FunctionTool(BaseModel):
    """Function tool"""

    type: Literal["function"]
    """The type of tool being defined: `function`"""

    function: FunctionDefinition
