# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ReinforcementHyperparameters",
]


class ReinforcementHyperparameters(BaseModel):
    """The hyperparameters used for the reinforcement fine-tuning job."""

    batch_size: Optional[Union[Literal["auto"], int]] = None
    """Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance."""

    learning_rate_multiplier: Optional[Union[Literal["auto"], float]] = None
    """Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting."""

    n_epochs: Optional[Union[Literal["auto"], int]] = None
    """The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset."""

    reasoning_effort: Optional[Literal["default", "low", "medium", "high"]] = None
    """Level of reasoning effort."""

    compute_multiplier: Optional[Union[Literal["auto"], float]] = None
    """Multiplier on amount of compute used for exploring search space during training."""

    eval_interval: Optional[Union[Literal["auto"], int]] = None
    """The number of training steps between evaluation runs."""

    eval_samples: Optional[Union[Literal["auto"], int]] = None
    """Number of evaluation samples to generate per training step."""
