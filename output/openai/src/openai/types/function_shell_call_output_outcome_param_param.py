# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.function_shell_call_output_exit_outcome_param_param import FunctionShellCallOutputExitOutcomeParamParam
from ..types.function_shell_call_output_timeout_outcome_param_param import (
    FunctionShellCallOutputTimeoutOutcomeParamParam,
)

__all__ = [
    "FunctionShellCallOutputOutcomeParamParam",
]


FunctionShellCallOutputOutcomeParamParam: TypeAlias = Union[
    FunctionShellCallOutputTimeoutOutcomeParamParam, FunctionShellCallOutputExitOutcomeParamParam
]
"""The exit or timeout outcome associated with this shell call."""
