# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel
from ...types.function_shell_call_output_outcome_param import FunctionShellCallOutputOutcomeParam

__all__ = [
    "ResponseFunctionShellCallOutputContent",
]


class ResponseFunctionShellCallOutputContent(BaseModel):
    """Captured stdout and stderr for a portion of a shell tool call output."""

    stdout: str
    """Captured stdout output for the shell call."""

    stderr: str
    """Captured stderr output for the shell call."""

    outcome: FunctionShellCallOutputOutcomeParam
    """The exit or timeout outcome associated with this shell call."""
