# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ..types.fine_tuning.dpo_method_param import DpoMethodParam
from ..types.fine_tuning.reinforcement_method_param import ReinforcementMethodParam
from ..types.fine_tuning.supervised_method_param import SupervisedMethodParam

__all__ = [
    "FineTuneMethodParam",
]


class FineTuneMethodParam(TypedDict, total=False):
    """The method used for fine-tuning."""

    type: Required[Literal["supervised", "dpo", "reinforcement"]]
    """The type of method. Is either `supervised`, `dpo`, or `reinforcement`."""

    supervised: SupervisedMethodParam
    """Configuration for the supervised fine-tuning method."""

    dpo: DpoMethodParam
    """Configuration for the DPO fine-tuning method."""

    reinforcement: ReinforcementMethodParam
    """Configuration for the reinforcement fine-tuning method."""
