# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .alpha import (
    Alpha,
    AlphaWithRawResponse,
    AlphaWithStreamingResponse,
    AsyncAlpha,
    AsyncAlphaWithRawResponse,
    AsyncAlphaWithStreamingResponse,
)
from .checkpoints import (
    AsyncCheckpoints,
    AsyncCheckpointsWithRawResponse,
    AsyncCheckpointsWithStreamingResponse,
    Checkpoints,
    CheckpointsWithRawResponse,
    CheckpointsWithStreamingResponse,
)
from .fine_tuning import (
    AsyncFineTuning,
    AsyncFineTuningWithRawResponse,
    AsyncFineTuningWithStreamingResponse,
    FineTuning,
    FineTuningWithRawResponse,
    FineTuningWithStreamingResponse,
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
    "FineTuning",
    "AsyncFineTuning",
    "FineTuningWithRawResponse",
    "AsyncFineTuningWithRawResponse",
    "FineTuningWithStreamingResponse",
    "AsyncFineTuningWithStreamingResponse",
    "Alpha",
    "AsyncAlpha",
    "AlphaWithRawResponse",
    "AsyncAlphaWithRawResponse",
    "AlphaWithStreamingResponse",
    "AsyncAlphaWithStreamingResponse",
    "Checkpoints",
    "AsyncCheckpoints",
    "CheckpointsWithRawResponse",
    "AsyncCheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "AsyncCheckpointsWithStreamingResponse",
    "Jobs",
    "AsyncJobs",
    "JobsWithRawResponse",
    "AsyncJobsWithRawResponse",
    "JobsWithStreamingResponse",
    "AsyncJobsWithStreamingResponse",
]
