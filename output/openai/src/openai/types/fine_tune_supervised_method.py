# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from ..types.fine_tune_supervised_hyperparameters import FineTuneSupervisedHyperparameters

__all__ = [
    "FineTuneSupervisedMethod",
]


class FineTuneSupervisedMethod(BaseModel):
    """Configuration for the supervised fine-tuning method."""

    hyperparameters: Optional[FineTuneSupervisedHyperparameters] = None
    """The hyperparameters used for the fine-tuning job."""
