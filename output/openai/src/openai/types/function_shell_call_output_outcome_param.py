# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParam
from ..types.function_shell_call_output_timeout_outcome_param import FunctionShellCallOutputTimeoutOutcomeParam

__all__ = [
    "FunctionShellCallOutputOutcomeParam",
]


FunctionShellCallOutputOutcomeParam: TypeAlias = Annotated[
    Union[FunctionShellCallOutputTimeoutOutcomeParam, FunctionShellCallOutputExitOutcomeParam],
    PropertyInfo(discriminator="type"),
]
"""The exit or timeout outcome associated with this shell call."""
