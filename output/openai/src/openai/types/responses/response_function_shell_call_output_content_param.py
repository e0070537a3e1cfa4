# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

__all__ = [
    "OutcomeTimeout",
    "OutcomeExit",
    "Outcome",
    "ResponseFunctionShellCallOutputContentParam",
]


class OutcomeTimeout(TypedDict, total=False):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Required[Literal["timeout"]]
    """The outcome type. Always `timeout`."""


class OutcomeExit(TypedDict, total=False):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Required[Literal["exit"]]
    """The outcome type. Always `exit`."""

    exit_code: Required[int]
    """The exit code returned by the shell process."""


Outcome: TypeAlias = Union[OutcomeTimeout, OutcomeExit]
"""The exit or timeout outcome associated with this shell call."""


class ResponseFunctionShellCallOutputContentParam(TypedDict, total=False):
    """Captured stdout and stderr for a portion of a shell tool call output."""

    stdout: Required[str]
    """Captured stdout output for the shell call."""

    stderr: Required[str]
    """Captured stderr output for the shell call."""

    outcome: Required[Outcome]
    """The exit or timeout outcome associated with this shell call."""
