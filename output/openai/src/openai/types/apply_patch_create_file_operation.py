# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ApplyPatchCreateFileOperation",
]


class ApplyPatchCreateFileOperation(BaseModel):
    """Instruction describing how to create a file via the apply_patch tool."""

    type: Literal["create_file"]
    """Create a new file with the provided diff."""

    path: str
    """Path of the file to create."""

    diff: str
    """Diff to apply."""
