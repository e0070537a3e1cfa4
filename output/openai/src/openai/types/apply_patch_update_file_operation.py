# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ApplyPatchUpdateFileOperation",
]


class ApplyPatchUpdateFileOperation(BaseModel):
    """Instruction describing how to update a file via the apply_patch tool."""

    type: Literal["update_file"]
    """Update an existing file with the provided diff."""

    path: str
    """Path of the file to update."""

    diff: str
    """Diff to apply."""
