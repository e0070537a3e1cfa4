# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ApplyPatchCreateFileOperationParamParam",
]


class ApplyPatchCreateFileOperationParamParam(TypedDict, total=False):
    """Instruction for creating a new file via the apply_patch tool."""

    type: Required[Literal["create_file"]]
    """The operation type. Always `create_file`."""

    path: Required[str]
    """Path of the file to create relative to the workspace root."""

    diff: Required[str]
    """Unified diff content to apply when creating the file."""
