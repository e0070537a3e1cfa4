# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, TypedDict

__all__ = [
    "DpoHyperparametersParam",
]


class DpoHyperparametersParam(TypedDict, total=False):
    """The hyperparameters used for the DPO fine-tuning job."""

    beta: Union[Literal["auto"], float]
    """The beta value for the DPO method. A higher beta value will increase the weight of the penalty between the policy and reference model."""

    batch_size: Union[Literal["auto"], int]
    """Number of examples in each batch. A larger batch size means that model parameters are updated less frequently, but with lower variance."""

    learning_rate_multiplier: Union[Literal["auto"], float]
    """Scaling factor for the learning rate. A smaller learning rate may be useful to avoid overfitting."""

    n_epochs: Union[Literal["auto"], int]
    """The number of epochs to train the model for. An epoch refers to one full cycle through the training dataset."""
