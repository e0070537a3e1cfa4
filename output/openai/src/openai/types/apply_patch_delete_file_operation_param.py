# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ApplyPatchDeleteFileOperationParam",
]


class ApplyPatchDeleteFileOperationParam(BaseModel):
    """Instruction for deleting an existing file via the apply_patch tool."""

    type: Literal["delete_file"]
    """The operation type. Always `delete_file`."""

    path: str
    """Path of the file to delete relative to the workspace root."""
