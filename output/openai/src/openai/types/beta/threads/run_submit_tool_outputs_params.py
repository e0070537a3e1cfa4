# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ToolOutput",
    "RunSubmitToolOutputsParams",
    "RunSubmitToolOutputsParamsBase",
    "RunSubmitToolOutputsParamsNonStreaming",
    "RunSubmitToolOutputsParamsStreaming",
]


class ToolOutput(TypedDict, total=False):
    tool_call_id: str
    """The ID of the tool call in the `required_action` object within the run object the output is being submitted for."""

    output: str
    """The output of the tool call to be submitted to continue the run."""


class RunSubmitToolOutputsParams(TypedDict, total=False):
    tool_outputs: Required[Iterable[ToolOutput]]
    """A list of tools for which the outputs are being submitted."""

    stream: Optional[bool]


class RunSubmitToolOutputsParamsBase(TypedDict, total=False):
    tool_outputs: Required[Iterable[ToolOutput]]
    """A list of tools for which the outputs are being submitted."""


class RunSubmitToolOutputsParamsNonStreaming(TypedDict, total=False):
    tool_outputs: Required[Iterable[ToolOutput]]
    """A list of tools for which the outputs are being submitted."""

    stream: Optional[Literal[False]]


class RunSubmitToolOutputsParamsStreaming(TypedDict, total=False):
    tool_outputs: Required[Iterable[ToolOutput]]
    """A list of tools for which the outputs are being submitted."""

    stream: Required[Literal[True]]
