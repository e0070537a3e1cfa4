# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.fine_tuning.dpo_method import DpoMethod
from ..types.fine_tuning.reinforcement_method import ReinforcementMethod
from ..types.fine_tuning.supervised_method import SupervisedMethod

__all__ = [
    "FineTuneMethod",
]


class FineTuneMethod(BaseModel):
    """The method used for fine-tuning."""

    type: Literal["supervised", "dpo", "reinforcement"]
    """The type of method. Is either `supervised`, `dpo`, or `reinforcement`."""

    supervised: Optional[SupervisedMethod] = None
    """Configuration for the supervised fine-tuning method."""

    dpo: Optional[DpoMethod] = None
    """Configuration for the DPO fine-tuning method."""

    reinforcement: Optional[ReinforcementMethod] = None
    """Configuration for the reinforcement fine-tuning method."""
