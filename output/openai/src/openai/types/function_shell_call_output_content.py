# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo

__all__ = [
    "OutcomeTimeout",
    "OutcomeExit",
    "Outcome",
    "FunctionShellCallOutputContent",
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
    """Exit code from the shell process."""


Outcome: TypeAlias = Annotated[Union[OutcomeTimeout, OutcomeExit], PropertyInfo(discriminator="type")]
"""Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk."""


class FunctionShellCallOutputContent(BaseModel):
    """The content of a shell tool call output that was emitted."""

    stdout: str
    """The standard output that was captured."""

    stderr: str
    """The standard error output that was captured."""

    outcome: Outcome
    """Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk."""

    created_by: Optional[str] = None
    """The identifier of the actor that created the item."""
