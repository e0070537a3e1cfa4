# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
from ..types.function_shell_call_output_timeout_outcome import FunctionShellCallOutputTimeoutOutcome

__all__ = [
    "Outcome",
    "FunctionShellCallOutputContent",
]


Outcome: TypeAlias = Annotated[
    Union[FunctionShellCallOutputTimeoutOutcome, FunctionShellCallOutputExitOutcome], PropertyInfo(discriminator="type")
]
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
