# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.code_interpreter_output_image_param import CodeInterpreterOutputImageParam
from ...types.code_interpreter_output_logs_param import CodeInterpreterOutputLogsParam

__all__ = [
    "Output",
    "ResponseCodeInterpreterToolCallParam",
]


Output: TypeAlias = Union[CodeInterpreterOutputLogsParam, CodeInterpreterOutputImageParam]


class ResponseCodeInterpreterToolCallParam(TypedDict, total=False):
    """A tool call to run code."""

    type: Required[Literal["code_interpreter_call"]]
    """The type of the code interpreter tool call. Always `code_interpreter_call`."""

    id: Required[str]
    """The unique ID of the code interpreter tool call."""

    status: Required[Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]]
    """The status of the code interpreter tool call. Valid values are `in_progress`, `completed`, `incomplete`, `interpreting`, and `failed`."""

    container_id: Required[str]
    """The ID of the container used to run the code."""

    code: Required[Optional[str]]
    outputs: Required[Optional[Iterable[Output]]]
