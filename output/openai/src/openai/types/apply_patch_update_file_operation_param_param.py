# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ApplyPatchUpdateFileOperationParamParam",
]


class ApplyPatchUpdateFileOperationParamParam(TypedDict, total=False):
    """Instruction for updating an existing file via the apply_patch tool."""

    type: Required[Literal["update_file"]]
    """The operation type. Always `update_file`."""

    path: Required[str]
    """Path of the file to update relative to the workspace root."""

    diff: Required[str]
    """Unified diff content to apply to the existing file."""
