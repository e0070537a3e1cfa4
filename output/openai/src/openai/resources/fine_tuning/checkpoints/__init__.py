# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .checkpoints import (
    AsyncCheckpoints,
    AsyncCheckpointsWithRawResponse,
    AsyncCheckpointsWithStreamingResponse,
    Checkpoints,
    CheckpointsWithRawResponse,
    CheckpointsWithStreamingResponse,
)
from .permissions import (
    AsyncPermissions,
    AsyncPermissionsWithRawResponse,
    AsyncPermissionsWithStreamingResponse,
    Permissions,
    PermissionsWithRawResponse,
    PermissionsWithStreamingResponse,
)

__all__ = [
    "Checkpoints",
    "AsyncCheckpoints",
    "CheckpointsWithRawResponse",
    "AsyncCheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "AsyncCheckpointsWithStreamingResponse",
    "Permissions",
    "AsyncPermissions",
    "PermissionsWithRawResponse",
    "AsyncPermissionsWithRawResponse",
    "PermissionsWithStreamingResponse",
    "AsyncPermissionsWithStreamingResponse",
]
