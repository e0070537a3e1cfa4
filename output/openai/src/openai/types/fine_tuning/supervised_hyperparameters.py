# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "SupervisedHyperparameters",
]


class SupervisedHyperparameters(BaseModel):
    """The hyperparameters used for the fine-tuning job."""

    batch_size: Optional[Union[Literal["auto"], int]] = None
    """Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance."""

    learning_rate_multiplier: Optional[Union[Literal["auto"], float]] = None
    """Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting."""

    n_epochs: Optional[Union[Literal["auto"], int]] = None
    """The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset."""
