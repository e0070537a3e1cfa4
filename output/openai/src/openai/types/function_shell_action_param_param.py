# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypedDict

from .._types import SequenceNotStr

__all__ = [
    "FunctionShellActionParamParam",
]


class FunctionShellActionParamParam(TypedDict, total=False):
    """Commands and limits describing how to run the shell tool call."""

    commands: Required[SequenceNotStr[str]]
    """Ordered shell commands for the execution environment to run."""

    timeout_ms: Optional[int]
    max_output_length: Optional[int]
