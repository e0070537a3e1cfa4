# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

from ...types.function_shell_call_output_outcome_param_param import FunctionShellCallOutputOutcomeParamParam

__all__ = [
    "ResponseFunctionShellCallOutputContentParam",
]


class ResponseFunctionShellCallOutputContentParam(TypedDict, total=False):
    """Captured stdout and stderr for a portion of a shell tool call output."""

    stdout: Required[str]
    """Captured stdout output for the shell call."""

    stderr: Required[str]
    """Captured stderr output for the shell call."""

    outcome: Required[FunctionShellCallOutputOutcomeParamParam]
    """The exit or timeout outcome associated with this shell call."""
