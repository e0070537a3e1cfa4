# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.batch_error import BatchError
from ..types.batch_request_counts import BatchRequestCounts
from ..types.batch_usage import BatchUsage
from ..types.shared.metadata import Metadata

__all__ = [
    "Errors",
    "Batch",
]


class Errors(BaseModel):
    object: Optional[str] = None
    """The object type, which is always `list`."""

    data: Optional[List[BatchError]] = None


class Batch(BaseModel):
    id: str
    object: Literal["batch"]
    """The object type, which is always `batch`."""

    endpoint: str
    """The OpenAI API endpoint used by the batch."""

    model: Optional[str] = None
    """Model ID used to process the batch, like `gpt-5-2025-08-07`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model
    guide](/docs/models) to browse and compare available models."""

    errors: Optional[Errors] = None
    input_file_id: str
    """The ID of the input file for the batch."""

    completion_window: str
    """The time frame within which the batch should be processed."""

    status: Literal[
        "validating", "failed", "in_progress", "finalizing", "completed", "expired", "cancelling", "cancelled"
    ]
    """The current status of the batch."""

    output_file_id: Optional[str] = None
    """The ID of the file containing the outputs of successfully executed requests."""

    error_file_id: Optional[str] = None
    """The ID of the file containing the outputs of requests with errors."""

    created_at: int
    """The Unix timestamp (in seconds) for when the batch was created."""

    in_progress_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the batch started processing."""

    expires_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the batch will expire."""

    finalizing_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the batch started finalizing."""

    completed_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the batch was completed."""

    failed_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the batch failed."""

    expired_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the batch expired."""

    cancelling_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the batch started cancelling."""

    cancelled_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the batch was cancelled."""

    request_counts: Optional[BatchRequestCounts] = None
    """The request counts for different statuses within the batch."""

    usage: Optional[BatchUsage] = None
    """Represents token usage details including input tokens, output tokens, a
    breakdown of output tokens, and the total tokens used. Only populated on
    batches created after September 7, 2025."""

    metadata: Optional[Metadata] = None
