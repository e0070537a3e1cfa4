# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.fine_tuning.dpo_method import DpoMethod
from ...types.fine_tuning.fine_tuning_job_wandb_integration_object import FineTuningJobWandbIntegrationObject
from ...types.fine_tuning.reinforcement_method import ReinforcementMethod
from ...types.fine_tuning.supervised_method import SupervisedMethod
from ...types.shared.metadata import Metadata

__all__ = [
    "Error",
    "Hyperparameters",
    "Method",
    "FineTuningJob",
]


class Error(BaseModel):
    """For fine-tuning jobs that have `failed`, this will contain more information on the cause of the failure."""

    code: str
    """A machine-readable error code."""

    message: str
    """A human-readable error message."""

    param: Optional[str] = None


class Hyperparameters(BaseModel):
    """The hyperparameters used for the fine-tuning job. This value will only be returned when running `supervised` jobs."""

    batch_size: Optional[Union[Literal["auto"], int]] = None
    learning_rate_multiplier: Optional[Union[Literal["auto"], float]] = None
    """Scaling factor for the learning rate. A smaller learning rate may be useful to avoid
    overfitting."""

    n_epochs: Optional[Union[Literal["auto"], int]] = None
    """The number of epochs to train the model for. An epoch refers to one full cycle
    through the training dataset."""


class Method(BaseModel):
    """The method used for fine-tuning."""

    type: Literal["supervised", "dpo", "reinforcement"]
    """The type of method. Is either `supervised`, `dpo`, or `reinforcement`."""

    supervised: Optional[SupervisedMethod] = None
    """Configuration for the supervised fine-tuning method."""

    dpo: Optional[DpoMethod] = None
    """Configuration for the DPO fine-tuning method."""

    reinforcement: Optional[ReinforcementMethod] = None
    """Configuration for the reinforcement fine-tuning method."""


class FineTuningJob(BaseModel):
    """The `fine_tuning.job` object represents a fine-tuning job that has been created through the API."""

    id: str
    """The object identifier, which can be referenced in the API endpoints."""

    created_at: int
    """The Unix timestamp (in seconds) for when the fine-tuning job was created."""

    error: Optional[Error] = None
    fine_tuned_model: Optional[str] = None
    finished_at: Optional[int] = None
    hyperparameters: Hyperparameters
    """The hyperparameters used for the fine-tuning job. This value will only be returned when running `supervised` jobs."""

    model: str
    """The base model that is being fine-tuned."""

    object: Literal["fine_tuning.job"]
    """The object type, which is always "fine_tuning.job"."""

    organization_id: str
    """The organization that owns the fine-tuning job."""

    result_files: List[str]
    """The compiled results file ID(s) for the fine-tuning job. You can retrieve the results with the [Files API](/docs/api-reference/files/retrieve-contents)."""

    status: Literal["validating_files", "queued", "running", "succeeded", "failed", "cancelled"]
    """The current status of the fine-tuning job, which can be either `validating_files`, `queued`, `running`, `succeeded`, `failed`, or `cancelled`."""

    trained_tokens: Optional[int] = None
    training_file: str
    """The file ID used for training. You can retrieve the training data with the [Files API](/docs/api-reference/files/retrieve-contents)."""

    validation_file: Optional[str] = None
    integrations: Optional[List[FineTuningJobWandbIntegrationObject]] = None
    seed: int
    """The seed used for the fine-tuning job."""

    estimated_finish: Optional[int] = None
    method: Optional[Method] = None
    """The method used for fine-tuning."""

    metadata: Optional[Metadata] = None
