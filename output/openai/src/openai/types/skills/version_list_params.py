# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

from ...types.order_enum import OrderEnum

__all__ = [
    "VersionListParams",
]


class VersionListParams(TypedDict, total=False):
    limit: int
    """Number of versions to retrieve."""

    order: OrderEnum
    """Sort order of results by version number."""

    after: str
    """The skill version ID to start after."""
