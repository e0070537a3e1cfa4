# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ApplyPatchCreateFileOperationParam",
]


class ApplyPatchCreateFileOperationParam(BaseModel):
    """Instruction for creating a new file via the apply_patch tool."""

    type: Literal["create_file"]
    """The operation type. Always `create_file`."""

    path: str
    """Path of the file to create relative to the workspace root."""

    diff: str
    """Unified diff content to apply when creating the file."""
