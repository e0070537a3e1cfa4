# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

from ..types.shared_params.metadata import Metadata
from ..types.vector_store_expiration_after_param import VectorStoreExpirationAfterParam

__all__ = [
    "VectorStoreUpdateParams",
]


class VectorStoreUpdateParams(TypedDict, total=False):
    name: Optional[str]
    """The name of the vector store."""

    expires_after: Optional[VectorStoreExpirationAfterParam]
    metadata: Optional[Metadata]
