# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.fine_tuning.fine_tuning_job_wandb_integration import FineTuningJobWandbIntegration

__all__ = [
    "FineTuningJobWandbIntegrationObject",
]


class FineTuningJobWandbIntegrationObject(BaseModel):
    """Fine-Tuning Job Integration"""

    type: Literal["wandb"]
    """The type of the integration being enabled for the fine-tuning job"""

    wandb: FineTuningJobWandbIntegration
    """The settings for your integration with Weights and Biases. This payload specifies the project that
    metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
    to your run, and set a default entity (team, username, etc) to be associated with your run."""
