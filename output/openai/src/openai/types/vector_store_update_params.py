# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from ..types.shared_params.metadata import Metadata

__all__ = [
    "ExpiresAfter",
    "VectorStoreUpdateParams",
]


class ExpiresAfter(TypedDict, total=False):
    """The expiration policy for a vector store."""

    anchor: Required[Literal["last_active_at"]]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`."""

    days: Required[int]
    """The number of days after the anchor time that the vector store will expire."""


class VectorStoreUpdateParams(TypedDict, total=False):
    name: Optional[str]
    """The name of the vector store."""

    expires_after: Optional[ExpiresAfter]
    metadata: Optional[Metadata]
