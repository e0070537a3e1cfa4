# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ....._models import BaseModel
from ....._utils import PropertyInfo

__all__ = [
    "CodeInterpreterOutputLogs",
    "CodeInterpreterOutputImageImage",
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutput",
    "CodeInterpreter",
    "CodeInterpreterToolCall",
]


class CodeInterpreterOutputLogs(BaseModel):
    """Text output from the Code Interpreter tool call as part of a run step."""

    type: Literal["logs"]
    """Always `logs`."""

    logs: str
    """The text output from the Code Interpreter tool call."""


class CodeInterpreterOutputImageImage(BaseModel):
    file_id: str
    """The [file](/docs/api-reference/files) ID of the image."""


class CodeInterpreterOutputImage(BaseModel):
    type: Literal["image"]
    """Always `image`."""

    image: CodeInterpreterOutputImageImage


CodeInterpreterOutput: TypeAlias = Annotated[
    Union[CodeInterpreterOutputLogs, CodeInterpreterOutputImage], PropertyInfo(discriminator="type")
]


class CodeInterpreter(BaseModel):
    """The Code Interpreter tool call definition."""

    input: str
    """The input to the Code Interpreter tool call."""

    outputs: List[CodeInterpreterOutput]
    """The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including text (`logs`) or images (`image`). Each of these are represented by a different object type."""


class CodeInterpreterToolCall(BaseModel):
    """Details of the Code Interpreter tool call the run step was involved in."""

    id: str
    """The ID of the tool call."""

    type: Literal["code_interpreter"]
    """The type of tool call. This is always going to be `code_interpreter` for this type of tool call."""

    code_interpreter: CodeInterpreter
    """The Code Interpreter tool call definition."""
