# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from ...types.fine_tuning.dpo_hyperparameters import DpoHyperparameters

__all__ = [
    "DpoMethod",
]


class DpoMethod(BaseModel):
    """Configuration for the DPO fine-tuning method."""

    hyperparameters: Optional[DpoHyperparameters] = None
    """The hyperparameters used for the DPO fine-tuning job."""
