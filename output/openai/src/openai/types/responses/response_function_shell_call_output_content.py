# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo

__all__ = [
    "OutcomeTimeout",
    "OutcomeExit",
    "Outcome",
    "ResponseFunctionShellCallOutputContent",
]


class OutcomeTimeout(BaseModel):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Literal["timeout"]
    """The outcome type. Always `timeout`."""


class OutcomeExit(BaseModel):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Literal["exit"]
    """The outcome type. Always `exit`."""

    exit_code: int
    """The exit code returned by the shell process."""


Outcome: TypeAlias = Annotated[Union[OutcomeTimeout, OutcomeExit], PropertyInfo(discriminator="type")]
"""The exit or timeout outcome associated with this shell call."""


class ResponseFunctionShellCallOutputContent(BaseModel):
    """Captured stdout and stderr for a portion of a shell tool call output."""

    stdout: str
    """Captured stdout output for the shell call."""

    stderr: str
    """Captured stderr output for the shell call."""

    outcome: Outcome
    """The exit or timeout outcome associated with this shell call."""
