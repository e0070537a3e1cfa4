# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

from ..types.fine_tune_supervised_hyperparameters_param import FineTuneSupervisedHyperparametersParam

__all__ = [
    "FineTuneSupervisedMethodParam",
]


class FineTuneSupervisedMethodParam(TypedDict, total=False):
    """Configuration for the supervised fine-tuning method."""

    hyperparameters: FineTuneSupervisedHyperparametersParam
    """The hyperparameters used for the fine-tuning job."""
