# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.apply_patch_create_file_operation_param_param import ApplyPatchCreateFileOperationParamParam
from ..types.apply_patch_delete_file_operation_param_param import ApplyPatchDeleteFileOperationParamParam
from ..types.apply_patch_update_file_operation_param_param import ApplyPatchUpdateFileOperationParamParam

__all__ = [
    "ApplyPatchOperationParamParam",
]


ApplyPatchOperationParamParam: TypeAlias = Union[
    ApplyPatchCreateFileOperationParamParam,
    ApplyPatchDeleteFileOperationParamParam,
    ApplyPatchUpdateFileOperationParamParam,
]
"""One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool."""
