# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from ...types.fine_tuning.supervised_hyperparameters import SupervisedHyperparameters

__all__ = [
    "SupervisedMethod",
]


class SupervisedMethod(BaseModel):
    """Configuration for the supervised fine-tuning method."""

    hyperparameters: Optional[SupervisedHyperparameters] = None
    """The hyperparameters used for the fine-tuning job."""
