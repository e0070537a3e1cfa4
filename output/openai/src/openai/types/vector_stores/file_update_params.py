# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypedDict

from ...types.vector_store_file_attributes_param import VectorStoreFileAttributesParam

__all__ = [
    "FileUpdateParams",
]


class FileUpdateParams(TypedDict, total=False):
    attributes: Required[Optional[VectorStoreFileAttributesParam]]
