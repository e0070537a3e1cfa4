# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ApplyPatchDeleteFileOperation",
]


class ApplyPatchDeleteFileOperation(BaseModel):
    """Instruction describing how to delete a file via the apply_patch tool."""

    type: Literal["delete_file"]
    """Delete the specified file."""

    path: str
    """Path of the file to delete."""
