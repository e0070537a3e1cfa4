# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParam
from ..types.apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParam
from ..types.apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam

__all__ = [
    "ApplyPatchOperationParam",
]


ApplyPatchOperationParam: TypeAlias = Annotated[
    Union[ApplyPatchCreateFileOperationParam, ApplyPatchDeleteFileOperationParam, ApplyPatchUpdateFileOperationParam],
    PropertyInfo(discriminator="type"),
]
"""One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool."""
