# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..types.auto_code_interpreter_tool_param_param import AutoCodeInterpreterToolParamParam

__all__ = [
    "Container",
    "CodeInterpreterToolParam",
]


Container: TypeAlias = Union[str, AutoCodeInterpreterToolParamParam]
"""The code interpreter container. Can be a container ID or an object that
specifies uploaded file IDs to make available to your code, along with an
optional `memory_limit` setting."""


class CodeInterpreterToolParam(TypedDict, total=False):
    """A tool that runs Python code to help generate a response to a prompt."""

    type: Required[Literal["code_interpreter"]]
    """The type of the code interpreter tool. Always `code_interpreter`."""

    container: Required[Container]
    """The code interpreter container. Can be a container ID or an object that
    specifies uploaded file IDs to make available to your code, along with an
    optional `memory_limit` setting."""
