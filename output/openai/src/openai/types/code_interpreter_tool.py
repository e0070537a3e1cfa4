# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, TypeAlias

from .._models import BaseModel
from ..types.auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam

__all__ = [
    "Container",
    "CodeInterpreterTool",
]


Container: TypeAlias = Union[str, AutoCodeInterpreterToolParam]
"""The code interpreter container. Can be a container ID or an object that
specifies uploaded file IDs to make available to your code, along with an
optional `memory_limit` setting."""


class CodeInterpreterTool(BaseModel):
    """A tool that runs Python code to help generate a response to a prompt."""

    type: Literal["code_interpreter"]
    """The type of the code interpreter tool. Always `code_interpreter`."""

    container: Container
    """The code interpreter container. Can be a container ID or an object that
    specifies uploaded file IDs to make available to your code, along with an
    optional `memory_limit` setting."""
