# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

__all__ = [
    "OutputLogs",
    "OutputImage",
    "Output",
    "ResponseCodeInterpreterToolCallParam",
]


class OutputLogs(TypedDict, total=False):
    """The logs output from the code interpreter."""

    type: Required[Literal["logs"]]
    """The type of the output. Always `logs`."""

    logs: Required[str]
    """The logs output from the code interpreter."""


class OutputImage(TypedDict, total=False):
    """The image output from the code interpreter."""

    type: Required[Literal["image"]]
    """The type of the output. Always `image`."""

    url: Required[str]
    """The URL of the image output from the code interpreter."""


Output: TypeAlias = Union[OutputLogs, OutputImage]


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
