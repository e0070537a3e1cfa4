# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.fine_tune_dpo_method import FineTuneDPOMethod
from ..types.fine_tuning.dpo_method import DpoMethod
from ..types.fine_tuning.reinforcement_method import ReinforcementMethod

__all__ = [
    "FineTuneMethod",
]


class FineTuneMethod(BaseModel):
    """The method used for fine-tuning."""

    type: Literal["supervised", "dpo", "reinforcement"]
    """The type of method. Is either `supervised`, `dpo`, or `reinforcement`."""

    supervised: Optional[DpoMethod] = None
    """Configuration for the supervised fine-tuning method."""

    dpo: Optional[FineTuneDPOMethod] = None
    """Configuration for the DPO fine-tuning method."""

    reinforcement: Optional[ReinforcementMethod] = None
    """Configuration for the reinforcement fine-tuning method."""
