# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo

__all__ = [
    "OutputLogs",
    "OutputImage",
    "Output",
    "ResponseCodeInterpreterToolCall",
]


class OutputLogs(BaseModel):
    """The logs output from the code interpreter."""

    type: Literal["logs"]
    """The type of the output. Always `logs`."""

    logs: str
    """The logs output from the code interpreter."""


class OutputImage(BaseModel):
    """The image output from the code interpreter."""

    type: Literal["image"]
    """The type of the output. Always `image`."""

    url: str
    """The URL of the image output from the code interpreter."""


Output: TypeAlias = Annotated[Union[OutputLogs, OutputImage], PropertyInfo(discriminator="type")]


class ResponseCodeInterpreterToolCall(BaseModel):
    """A tool call to run code."""

    type: Literal["code_interpreter_call"]
    """The type of the code interpreter tool call. Always `code_interpreter_call`."""

    id: str
    """The unique ID of the code interpreter tool call."""

    status: Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]
    """The status of the code interpreter tool call. Valid values are `in_progress`, `completed`, `incomplete`, `interpreting`, and `failed`."""

    container_id: str
    """The ID of the container used to run the code."""

    code: Optional[str] = None
    outputs: Optional[List[Output]] = None
