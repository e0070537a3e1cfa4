# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ApplyPatchDeleteFileOperationParamParam",
]


class ApplyPatchDeleteFileOperationParamParam(TypedDict, total=False):
    """Instruction for deleting an existing file via the apply_patch tool."""

    type: Required[Literal["delete_file"]]
    """The operation type. Always `delete_file`."""

    path: Required[str]
    """Path of the file to delete relative to the workspace root."""
