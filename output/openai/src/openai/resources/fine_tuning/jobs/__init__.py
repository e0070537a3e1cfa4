# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .checkpoints import (
    AsyncCheckpoints,
    AsyncCheckpointsWithRawResponse,
    AsyncCheckpointsWithStreamingResponse,
    Checkpoints,
    CheckpointsWithRawResponse,
    CheckpointsWithStreamingResponse,
)
from .jobs import (
    AsyncJobs,
    AsyncJobsWithRawResponse,
    AsyncJobsWithStreamingResponse,
    Jobs,
    JobsWithRawResponse,
    JobsWithStreamingResponse,
)

__all__ = [
    "Jobs",
    "AsyncJobs",
    "JobsWithRawResponse",
    "AsyncJobsWithRawResponse",
    "JobsWithStreamingResponse",
    "AsyncJobsWithStreamingResponse",
    "Checkpoints",
    "AsyncCheckpoints",
    "CheckpointsWithRawResponse",
    "AsyncCheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "AsyncCheckpointsWithStreamingResponse",
]
