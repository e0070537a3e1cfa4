# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.fine_tuning.fine_tuning_job_wandb_integration_object import FineTuningJobWandbIntegrationObject

__all__ = [
    "FineTuningJobIntegration",
]


FineTuningJobIntegration: TypeAlias = FineTuningJobWandbIntegrationObject
"""Fine-Tuning Job Integration"""
